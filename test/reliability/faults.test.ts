// Network faults against real sockets on 127.0.0.1: refused, unresolvable, reset in the head and
// in the body, stalls, byte-at-a-time delivery, and a peer that quits during the TLS handshake.
// Each case checks the exact status, the Error code of every poll() on the way, and that poll()
// never throws.
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { freePort } from "../helpers/ports.js";
import {
  headComplete,
  startRawServer,
  type RawConnection,
  type RawServer,
} from "../helpers/rawServer.js";
import { connected } from "../http/helpers.js";
import { expectEndedInConnectionError, tracePolls, type PollTrace } from "./poll-trace.js";

const servers: RawServer[] = [];
const clients: HTTPClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.close();
});

async function rawServer(onConnection?: (connection: RawConnection) => void): Promise<RawServer> {
  const server = await startRawServer(onConnection);
  servers.push(server);
  return server;
}

function newClient(): HTTPClient {
  const client = new HTTPClient();
  clients.push(client);
  return client;
}

const settled = (s: number): boolean =>
  s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING;

/** The steps as [Error, Status] pairs, for whole-sequence comparisons with readable diffs. */
function pairs(trace: PollTrace): [number, number][] {
  return trace.steps.map((step) => [step.error, step.status]);
}

/** Polls a settled error state a few more times: the status and Error code must hold steady. */
function expectSteady(client: HTTPClient, status: number, error: number): void {
  for (let i = 0; i < 3; i++) {
    expect(client.poll()).toBe(error);
    expect(client.get_status()).toBe(status);
  }
}

/** A connected client that has sent GET / to `server` and whose request head the server has. */
async function requested(server: RawServer): Promise<{ client: HTTPClient; conn: RawConnection }> {
  const client = await connected("127.0.0.1", server.port);
  clients.push(client);
  expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
  const conn = await server.connection(0);
  await conn.waitFor(headComplete);
  return { client, conn };
}

/** Resolves when the server side of `conn` has closed (bounded). */
function serverSideClosed(conn: RawConnection, timeoutMs = 2000): Promise<boolean> {
  if (conn.socket.closed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    conn.socket.once("close", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describe("connect faults", () => {
  it("connection refused → STATUS_CANT_CONNECT, poll() gives ERR_CANT_CONNECT", async () => {
    const port = await freePort();
    const client = newClient();
    expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTING);
    const trace = await tracePolls(client, settled);
    expect(trace.thrown).toEqual([]);
    expect(pairs(trace)).toEqual([
      ...(trace.steps.length > 1 ? [[Error.OK, Status.STATUS_CONNECTING]] : []),
      [Error.ERR_CANT_CONNECT, Status.STATUS_CANT_CONNECT],
    ]);
    expectSteady(client, Status.STATUS_CANT_CONNECT, Error.ERR_CANT_CONNECT);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
  });

  it("connection refused in blocking mode: one poll() settles it", async () => {
    const port = await freePort();
    const client = newClient();
    client.blocking_mode_enabled = true;
    client.blockingTimeoutMs = 10_000;
    expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
    expect(client.poll()).toBe(Error.ERR_CANT_CONNECT);
    expect(client.get_status()).toBe(Status.STATUS_CANT_CONNECT);
    expectSteady(client, Status.STATUS_CANT_CONNECT, Error.ERR_CANT_CONNECT);
  });

  // .invalid never resolves (RFC 6761). Where no DNS server answers, the system resolver's own
  // retries can take ~20 s before it says so, hence the wide bounds on these two.
  it(
    "a name under .invalid → STATUS_CANT_RESOLVE, poll() gives ERR_CANT_RESOLVE",
    { timeout: 45_000 },
    async () => {
      const client = newClient();
      expect(client.connect_to_host("no-such-host.invalid", 80)).toBe(Error.OK);
      expect(client.get_status()).toBe(Status.STATUS_RESOLVING);
      const trace = await tracePolls(client, settled, { timeoutMs: 40_000, intervalMs: 5 });
      expect(trace.thrown).toEqual([]);
      expect(trace.steps.at(-1)).toEqual({
        error: Error.ERR_CANT_RESOLVE,
        status: Status.STATUS_CANT_RESOLVE,
      });
      // Before failing it only ever reported progress while resolving.
      for (const step of trace.steps.slice(0, -1))
        expect(step).toEqual({ error: Error.OK, status: Status.STATUS_RESOLVING });
      expectSteady(client, Status.STATUS_CANT_RESOLVE, Error.ERR_CANT_RESOLVE);
    },
  );

  it(
    "a name under .invalid in blocking mode → STATUS_CANT_RESOLVE",
    { timeout: 45_000 },
    async () => {
      const client = newClient();
      client.blocking_mode_enabled = true;
      client.blockingTimeoutMs = 40_000;
      expect(client.connect_to_host("no-such-host.invalid", 80)).toBe(Error.OK);
      expect(client.poll()).toBe(Error.ERR_CANT_RESOLVE);
      expect(client.get_status()).toBe(Status.STATUS_CANT_RESOLVE);
    },
  );

  it.each([
    ["returns no address", () => Promise.resolve([])],
    ["rejects", () => Promise.reject(new globalThis.Error("resolver down"))],
    [
      "throws synchronously",
      () => {
        throw new globalThis.Error("resolver broken");
      },
    ],
  ])("a custom resolver that %s → STATUS_CANT_RESOLVE", async (_name, resolver) => {
    const client = newClient();
    client.resolver = resolver as (hostname: string) => Promise<string[]>;
    expect(client.connect_to_host("example.test", 80)).toBe(Error.OK);
    const trace = await tracePolls(client, settled);
    expect(trace.thrown).toEqual([]);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CANT_RESOLVE,
      status: Status.STATUS_CANT_RESOLVE,
    });
  });
});

