import { GeneratorInputError } from "../ir/diagnostics.js";
import { GLOBAL_SCOPE } from "../ir/names.js";
import type { RawClassFile } from "../ir/raw.js";
import type { ClassModel, Corpus, SchemaGeneration } from "../ir/types.js";
import { modelClass } from "./class-model.js";
import { sectionItems } from "./elements.js";
import type { GlobalEnumNames } from "./type-ref.js";

export interface ModelOptions {
  /** Overrides the version found in the files or the folder name. */
  readonly version?: string | null;
}

/**
 * Models class files one at a time and assembles the Corpus at the end, so a caller can hand
 * each file over as soon as it is parsed and let its element tree die young (the pipeline does).
 * Class names must be unique across the corpus.
 */
export class CorpusBuilder {
  readonly #globalEnums: GlobalEnumNames;
  readonly #classes = new Map<string, ClassModel>();
  /** The first `version` attribute seen (Godot 3 files carry one; Godot 4 files dropped it). */
  #version: string | null = null;
  /** Whether a file names parameters `<argument>` (Godot 3), looked for until a version is seen. */
  #usesArgument = false;

  /** `globalEnums`: @GlobalScope's enum names (globalEnumNames), needed before any class. */
  constructor(globalEnums: GlobalEnumNames) {
    this.#globalEnums = globalEnums;
  }

  add(file: RawClassFile): ClassModel {
    const model = modelClass(file, this.#globalEnums);
    const previous = this.#classes.get(model.name);
    if (previous !== undefined) {
      throw new GeneratorInputError(
        `class ${model.name} is defined twice (first in ${previous.loc.file}:${previous.loc.line})`,
        model.loc,
      );
    }
    this.#classes.set(model.name, model);
    if (this.#version === null) {
      const version = file.root.attrs["version"];
      if (version !== undefined && version !== "") this.#version = version;
      else this.#usesArgument ||= usesArgument(file);
    }
    return model;
  }

  finish(folderVersion: string | null, options: ModelOptions = {}): Corpus {
    const version = options.version ?? this.#version ?? folderVersion;
    return { version, generation: this.#generation(version), classes: this.#classes };
  }

  #generation(version: string | null): SchemaGeneration {
    const major = version === null ? NaN : Number.parseInt(version, 10);
    if (major === 3) return 3;
    if (major >= 4) return 4;
    // No version anywhere: Godot 3 is the schema that names parameters <argument>.
    return this.#usesArgument ? 3 : 4;
  }
}

/** Enum names declared by @GlobalScope's constants, so dotted ones (`Variant.Type`) stay global. */
export function globalEnumNames(globalScope: RawClassFile | undefined): Set<string> {
  const names = new Set<string>();
  if (globalScope === undefined) return names;
  for (const constant of sectionItems(globalScope.root, "constants")) {
    const name = constant.attrs["enum"];
    if (name !== undefined && name !== "") names.add(name);
  }
  return names;
}

export function isGlobalScope(file: RawClassFile): boolean {
  return file.root.attrs["name"] === GLOBAL_SCOPE;
}

function usesArgument(file: RawClassFile): boolean {
  return ["methods", "signals"].some((section) =>
    sectionItems(file.root, section).some((member) =>
      member.children.some((child) => child.name === "argument"),
    ),
  );
}
