import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Options } from "prettier";

/**
 * The project's prettier settings (.prettierrc.json at the repository root), so generated/ is
 * `prettier --check` clean. Read directly rather than through prettier's config resolution: the
 * generator may write to any folder, and the output must look the same wherever it goes.
 */
const RC_FILE = fileURLToPath(new URL("../../.prettierrc.json", import.meta.url));

export function prettierOptions(): Options {
  const rc = JSON.parse(readFileSync(RC_FILE, "utf8")) as Options;
  return { ...rc, parser: "typescript" };
}
