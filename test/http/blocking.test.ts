// Blocking mode for real: the socket runs in a worker thread and poll()/read_response_body_chunk()
// park this thread in Atomics.wait. The scripts below contain no await between connect and the
// last byte, so the event loop never runs while they work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";
import { headComplete, startRawServer, type RawServer } from "../helpers/rawServer.js";
import { startTinyproxy, type Tinyproxy } from "../helpers/tinyproxy.js";

// The test servers run in THIS process, so they must not share its (blocked) event loop: they
// live in a child process reached over loopback.
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BODY_SIZE = 3 * 1024 * 1024 + 17;
let child: ChildProcess;
let childDir: string;
let httpPort = 0;
let stallPort = 0;

/** A server process: /big sends BODY_SIZE bytes chunked; the stall port accepts and never answers. */
const SERVER_SOURCE = `
const http = require("node:http");
const net = require("node:net");
const body = Buffer.alloc(${BODY_SIZE}, 0x61);
for (let i = 0; i < body.length; i += 4096) body[i] = i % 251;
const server = http.createServer((req, res) => {
  if (req.url === "/big") { res.setHeader("Transfer-Encoding", "chunked"); let off = 0;
    const pump = () => { while (off < body.length) { const end = Math.min(off + 100000, body.length);
      const ok = res.write(body.subarray(off, end)); off = end; if (!ok) return res.once("drain", pump); } res.end(); };
    pump(); }
  else res.end("hello " + req.url);
});
const stall = net.createServer((s) => { s.on("data", () => {}); s.on("error", () => {}); });
server.listen(0, "127.0.0.1", () => stall.listen(0, "127.0.0.1", () =>
  process.send({ http: server.address().port, stall: stall.address().port })));
`;

beforeAll(async () => {
  childDir = mkdtempSync(join(tmpdir(), "godot-typed-blocking-"));
  const script = join(childDir, "server.cjs");
  writeFileSync(script, SERVER_SOURCE);
  child = fork(script, [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const ports = await new Promise<{ http: number; stall: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new globalThis.Error("server process did not start")),
      10_000,
    );
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve(message as { http: number; stall: number });
    });
  });
  httpPort = ports.http;
  stallPort = ports.stall;
});
afterAll(() => {
  child.kill();
  rmSync(childDir, { recursive: true, force: true });
});

