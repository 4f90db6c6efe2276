// Type-checks one file as a consumer's project would (strict, ESM, nodenext), outside the
// repository's tsconfig, and returns the error lines tsc reports.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const repoRoot = resolve(import.meta.dirname, "../..");

export /** tsc over one file with the project's strict module settings; the error lines it reports. */
async function typecheck(file: string): Promise<{ errors: string[] }> {
  const tsc = resolve(repoRoot, "node_modules/.bin/tsc");
  const args = [
    "--ignoreConfig",
    "--noEmit",
    "--strict",
    "--module",
    "nodenext",
    "--moduleResolution",
    "nodenext",
    "--target",
    "es2022",
    "--types",
    "node",
    "--skipLibCheck",
    "--verbatimModuleSyntax",
    file,
  ];
  try {
    await promisify(execFile)(tsc, args, { cwd: repoRoot });
    return { errors: [] };
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? "");
    return { errors: out.split("\n").filter((l) => l.includes("error TS")) };
  }
}
