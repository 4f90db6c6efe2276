import type { LargeChildResult, LargeChildSubject } from "./largeBodyChild.js";
import type { Origin } from "./subjects/types.js";
import { lastLineOfChild } from "./benchChild.js";

/**
 * Reads one large body in a fresh child process (largeBodyChild.ts) and returns the bytes and the
 * seconds the child timed from request start to last byte. Start-up cost is not in the figure.
 * `env` adds environment variables for that child only.
 */
export async function readLargeInChild(
  subject: LargeChildSubject,
  origin: Origin,
  path: string,
  env: Readonly<Record<string, string>> = {},
): Promise<{ bytes: number; seconds: number }> {
  const line = await lastLineOfChild(
    new URL("./largeBodyChild.ts", import.meta.url),
    [subject, origin.host, String(origin.port), path],
    env,
  ).catch((error: unknown) => {
    const stderr = (error as { stderr?: string }).stderr?.trim().split("\n").slice(-3).join(" | ");
    throw new Error(`${subject} child failed: ${stderr || String(error)}`);
  });
  const result = JSON.parse(line) as LargeChildResult;
  if (result.subject !== subject)
    throw new Error(`child answered for ${result.subject}, not ${subject}`);
  return { bytes: result.bytes, seconds: result.seconds };
}
