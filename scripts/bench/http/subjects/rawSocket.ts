/**
 * The physical limit: a net.Socket that sends a minimal request and drains into one reused
 * buffer (`onread`), parsing nothing. It counts every byte to EOF and checks the count against
 * the exact wire size, then reports the body part.
 */
import net from "node:net";
import { largeWireBytes, type BodyFraming } from "../server/responses.js";
import type { Origin } from "./types.js";

const buffer = Buffer.allocUnsafe(1 << 20);

export function readLargeRaw(origin: Origin, path: string): Promise<number> {
  const match = /^\/(length|chunked)\/(\d+)$/.exec(path);
  if (match === null) return Promise.reject(new Error(`raw socket: unexpected path ${path}`));
  const framing = match[1] as BodyFraming;
  const bodyBytes = Number(match[2]);
  const expected = largeWireBytes(framing, bodyBytes);
  return new Promise((resolve, reject) => {
    let received = 0;
    const socket = net.connect({
      host: origin.host,
      port: origin.port,
      noDelay: true,
      onread: {
        buffer,
        callback: (bytes: number) => {
          received += bytes;
          return true;
        },
      },
    });
    socket.on("connect", () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${origin.host}:${origin.port}\r\nConnection: close\r\n\r\n`,
      );
    });
    socket.on("end", () => {
      if (received === expected) resolve(bodyBytes);
      else reject(new Error(`raw socket: ${received} wire bytes, expected ${expected}`));
    });
    socket.on("error", reject);
  });
}
