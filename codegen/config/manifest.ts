import { readFile } from "node:fs/promises";
import { GeneratorInputError } from "../ir/diagnostics.js";

/** `codegen/manifest.json`: the classes the project implements, and where the implementations live. */
export interface Manifest {
  readonly classes: readonly string[];
  /** The implementation module, relative to the configured output folder (`../src/impl/index.js`). */
  readonly implementation: string;
  /**
   * Class → name of a type the implementation module exports with the project's own extra
   * members (Node helpers such as `HTTPClient.pollUntil`). The facade's instance type becomes
   * `<Class>Api & <Extensions>`, so consumers see both, documented, on one type.
   */
  readonly extensions: Readonly<Record<string, string>>;
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
  const extensions = record["extensions"] ?? {};
  if (
    typeof extensions !== "object" ||
    extensions === null ||
    Array.isArray(extensions) ||
    !Object.values(extensions).every(
      (name) => typeof name === "string" && /^[A-Za-z_$][\w$]*$/.test(name),
    )
  ) {
    throw new GeneratorInputError(`"extensions" must map class names to exported type names`, {
      file,
    });
  }
  for (const name of Object.keys(extensions)) {
    if (!classes.includes(name)) {
      throw new GeneratorInputError(`"extensions" names ${name}, which is not in "classes"`, {
        file,
      });
    }
  }
  return {
    classes: classes as string[],
    implementation,
    extensions: extensions as Record<string, string>,
  };
}
