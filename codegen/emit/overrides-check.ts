import { GeneratorInputError } from "../ir/diagnostics.js";
import type { CorpusView } from "./corpus-view.js";
import type { Overrides } from "./overrides.js";
import { parseGodotType } from "./type-map.js";

/**
 * Checks the overrides against the corpus, so a typo cannot silently stop a fix from applying:
 * an entry for a class of this corpus must name an existing member (and parameters), and its
 * types must parse. Entries for classes the corpus lacks are skipped: one overrides file serves
 * several Godot versions.
 */
export function checkOverrides(view: CorpusView, overrides: Overrides): void {
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
    if (!method) fail(key, `${className} has no method "${name}"`);
    checkType(key, entry.return?.type);
    for (const [param, fix] of Object.entries(entry.params ?? {})) {
      if (!method?.params.some((p) => p.name === param)) {
        fail(key, `${className}.${name} has no parameter "${param}"`);
      }
      checkType(key, fix.type);
    }
  }
  for (const [key, entry] of Object.entries(overrides.properties)) {
    const [className = "", name = ""] = key.split(".");
    const model = view.get(className);
    if (!model) continue;
    if (!model.properties.some((p) => p.name === name)) {
      fail(key, `${className} has no property "${name}"`);
    }
    checkType(key, entry.type);
  }
}
