/**
 * Loads the implementation module (src/impl/index.ts, as named by codegen/manifest.json) and its
 * explicit unsupported list: the module's `unsupported` export, else the `unsupported` export of
 * `core/unsupported.js` beside it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ClassObject } from "./runtime-shape.js";
import { normalizeUnsupported, type UnsupportedIndex } from "./unsupported.js";

export interface Implementation {
  /** Exported classes by export name (the Godot name: `Object`, `HTTPClient`...). */
  readonly classes: ReadonlyMap<string, ClassObject>;
  readonly unsupported: UnsupportedIndex;
}

/** `x.js` may exist as `x.ts` when running from source (tsx, vitest). */
function existingModule(file: string): string | null {
  if (existsSync(file)) return file;
  const asTs = file.replace(/\.js$/, ".ts");
  return existsSync(asTs) ? asTs : null;
}

export function implementationFromModule(
  module: Record<string, unknown>,
  unsupportedModule?: Record<string, unknown>,
): Implementation {
  const classes = new Map<string, ClassObject>();
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === "function" && value.prototype !== undefined)
      classes.set(name, value as ClassObject);
  }
  const list =
    module["unsupported"] ?? unsupportedModule?.["unsupported"] ?? unsupportedModule?.["default"];
  return { classes, unsupported: normalizeUnsupported(list) };
}

export async function loadImplementation(indexFile: string): Promise<Implementation> {
  const resolved = existingModule(indexFile);
  if (resolved === null) throw new Error(`${indexFile}: implementation module not found`);
  const module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  let unsupportedModule: Record<string, unknown> | undefined;
  if (module["unsupported"] === undefined) {
    const sibling = existingModule(path.join(path.dirname(resolved), "core", "unsupported.js"));
    if (sibling !== null)
      unsupportedModule = (await import(pathToFileURL(sibling).href)) as Record<string, unknown>;
  }
  return implementationFromModule(module, unsupportedModule);
}
