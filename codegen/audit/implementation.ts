/**
 * Loads the implementation module (src/impl/index.ts, as named by codegen/manifest.json) and its
 * explicit unsupported list: the module's `unsupportedMembers` (or `unsupported`) export, else the
 * same export of `core/unsupported.js` beside it.
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

const LIST_EXPORTS = ["unsupportedMembers", "unsupported"] as const;

function listIn(module: Record<string, unknown>): unknown {
  for (const name of LIST_EXPORTS) if (module[name] !== undefined) return module[name];
  return undefined;
}

export function implementationFromModule(
  module: Record<string, unknown>,
  unsupportedModule?: Record<string, unknown>,
): Implementation {
  const classes = new Map<string, ClassObject>();
  for (const [name, value] of Object.entries(module)) {
    // Only class declarations: helpers such as defineConstants are exported beside them.
    if (typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value)))
      classes.set(name, value as ClassObject);
  }
  const list =
    listIn(module) ?? (unsupportedModule === undefined ? undefined : listIn(unsupportedModule));
  return { classes, unsupported: normalizeUnsupported(list) };
}

export async function loadImplementation(indexFile: string): Promise<Implementation> {
  const resolved = existingModule(indexFile);
  if (resolved === null) throw new Error(`${indexFile}: implementation module not found`);
  const module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  let unsupportedModule: Record<string, unknown> | undefined;
  if (listIn(module) === undefined) {
    const sibling = existingModule(path.join(path.dirname(resolved), "core", "unsupported.js"));
    if (sibling !== null)
      unsupportedModule = (await import(pathToFileURL(sibling).href)) as Record<string, unknown>;
  }
  return implementationFromModule(module, unsupportedModule);
}
