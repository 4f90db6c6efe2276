import { buildCase, ratioTarget } from "../report/build-case.js";
import type { CaseResult } from "../report/types.js";
import { runRounds } from "../rounds.js";
import { largePath, type BodyFraming } from "./server/responses.js";
import type { LargeChildSubject } from "./largeBodyChild.js";
import { readLargeInChild } from "./largeBodyInChild.js";
import { GODOT3, godot3Available, readLargeGodot } from "./subjects/godot3.js";
import type { Origin } from "./subjects/types.js";

/**
 * A reader with its own clock: each Node subject runs in a fresh child that times itself, the
 * Godot engine (its own process too) times itself inside the engine.
 */
type TimedReader = (origin: Origin, path: string) => Promise<{ bytes: number; seconds: number }>;

function inFreshChild(
  subject: LargeChildSubject,
  env: Readonly<Record<string, string>> = {},
): TimedReader {
  return (origin, path) => readLargeInChild(subject, origin, path, env);
}

/**
 * A diagnostic: ours with owned chunks again, in a child whose glibc never trims its heap. Owned
 * chunks need fresh memory for every byte, and with glibc's starting thresholds freed slabs go
 * back to the kernel and are faulted in again (20,000-51,000 minor faults per GiB against the raw
 * socket's 3,300); that was the owned-chunk gap. The client now primes glibc's own thresholds
 * when it loads (src/impl/net/receiveSlab.ts), and this row checks that it gets what the
 * environment setting gets: before the priming, this row measured ~1.0× and the plain one
 * 0.83-0.84×; since, both are within the rounds' noise of each other.
 */
const GLIBC_KEEPS_FREED_MEMORY = {
  MALLOC_TRIM_THRESHOLD_: String(2 ** 30),
  MALLOC_MMAP_THRESHOLD_: String(2 ** 24),
};

export interface LargeOptions {
  readonly bytes: number;
  readonly rounds: number;
  readonly budgetMs: number;
}

const RAW = "raw net.Socket (onread)";
const OURS = "HTTPClient (ours)";
const OURS_BORROWED = "HTTPClient, reuseReceiveBuffer (ours)";
const OURS_NO_TRIM = "HTTPClient (ours), glibc trim off (diagnostic)";
const OURS_BLOCKING = "HTTPClient blocking mode";
const NODE = "node:http";
const UNDICI = "undici.Client";

/**
 * One large body per subject per round, each on a fresh connection in a fresh process (see
 * largeBodyChild.ts for why), in MB/s (10^6 bytes) of body. Every subject's byte count is checked against what the server sent. With
 * Content-Length framing the blocking-mode read runs in the same rounds, so its ratio to
 * non-blocking compares runs taken side by side.
 */
export async function largeBodyCases(
  origin: Origin,
  framing: BodyFraming,
  options: LargeOptions,
  blockingAvailable: boolean,
): Promise<CaseResult[]> {
  const readers = new Map<string, TimedReader>([
    [RAW, inFreshChild("raw")],
    [OURS, inFreshChild("ours")],
    [OURS_BORROWED, inFreshChild("ours-borrowed")],
    [OURS_NO_TRIM, inFreshChild("ours", GLIBC_KEEPS_FREED_MEMORY)],
    [NODE, inFreshChild("node")],
    [UNDICI, inFreshChild("undici")],
  ]);
  if (framing === "length" && blockingAvailable)
    readers.set(OURS_BLOCKING, inFreshChild("ours-blocking"));
  if (godot3Available()) readers.set(GODOT3, readLargeGodot);
  const path = largePath(framing, options.bytes);
  const { samples, failures } = await runRounds([...readers.keys()], options, async (subject) => {
    const read = readers.get(subject) as TimedReader;
    const { bytes, seconds } = await read(origin, path);
    if (bytes !== options.bytes)
      throw new Error(`${subject}: read ${bytes} bytes, server sent ${options.bytes}`);
    return bytes / 1e6 / seconds;
  });
  const of = (subject: string) => samples.get(subject) ?? [];
  const size = `${(options.bytes / 2 ** 20).toFixed(0)} MiB`;
  const cases = [
    buildCase({
      id: `http-large-${framing}`,
      title: `large body ${size}, ${framing === "length" ? "Content-Length" : "chunked"}`,
      unit: "MB/s",
      baseline: RAW,
      higherIsBetter: true,
      failures,
      subjects: [
        { subject: RAW, samples: of(RAW) },
        { subject: OURS, samples: of(OURS), targets: [ratioTarget(">=", 0.9, "raw")] },
        {
          subject: OURS_BORROWED,
          samples: of(OURS_BORROWED),
          targets: [ratioTarget(">=", 0.9, "raw")],
        },
        { subject: OURS_NO_TRIM, samples: of(OURS_NO_TRIM) },
        { subject: NODE, samples: of(NODE) },
        { subject: UNDICI, samples: of(UNDICI) },
        ...(readers.has(GODOT3) ? [{ subject: GODOT3, samples: of(GODOT3) }] : []),
      ],
      notes: [
        `GET ${path}; ours with read_chunk_size 1 MiB (owned chunks; and with reuseReceiveBuffer, chunks borrowed from a reused ring until the next read); fresh connection and fresh child process per run (clean heap; timed inside the child from request start to last byte, start-up excluded); byte counts verified`,
        "glibc trim off (diagnostic): ours with owned chunks again, in a child started with MALLOC_TRIM_THRESHOLD_=1 GiB and MALLOC_MMAP_THRESHOLD_=16 MiB, so freed slabs stay mapped; it checks that the client's own allocator priming matches that setting, and carries no target",
        ...(readers.has(GODOT3)
          ? [
              "Godot 3.2.3 (reference): blocking mode, read_chunk_size 1 MiB, timed inside the engine",
            ]
          : []),
      ],
    }),
  ];
  if (readers.has(OURS_BLOCKING)) {
    cases.push(
      buildCase({
        id: "http-blocking",
        title: `blocking mode ${size}, Content-Length`,
        unit: "MB/s",
        baseline: OURS,
        higherIsBetter: true,
        failures,
        subjects: [
          { subject: OURS, samples: of(OURS) },
          { subject: OURS_BLOCKING, samples: of(OURS_BLOCKING) },
        ],
        notes: [
          "blocking_mode_enabled = true, a plain poll()/read_response_body_chunk() loop; same rounds as the non-blocking runs",
        ],
      }),
    );
  }
  return cases;
}
