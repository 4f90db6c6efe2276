import { readFileSync } from "node:fs";
import path from "node:path";
import type { Options } from "prettier";
import { packageRoot } from "../package-root.js";

/**
 * The project's prettier settings (.prettierrc.json at the package root), so generated/ is
 * `prettier --check` clean. Read directly rather than through prettier's config resolution: the
 * generator may write to any folder, and the output must look the same wherever it goes. An
 * installed package has no .prettierrc.json (npm `files`), so the same settings are built in.
 */
const BUILT_IN: Options = { printWidth: 100 };

let cached: Options | undefined;

export function prettierOptions(): Options {
  cached ??= readRc();
  return { ...cached, parser: "typescript" };
}

function readRc(): Options {
  try {
    return JSON.parse(
      readFileSync(path.join(packageRoot(), ".prettierrc.json"), "utf8"),
    ) as Options;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return BUILT_IN;
    throw error;
  }
}
