import { GeneratorInputError } from "../ir/diagnostics.js";
import type { CorpusView } from "./corpus-view.js";
import type { Overrides } from "./overrides.js";
import { parseGodotType } from "./type-map.js";

/**
 * Checks the overrides against the corpus, so a typo cannot silently stop a fix from applying:
 * types must always parse, and in a strict run (the project's own bound set, written with the
 * facade) every entry for a class of the corpus must name an existing member and parameters.
 * Other runs (`--all`, another Godot version) skip entries that match nothing: the file is
 * written for the project's docs, and e.g. 3.6 lacks 4.x methods.
 */
export function checkOverrides(view: CorpusView, overrides: Overrides, strict: boolean): void {
  const file = overrides.source ?? "overrides";
  const fail = (key: string, message: string): never => {
    throw new GeneratorInputError(`${key}: ${message}`, { file });
  };
  const checkType = (key: string, type: string | undefined): void => {
    if (type === undefined) return;
    try {
      parseGodotType(type);
    } catch (error) {
      fail(key, (error as Error).message);
    }
  };
  for (const [key, entry] of Object.entries(overrides.methods)) {
    const [className = "", name = ""] = key.split(".");
    const model = view.get(className);
    if (!model) continue;
    const method = model.methods.find((m) => m.name === name);
    if (!method && strict) fail(key, `${className} has no method "${name}"`);
    checkType(key, entry.return?.type);
    for (const [param, fix] of Object.entries(entry.params ?? {})) {
      if (method && strict && !method.params.some((p) => p.name === param)) {
        fail(key, `${className}.${name} has no parameter "${param}"`);
      }
      checkType(key, fix.type);
    }
  }
  for (const [key, entry] of Object.entries(overrides.properties)) {
    const [className = "", name = ""] = key.split(".");
    const model = view.get(className);
    if (!model) continue;
    if (strict && !model.properties.some((p) => p.name === name)) {
      fail(key, `${className} has no property "${name}"`);
    }
    checkType(key, entry.type);
  }
}