describe("resets", () => {
  it("reset in the middle of the response head → STATUS_CONNECTION_ERROR", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    conn.socket.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nX-Partial: ye");
    // Let the partial head reach the client before the reset, so it is the head that is cut.
    await tracePolls(client, () => false, { timeoutMs: 50 });
    expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
    conn.socket.resetAndDestroy();
    const trace = await tracePolls(client, (s) => s !== Status.STATUS_REQUESTING);
    expect(trace.thrown).toEqual([]);
    expect(pairs(trace)).toEqual([
      ...(trace.steps.length > 1 ? [[Error.OK, Status.STATUS_REQUESTING]] : []),
      [Error.ERR_CONNECTION_ERROR, Status.STATUS_CONNECTION_ERROR],
    ]);
    expect(client.has_response()).toBe(false);
    expectSteady(client, Status.STATUS_CONNECTION_ERROR, Error.ERR_CONNECTION_ERROR);
  });

  it.each([
    ["Content-Length", "Content-Length: 1000\r\n\r\n", (data: string) => data],
    [
      "chunked",
      "Transfer-Encoding: chunked\r\n\r\n",
      (data: string) => `${data.length.toString(16)}\r\n${data}\r\n`,
    ],
  ])("reset in the middle of a %s body → STATUS_CONNECTION_ERROR", async (_name, head, frame) => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    const sent = "0123456789".repeat(10);
    conn.socket.write(`HTTP/1.1 200 OK\r\n${head}${frame(sent)}`);
    const received: Buffer[] = [];
    const readAvailable = (): void => {
      if (client.get_status() !== Status.STATUS_BODY) return;
      const chunk = client.read_response_body_chunk();
      if (chunk.length > 0) received.push(Buffer.from(chunk));
    };
    // Read the part that arrived, so the reset cuts a body that is under way.
    await tracePolls(client, () => Buffer.concat(received).length >= sent.length, {
      each: readAvailable,
    });
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    expect(Buffer.concat(received).toString()).toBe(sent);
    conn.socket.resetAndDestroy();
    const trace = await tracePolls(client, (s) => s !== Status.STATUS_BODY, {
      each: readAvailable,
    });
    expectEndedInConnectionError(client, trace);
    expect(Buffer.concat(received).toString()).toBe(sent);
    expect(client.read_response_body_chunk().length).toBe(0);
    expectSteady(client, Status.STATUS_CONNECTION_ERROR, Error.ERR_CONNECTION_ERROR);
  });

  it("reset while connected and idle → the next poll() reports STATUS_CONNECTION_ERROR", async () => {
    const server = await rawServer();
    const client = await connected("127.0.0.1", server.port);
    clients.push(client);
    (await server.connection(0)).socket.resetAndDestroy();
    const trace = await tracePolls(client, (s) => s !== Status.STATUS_CONNECTED);
    expect(trace.thrown).toEqual([]);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CONNECTION_ERROR,
      status: Status.STATUS_CONNECTION_ERROR,
    });
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
  });
});

