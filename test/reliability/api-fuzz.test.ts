// Seeded fuzzing of the HTTPClient API as a caller might drive it: random sequences of connect
// (to a keep-alive echo server, a refused port, a server that hangs up at once, one that never
// answers), request, poll, pollUntil, read, close and read_chunk_size changes. After every call: nothing
// threw, the status is a Status value, poll()'s Error code matches the status it left, calls
// made in the wrong state are refused without moving it, and each body read in full is the
// echoed path. Afterwards no TCP handle is left open. fast-check prints the seed and path.
import { createServer, type Server, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { freePort } from "../helpers/ports.js";
import { activeResources, pause, type Counts } from "./census.js";
import { startEchoServer, type EchoServer } from "./echo-servers.js";

const SEED = 7_2026;
const RUNS = 150;

type Target = "echo" | "refused" | "hangup" | "silent";
type Action =
  | { t: "connect"; target: Target }
  | { t: "request"; method: number; path: string }
  | { t: "poll" }
  | { t: "wait"; ms: number }
  | { t: "settle" }
  | { t: "exchange"; path: string }
  | { t: "read" }
  | { t: "close" }
  | { t: "chunk"; size: number };

const METHODS = [
  HTTPClient.METHOD_GET,
  HTTPClient.METHOD_POST,
  HTTPClient.METHOD_PUT,
  HTTPClient.METHOD_DELETE,
  HTTPClient.METHOD_OPTIONS,
  HTTPClient.METHOD_PATCH,
];

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("connect" as const),
      target: fc.constantFrom<Target>(
        "echo",
        "echo",
        "echo",
        "echo",
        "refused",
        "hangup",
        "silent",
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("request" as const),
      method: fc.constantFrom(...METHODS),
      path: fc.stringMatching(/^\/[a-z0-9]{0,12}$/),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ t: "poll" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 5 }) }),
  },
  { weight: 5, arbitrary: fc.constant({ t: "settle" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("exchange" as const),
      path: fc.stringMatching(/^\/[a-z0-9]{0,12}$/),
    }),
  },
  { weight: 5, arbitrary: fc.constant({ t: "read" as const }) },
  { weight: 1, arbitrary: fc.constant({ t: "close" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant("chunk" as const),
      size: fc.oneof(fc.integer({ min: -10, max: 300 }), fc.constantFrom(1, 256, 65536, 2 ** 30)),
    }),
  },
);

/** The Error code poll() must return when it leaves the client in `status`. */
function expectedPollError(status: number, before: number): number[] {
  switch (status) {
    case Status.STATUS_DISCONNECTED:
      // A read-to-EOF body ends in DISCONNECTED with OK; otherwise disconnected is unconfigured.
      return before === Status.STATUS_BODY || before === Status.STATUS_REQUESTING
        ? [Error.OK, Error.ERR_UNCONFIGURED]
        : [Error.ERR_UNCONFIGURED];
    case Status.STATUS_CANT_RESOLVE:
      return [Error.ERR_CANT_RESOLVE];
    case Status.STATUS_CANT_CONNECT:
      return [Error.ERR_CANT_CONNECT];
    case Status.STATUS_CONNECTION_ERROR:
      return [Error.ERR_CONNECTION_ERROR];
    case Status.STATUS_TLS_HANDSHAKE_ERROR:
      return [Error.ERR_CANT_CONNECT, Error.ERR_CONNECTION_ERROR];
    default:
      return [Error.OK];
  }
}

let echo: EchoServer;
let refusedPort = 0;
let hangup: Server;
let silent: Server;
const serverSockets: Socket[] = [];
let netBaseline: Counts;