/** Runs `step` every 5 ms (letting the event loop run) until `done()` or 10 s; bounded in count too. */
async function stepUntil(done: () => boolean, step: () => void): Promise<void> {
  const deadline = performance.now() + 10_000;
  for (let i = 0; i < 2000 && !done() && performance.now() < deadline; i++) {
    step();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function expectedBody(): Buffer {
  const body = Buffer.alloc(BODY_SIZE, 0x61);
  for (let i = 0; i < body.length; i += 4096) body[i] = i % 251;
  return body;
}

/** The plain script: connect → request → read the whole body, no awaits anywhere. */
function blockingScript(
  client: HTTPClient,
  port: number,
  url: string,
): { polls: number; body: Buffer } {
  let polls = 0;
  expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
  while (
    client.get_status() === Status.STATUS_CONNECTING ||
    client.get_status() === Status.STATUS_RESOLVING
  ) {
    client.poll();
    polls++;
    if (polls > 100) break;
  }
  expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
  expect(client.request(HTTPClient.METHOD_GET, url, [])).toBe(Error.OK);
  while (client.get_status() === Status.STATUS_REQUESTING && polls < 200) {
    client.poll();
    polls++;
  }
  const parts: Uint8Array[] = [];
  for (let reads = 0; client.get_status() === Status.STATUS_BODY && reads < 100_000; reads++) {
    parts.push(client.read_response_body_chunk());
  }
  return { polls, body: Buffer.concat(parts) };
}

describe("blocking mode", () => {
  it("runs connect → request → whole body with no awaits, each poll settling its step", () => {
    const client = new HTTPClient();
    client.blocking_mode_enabled = true;
    client.read_chunk_size = 65536;
    const { polls, body } = blockingScript(client, httpPort, "/big");
    // One blocking poll finishes connecting, one reads the whole head.
    expect(polls).toBe(2);
    expect(body.equals(expectedBody())).toBe(true);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("resolves a name without the event loop: RESOLVING → CONNECTING → CONNECTED, one poll each", () => {
    const client = new HTTPClient();
    client.blocking_mode_enabled = true;
    expect(client.connect_to_host("localhost", httpPort)).toBe(Error.OK);
    const seen = [client.get_status()];
    for (let i = 0; i < 5 && client.get_status() !== Status.STATUS_CONNECTED; i++) {
      expect(client.poll()).toBe(Error.OK);
      seen.push(client.get_status());
    }
    expect(seen).toEqual([
      Status.STATUS_RESOLVING,
      Status.STATUS_CONNECTING,
      Status.STATUS_CONNECTED,
    ]);
    expect(client.connect_to_host("no-such-host.invalid", httpPort)).toBe(Error.OK);
    expect(client.poll()).toBe(Error.ERR_CANT_RESOLVE);
    expect(client.get_status()).toBe(Status.STATUS_CANT_RESOLVE);
    client.close();
  });

  it("tries every address in turn in the worker transport", async () => {
    const { WorkerTransport } = await import("../../src/impl/net/WorkerTransport.js");
    const received: Buffer[] = [];
    const sink = {
      data: (chunk: Uint8Array) => received.push(Buffer.from(chunk)),
      end: () => {},
      activity: () => {},
    };
    // 127.0.0.2 and ::1 refuse: only 127.0.0.1 has the server.
    const plan = {
      addresses: ["127.0.0.2", "::1", "127.0.0.1"],
      port: httpPort,
      tunnelAuthority: null,
      tls: null,
      connectTimeoutMs: 10_000,
    };
    const transport = WorkerTransport.connect(plan, sink);
    for (let i = 0; i < 100 && transport.state === "connecting"; i++) {
      transport.block(1000);
      transport.pump();
    }
    expect(transport.state).toBe("open");
    expect(transport.failure).not.toBeNull();
    transport.write(Buffer.from("GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"));
    for (let i = 0; i < 100 && transport.state === "open"; i++) {
      transport.block(1000);
      transport.pump();
    }
    expect(Buffer.concat(received).toString()).toContain("hello /x");
    transport.destroy();
    const refused = WorkerTransport.connect({ ...plan, addresses: ["127.0.0.2", "::1"] }, sink);
    for (let i = 0; i < 100 && refused.state === "connecting"; i++) {
      refused.block(1000);
      refused.pump();
    }
    expect(refused.state).toBe("cant_connect");
  });

  it("returns full read_chunk_size pieces in blocking mode", () => {
    const client = new HTTPClient();
    client.set_blocking_mode(true);
    client.read_chunk_size = 1000;
    expect(client.connect_to_host("127.0.0.1", httpPort)).toBe(Error.OK);
    client.poll();
    expect(client.request(HTTPClient.METHOD_GET, "/big", [])).toBe(Error.OK);
    client.poll();
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    const sizes = new Set<number>();
    let total = 0;
    for (let reads = 0; client.get_status() === Status.STATUS_BODY && reads < 10_000; reads++) {
      const chunk = client.read_response_body_chunk();
      total += chunk.length;
      if (client.get_status() === Status.STATUS_BODY) sizes.add(chunk.length);
    }
    expect(total).toBe(BODY_SIZE);
    // Every read but the last is exactly read_chunk_size: it waited for the bytes.
    expect([...sizes]).toEqual([1000]);
    client.close();
  });

  it("the same script without blocking mode needs polling and never finishes synchronously", () => {
    const client = new HTTPClient();
    expect(client.connect_to_host("127.0.0.1", httpPort)).toBe(Error.OK);
    // Without the event loop running, no socket event can arrive: polling alone gets nowhere.
    for (let i = 0; i < 1000; i++) client.poll();
    expect(client.get_status()).toBe(Status.STATUS_CONNECTING);
    client.close();
  });

  it("bounds waits on a stalling server: poll() returns ERR_TIMEOUT with the status unchanged", () => {
    const client = new HTTPClient();
    client.blocking_mode_enabled = true;
    expect(client.connect_to_host("127.0.0.1", stallPort)).toBe(Error.OK);
    client.poll();
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.blockingTimeoutMs = 200;
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    const started = performance.now();
    expect(client.poll()).toBe(Error.ERR_TIMEOUT);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
    client.close();
  });
});

describe("blocking mode with TLS, proxies and a caller's StreamPeer", () => {
  let pki: TestPki;
  let origin: TestServer;
  let proxy: Tinyproxy;
  let trusted: X509Certificate;
  beforeAll(async () => {
    pki = makeTestPki();
    trusted = new X509Certificate();
    trusted.load_from_string(pki.ca.cert);
    origin = await startServer((request, response) => response.end(`tls ${request.url}`), {
      tls: pki.leaf,
    });
    proxy = await startTinyproxy();
  });
  afterAll(async () => {
    await origin.close();
    await proxy.stop();
    pki.cleanup();
  });

  it("verifies TLS and tunnels through a proxy in blocking mode (event loop free between polls)", async () => {
    for (const viaProxy of [false, true]) {
      const client = new HTTPClient();
      client.blocking_mode_enabled = true;
      if (viaProxy) client.set_https_proxy("127.0.0.1", proxy.port);
      expect(client.connect_to_host("127.0.0.1", origin.port, TLSOptions.client(trusted))).toBe(
        Error.OK,
      );
      // The origin and proxy share this process's event loop here (tinyproxy is its own process,
      // the origin is not), so yield between blocking polls.
      client.blockingTimeoutMs = 10;
      await stepUntil(
        () => client.get_status() !== Status.STATUS_CONNECTING,
        () => client.poll(),
      );
      expect(client.get_status(), `viaProxy=${viaProxy}`).toBe(Status.STATUS_CONNECTED);
      expect(client.request(HTTPClient.METHOD_GET, "/x", [])).toBe(Error.OK);
      await stepUntil(
        () => client.get_status() !== Status.STATUS_REQUESTING,
        () => client.poll(),
      );
      let text = "";
      for (let i = 0; i < 100 && client.get_status() === Status.STATUS_BODY; i++) {
        text += Buffer.from(client.read_response_body_chunk()).toString();
      }
      expect(text).toBe("tls /x");
      client.close();
    }
  });

  it("refuses bad certificates in blocking mode with STATUS_TLS_HANDSHAKE_ERROR", async () => {
    const client = new HTTPClient();
    client.blocking_mode_enabled = true;
    client.blockingTimeoutMs = 10;
    expect(client.connect_to_host("127.0.0.1", origin.port, TLSOptions.client())).toBe(Error.OK);
    await stepUntil(
      () => client.get_status() !== Status.STATUS_CONNECTING,
      () => client.poll(),
    );
    expect(client.get_status()).toBe(Status.STATUS_TLS_HANDSHAKE_ERROR);
  });
});

describe("set_connection / get_connection", () => {
  let raw: RawServer;
  beforeAll(async () => {
    raw = await startRawServer(async (conn) => {
      await conn.waitFor(headComplete);
      conn.socket.write("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\npeer");
    });
  });
  afterAll(() => raw.close());

  it("sends requests over a caller-made StreamPeerTCP", async () => {
    const { StreamPeerTCP } = await import("../../src/impl/stream/StreamPeerTCP.js");
    const peer = new StreamPeerTCP();
    expect(peer.connect_to_host("127.0.0.1", raw.port)).toBe(Error.OK);
    await stepUntil(
      () => peer.get_status() !== 1,
      () => peer.poll(),
    );
    expect(peer.get_status()).toBe(2);
    const client = new HTTPClient();
    client.set_connection(peer);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.get_connection()).toBe(peer);
    expect(client.connection).toBe(peer);
    expect(client.request(HTTPClient.METHOD_GET, "/via-peer", [])).toBe(Error.OK);
    const received = await (await raw.connection(0)).waitFor(headComplete);
    expect(received.toString()).toContain(
      `GET /via-peer HTTP/1.1\r\nHost: 127.0.0.1:${raw.port}\r\n`,
    );
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    let text = "";
    for await (const chunk of client.body()) text += Buffer.from(chunk).toString();
    expect(text).toBe("peer");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
    expect(client.get_connection()).toBeNull();
    peer.disconnect_from_host();
  });

  it("sends requests over a caller-made StreamPeerTLS when TLS is configured, and refuses a plain peer then", async () => {
    const { StreamPeerTCP } = await import("../../src/impl/stream/StreamPeerTCP.js");
    const { StreamPeerTLS } = await import("../../src/impl/stream/StreamPeerTLS.js");
    const pki = makeTestPki();
    const origin = await startServer(
      (request, response) => response.end(`over tls ${request.url}`),
      {
        tls: pki.leaf,
      },
    );
    try {
      const trusted = new X509Certificate();
      expect(trusted.load_from_string(pki.ca.cert)).toBe(Error.OK);
      const tcp = new StreamPeerTCP();
      expect(tcp.connect_to_host("127.0.0.1", origin.port)).toBe(Error.OK);
      await stepUntil(
        () => tcp.get_status() !== 1,
        () => tcp.poll(),
      );
      const tls = new StreamPeerTLS();
      expect(tls.connect_to_stream(tcp, "localhost", TLSOptions.client(trusted))).toBe(Error.OK);
      await stepUntil(
        () => tls.get_status() !== 1,
        () => tls.poll(),
      );
      expect(tls.get_status()).toBe(2);
      const client = new HTTPClient();
      // Configure TLS (and the Host name) through a connect_to_host, as a GDScript user would.
      expect(client.connect_to_host("localhost", origin.port, TLSOptions.client(trusted))).toBe(
        Error.OK,
      );
      client.set_connection(tcp);
      // A plain peer is refused while TLS is configured: the status stays as it was.
      expect(client.get_connection()).toBeNull();
      client.set_connection(tls);
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
      expect(client.get_connection()).toBe(tls);
      expect(client.request(HTTPClient.METHOD_GET, "/peer-tls", [])).toBe(Error.OK);
      await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
      let text = "";
      for await (const chunk of client.body()) text += Buffer.from(chunk).toString();
      expect(text).toBe("over tls /peer-tls");
      client.close();
      tls.disconnect_from_stream();
    } finally {
      await origin.close();
      pki.cleanup();
    }
  });
});

describe("connect timeout (project extension)", () => {
  it("gives up on a server that accepts TCP but never answers the TLS handshake", async () => {
    const silent = await startRawServer();
    try {
      const client = new HTTPClient();
      client.connectTimeoutMs = 200;
      expect(client.connect_to_host("127.0.0.1", silent.port, TLSOptions.client_unsafe())).toBe(
        Error.OK,
      );
      const status = await client.pollUntil((s) => s !== Status.STATUS_CONNECTING, 5000);
      expect(status).toBe(Status.STATUS_CANT_CONNECT);
      expect(silent.connections.length).toBe(1);
    } finally {
      await silent.close();
    }
  });
});
