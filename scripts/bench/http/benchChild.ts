import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A 1 GiB read at a few hundred MB/s takes seconds; a stalled child is killed well before the case budget. */
const CHILD_TIMEOUT_MS = 180_000;

/**
 * Runs a bench child script (largeBodyChild.ts, memoryChild.ts) in a fresh Node process and
 * returns the last line it printed: its JSON result. Only the tsx loader is passed on, not the
 * bench process's own flags (profiler, inspector), so the child measures just itself.
 */
export async function lastLineOfTsxChild(entry: URL, args: readonly string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", fileURLToPath(entry), ...args],
    { timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 20 },
  );
  return stdout.trim().split("\n").pop() ?? "";
}
