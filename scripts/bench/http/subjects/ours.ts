/**
 * This project's HTTPClient, driven as a Node user would: Godot's calls (connect_to_host,
 * request) plus the awaitable helpers pollUntil() and body(), which wait on socket events instead
 * of spinning on poll().
 */
import { Error as GodotError } from "../../../../generated/GlobalScope.js";
import { HTTPClient } from "../../../../src/impl/index.js";
import { SMALL_BODY } from "../server/responses.js";
import type { Origin, SmallRequester } from "./types.js";

const WAIT_MS = 30_000;
const SMALL_BYTES = Buffer.byteLength(SMALL_BODY);

async function connect(
  origin: Origin,
  configure?: (client: HTTPClient) => void,
): Promise<HTTPClient> {
  const client = new HTTPClient();
  configure?.(client);
  const error = client.connect_to_host(origin.host, origin.port);
  if (error !== GodotError.OK) throw new Error(`connect_to_host: error ${error}`);
  const status = await client.pollUntil(
    (s) => s !== HTTPClient.STATUS_RESOLVING && s !== HTTPClient.STATUS_CONNECTING,
    WAIT_MS,
  );
  if (status !== HTTPClient.STATUS_CONNECTED) {
    client.close();
    throw new Error(`HTTPClient did not connect (status ${status})`);
  }
  return client;
}

async function get(client: HTTPClient, path: string): Promise<number> {
  const error = client.request(HTTPClient.METHOD_GET, path, []);
  if (error !== GodotError.OK) throw new Error(`request: error ${error}`);
  let bytes = 0;
  for await (const chunk of client.body(WAIT_MS)) bytes += chunk.length;
  if (client.get_response_code() !== 200) {
    throw new Error(`HTTPClient: status code ${client.get_response_code()}`);
  }
  return bytes;
}

export async function openOursSmall(origin: Origin): Promise<SmallRequester> {
  const client = await connect(origin);
  return {
    async request() {
      const bytes = await get(client, "/small");
      if (bytes !== SMALL_BYTES)
        throw new Error(`HTTPClient: ${bytes} body bytes, expected ${SMALL_BYTES}`);
    },
    async close() {
      client.close();
    },
  };
}

/** read_chunk_size 1 MiB, as the large-body case prescribes; owned chunks (the default). */
export function readLargeOurs(origin: Origin, path: string): Promise<number> {
  return readLarge(origin, path, false);
}

/**
 * The same read with `reuseReceiveBuffer` on: each chunk is a view into the connection's reused
 * receive ring, valid until the next read (the opt-in for consumers that do not keep chunks,
 * like this byte count or a hash or file write).
 */
export function readLargeOursBorrowed(origin: Origin, path: string): Promise<number> {
  return readLarge(origin, path, true);
}

async function readLarge(origin: Origin, path: string, reuseReceiveBuffer: boolean) {
  const client = await connect(origin, (c) => {
    c.set_read_chunk_size(1 << 20);
    c.reuseReceiveBuffer = reuseReceiveBuffer;
  });
  try {
    return await get(client, path);
  } finally {
    client.close();
  }
}

/**
 * Blocking mode, the way a Godot script reads: a plain loop of poll() and
 * read_response_body_chunk() with no awaits; each call blocks until data is there. Bounded by a
 * call count and a deadline.
 */
export async function readLargeOursBlocking(origin: Origin, path: string): Promise<number> {
  const client = new HTTPClient();
  client.blocking_mode_enabled = true;
  // On loopback no call should wait anywhere near this long; a stall fails the run instead of
  // hanging the bench (the default is 30 s per call).
  client.blockingTimeoutMs = 10_000;
  client.set_read_chunk_size(1 << 20);
  try {
    if (client.connect_to_host(origin.host, origin.port) !== GodotError.OK)
      throw new Error("connect_to_host failed");
    const deadline = performance.now() + 120_000;
    const inProgress = (s: number) =>
      s === HTTPClient.STATUS_RESOLVING || s === HTTPClient.STATUS_CONNECTING;
    for (
      let i = 0;
      i < 10_000 && inProgress(client.get_status()) && performance.now() < deadline;
      i++
    )
      client.poll();
    if (client.get_status() !== HTTPClient.STATUS_CONNECTED)
      throw new Error(`blocking: status ${client.get_status()}`);
    if (client.request(HTTPClient.METHOD_GET, path, []) !== GodotError.OK)
      throw new Error("blocking: request failed");
    for (
      let i = 0;
      i < 10_000 &&
      client.get_status() === HTTPClient.STATUS_REQUESTING &&
      performance.now() < deadline;
      i++
    )
      client.poll();
    let bytes = 0;
    // Each call returns up to 1 MiB, so 1 GiB takes ~1024 calls; the bound leaves ample room.
    for (let i = 0; i < 10_000_000 && client.get_status() === HTTPClient.STATUS_BODY; i++) {
      const chunk = client.read_response_body_chunk();
      bytes += chunk.length;
      if (chunk.length === 0 && client.get_status() === HTTPClient.STATUS_BODY) {
        throw new Error(
          `blocking mode stalled: a read waited ${client.blockingTimeoutMs} ms and returned nothing, after ${bytes} body bytes`,
        );
      }
      if (performance.now() > deadline)
        throw new Error(`blocking mode: deadline passed after ${bytes} body bytes`);
    }
    if (client.get_response_code() !== 200)
      throw new Error(`blocking: status code ${client.get_response_code()}`);
    return bytes;
  } finally {
    client.close();
  }
}