describe("stalls", () => {
  it("no answer with idleTimeoutMs set → STATUS_CONNECTION_ERROR once it runs out", async () => {
    const server = await rawServer();
    const { client } = await requested(server);
    client.idleTimeoutMs = 150;
    const started = performance.now();
    const trace = await tracePolls(client, (s) => s !== Status.STATUS_REQUESTING, {
      intervalMs: 10,
    });
    expect(trace.thrown).toEqual([]);
    expect(pairs(trace)).toEqual([
      [Error.OK, Status.STATUS_REQUESTING],
      [Error.ERR_CONNECTION_ERROR, Status.STATUS_CONNECTION_ERROR],
    ]);
    // The limit is a lower bound: the client must not give up before it.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("a body that stops with idleTimeoutMs set → STATUS_CONNECTION_ERROR", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    client.idleTimeoutMs = 150;
    conn.socket.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
    const received: Buffer[] = [];
    const trace = await tracePolls(
      client,
      (s) => s !== Status.STATUS_REQUESTING && s !== Status.STATUS_BODY,
      {
        intervalMs: 10,
        each: () => {
          if (client.get_status() !== Status.STATUS_BODY) return;
          const chunk = client.read_response_body_chunk();
          if (chunk.length > 0) received.push(Buffer.from(chunk));
        },
      },
    );
    expectEndedInConnectionError(client, trace);
    expect(Buffer.concat(received).toString()).toBe("only this");
  });

  it("no answer and no idle limit (the engine's default): stays REQUESTING, close() ends it", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    expect(client.idleTimeoutMs).toBe(0);
    const trace = await tracePolls(client, () => false, { timeoutMs: 300, intervalMs: 10 });
    expect(trace.thrown).toEqual([]);
    expect(trace.polls).toBeGreaterThan(5);
    expect(pairs(trace)).toEqual([[Error.OK, Status.STATUS_REQUESTING]]);
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
    expect(await serverSideClosed(conn)).toBe(true);
  });

  it("no answer in blocking mode: poll() returns ERR_TIMEOUT after blockingTimeoutMs, status unchanged", async () => {
    const server = await rawServer();
    const client = newClient();
    client.blocking_mode_enabled = true;
    client.blockingTimeoutMs = 10_000;
    expect(client.connect_to_host("127.0.0.1", server.port)).toBe(Error.OK);
    expect(client.poll()).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    await (await server.connection(0)).waitFor(headComplete);
    client.blockingTimeoutMs = 100;
    expect(client.poll()).toBe(Error.ERR_TIMEOUT);
    expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
  });

  it("a TLS peer that never answers the ClientHello → STATUS_CANT_CONNECT after connectTimeoutMs", async () => {
    const server = await rawServer();
    const client = newClient();
    client.connectTimeoutMs = 150;
    expect(client.connect_to_host("127.0.0.1", server.port, TLSOptions.client_unsafe())).toBe(
      Error.OK,
    );
    const trace = await tracePolls(client, settled, { intervalMs: 10 });
    expect(trace.thrown).toEqual([]);
    expect(pairs(trace)).toEqual([
      [Error.OK, Status.STATUS_CONNECTING],
      [Error.ERR_CANT_CONNECT, Status.STATUS_CANT_CONNECT],
    ]);
    // It did reach the server, and the ClientHello (a TLS handshake record) was sent.
    expect((await server.connection(0)).received()[0]).toBe(0x16);
  });
});

describe("slow delivery", () => {
  /** Writes `bytes` one byte per TCP segment, with a pause after each so they arrive apart. */
  async function drip(conn: RawConnection, bytes: string): Promise<void> {
    conn.socket.setNoDelay(true);
    for (const byte of Buffer.from(bytes, "latin1")) {
      if (conn.socket.destroyed) return;
      conn.socket.write(Buffer.of(byte));
      await sleep(1);
    }
  }

  it.each([
    [
      "Content-Length",
      "HTTP/1.1 200 OK\r\nX-Drip: yes\r\nContent-Length: 11\r\n\r\nhello world",
      11,
    ],
    [
      "chunked",
      "HTTP/1.1 200 OK\r\nX-Drip: yes\r\nTransfer-Encoding: chunked\r\n\r\n" +
        "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n",
      -1,
    ],
  ])("a %s response dripped one byte at a time parses whole", async (_name, response, length) => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    const dripping = drip(conn, response);
    const received: Buffer[] = [];
    const trace = await tracePolls(
      client,
      (s) => s !== Status.STATUS_REQUESTING && s !== Status.STATUS_BODY,
      {
        timeoutMs: 10_000,
        each: () => {
          if (client.get_status() !== Status.STATUS_BODY) return;
          const chunk = client.read_response_body_chunk();
          if (chunk.length > 0) received.push(Buffer.from(chunk));
        },
      },
    );
    await dripping;
    expect(trace.thrown).toEqual([]);
    expect(trace.steps.every((step) => step.error === Error.OK)).toBe(true);
    expect(trace.status).toBe(Status.STATUS_CONNECTED);
    expect(client.get_response_code()).toBe(200);
    expect(client.get_response_headers()).toContain("X-Drip: yes");
    expect(client.get_response_body_length()).toBe(length);
    expect(Buffer.concat(received).toString()).toBe("hello world");
    // The connection is still usable afterwards (keep-alive).
    const before = conn.received().length;
    expect(client.request(HTTPClient.METHOD_GET, "/again", [])).toBe(Error.OK);
    await conn.waitFor((r) => r.subarray(before).includes("\r\n\r\n"));
    expect(conn.received().subarray(before).toString()).toMatch(/^GET \/again HTTP\/1\.1\r\n/);
  });
});

