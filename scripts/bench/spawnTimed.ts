import { spawn } from "node:child_process";

export interface TimedRun {
  readonly wallMs: number;
  readonly code: number | null;
  /** The child's stderr, its first MiB. */
  readonly stderr: string;
}

/**
 * Runs a child process to its end, timed from spawn to exit, with stdout discarded (an unread
 * pipe could fill and stall it) and stderr kept. Killed after `timeoutMs`; a child ended by a
 * signal rejects, named by `label`.
 */
export function spawnTimed(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly timeoutMs: number; readonly label: string },
): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      if (stderr.length < 1 << 20) stderr += text;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      if (signal !== null) {
        reject(new Error(`${options.label} killed by ${signal} after ${Math.round(wallMs)} ms`));
      } else {
        resolve({ wallMs, code, stderr });
      }
    });
  });
}
