// The same faults in blocking mode, where the socket lives on a worker thread
// (src/impl/net/WorkerTransport.ts) and poll()/read_response_body_chunk() park this thread. The
// server runs on a worker thread of its own, so it keeps going while this one waits. Each case
// checks the exact status and poll()'s Error code, and that nothing throws.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";

/** Answers by path: /reset-head, /reset-body, /drip, /stall (plain JS: it runs in a Worker). */
const SERVER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const net = require("node:net");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const DRIP = "HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\nX-Drip: yes\\r\\n\\r\\n" +
  "5\\r\\nhello\\r\\n6\\r\\n world\\r\\n0\\r\\n\\r\\n";
const scripts = {
  async "/reset-head"(socket) {
    socket.write("HTTP/1.1 200 OK\\r\\nContent-Le");
    await sleep(50);
    socket.resetAndDestroy();
  },
  async "/reset-body"(socket) {
    socket.write("HTTP/1.1 200 OK\\r\\nContent-Length: 100\\r\\n\\r\\nfirst part");
    await sleep(100);
    socket.resetAndDestroy();
  },
  async "/drip"(socket) {
    for (const byte of Buffer.from(DRIP, "latin1")) {
      if (socket.destroyed) return;
      socket.write(Buffer.of(byte));
      await sleep(1);
    }
  },
  async "/stall"() {},
};
const server = net.createServer((socket) => {
  socket.setNoDelay(true);
  socket.on("error", () => {});
  let received = "";
  socket.on("data", (chunk) => {
    const before = received.includes("\\r\\n\\r\\n");
    received += chunk.toString("latin1");
    if (before || !received.includes("\\r\\n\\r\\n")) return;
    const path = received.split(" ")[1];
    const script = scripts[path];
    if (script) void script(socket);
    else socket.end("HTTP/1.1 404 Not Found\\r\\nContent-Length: 0\\r\\n\\r\\n");
  });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

let worker: Worker;
let port = 0;
beforeAll(async () => {
  worker = new Worker(SERVER_SOURCE, { eval: true });
  [port] = (await once(worker, "message")) as [number];
});
afterAll(() => worker.terminate());

/**
 * A blocking client that has sent GET `path`. Connecting gets a generous bound (starting the
 * socket's worker thread is slow on a loaded machine); `blockingTimeoutMs` applies afterwards.
 */
function blockingRequest(path: string, blockingTimeoutMs = 5000): HTTPClient {
  const client = new HTTPClient();
  client.blocking_mode_enabled = true;
  client.blockingTimeoutMs = 10_000;
  expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
  expect(client.poll()).toBe(Error.OK);
  expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
  client.blockingTimeoutMs = blockingTimeoutMs;
  expect(client.request(HTTPClient.METHOD_GET, path, [])).toBe(Error.OK);
  return client;
}

/** Reads the body with blocking reads (bounded count), and returns it with the final status. */
function readBlocking(client: HTTPClient): { body: string; status: number } {
  const parts: Buffer[] = [];
  for (let i = 0; i < 100 && client.get_status() === Status.STATUS_BODY; i++) {
    parts.push(Buffer.from(client.read_response_body_chunk()));
  }
  return { body: Buffer.concat(parts).toString("latin1"), status: client.get_status() };
}

describe("faults in blocking mode", () => {
  it("reset in the middle of the head: one poll() gives ERR_CONNECTION_ERROR", () => {
    const client = blockingRequest("/reset-head");
    expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
    expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
    client.close();
  });

  it("reset in the middle of the body: the bytes that came, then STATUS_CONNECTION_ERROR", () => {
    const client = blockingRequest("/reset-body");
    expect(client.poll()).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    expect(client.get_response_body_length()).toBe(100);
    const { body, status } = readBlocking(client);
    expect(status).toBe(Status.STATUS_CONNECTION_ERROR);
    expect("first part".startsWith(body)).toBe(true);
    expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
    client.close();
  });

  it("a response dripped one byte at a time parses whole", () => {
    const client = blockingRequest("/drip");
    // poll() blocks until the whole head is in (the bound is far above the drip's duration).
    expect(client.poll()).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    expect(client.get_response_headers()).toContain("X-Drip: yes");
    const { body, status } = readBlocking(client);
    expect(body).toBe("hello world");
    expect(status).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("a stalled server: poll() returns ERR_TIMEOUT after the bound, status unchanged, close() works", () => {
    const client = blockingRequest("/stall", 150);
    for (let i = 0; i < 2; i++) {
      expect(client.poll()).toBe(Error.ERR_TIMEOUT);
      expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
    }
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
  });
});
