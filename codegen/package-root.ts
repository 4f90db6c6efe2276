import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding this package's package.json. The generator runs both from its sources
 * (`codegen/*.ts` under tsx) and compiled (`dist/codegen/*.js`), one folder deeper, so files that
 * sit at the package root (.prettierrc.json, src/impl) are found by walking up, never by a fixed
 * number of `../`.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  // Bounded by the filesystem depth: dirname of the root is the root.
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("godot-typed: cannot find the package's package.json");
    dir = parent;
  }
}