describe("peer close during the TLS handshake", () => {
  // A reset right on accept is left out: it can reach the client before its connect() completes,
  // which is then a refused connection (STATUS_CANT_CONNECT), not a handshake failure.
  it.each([
    ["closes on accept", (conn: RawConnection) => conn.socket.end()],
    [
      "closes after the ClientHello",
      (conn: RawConnection) => {
        void conn.waitFor((r) => r.length > 0).then(() => conn.socket.end());
      },
    ],
    [
      "resets after the ClientHello",
      (conn: RawConnection) => {
        void conn.waitFor((r) => r.length > 0).then(() => conn.socket.resetAndDestroy());
      },
    ],
    [
      "answers in plain HTTP",
      (conn: RawConnection) => {
        void conn
          .waitFor((r) => r.length > 0)
          .then(() => conn.socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
      },
    ],
  ])(
    "a peer that %s → STATUS_TLS_HANDSHAKE_ERROR (poll gives ERR_CANT_CONNECT, then ERR_CONNECTION_ERROR)",
    async (_name, behave) => {
      const server = await rawServer(behave);
      const client = newClient();
      expect(client.connect_to_host("127.0.0.1", server.port, TLSOptions.client_unsafe())).toBe(
        Error.OK,
      );
      const trace = await tracePolls(client, settled);
      expect(trace.thrown).toEqual([]);
      // As in the engine: the poll() that sees the handshake fail returns ERR_CANT_CONNECT; the
      // error state afterwards answers ERR_CONNECTION_ERROR like any error state (GUIDE §5).
      expect(trace.steps.at(-1)).toEqual({
        error: Error.ERR_CANT_CONNECT,
        status: Status.STATUS_TLS_HANDSHAKE_ERROR,
      });
      expectSteady(client, Status.STATUS_TLS_HANDSHAKE_ERROR, Error.ERR_CONNECTION_ERROR);
      expect(server.connections.length).toBe(1);
    },
  );
});

describe("the async helpers under faults (project extensions)", () => {
  it("body() throws when the connection is reset mid-body, after yielding what came", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    conn.socket.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst part");
    const chunks: string[] = [];
    let thrown: unknown = null;
    try {
      for await (const chunk of client.body(5000)) {
        chunks.push(Buffer.from(chunk).toString());
        if (chunks.join("") === "first part") conn.socket.resetAndDestroy();
      }
    } catch (error) {
      thrown = error;
    }
    expect(chunks.join("")).toBe("first part");
    expect(String(thrown)).toContain("connection failed");
    expect((thrown as { code?: unknown }).code).toBe("ERR_HTTPCLIENT_CONNECTION");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
  });

  it("body() throws after idleMs without a byte, and close() still works", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    conn.socket.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome");
    const chunks: string[] = [];
    let thrown: unknown = null;
    try {
      for await (const chunk of client.body(200)) chunks.push(Buffer.from(chunk).toString());
    } catch (error) {
      thrown = error;
    }
    expect(chunks.join("")).toBe("some");
    expect(String(thrown)).toContain("no data for 200 ms");
    expect((thrown as { code?: unknown }).code).toBe("ERR_HTTPCLIENT_IDLE");
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    expect(await serverSideClosed(conn)).toBe(true);
  });

  it("pollUntil() resolves (never rejects) with the error status on a reset", async () => {
    const server = await rawServer();
    const { client, conn } = await requested(server);
    conn.socket.resetAndDestroy();
    // The predicate never holds, so it runs to its bound (kept short) and reports the status.
    const status = await client.pollUntil((s) => s === Status.STATUS_BODY, 300);
    expect(status).toBe(Status.STATUS_CONNECTION_ERROR);
  });
});
