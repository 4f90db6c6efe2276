// Runs the real command in a child process (asynchronously, so servers in the test process keep
// answering), killed after a bound.
import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./archives.js";

export interface CommandRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const ENTRY_POINTS = {
  cli: path.join(repoRoot, "codegen/cli/main.ts"),
  script: path.join(repoRoot, "scripts/fetch-docs/main.ts"),
} as const;

/**
 * `godot-typed <args>` through the CLI entry point, or, with `via: "script"`, the stand-alone
 * `scripts/fetch-docs/main.ts <args>` (which takes fetch-docs' arguments directly).
 */
export function runCommand(
  args: readonly string[],
  options: { via?: keyof typeof ENTRY_POINTS; cwd?: string; timeoutMs?: number } = {},
): Promise<CommandRun> {
  const entry = ENTRY_POINTS[options.via ?? "cli"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, GODOT_TYPED_DOCS: "", GODOT_TYPED_OUT: "" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
