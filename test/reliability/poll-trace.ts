// Drives an HTTPClient by calling poll() directly (not pollUntil), so a test sees every poll()'s
// Error code, each status it moved through, and any exception poll() let escape.
import { setTimeout as sleep } from "node:timers/promises";
import { expect } from "vitest";
import type { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";

export interface PollStep {
  /** What poll() returned. */
  readonly error: number;
  /** The status right after that poll(). */
  readonly status: number;
}

export interface PollTrace {
  /** One entry per change of (error, status): repeats of the same pair are folded together. */
  readonly steps: PollStep[];
  /** Exceptions poll() threw (it must never throw). */
  readonly thrown: unknown[];
  /** The status when tracing stopped. */
  readonly status: number;
  /** How many times poll() was called. */
  readonly polls: number;
}

/**
 * Calls poll() every `intervalMs` until `done(status)` holds, or `timeoutMs` passes, or `maxPolls`
 * calls were made (both bounds always apply). `each` runs after every poll, e.g. to read a body.
 */
export async function tracePolls(
  client: HTTPClient,
  done: (status: number) => boolean,
  options: {
    timeoutMs?: number;
    intervalMs?: number;
    maxPolls?: number;
    each?: () => void;
  } = {},
): Promise<PollTrace> {
  const { timeoutMs = 5000, intervalMs = 2, maxPolls = 20_000, each } = options;
  const steps: PollStep[] = [];
  const thrown: unknown[] = [];
  const deadline = performance.now() + timeoutMs;
  let polls = 0;
  while (polls < maxPolls) {
    let error = -1;
    try {
      error = client.poll();
    } catch (exception) {
      thrown.push(exception);
    }
    polls++;
    const status = client.get_status();
    const last = steps.at(-1);
    if (last === undefined || last.error !== error || last.status !== status)
      steps.push({ error, status });
    each?.();
    if (done(client.get_status()) || performance.now() > deadline) break;
    await sleep(intervalMs);
  }
  return { steps, thrown, status: client.get_status(), polls };
}

/**
 * A traced response that must end in STATUS_CONNECTION_ERROR. When `each` reads the body, the
 * failure may show on that read (read_response_body_chunk moves the status too) rather than on a
 * poll(); either way every poll() before it reported progress (OK) and the next poll() reports
 * ERR_CONNECTION_ERROR.
 */
export function expectEndedInConnectionError(client: HTTPClient, trace: PollTrace): void {
  expect(trace.thrown).toEqual([]);
  expect(trace.status).toBe(Status.STATUS_CONNECTION_ERROR);
  const last = trace.steps.at(-1);
  if (last?.status === Status.STATUS_CONNECTION_ERROR)
    expect(last.error).toBe(Error.ERR_CONNECTION_ERROR);
  else expect(last?.error).toBe(Error.OK);
  for (const step of trace.steps.slice(0, -1)) expect(step.error).toBe(Error.OK);
  expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
  expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
}
