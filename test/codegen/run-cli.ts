import { spawn } from "node:child_process";
import { repoRoot } from "./paths.js";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI (`npx tsx codegen/cli/main.ts ...`) as a child process, killed after `timeoutMs`. */
export function runCliProcess(
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", `${repoRoot}/codegen/cli/main.ts`, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, GODOT_TYPED_DOCS: "", GODOT_TYPED_OUT: "" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
