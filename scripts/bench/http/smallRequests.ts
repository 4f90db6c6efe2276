import { buildCase, ratioTarget } from "../report/build-case.js";
import type { CaseResult } from "../report/types.js";
import { runRounds } from "../rounds.js";
import { openNodeHttpSmall } from "./subjects/nodeHttp.js";
import { openOursSmall } from "./subjects/ours.js";
import { SMALL_BODY } from "./server/responses.js";
import { GODOT3, godot3Available, godotSmallBatch } from "./subjects/godot3.js";
import type { Origin, SmallRequester } from "./subjects/types.js";
import { openUndiciSmall } from "./subjects/undiciClient.js";

export interface SmallOptions {
  readonly requestsPerRun: number;
  readonly rounds: number;
  readonly budgetMs: number;
}

const OURS = "HTTPClient (ours)";
const NODE = "node:http Agent";
const UNDICI = "undici.Client";
type Subject = typeof OURS | typeof NODE | typeof UNDICI | typeof GODOT3;

/** Per run, the longest a batch may take before it stops early (its rate is still valid). */
const RUN_TIME_CAP_MS = 20_000;

/**
 * Sequential small GETs on one keep-alive connection per client: requests/second. Each client
 * opens its connection once and is warmed up (JIT) before the measured rounds.
 */
export async function smallRequestsCase(
  origin: Origin,
  options: SmallOptions,
): Promise<CaseResult> {
  const clients = new Map<Subject, SmallRequester>([
    [OURS, await openOursSmall(origin)],
    [NODE, await openNodeHttpSmall(origin)],
    [UNDICI, await openUndiciSmall(origin)],
  ]);
  try {
    const warmup = Math.min(500, options.requestsPerRun);
    for (const client of clients.values()) await batch(client, warmup);
    const withGodot = godot3Available();
    const subjects: Subject[] = withGodot ? [NODE, UNDICI, OURS, GODOT3] : [NODE, UNDICI, OURS];
    const { samples, failures } = await runRounds(subjects, options, async (subject) => {
      if (subject === GODOT3) {
        return godotSmallBatch(
          origin,
          "/small",
          options.requestsPerRun,
          Buffer.byteLength(SMALL_BODY),
        );
      }
      const client = clients.get(subject) as SmallRequester;
      return batch(client, options.requestsPerRun);
    });
    return buildCase({
      id: "http-small",
      title: "small keep-alive GET",
      unit: "req/s",
      baseline: NODE,
      higherIsBetter: true,
      failures,
      subjects: [
        { subject: NODE, samples: samples.get(NODE) ?? [] },
        { subject: UNDICI, samples: samples.get(UNDICI) ?? [] },
        {
          subject: OURS,
          samples: samples.get(OURS) ?? [],
          targets: [ratioTarget(">=", 1.0, "node:http"), ratioTarget(">=", 0.9, "undici", UNDICI)],
        },
        ...(withGodot ? [{ subject: GODOT3, samples: samples.get(GODOT3) ?? [] }] : []),
      ],
      notes: [
        `${options.requestsPerRun} sequential GET /small (13-byte body) per run, one connection per client`,
        ...(withGodot
          ? [
              "Godot 3.2.3 (reference): own process per run, blocking mode, warmed up, timed inside the engine",
            ]
          : []),
      ],
    });
  } finally {
    for (const client of clients.values()) await client.close();
  }
}

/** Makes up to `count` requests (fewer if the time cap passes) and returns requests/second. */
async function batch(client: SmallRequester, count: number): Promise<number> {
  const start = performance.now();
  let done = 0;
  while (done < count && performance.now() - start < RUN_TIME_CAP_MS) {
    await client.request();
    done++;
  }
  return done / ((performance.now() - start) / 1000);
}
