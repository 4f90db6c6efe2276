// Blocking mode over a large body: the bench once saw a 1 GiB read stall for good after a few
// hundred MiB (the worker's full-ring pause and the reader's restart missed each other). The
// server runs in a child process, because this thread blocks in Atomics.wait. 128 MiB always
// runs (over a hundred fills of the 1 MiB ring); the full 1 GiB runs with GODOT_TYPED_LONG_TESTS=1.
import { afterEach, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { startServer, type RunningServer } from "../stream/servers/startServer.js";

/** The firehose server's pattern: body byte i is i % PERIOD. */
const PERIOD = 251;
const CHUNK = 1 << 20;
const reference = Buffer.from(Array.from({ length: CHUNK + PERIOD }, (_, i) => i % PERIOD));
const longTests = process.env["GODOT_TYPED_LONG_TESTS"] === "1";

const running: RunningServer[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.stop();
});

/** A plain blocking script (no awaits) that reads the whole body; returns the body byte count. */
function readBlocking(port: number, total: number): number {
  const client = new HTTPClient();
  client.blocking_mode_enabled = true;
  // Loopback never needs this long for one read; only a stall reaches it.
  client.blockingTimeoutMs = 10_000;
  client.read_chunk_size = CHUNK;
  try {
    expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
    for (let i = 0; i < 100 && client.get_status() !== Status.STATUS_CONNECTED; i++) client.poll();
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    for (let i = 0; i < 100 && client.get_status() === Status.STATUS_REQUESTING; i++) client.poll();
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    expect(client.get_response_body_length()).toBe(total);

    let received = 0;
    const maxReads = total / CHUNK + 1000;
    for (let reads = 0; reads < maxReads && client.get_status() === Status.STATUS_BODY; reads++) {
      const chunk = client.read_response_body_chunk();
      if (chunk.length === 0 && client.get_status() === Status.STATUS_BODY) {
        throw new globalThis.Error(`a blocking read returned nothing after ${received} bytes`);
      }
      // Blocking reads wait for a whole read_chunk_size, except for the body's last piece.
      if (chunk.length !== Math.min(CHUNK, total - received)) {
        throw new globalThis.Error(`a read of ${chunk.length} bytes at ${received}`);
      }
      const offset = received % PERIOD;
      if (Buffer.compare(chunk, reference.subarray(offset, offset + chunk.length)) !== 0) {
        throw new globalThis.Error(`wrong body bytes at ${received}`);
      }
      received += chunk.length;
    }
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    return received;
  } finally {
    client.close();
  }
}

async function serve(total: number): Promise<number> {
  const server = await startServer("http-firehose", String(total));
  running.push(server);
  return server.port;
}

describe("blocking mode, large bodies", () => {
  it("reads 128 MiB in 1 MiB chunks without a stall, every byte checked", async () => {
    const total = 128 * 1024 * 1024;
    expect(readBlocking(await serve(total), total)).toBe(total);
  }, 120_000);

  it.runIf(longTests)(
    "reads 1 GiB in 1 MiB chunks without a stall (GODOT_TYPED_LONG_TESTS=1)",
    async () => {
      const total = 1024 * 1024 * 1024;
      expect(readBlocking(await serve(total), total)).toBe(total);
    },
    300_000,
  );
});
