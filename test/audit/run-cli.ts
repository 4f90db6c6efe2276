// Runs the real CLI (codegen/cli/main.ts through tsx) in a child process, as a user would.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../codegen/paths.js";

export { repoRoot };
const main = path.join(repoRoot, "codegen/cli/main.ts");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = repoRoot): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", main, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
