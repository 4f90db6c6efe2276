// The soak loops, run in a child process (soak-child.ts) so the census sees only what they leave
// behind: in a vitest worker the runner's own timers change state mid-test and skew the counts.
// Each scenario is bounded in count and time and returns a report for soak.test.ts to judge.
import type { Socket } from "node:net";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki } from "../helpers/certs.js";
import { freePort } from "../helpers/ports.js";
import {
  activeResources,
  listenerCounts,
  pause,
  processListeners,
  settledHeapUsed,
  settleResources,
  watchClientSockets,
  type Counts,
} from "./census.js";
import { startEchoServer, startEchoServerOnWorker } from "./echo-servers.js";

/**
 * Loop sizes and time budgets. `exposeGc: false` runs the child without `--expose-gc` (census.ts
 * then enables gc at run time): blocking mode's worker threads inherit the parent's execArgv and
 * refuse that flag (see blocking-exec-argv.test.ts).
 */
export const SCENARIOS = {
  "keep-alive": { count: 10_000, budgetMs: 45_000, exposeGc: true },
  "connect-close": { count: 1_000, budgetMs: 25_000, exposeGc: true },
  refused: { count: 1_000, budgetMs: 25_000, exposeGc: true },
  // A TLS handshake per cycle, each with one request.
  "tls-cycles": { count: 500, budgetMs: 25_000, exposeGc: true },
  // Blocking mode starts a worker thread per connection (~0.3 s each here): fewer cycles.
  blocking: { count: 30, budgetMs: 25_000, exposeGc: false },
} as const;
export type ScenarioName = keyof typeof SCENARIOS;

export interface SoakReport {
  readonly scenario: ScenarioName;
  readonly iterations: number;
  readonly ms: number;
  readonly resourcesBefore: Counts;
  /** Resource types still above the baseline after settling: [before, after]. */
  readonly resourcesLeft: Record<string, [number, number]>;
  readonly resourcesAfter: Counts;
  readonly listenersBefore: Counts;
  readonly listenersAfter: Counts;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly socketsCreated: number;
  readonly socketsReachable: number;
  readonly socketsReachableNotDestroyed: number;
  /** Scenario-specific facts (server-side connection counts, socket listener counts...). */
  readonly facts: Record<string, unknown>;
}

/** Thrown inside a loop: the message names the iteration. */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new globalThis.Error(message());
}

async function boundedLoop(
  name: ScenarioName,
  body: (i: number) => Promise<void>,
): Promise<{ iterations: number; ms: number }> {
  const { count, budgetMs } = SCENARIOS[name];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    if (performance.now() - start > budgetMs) {
      throw new globalThis.Error(
        `${name}: time budget of ${budgetMs} ms ran out after ${i} of ${count} iterations`,
      );
    }
    await body(i);
  }
  return { iterations: count, ms: performance.now() - start };
}

const settled = (s: number): boolean =>
  s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING;

/** Sends GET `path` and reads the whole body (bounded), returning it as text. */
async function fetchPath(client: HTTPClient, path: string): Promise<string> {
  check(client.request(HTTPClient.METHOD_GET, path, []) === Error.OK, () => `request ${path}`);
  await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
  const parts: Uint8Array[] = [];
  for (let round = 0; round < 1000 && client.get_status() === Status.STATUS_BODY; round++) {
    const chunk = client.read_response_body_chunk();
    if (chunk.length > 0) parts.push(chunk);
    else await client.pollUntil((s) => s !== Status.STATUS_BODY, 50);
  }
  return Buffer.concat(parts).toString("latin1");
}

type Loop = (
  facts: Record<string, unknown>,
  sockets: ReturnType<typeof watchClientSockets>,
) => Promise<{ iterations: number; ms: number }>;

