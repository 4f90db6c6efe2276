import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawClassFile, RawCorpus } from "../ir/raw.js";
import type { ClassModel, Corpus, SchemaGeneration } from "../ir/types.js";
import { GLOBAL_SCOPE } from "../ir/names.js";
import { modelClass } from "./class-model.js";
import { sectionItems } from "./elements.js";

export { modelClass } from "./class-model.js";
export { dedentDescription } from "./text.js";
export { parseTypeAttributes, parseTypeString } from "./type-ref.js";

export interface ModelOptions {
  /** Overrides the version found in the files or the folder name. */
  readonly version?: string | null;
}

/** Models every class file; class names must be unique across the corpus. */
export function modelCorpus(raw: RawCorpus, options: ModelOptions = {}): Corpus {
  const globalEnums = globalEnumNames(raw.files);
  const classes = new Map<string, ClassModel>();
  for (const file of raw.files) {
    const model = modelClass(file, globalEnums);
    const previous = classes.get(model.name);
    if (previous !== undefined) {
      throw new GeneratorInputError(
        `class ${model.name} is defined twice (first in ${previous.loc.file}:${previous.loc.line})`,
        model.loc,
      );
    }
    classes.set(model.name, model);
  }
  const version = options.version ?? versionFromFiles(raw.files) ?? raw.folderVersion;
  return { version, generation: generationOf(version, raw.files), classes };
}

/** Enum names declared by @GlobalScope's constants, so dotted ones (`Variant.Type`) stay global. */
function globalEnumNames(files: readonly RawClassFile[]): Set<string> {
  const names = new Set<string>();
  const globalScope = files.find((file) => file.root.attrs["name"] === GLOBAL_SCOPE);
  if (globalScope === undefined) return names;
  for (const constant of sectionItems(globalScope.root, "constants")) {
    const name = constant.attrs["enum"];
    if (name !== undefined && name !== "") names.add(name);
  }
  return names;
}

/** Godot 3 files carry `version="3.6"` on every class; Godot 4 files dropped the attribute. */
function versionFromFiles(files: readonly RawClassFile[]): string | null {
  for (const file of files) {
    const version = file.root.attrs["version"];
    if (version !== undefined && version !== "") return version;
  }
  return null;
}

function generationOf(version: string | null, files: readonly RawClassFile[]): SchemaGeneration {
  const major = version === null ? NaN : Number.parseInt(version, 10);
  if (major === 3) return 3;
  if (major >= 4) return 4;
  // No version anywhere: Godot 3 is the schema that names parameters <argument>.
  const usesArgument = files.some((file) =>
    ["methods", "signals"].some((section) =>
      sectionItems(file.root, section).some((member) =>
        member.children.some((child) => child.name === "argument"),
      ),
    ),
  );
  return usesArgument ? 3 : 4;
}
