// The BlockingSocket's inbound ring under sustained load: a server in a child process sends as
// fast as the reader takes, through a ring much smaller than the stream, so the worker fills the
// ring, pauses its socket and is restarted by the reader thousands of times. A lost wake-up in
// that handshake once stalled blocking reads for good (READ == WRITE with PAUSED == 1, each side
// waiting for the other); a stall here fails a read's bound instead of hanging.
import { afterEach, describe, expect, it } from "vitest";
import { BlockingSocket, SocketState } from "../../src/impl/net/blocking/index.js";
import { startServer, type RunningServer } from "./servers/startServer.js";

/** The firehose server's pattern: byte i is i % PERIOD. */
const PERIOD = 251;
const MAX_READ = 200 * 1024;
const reference = Buffer.from(Array.from({ length: MAX_READ + PERIOD }, (_, i) => i % PERIOD));
/** No single read on loopback comes anywhere near this; only a stall reaches it. */
const READ_BOUND_MS = 5_000;

const running: RunningServer[] = [];
const sockets: BlockingSocket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) server.stop();
});

/** Read sizes that never line up with the ring: a fixed, varied sequence (no randomness). */
function readSize(index: number): number {
  return 1 + ((index * 7919 + (index >>> 3) * 104_729) % MAX_READ);
}

/**
 * Reads the whole firehose stream and checks every byte against the pattern. "exact" alternates
 * blocking readExactly() with non-blocking read() of whatever is there; "wait-then-read" waits
 * for any bytes, then reads what is there.
 */
async function drainFirehose(
  total: number,
  ringCapacity: number,
  style: "exact" | "wait-then-read",
  plainOnly = false,
): Promise<number> {
  const server = await startServer("firehose", String(total));
  running.push(server);
  const socket = BlockingSocket.connect(
    { host: "127.0.0.1", port: server.port, plainOnly },
    { ringCapacity },
  );
  sockets.push(socket);
  expect(socket.waitFor(() => !socket.connecting, 10_000)).toBe(true);
  expect(socket.state).toBe(SocketState.CONNECTED);

  let received = 0;
  const maxReads = 4 * (total / ringCapacity) + 100_000;
  for (let index = 0; index < maxReads && received < total; index++) {
    const wanted = Math.min(readSize(index), total - received);
    let data: Uint8Array;
    if (style === "wait-then-read") {
      // The HTTP client's worker transport reads this way: wait for any bytes, take them all.
      // A short look before sleeping keeps this thread awake while the worker fills the ring,
      // which is when a reader could empty it unseen between the worker's put and its pause flag.
      for (let look = 0; look < 200 && socket.available() === 0; look++);
      if (!socket.waitFor(() => socket.available() > 0 || socket.ended, READ_BOUND_MS)) {
        throw new Error(`no bytes for ${READ_BOUND_MS} ms at stream offset ${received}`);
      }
      data = socket.read(wanted);
    } else if (index % 3 === 2) {
      data = socket.read(wanted);
    } else {
      const result = socket.readExactly(wanted, READ_BOUND_MS);
      if (result.status !== "ok") {
        throw new Error(`read ${index} (${wanted} bytes) ended "${result.status}" at ${received}`);
      }
      data = result.data;
    }
    const offset = received % PERIOD;
    if (Buffer.compare(data, reference.subarray(offset, offset + data.length)) !== 0) {
      throw new Error(`wrong bytes in read ${index} at stream offset ${received}`);
    }
    received += data.length;
  }
  expect(socket.waitFor(() => socket.ended, READ_BOUND_MS)).toBe(true);
  return received;
}

describe("BlockingSocket ring under sustained load", () => {
  it("streams 64 MiB through a 4 KiB ring waiting for any bytes: 3 × ~16k full-ring pauses, no stall", async () => {
    // The lost wake-up needed an unlucky interleaving; three streams make a regression likely to show.
    const total = 64 * 1024 * 1024;
    for (let round = 0; round < 3; round++) {
      expect(await drainFirehose(total, 4 * 1024, "wait-then-read")).toBe(total);
    }
  }, 120_000);

  it("streams 64 MiB through a 64 KiB ring with exact reads larger and smaller than the ring", async () => {
    const total = 64 * 1024 * 1024;
    expect(await drainFirehose(total, 64 * 1024, "exact")).toBe(total);
  }, 120_000);

  it("streams 16 MiB through a 4 KiB ring: thousands of pause/restart handshakes, and the tail survives the close", async () => {
    const total = 16 * 1024 * 1024;
    expect(await drainFirehose(total, 4 * 1024, "exact")).toBe(total);
    expect(await drainFirehose(total, 4 * 1024, "wait-then-read")).toBe(total);
  }, 120_000);

  it("plain-only sockets (the kernel writes straight into the ring) keep every byte in order", async () => {
    const total = 64 * 1024 * 1024;
    for (let round = 0; round < 2; round++) {
      expect(await drainFirehose(total, 4 * 1024, "wait-then-read", true)).toBe(total);
    }
    expect(await drainFirehose(total, 64 * 1024, "exact", true)).toBe(total);
    expect(await drainFirehose(16 * 1024 * 1024, 4 * 1024, "exact", true)).toBe(16 * 1024 * 1024);
  }, 120_000);
});
