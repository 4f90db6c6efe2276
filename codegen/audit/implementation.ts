/**
 * Loads the implementation module (src/impl/index.ts, as named by codegen/manifest.json) and its
 * explicit unsupported list: the module's `unsupportedMembers` (or `unsupported`) export, else the
 * same export of `core/unsupported.js` beside it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { GeneratorInputError } from "../ir/diagnostics.js";
import { packageRoot } from "../package-root.js";
import type { ClassObject } from "./runtime-shape.js";
import { normalizeUnsupported, type UnsupportedIndex } from "./unsupported.js";

export interface Implementation {
  /** Exported classes by export name (the Godot name: `Object`, `HTTPClient`...). */
  readonly classes: ReadonlyMap<string, ClassObject>;
  readonly unsupported: UnsupportedIndex;
}

/** Whether this module runs from TypeScript sources (tsx, vitest) rather than compiled dist/. */
const FROM_SOURCE = import.meta.url.endsWith(".ts");

/**
 * The tree the running generator belongs to: the package root under tsx, `<package>/dist` when
 * compiled. src/impl sits at the same place relative to it (`dist/src/impl/index.js`).
 */
const RUNNING_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `x.js` may exist as `x.ts` when running from source (tsx, vitest). */
function existingModule(file: string): string | null {
  if (existsSync(file)) return file;
  const asTs = file.replace(/\.js$/, ".ts");
  return FROM_SOURCE && existsSync(asTs) ? asTs : null;
}

/**
 * The manifest names the implementation as it sits in the source tree (`src/impl/index.js`
 * beside generated/). Compiled, this package runs from dist/, where that module is
 * `dist/src/impl/index.js`: a path inside this package is looked up relative to the running tree
 * first, so the audit works from both. A path elsewhere (another project's implementation) is
 * used as given.
 */
function locateImplementation(file: string): string | null {
  const inPackage = path.relative(packageRoot(), file);
  const candidates =
    inPackage.startsWith("..") || path.isAbsolute(inPackage)
      ? [file]
      : [path.join(RUNNING_ROOT, inPackage), file];
  for (const candidate of candidates) {
    const found = existingModule(candidate);
    if (found !== null) return found;
  }
  return null;
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
  const resolved = locateImplementation(indexFile);
  if (resolved === null) {
    throw new GeneratorInputError(
      FROM_SOURCE
        ? "implementation module not found"
        : "implementation module not found (compiled: run `npm run build` so dist/ holds it)",
      { file: indexFile },
    );
  }
  const module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
  let unsupportedModule: Record<string, unknown> | undefined;
  if (listIn(module) === undefined) {
    const sibling = existingModule(path.join(path.dirname(resolved), "core", "unsupported.js"));
    if (sibling !== null)
      unsupportedModule = (await import(pathToFileURL(sibling).href)) as Record<string, unknown>;
  }
  return implementationFromModule(module, unsupportedModule);
}
