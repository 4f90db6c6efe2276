import { absoluteTarget, buildCase } from "../report/build-case.js";
import type { CaseResult } from "../report/types.js";
import { runRounds } from "../rounds.js";
import type { MemoryMeasurement } from "./memoryChild.js";
import { largePath } from "./server/responses.js";
import type { Origin } from "./subjects/types.js";
import { lastLineOfChild } from "./benchChild.js";

const OURS = "HTTPClient (ours)";
const NODE = "node:http";
const MiB = 2 ** 20;

export interface MemoryOptions {
  readonly bytes: number;
  readonly rounds: number;
  readonly budgetMs: number;
}

/**
 * Peak RSS growth while streaming one large body, each run in a fresh child process so nothing
 * earlier in the bench (other clients, earlier runs) inflates or hides the figure. node:http,
 * measured the same way, is the baseline.
 */
export async function memoryCase(origin: Origin, options: MemoryOptions): Promise<CaseResult> {
  const path = largePath("length", options.bytes);
  const methods = new Set<string>();
  const sampled: Record<string, number[]> = { [OURS]: [], [NODE]: [] };
  const { samples, failures } = await runRounds([NODE, OURS] as const, options, async (subject) => {
    const measurement = await measureInChild(subject === OURS ? "ours" : "node", origin, path);
    if (measurement.bytes !== options.bytes) {
      throw new Error(`${subject}: read ${measurement.bytes} bytes, server sent ${options.bytes}`);
    }
    methods.add(measurement.method);
    sampled[subject]?.push(measurement.sampledGrowthBytes / MiB);
    return measurement.peakGrowthBytes / MiB;
  });
  return buildCase({
    id: "http-memory",
    title: `peak RSS growth, ${(options.bytes / MiB).toFixed(0)} MiB body`,
    unit: "MiB",
    baseline: NODE,
    higherIsBetter: false,
    failures,
    subjects: [
      { subject: NODE, samples: samples.get(NODE) ?? [] },
      {
        subject: OURS,
        samples: samples.get(OURS) ?? [],
        targets: [absoluteTarget("<=", 64, "≤ 64 MiB")],
      },
    ],
    notes: [
      `fresh child process per run; peak by ${[...methods].join(" / ")} (reset via /proc/self/clear_refs just before the request) minus rss just before`,
    ],
    details: { sampledRssGrowthMiB: sampled },
  });
}

async function measureInChild(
  subject: "ours" | "node",
  origin: Origin,
  path: string,
): Promise<MemoryMeasurement> {
  const line = await lastLineOfChild(new URL("./memoryChild.ts", import.meta.url), [
    subject,
    origin.host,
    String(origin.port),
    path,
  ]);
  return JSON.parse(line) as MemoryMeasurement;
}
