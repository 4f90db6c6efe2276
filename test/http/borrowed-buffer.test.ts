// HTTPClient.reuseReceiveBuffer (opt-in): body chunks are views into one reused receive ring,
// valid until the next poll()/read_response_body_chunk()/request()/close()/body() step. These
// tests stream real bodies over 127.0.0.1 and check the bytes (SHA-256 of every chunk as it
// arrives), that the ring really is reused, and that a slow consumer never sees bytes overwritten.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Transport } from "../../src/impl/net/Transport.js";
import { RECEIVE_RING_BYTES } from "../../src/impl/net/receiveRing.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { startServer, writeBody, type Handler, type TestServer } from "../helpers/nodeServers.js";

const MiB = 1024 * 1024;
/** A deterministic, non-periodic pattern (xorshift32), so an overwrite can never look unchanged. */
const PATTERN = (() => {
  const words = new Uint32Array((64 * MiB) / 4);
  let x = 0x9e3779b9;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer);
})();
const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** GET /length/<bytes> (Content-Length) or /chunked/<bytes>: the first <bytes> of PATTERN. */
const handler: Handler = (request, response) => {
  const [, framing, size] = (request.url ?? "").split("/");
  const total = Math.min(Number(size), PATTERN.length);
  if (framing === "length") response.setHeader("Content-Length", String(total));
  writeBody(response, total, (sent) => PATTERN.subarray(sent, Math.min(sent + MiB, total)));
};

let plain: TestServer;
let secure: TestServer;
let pki: TestPki;
let trusted: X509Certificate;

beforeAll(async () => {
  pki = makeTestPki();
  trusted = new X509Certificate();
  trusted.load_from_string(pki.ca.cert);
  plain = await startServer(handler);
  secure = await startServer(handler, { tls: pki.leaf });
});
afterAll(async () => {
  await plain.close();
  await secure.close();
  pki.cleanup();
});

/** A client with reuseReceiveBuffer set as given, connected (≤5 s). */
async function open(reuse: boolean, port = plain.port, tls: TLSOptions | null = null) {
  const client = new HTTPClient();
  client.reuseReceiveBuffer = reuse;
  expect(client.connect_to_host("127.0.0.1", port, tls)).toBe(Error.OK);
  const status = await client.pollUntil(
    (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
    5000,
  );
  expect(status).toBe(Status.STATUS_CONNECTED);
  return client;
}

/** Requests `path` and streams the body through body(), hashing every chunk as it arrives. */
async function stream(client: HTTPClient, path: string, each?: (chunk: Uint8Array) => unknown) {
  expect(client.request(HTTPClient.METHOD_GET, path, [])).toBe(Error.OK);
  const hash = createHash("sha256");
  const buffers = new Set<ArrayBufferLike>();
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of client.body(5000)) {
    hash.update(chunk);
    buffers.add(chunk.buffer);
    bytes += chunk.length;
    chunks += 1;
    await each?.(chunk);
  }
  return { hex: hash.digest("hex"), buffers, bytes, chunks };
}

