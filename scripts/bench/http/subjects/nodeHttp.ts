/** node:http with a keep-alive Agent limited to one socket: the Node baseline for small requests. */
import http from "node:http";
import type { Socket } from "node:net";
import { SMALL_BODY } from "../server/responses.js";
import type { Origin, SmallRequester } from "./types.js";

const SMALL_BYTES = Buffer.byteLength(SMALL_BODY);

function get(
  agent: http.Agent,
  origin: Origin,
  path: string,
  onSocket?: (s: Socket) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: origin.host, port: origin.port, path, agent }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () =>
        response.statusCode === 200
          ? resolve(bytes)
          : reject(new Error(`node:http: status ${response.statusCode}`)),
      );
      response.on("error", reject);
    });
    if (onSocket) request.on("socket", onSocket);
    request.on("error", reject);
  });
}

export async function openNodeHttpSmall(origin: Origin): Promise<SmallRequester> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set<Socket>();
  return {
    async request() {
      const bytes = await get(agent, origin, "/small", (s) => sockets.add(s));
      if (bytes !== SMALL_BYTES)
        throw new Error(`node:http: ${bytes} body bytes, expected ${SMALL_BYTES}`);
      // Every request must ride the same connection, or the comparison is unfair.
      if (sockets.size !== 1) throw new Error(`node:http opened ${sockets.size} connections`);
    },
    async close() {
      agent.destroy();
    },
  };
}

export async function readLargeNodeHttp(origin: Origin, path: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    return await get(agent, origin, path);
  } finally {
    agent.destroy();
  }
}
