// Seeded fault fuzzing on real sockets: a valid response (Content-Length or chunked, random body)
// is delivered in random segments with random pauses, and possibly cut at a random byte by a
// reset or a clean close. Whatever happens, poll() never throws, and the client ends either
// CONNECTED with exactly the body (no fault) or in STATUS_CONNECTION_ERROR having read a prefix
// of it (fault before the last byte). fast-check prints the seed and path of a failing case.
import { setTimeout as sleep } from "node:timers/promises";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import {
  headComplete,
  startRawServer,
  type RawConnection,
  type RawServer,
} from "../helpers/rawServer.js";
import { connected } from "../http/helpers.js";
import { expectEndedInConnectionError, tracePolls } from "./poll-trace.js";

const SEED = 6_2026;
const RUNS = 300;

interface Plan {
  readonly response: Buffer;
  readonly body: Buffer;
  /** Segment boundaries inside `response` (sorted, unique). */
  readonly cuts: number[];
  /** Pause after each segment, ms. */
  readonly pauseMs: number;
  readonly fault: { kind: "none" } | { kind: "reset" | "end"; at: number };
}

function frame(body: Buffer, chunked: boolean, chunkSize: number): Buffer {
  if (!chunked) {
    return Buffer.concat([
      Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n`),
      body,
    ]);
  }
  const parts: Uint8Array[] = [
    Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
  ];
  for (let at = 0; at < body.length; at += chunkSize) {
    const piece = body.subarray(at, at + chunkSize);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}

const plans: fc.Arbitrary<Plan> = fc
  .record({
    body: fc.uint8Array({ minLength: 0, maxLength: 3000 }).map((bytes) => Buffer.from(bytes)),
    chunked: fc.boolean(),
    chunkSize: fc.integer({ min: 1, max: 700 }),
    cutFractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
    pauseMs: fc.integer({ min: 0, max: 3 }),
    fault: fc.oneof(
      fc.constant<{ kind: "none" }>({ kind: "none" }),
      fc.record({
        kind: fc.constantFrom<"reset" | "end">("reset", "end"),
        fraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
      }),
    ),
  })
  .map(({ body, chunked, chunkSize, cutFractions, pauseMs, fault }) => {
    const response = frame(body, chunked, chunkSize);
    const cuts = [...new Set(cutFractions.map((f) => Math.floor(f * response.length)))]
      .filter((cut) => cut > 0 && cut < response.length)
      .sort((a, b) => a - b);
    return {
      response,
      body,
      cuts,
      pauseMs,
      fault:
        fault.kind === "none"
          ? fault
          : { kind: fault.kind, at: Math.floor(fault.fraction * response.length) },
    };
  });

/** Sends `plan.response` in its segments, stopping at the fault's byte with a reset or close. */
async function deliver(conn: RawConnection, plan: Plan): Promise<void> {
  const { response, fault } = plan;
  const stop = fault.kind === "none" ? response.length : fault.at;
  const bounds = [...plan.cuts.filter((cut) => cut < stop), stop];
  let from = 0;
  conn.socket.setNoDelay(true);
  for (const to of bounds) {
    if (conn.socket.destroyed) return;
    if (to > from) conn.socket.write(response.subarray(from, to));
    from = to;
    if (plan.pauseMs > 0) await sleep(plan.pauseMs);
  }
  if (fault.kind === "reset") conn.socket.resetAndDestroy();
  else if (fault.kind === "end") conn.socket.end();
}

let server: RawServer;
const queue: Plan[] = [];
beforeAll(async () => {
  server = await startRawServer((conn) => {
    const plan = queue.shift();
    if (plan === undefined) return;
    void conn.waitFor(headComplete).then(
      () => deliver(conn, plan),
      () => {},
    );
  });
});
afterAll(() => server.close());

describe("fault fuzzing (seeded)", () => {
  it(
    "random segmentation and cuts: exact body, or CONNECTION_ERROR after a prefix",
    { timeout: 120_000 },
    async () => {
      const seen = { complete: 0, failed: 0 };
      await fc.assert(
        fc.asyncProperty(plans, async (plan) => {
          queue.push(plan);
          const client = await connected("127.0.0.1", server.port);
          try {
            expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
            const parts: Buffer[] = [];
            const trace = await tracePolls(
              client,
              (s) => s !== Status.STATUS_REQUESTING && s !== Status.STATUS_BODY,
              {
                timeoutMs: 10_000,
                intervalMs: 1,
                each: () => {
                  if (client.get_status() !== Status.STATUS_BODY) return;
                  const chunk = client.read_response_body_chunk();
                  if (chunk.length > 0) parts.push(Buffer.from(chunk));
                },
              },
            );
            const body = Buffer.concat(parts);
            expect(trace.thrown).toEqual([]);
            if (plan.fault.kind === "none") {
              expect(trace.status).toBe(Status.STATUS_CONNECTED);
              expect(client.get_response_code()).toBe(200);
              expect(body.equals(plan.body)).toBe(true);
              seen.complete++;
            } else {
              expectEndedInConnectionError(client, trace);
              expect(body.length).toBeLessThanOrEqual(plan.body.length);
              expect(body.equals(plan.body.subarray(0, body.length))).toBe(true);
              seen.failed++;
            }
            // Every poll before the end reported progress.
            if (plan.fault.kind === "none")
              for (const step of trace.steps) expect(step.error).toBe(Error.OK);
          } finally {
            client.close();
            queue.length = 0;
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      console.log(`[fault-fuzz] ${seen.complete} complete, ${seen.failed} cut`);
      expect(seen.complete).toBeGreaterThan(0);
      expect(seen.failed).toBeGreaterThan(0);
    },
  );
});