describe("HTTPClient.reuseReceiveBuffer", () => {
  for (const framing of ["length", "chunked"]) {
    it(`streams 64 MiB (${framing}) intact through one reused ring`, async () => {
      const client = await open(true);
      const result = await stream(client, `/${framing}/${64 * MiB}`);
      expect(result.bytes).toBe(64 * MiB);
      expect(result.hex).toBe(sha256(PATTERN));
      // Hundreds of chunks, all views into the same ring (a rare short join may be a copy).
      expect(result.chunks).toBeGreaterThan(500);
      expect(result.buffers.size).toBeLessThanOrEqual(2);
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
      client.close();
    });
  }

  it("off (the default): chunks are owned, backed by many fresh buffers", async () => {
    const client = await open(false);
    expect(client.reuseReceiveBuffer).toBe(false);
    const result = await stream(client, `/length/${64 * MiB}`);
    expect(result.hex).toBe(sha256(PATTERN));
    // 256 KiB slabs that are never rewritten: at least one buffer per slab's worth of bytes.
    expect(result.buffers.size).toBeGreaterThan(100);
    client.close();
  });

  it("a kept chunk IS overwritten by later reads (the documented contract of the opt-in mode)", async () => {
    // This is intended: with reuseReceiveBuffer a chunk is only valid until the next read, so a
    // caller that keeps one without copying sees its bytes replaced by later body bytes.
    const client = await open(true);
    expect(client.request(HTTPClient.METHOD_GET, `/length/${16 * MiB}`, [])).toBe(Error.OK);
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    let previous: Uint8Array | null = null;
    let previousCopy: Buffer | null = null;
    let kept: Uint8Array | null = null;
    let keptCopy: Buffer | null = null;
    let bytes = 0;
    const deadline = performance.now() + 10_000;
    while (client.get_status() === Status.STATUS_BODY && performance.now() < deadline) {
      const chunk = client.read_response_body_chunk();
      if (chunk.length === 0) {
        await client.pollUntil((s) => s !== Status.STATUS_BODY, 20);
        continue;
      }
      bytes += chunk.length;
      // Keep the first chunk that is a ring view (shares its buffer with the chunk after it).
      if (kept === null && previous !== null && previous.buffer === chunk.buffer) {
        kept = previous;
        keptCopy = previousCopy;
      }
      previous = chunk;
      previousCopy = kept === null ? Buffer.from(chunk) : null;
    }
    expect(bytes).toBe(16 * MiB);
    expect(kept).not.toBeNull();
    // 16 MiB went through the 512 KiB ring since: the kept view now shows other bytes.
    expect(Buffer.compare(Buffer.from(kept!), keptCopy!)).not.toBe(0);
    client.close();
  });

  it("a slow consumer pauses the transport and never sees unreleased bytes overwritten", async () => {
    // HTTPClient resumes a transport only when it reports `paused`; count those resumes. (A spy
    // that calls through: the socket and the transport stay real.)
    const original = Transport.prototype.resume;
    let resumedAfterPause = 0;
    const spy = vi.spyOn(Transport.prototype, "resume").mockImplementation(function (
      this: Transport,
    ) {
      if (this.paused) resumedAfterPause += 1;
      original.call(this);
    });
    try {
      const client = await open(true);
      let seen = 0;
      const result = await stream(client, `/length/${16 * MiB}`, async () => {
        // Every 8th chunk (512 KiB), stall: the server keeps sending, the 512 KiB ring fills.
        if (++seen % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      });
      expect(result.bytes).toBe(16 * MiB);
      expect(result.hex).toBe(sha256(PATTERN.subarray(0, 16 * MiB)));
      expect(resumedAfterPause).toBeGreaterThan(0);
      client.close();
    } finally {
      spy.mockRestore();
    }
  });

  it("keeps the connection alive: a second body on the same connection is intact", async () => {
    const client = await open(true);
    const connectionsBefore = plain.connectionCount();
    const first = await stream(client, `/chunked/${8 * MiB}`);
    expect(first.hex).toBe(sha256(PATTERN.subarray(0, 8 * MiB)));
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    const second = await stream(client, `/length/${12 * MiB + 5}`);
    expect(second.bytes).toBe(12 * MiB + 5);
    expect(second.hex).toBe(sha256(PATTERN.subarray(0, 12 * MiB + 5)));
    expect(plain.connectionCount()).toBe(connectionsBefore);
    client.close();
  });

  it("is a no-op over TLS: chunks are correct and owned", async () => {
    const client = await open(true, secure.port, TLSOptions.client(trusted));
    const result = await stream(client, `/length/${16 * MiB}`);
    expect(result.hex).toBe(sha256(PATTERN.subarray(0, 16 * MiB)));
    // node:tls delivers fresh buffers; no ring behind them.
    expect(result.buffers.size).toBeGreaterThan(2);
    client.close();
  });

  it("is read by connect_to_host: turning it on later leaves the open connection owned", async () => {
    const client = await open(false);
    client.reuseReceiveBuffer = true;
    const result = await stream(client, `/length/${8 * MiB}`);
    expect(result.hex).toBe(sha256(PATTERN.subarray(0, 8 * MiB)));
    expect(result.buffers.size).toBeGreaterThan(2);
    client.close();
  });
});

describe("Transport with reuseReceiveBuffer (the ring under HTTPClient)", () => {
  it("pauses before overwriting unreleased bytes, refuses to resume until they are released", async () => {
    const total = 8 * MiB;
    // A raw TCP peer that just sends the first 8 MiB of PATTERN, honouring backpressure.
    const server: Server = createServer((socket) => {
      socket.on("error", () => {});
      let sent = 0;
      const pump = (): void => {
        while (sent < total) {
          const piece = PATTERN.subarray(sent, sent + MiB);
          sent += piece.length;
          if (!socket.write(piece)) return void socket.once("drain", pump);
        }
        socket.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const held: { view: Uint8Array; offset: number }[] = [];
    const buffers = new Set<ArrayBufferLike>();
    let received = 0;
    let mismatches = 0;
    const transport = new Transport(
      {
        addresses: ["127.0.0.1"],
        port,
        tunnelAuthority: null,
        tls: null,
        connectTimeoutMs: 5000,
        reuseReceiveBuffer: true,
      },
      {
        data: (chunk) => {
          if (Buffer.compare(chunk, PATTERN.subarray(received, received + chunk.length)) !== 0)
            mismatches += 1;
          held.push({ view: chunk, offset: received });
          buffers.add(chunk.buffer);
          received += chunk.length;
        },
        end: () => {},
        activity: () => {},
      },
    );
    const until = async (done: () => boolean): Promise<void> => {
      const deadline = performance.now() + 5000;
      while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    };
    try {
      // Nothing released: the ring fills, then the transport pauses itself.
      await until(() => transport.paused);
      expect(transport.paused).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stalledAt = received;
      expect(stalledAt).toBeGreaterThan(RECEIVE_RING_BYTES / 2);
      expect(stalledAt).toBeLessThanOrEqual(RECEIVE_RING_BYTES);
      // Every byte held is still intact, and resume() refuses while none is released.
      for (const { view, offset } of held)
        expect(Buffer.compare(view, PATTERN.subarray(offset, offset + view.length))).toBe(0);
      transport.resume();
      expect(transport.paused).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toBe(stalledAt);
      // Release as the HTTP client does (everything received so far), resume, repeat to the end.
      await until(() => {
        transport.release(received);
        held.length = 0;
        transport.resume();
        return received === total;
      });
      expect(received).toBe(total);
      expect(mismatches).toBe(0);
      expect(buffers.size).toBe(1);
    } finally {
      transport.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
