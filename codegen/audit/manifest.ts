import { readFileSync } from "node:fs";
import path from "node:path";
import { GeneratorInputError } from "../ir/diagnostics.js";

/** What the audit needs from codegen/manifest.json: the bound classes and the implementation module. */
export interface BoundManifest {
  readonly classes: readonly string[];
  /** Absolute path of the implementation module (`implementation`, relative to the manifest). */
  readonly implementation: string;
}

export function readManifest(file: string): BoundManifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new GeneratorInputError(`cannot read manifest: ${(error as Error).message}`, { file });
  }
  const { classes, implementation } = (data ?? {}) as {
    classes?: unknown;
    implementation?: unknown;
  };
  if (!Array.isArray(classes) || !classes.every((name) => typeof name === "string")) {
    throw new GeneratorInputError('"classes" must be an array of class names', { file });
  }
  if (typeof implementation !== "string")
    throw new GeneratorInputError('"implementation" must be a module path', { file });
  return { classes, implementation: path.resolve(path.dirname(file), implementation) };
}
