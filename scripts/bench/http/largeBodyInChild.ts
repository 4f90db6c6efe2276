import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { LargeChildResult, LargeChildSubject } from "./largeBodyChild.js";
import type { Origin } from "./subjects/types.js";

const run = promisify(execFile);

/** A 1 GiB read at a few hundred MB/s takes seconds; a stalled child is killed well before the case budget. */
const CHILD_TIMEOUT_MS = 180_000;

/**
 * Reads one large body in a fresh child process (largeBodyChild.ts) and returns the bytes and the
 * seconds the child timed from request start to last byte. Start-up cost is not in the figure.
 * Only the tsx loader is passed on, not the bench process's own flags (profiler, inspector).
 */
export async function readLargeInChild(
  subject: LargeChildSubject,
  origin: Origin,
  path: string,
): Promise<{ bytes: number; seconds: number }> {
  const entry = fileURLToPath(new URL("./largeBodyChild.ts", import.meta.url));
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", entry, subject, origin.host, String(origin.port), path],
    { timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 20 },
  ).catch((error: unknown) => {
    const stderr = (error as { stderr?: string }).stderr?.trim().split("\n").slice(-3).join(" | ");
    throw new Error(`${subject} child failed: ${stderr || String(error)}`);
  });
  const result = JSON.parse(stdout.trim().split("\n").pop() ?? "") as LargeChildResult;
  if (result.subject !== subject)
    throw new Error(`child answered for ${result.subject}, not ${subject}`);
  return { bytes: result.bytes, seconds: result.seconds };
}
