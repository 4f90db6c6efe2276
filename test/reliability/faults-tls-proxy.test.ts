// Faults on the TLS and proxy paths (they read through socket 'data' events and a CONNECT
// tunnel, not the plain path's onread slab): resets and a clean TCP close without TLS
// close_notify in the middle of a response, byte-at-a-time TLS records, and a proxy that resets,
// stalls or closes the tunnel before the handshake. Real sockets on 127.0.0.1, certificates made
// by openssl for the test.
import { createServer, type Server, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { TLSSocket } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { headComplete, startRawServer, type RawServer } from "../helpers/rawServer.js";
import { expectEndedInConnectionError, tracePolls } from "./poll-trace.js";

let pki: TestPki;
let trusted: X509Certificate;
beforeAll(() => {
  pki = makeTestPki();
  trusted = new X509Certificate();
  expect(trusted.load(pki.ca.certPath)).toBe(Error.OK);
});
afterAll(() => pki.cleanup());

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** What a scripted TLS server does once the request head has arrived. */
type Script = (tls: TLSSocket, raw: Socket) => Promise<void> | void;

/**
 * A TLS server whose connections run `script` after the request head arrives. The TLS session
 * sits on a raw TCP socket the script can reset (TLS sockets themselves cannot be reset).
 */
async function startTlsServer(script: Script): Promise<number> {
  const raws: Socket[] = [];
  const server: Server = createServer((raw) => {
    raws.push(raw);
    raw.on("error", () => {});
    const tls = new TLSSocket(raw, { isServer: true, cert: pki.leaf.cert, key: pki.leaf.key });
    tls.on("error", () => {});
    let received = "";
    tls.on("data", (chunk: Buffer) => {
      const wasComplete = received.includes("\r\n\r\n");
      received += chunk.toString("latin1");
      if (!wasComplete && received.includes("\r\n\r\n")) void script(tls, raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => {
    for (const raw of raws) raw.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

/** Connects over TLS (trusting the test CA), sends GET /, and returns the client. */
async function tlsRequest(port: number): Promise<HTTPClient> {
  const client = new HTTPClient();
  closers.push(() => client.close());
  expect(client.connect_to_host("localhost", port, TLSOptions.client(trusted))).toBe(Error.OK);
  expect(
    await client.pollUntil(
      (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
      5000,
    ),
  ).toBe(Status.STATUS_CONNECTED);
  expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
  return client;
}

/** Polls (bounded) until the response is over, reading the body as it comes. */
async function finish(client: HTTPClient, timeoutMs = 5000) {
  const parts: Buffer[] = [];
  const trace = await tracePolls(
    client,
    (s) => s !== Status.STATUS_REQUESTING && s !== Status.STATUS_BODY,
    {
      timeoutMs,
      each: () => {
        if (client.get_status() !== Status.STATUS_BODY) return;
        const chunk = client.read_response_body_chunk();
        if (chunk.length > 0) parts.push(Buffer.from(chunk));
      },
    },
  );
  return { trace, body: Buffer.concat(parts).toString("latin1") };
}

describe("TLS faults", () => {
  it("reset in the middle of the head → STATUS_CONNECTION_ERROR", async () => {
    const port = await startTlsServer(async (tls, raw) => {
      tls.write("HTTP/1.1 200 OK\r\nContent-Len");
      await sleep(50);
      raw.resetAndDestroy();
    });
    const client = await tlsRequest(port);
    const { trace } = await finish(client);
    expectEndedInConnectionError(client, trace);
  });

  it("reset in the middle of the body → STATUS_CONNECTION_ERROR after the bytes that came", async () => {
    const port = await startTlsServer(async (tls, raw) => {
      tls.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst part");
      await sleep(100);
      raw.resetAndDestroy();
    });
    const client = await tlsRequest(port);
    const { trace, body } = await finish(client);
    expectEndedInConnectionError(client, trace);
    expect("first part".startsWith(body)).toBe(true);
  });

  it("a TCP close without TLS close_notify mid-body → STATUS_CONNECTION_ERROR", async () => {
    const port = await startTlsServer(async (tls, raw) => {
      tls.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst part");
      await sleep(100);
      raw.end();
    });
    const client = await tlsRequest(port);
    const { trace, body } = await finish(client);
    expectEndedInConnectionError(client, trace);
    expect(body).toBe("first part");
  });

  it("a response dripped one TLS record per byte parses whole", async () => {
    const response =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Drip: tls\r\n\r\n" +
      "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    const port = await startTlsServer(async (tls, raw) => {
      raw.setNoDelay(true);
      for (const byte of Buffer.from(response, "latin1")) {
        if (tls.destroyed) return;
        tls.write(Buffer.of(byte));
        await sleep(1);
      }
    });
    const client = await tlsRequest(port);
    const { trace, body } = await finish(client, 15_000);
    expect(trace.thrown).toEqual([]);
    expect(trace.steps.every((step) => step.error === Error.OK)).toBe(true);
    expect(trace.status).toBe(Status.STATUS_CONNECTED);
    expect(client.get_response_code()).toBe(200);
    expect(client.get_response_headers()).toContain("X-Drip: tls");
    expect(body).toBe("hello world");
  });
});

describe("proxy faults (HTTPS through a CONNECT tunnel)", () => {
  async function proxy(onConnect: (conn: RawServer["connections"][number]) => void) {
    const server = await startRawServer((conn) => {
      void conn.waitFor(headComplete).then(
        () => onConnect(conn),
        () => {},
      );
    });
    closers.push(() => server.close());
    return server;
  }

  async function connectThrough(server: RawServer, connectTimeoutMs = 30_000) {
    const client = new HTTPClient();
    closers.push(() => client.close());
    client.connectTimeoutMs = connectTimeoutMs;
    client.set_https_proxy("127.0.0.1", server.port);
    expect(client.connect_to_host("origin.test", 443, TLSOptions.client_unsafe())).toBe(Error.OK);
    const trace = await tracePolls(
      client,
      (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
    );
    expect(trace.thrown).toEqual([]);
    const request = (await server.connection(0)).received().toString("latin1");
    expect(request.startsWith("CONNECT origin.test:443 HTTP/1.1\r\n")).toBe(true);
    return trace;
  }

  it("a proxy that resets on CONNECT → STATUS_CANT_CONNECT", async () => {
    const server = await proxy((conn) => conn.socket.resetAndDestroy());
    const trace = await connectThrough(server);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CANT_CONNECT,
      status: Status.STATUS_CANT_CONNECT,
    });
  });

  it("a proxy that closes mid-reply → STATUS_CANT_CONNECT", async () => {
    const server = await proxy((conn) => conn.socket.end("HTTP/1.1 200 Conn"));
    const trace = await connectThrough(server);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CANT_CONNECT,
      status: Status.STATUS_CANT_CONNECT,
    });
  });

  it("a proxy that never answers CONNECT → STATUS_CANT_CONNECT after connectTimeoutMs", async () => {
    const server = await proxy(() => {});
    const trace = await connectThrough(server, 150);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CANT_CONNECT,
      status: Status.STATUS_CANT_CONNECT,
    });
  });

  it("a tunnel closed right after 200, before the handshake → STATUS_TLS_HANDSHAKE_ERROR", async () => {
    const server = await proxy((conn) =>
      conn.socket.end("HTTP/1.1 200 Connection established\r\n\r\n"),
    );
    const trace = await connectThrough(server);
    expect(trace.steps.at(-1)).toEqual({
      error: Error.ERR_CANT_CONNECT,
      status: Status.STATUS_TLS_HANDSHAKE_ERROR,
    });
  });
});
