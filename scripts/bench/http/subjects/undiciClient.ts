/** undici 7's Client: exactly one connection, pipelining 1. */
import { Client } from "undici";
import { SMALL_BODY } from "../server/responses.js";
import type { Origin, SmallRequester } from "./types.js";

const SMALL_BYTES = Buffer.byteLength(SMALL_BODY);

async function get(client: Client, path: string): Promise<number> {
  const { statusCode, body } = await client.request({ path, method: "GET" });
  let bytes = 0;
  for await (const chunk of body) bytes += (chunk as Buffer).length;
  if (statusCode !== 200) throw new Error(`undici: status ${statusCode}`);
  return bytes;
}

function open(origin: Origin): Client {
  return new Client(`http://${origin.host}:${origin.port}`, { pipelining: 1 });
}

export async function openUndiciSmall(origin: Origin): Promise<SmallRequester> {
  const client = open(origin);
  return {
    async request() {
      const bytes = await get(client, "/small");
      if (bytes !== SMALL_BYTES)
        throw new Error(`undici: ${bytes} body bytes, expected ${SMALL_BYTES}`);
    },
    async close() {
      await client.close();
    },
  };
}

export async function readLargeUndici(origin: Origin, path: string): Promise<number> {
  const client = open(origin);
  try {
    return await get(client, path);
  } finally {
    await client.close();
  }
}
