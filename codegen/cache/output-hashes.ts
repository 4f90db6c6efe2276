import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { listTree } from "../write/existing-files.js";

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Path → SHA-256 of the files a run produced. */
export function hashFiles(files: ReadonlyMap<string, string>): Record<string, string> {
  const hashes: Record<string, string> = {};
  // A string is hashed as its UTF-8 bytes, as it is written; no Buffer copy needed for that.
  for (const [relative, content] of files) hashes[relative] = sha256(content);
  return hashes;
}

/**
 * Whether the output folder holds exactly the recorded files with the recorded bytes: no file
 * missing, none extra, none edited. Anything else means the folder must be regenerated (or,
 * with --check, compared in full), so a hand edit to generated/ is never hidden by the cache.
 */
export async function outputMatches(
  outDir: string,
  expected: Readonly<Record<string, string>>,
): Promise<boolean> {
  const listed = await listTree(outDir);
  if (listed === null || listed.foreign.length > 0) return false;
  const names = Object.keys(expected);
  if (listed.files.length !== names.length) return false;
  if (!listed.files.every((relative) => Object.hasOwn(expected, relative))) return false;
  // Synchronous reads, one file at a time: faster than concurrent promises for many small files.
  return listed.files.every((relative) => {
    try {
      return sha256(readFileSync(path.join(outDir, ...relative.split("/")))) === expected[relative];
    } catch {
      return false;
    }
  });
}