async function listen(onSocket: (socket: Socket) => void): Promise<Server> {
  const server = createServer((socket) => {
    serverSockets.push(socket);
    socket.on("error", () => {});
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

const portOf = (server: Server): number => {
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
};

beforeAll(async () => {
  netBaseline = onlyNet(activeResources());
  echo = await startEchoServer();
  refusedPort = await freePort();
  hangup = await listen((socket) => socket.end());
  silent = await listen(() => {});
});
afterAll(async () => {
  await echo.close();
  for (const socket of serverSockets) socket.destroy();
  await new Promise<void>((resolve) => hangup.close(() => resolve()));
  await new Promise<void>((resolve) => silent.close(() => resolve()));
  // Vitest's own timers change state mid-test, so only network handles are compared here
  // (soak.test.ts counts everything, in a child process).
  const deadline = performance.now() + 3000;
  for (let round = 0; round < 300 && performance.now() < deadline; round++) {
    if (sameCounts(onlyNet(activeResources()), netBaseline)) break;
    await pause(10);
  }
  expect(onlyNet(activeResources())).toEqual(netBaseline);
});

const sameCounts = (a: Counts, b: Counts): boolean => JSON.stringify(a) === JSON.stringify(b);

function onlyNet(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).filter(([name]) => name.startsWith("TCP")));
}

let bodiesChecked = 0;

/** Runs one action, checking the invariants; `state` tracks the expected body of the request. */
async function perform(
  client: HTTPClient,
  step: Action,
  state: { target: Target | null; path: string | null; body: Buffer[] },
): Promise<void> {
  const before = client.get_status();
  switch (step.t) {
    case "connect": {
      const port =
        step.target === "echo"
          ? echo.port
          : step.target === "refused"
            ? refusedPort
            : portOf(step.target === "hangup" ? hangup : silent);
      expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
      expect(client.get_status()).toBe(Status.STATUS_CONNECTING);
      state.target = step.target;
      state.path = null;
      break;
    }
    case "request": {
      const error = client.request(step.method, step.path, []);
      if (before !== Status.STATUS_CONNECTED) {
        expect(error).toBe(Error.ERR_INVALID_PARAMETER);
        expect(client.get_status()).toBe(before);
      } else if (error === Error.OK) {
        expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
        state.path = step.path;
        state.body = [];
      } else {
        // The peer already went away: the request is refused and the status says so.
        expect(error).toBe(Error.ERR_CONNECTION_ERROR);
        expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
      }
      break;
    }
    case "wait":
      await sleep(step.ms);
    // falls through: a wait is followed by a poll, as a caller's loop would do
    case "poll": {
      const error = client.poll();
      expect(expectedPollError(client.get_status(), before)).toContain(error);
      break;
    }
    case "settle": {
      // What an async caller does: wait (bounded) for whatever is in flight to settle.
      const busy: number[] = [
        Status.STATUS_RESOLVING,
        Status.STATUS_CONNECTING,
        Status.STATUS_REQUESTING,
      ];
      const status = await client.pollUntil((s) => !busy.includes(s), 200);
      expect(status).toBe(client.get_status());
      break;
    }
    case "exchange": {
      // A whole request as a caller writes it: the single steps above, in order.
      await perform(
        client,
        { t: "request", method: HTTPClient.METHOD_GET, path: step.path },
        state,
      );
      await perform(client, { t: "settle" }, state);
      for (let i = 0; i < 20 && client.get_status() === Status.STATUS_BODY; i++) {
        await perform(client, { t: "read" }, state);
        await perform(client, { t: "settle" }, state);
      }
      break;
    }
    case "read": {
      const chunk = client.read_response_body_chunk();
      expect(chunk).toBeInstanceOf(Uint8Array);
      if (before !== Status.STATUS_BODY) {
        expect(chunk.length).toBe(0);
        expect(client.get_status()).toBe(before);
      } else {
        expect(chunk.length).toBeLessThanOrEqual(client.get_read_chunk_size());
        state.body.push(Buffer.from(chunk));
      }
      break;
    }
    case "close":
      client.close();
      expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
      expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
      state.target = null;
      state.path = null;
      break;
    case "chunk":
      client.set_read_chunk_size(step.size);
      expect(client.get_read_chunk_size()).toBeGreaterThanOrEqual(256);
      break;
  }
  const after = client.get_status();
  expect(after).toBeGreaterThanOrEqual(Status.STATUS_DISCONNECTED);
  expect(after).toBeLessThanOrEqual(Status.STATUS_TLS_HANDSHAKE_ERROR);
  // A body read to its end on the echo server is the request's path.
  if (
    state.target === "echo" &&
    state.path !== null &&
    before === Status.STATUS_BODY &&
    after === Status.STATUS_CONNECTED
  ) {
    expect(Buffer.concat(state.body).toString()).toBe(state.path);
    state.path = null;
    bodiesChecked++;
  }
}

describe("API fuzzing (seeded)", () => {
  it("random call sequences keep every invariant", { timeout: 120_000 }, async () => {
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 40, size: "large" }),
        async (actions) => {
          const client = new HTTPClient();
          const state = { target: null as Target | null, path: null as string | null, body: [] };
          try {
            for (const step of actions) {
              await perform(client, step, state);
              calls++;
            }
          } finally {
            client.close();
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(
      `[api-fuzz] ${calls} calls in ${RUNS} sequences, ${bodiesChecked} echoed bodies read in full`,
    );
    // Not vacuous: long sequences ran, and many reached a whole response.
    expect(calls).toBeGreaterThan(RUNS * 5);
    expect(bodiesChecked).toBeGreaterThan(10);
  });
});
