// Leak accounting for soak tests: active libuv resources by type, process listeners, the client
// sockets Node creates (seen through diagnostics_channel, held weakly), and heap use after a full GC.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export type Counts = Record<string, number>;

/**
 * Waits `ms`, then one more event-loop turn. Code resumed by a timer promise runs while Node still
 * counts that timer as active, so a census taken right after `await sleep()` sees one Timeout too
 * many; after the extra turn the timers phase has finished and the count is exact.
 */
export async function pause(ms: number): Promise<void> {
  await sleep(ms);
  await nextTurn();
}

/** `process.getActiveResourcesInfo()` as counts per resource type (TCPSocketWrap, Timeout, ...). */
export function activeResources(): Counts {
  const counts: Counts = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** Listener counts for every event that has listeners on `process`. */
export function processListeners(): Counts {
  const counts: Counts = {};
  for (const name of process.eventNames()) counts[String(name)] = process.listenerCount(name);
  return counts;
}

/** Listener counts per event on one emitter (a socket). */
export function listenerCounts(emitter: Socket): Counts {
  const counts: Counts = {};
  for (const name of emitter.eventNames()) counts[String(name)] = emitter.listenerCount(name);
  return counts;
}

/** The types whose count is above `baseline`, with both figures; empty when nothing grew. */
function grownOver(baseline: Counts, now: Counts): Record<string, [number, number]> {
  const grown: Record<string, [number, number]> = {};
  for (const [name, count] of Object.entries(now)) {
    const before = baseline[name] ?? 0;
    if (count > before) grown[name] = [before, count];
  }
  return grown;
}

/**
 * Waits (≤ `timeoutMs`, in bounded rounds) until no resource type is above `baseline`: closed
 * handles leave the list only after libuv's close callbacks run. Returns what is still above it.
 */
export async function settleResources(
  baseline: Counts,
  timeoutMs = 3000,
): Promise<Record<string, [number, number]>> {
  const deadline = performance.now() + timeoutMs;
  let grown = grownOver(baseline, activeResources());
  for (let round = 0; round < 1000 && Object.keys(grown).length > 0; round++) {
    if (performance.now() > deadline) break;
    await pause(10);
    grown = grownOver(baseline, activeResources());
  }
  return grown;
}

let cachedGc: (() => void) | null = null;

/**
 * A full garbage collection. Uses `global.gc` when the process runs with --expose-gc; otherwise
 * sets the flag at run time and takes `gc` from a fresh context, which V8 then exposes there.
 */
function fullGc(): () => void {
  if (cachedGc !== null) return cachedGc;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") cachedGc = exposed;
  else {
    setFlagsFromString("--expose-gc");
    cachedGc = runInNewContext("gc") as () => void;
  }
  return cachedGc;
}

/** heapUsed after GC, with a pause between rounds so finalizers and weak callbacks can run. */
export async function settledHeapUsed(): Promise<number> {
  const gc = fullGc();
  for (let round = 0; round < 3; round++) {
    gc();
    await pause(10);
  }
  return process.memoryUsage().heapUsed;
}

export interface SocketWatch {
  /** How many client sockets were created since the watch started. */
  readonly created: number;
  /** Sockets still reachable (not yet collected), held only weakly here. */
  alive(): Socket[];
  stop(): void;
}

/** Records every client socket node:net creates (`net.client.socket`), without keeping it alive. */
export function watchClientSockets(): SocketWatch {
  const refs: WeakRef<Socket>[] = [];
  const onSocket = (message: unknown): void => {
    refs.push(new WeakRef((message as { socket: Socket }).socket));
  };
  subscribe("net.client.socket", onSocket);
  return {
    get created() {
      return refs.length;
    },
    alive: () => refs.map((ref) => ref.deref()).filter((socket) => socket !== undefined),
    stop: () => unsubscribe("net.client.socket", onSocket),
  };
}

/** Mebibytes with one decimal, for printed figures. */
export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
