/**
 * Runs in a fresh process (spawned by largeBodyInChild.ts): reads one large body with one client
 * and prints {bytes, seconds} as one JSON line.
 *
 * Why a fresh process: in one shared bench process, clients that ran earlier (node:http, undici,
 * the small-request case) leave V8's old generation with little headroom, so the next client's
 * streaming triggers full GCs every ~40 MiB instead of every ~300 MiB and the subjects' order
 * decided the figures. Here every subject starts from the same clean heap, as a program that
 * downloads one big file would. Only the chosen subject's module is loaded, so the others' code
 * and state stay out of this heap too.
 *
 * The clock starts just before the read (connect included, as before) and stops at the last
 * byte; process start-up and module loading are outside it.
 */
import type { LargeReader } from "./subjects/types.js";

// The parent imports only types from this file (erased), so importing never runs main().
const LARGE_CHILD_SUBJECTS = [
  "raw",
  "ours",
  "ours-borrowed",
  "ours-blocking",
  "node",
  "undici",
] as const;
export type LargeChildSubject = (typeof LARGE_CHILD_SUBJECTS)[number];

export interface LargeChildResult {
  readonly subject: LargeChildSubject;
  readonly bytes: number;
  readonly seconds: number;
}

async function loadReader(subject: LargeChildSubject): Promise<LargeReader> {
  switch (subject) {
    case "raw":
      return (await import("./subjects/rawSocket.js")).readLargeRaw;
    case "ours":
      return (await import("./subjects/ours.js")).readLargeOurs;
    case "ours-borrowed":
      return (await import("./subjects/ours.js")).readLargeOursBorrowed;
    case "ours-blocking":
      return (await import("./subjects/ours.js")).readLargeOursBlocking;
    case "node":
      return (await import("./subjects/nodeHttp.js")).readLargeNodeHttp;
    case "undici":
      return (await import("./subjects/undiciClient.js")).readLargeUndici;
  }
}

function isSubject(value: string | undefined): value is LargeChildSubject {
  return (LARGE_CHILD_SUBJECTS as readonly (string | undefined)[]).includes(value);
}

async function main(): Promise<void> {
  const [subject, host, port, path] = process.argv.slice(2);
  if (!isSubject(subject) || host === undefined || port === undefined || path === undefined) {
    throw new Error(
      `usage: largeBodyChild <${LARGE_CHILD_SUBJECTS.join("|")}> <host> <port> <path>`,
    );
  }
  const read = await loadReader(subject);
  const start = performance.now();
  const bytes = await read({ host, port: Number(port) }, path);
  const seconds = (performance.now() - start) / 1000;
  const result: LargeChildResult = { subject, bytes, seconds };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
