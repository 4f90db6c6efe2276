import { readFile } from "node:fs/promises";
import { GeneratorInputError } from "../ir/diagnostics.js";

/** `codegen/manifest.json`: the classes the project implements, and where the implementations live. */
export interface Manifest {
  readonly classes: readonly string[];
  /** The implementation module, relative to the configured output folder (`../src/impl/index.js`). */
  readonly implementation: string;
}

export async function readManifest(file: string): Promise<Manifest> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new GeneratorInputError(`cannot read manifest: ${(error as Error).message}`, { file });
  }
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const classes = record["classes"];
  const implementation = record["implementation"];
  if (
    !Array.isArray(classes) ||
    classes.length === 0 ||
    !classes.every((name) => typeof name === "string")
  ) {
    throw new GeneratorInputError(`"classes" must be a non-empty list of class names`, { file });
  }
  if (typeof implementation !== "string" || implementation === "") {
    throw new GeneratorInputError(`"implementation" must be a module path`, { file });
  }
  return { classes: classes as string[], implementation };
}