const loops: Record<ScenarioName, Loop> = {
  async "keep-alive"(facts, sockets) {
    const server = await startEchoServer();
    const client = new HTTPClient();
    try {
      check(client.connect_to_host("127.0.0.1", server.port) === Error.OK, () => "connect");
      check((await client.pollUntil(settled, 5000)) === Status.STATUS_CONNECTED, () => "connected");
      check((await fetchPath(client, "/warm-up")) === "/warm-up", () => "warm-up response");
      const socket = sockets.alive()[0] as Socket;
      facts.socketListenersAfterFirst = listenerCounts(socket);
      const run = await boundedLoop("keep-alive", async (i) => {
        const body = await fetchPath(client, `/r${i}`);
        check(body === `/r${i}`, () => `response ${i}: body ${JSON.stringify(body)}`);
        const status = client.get_status();
        check(status === Status.STATUS_CONNECTED, () => `response ${i}: status ${status}`);
      });
      facts.socketListenersAfterLast = listenerCounts(socket);
      facts.serverConnections = await server.accepted();
      client.close();
      facts.socketDestroyedByClose = socket.destroyed;
      return run;
    } finally {
      client.close();
      await server.close();
    }
  },

  async "connect-close"(facts) {
    const server = await startEchoServer();
    const clients: WeakRef<HTTPClient>[] = [];
    let run;
    try {
      run = await boundedLoop("connect-close", async (i) => {
        const client = new HTTPClient();
        clients.push(new WeakRef(client));
        check(client.connect_to_host("127.0.0.1", server.port) === Error.OK, () => `connect ${i}`);
        const status = await client.pollUntil(settled, 5000);
        check(status === Status.STATUS_CONNECTED, () => `cycle ${i}: status ${status}`);
        client.close();
        check(client.get_status() === Status.STATUS_DISCONNECTED, () => `cycle ${i}: close`);
      });
      facts.serverConnections = await server.accepted();
    } finally {
      await server.close();
    }
    await settledHeapUsed();
    facts.clientsReachable = clients.filter((ref) => ref.deref() !== undefined).length;
    return run;
  },

  async "tls-cycles"(facts) {
    // openssl runs synchronously (execFileSync), so making the certificates here leaves no
    // handle behind to skew the counts.
    const pki = makeTestPki();
    const trusted = new X509Certificate();
    check(trusted.load(pki.ca.certPath) === Error.OK, () => "load test CA");
    const server = await startEchoServer(pki.leaf);
    let run;
    try {
      run = await boundedLoop("tls-cycles", async (i) => {
        const client = new HTTPClient();
        const tls = TLSOptions.client(trusted);
        check(
          client.connect_to_host("localhost", server.port, tls) === Error.OK,
          () => `connect ${i}`,
        );
        const status = await client.pollUntil(settled, 5000);
        check(status === Status.STATUS_CONNECTED, () => `cycle ${i}: status ${status}`);
        const body = await fetchPath(client, `/t${i}`);
        check(body === `/t${i}`, () => `cycle ${i}: body ${JSON.stringify(body)}`);
        client.close();
      });
      facts.serverConnections = await server.accepted();
    } finally {
      await server.close();
      pki.cleanup();
    }
    return run;
  },

  async refused(facts) {
    const port = await freePort();
    const clients: WeakRef<HTTPClient>[] = [];
    const run = await boundedLoop("refused", async (i) => {
      const client = new HTTPClient();
      clients.push(new WeakRef(client));
      check(client.connect_to_host("127.0.0.1", port) === Error.OK, () => `connect ${i}`);
      const status = await client.pollUntil(settled, 5000);
      check(status === Status.STATUS_CANT_CONNECT, () => `attempt ${i}: status ${status}`);
      const error = client.poll();
      check(error === Error.ERR_CANT_CONNECT, () => `attempt ${i}: poll() gave ${error}`);
      if (i % 2 === 0) client.close(); // half are dropped without close(): neither may leak
    });
    await settledHeapUsed();
    facts.clientsReachable = clients.filter((ref) => ref.deref() !== undefined).length;
    return run;
  },

  async blocking(facts) {
    // Blocking calls park this thread, so the server needs an event loop of its own.
    const server = await startEchoServerOnWorker();
    try {
      const run = await boundedLoop("blocking", async (i) => {
        const client = new HTTPClient();
        client.blocking_mode_enabled = true;
        client.blockingTimeoutMs = 10_000;
        check(client.connect_to_host("127.0.0.1", server.port) === Error.OK, () => `connect ${i}`);
        check(client.poll() === Error.OK, () => `cycle ${i}: connect poll`);
        check(client.get_status() === Status.STATUS_CONNECTED, () => `cycle ${i}: connected`);
        check(
          client.request(HTTPClient.METHOD_GET, `/b${i}`, []) === Error.OK,
          () => `request ${i}`,
        );
        check(client.poll() === Error.OK, () => `cycle ${i}: response poll`);
        const body = Buffer.from(client.read_response_body_chunk()).toString();
        check(body === `/b${i}`, () => `cycle ${i}: body ${JSON.stringify(body)}`);
        check(client.get_status() === Status.STATUS_CONNECTED, () => `cycle ${i}: after body`);
        client.close();
        // The worker's socket closes on its own thread; let its messages be handled.
        await pause(0);
      });
      facts.serverConnections = await server.accepted();
      return run;
    } finally {
      await server.close();
    }
  },
};

export async function runScenario(scenario: ScenarioName): Promise<SoakReport> {
  await pause(50);
  const heapBefore = await settledHeapUsed();
  const resourcesBefore = activeResources();
  const listenersBefore = processListeners();
  const sockets = watchClientSockets();
  const facts: Record<string, unknown> = {};
  try {
    const { iterations, ms } = await loops[scenario](facts, sockets);
    const resourcesLeft = await settleResources(resourcesBefore);
    const heapAfter = await settledHeapUsed();
    const alive = sockets.alive();
    return {
      scenario,
      iterations,
      ms,
      resourcesBefore,
      resourcesLeft,
      resourcesAfter: activeResources(),
      listenersBefore,
      listenersAfter: processListeners(),
      heapBefore,
      heapAfter,
      socketsCreated: sockets.created,
      socketsReachable: alive.length,
      socketsReachableNotDestroyed: alive.filter((socket) => !socket.destroyed).length,
      facts,
    };
  } finally {
    sockets.stop();
  }
}
