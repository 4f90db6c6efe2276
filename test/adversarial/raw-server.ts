// A raw TCP server on loopback that answers each connection with exact bytes, so responses that no
// real HTTP server would send can reach a client over a real socket. Used by the adversarial
// corpus runner and by the HTTPClient tests.
//
//   const server = await startRawServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
//   ... connect to 127.0.0.1:server.port ...
//   await server.close();
//
// A script is a list of steps run in order for every connection, after the request head (up to the
// first blank line) has arrived: bytes to write, a pause, or an explicit end/destroy. Without an
// explicit end or destroy the server ends the connection after the last step.
import { Buffer } from "node:buffer";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export type RawStep =
  | Uint8Array
  | string
  /** Wait before the next step (lets the client read what was written so far separately). */
  | { pauseMs: number }
  /** Half-close after flushing (FIN). */
  | "end"
  /** Reset the connection at once (RST). */
  | "destroy"
  /** Keep the connection open after the last step; the server closes it at close(). */
  | "hold";

export type RawScript =
  | Uint8Array
  | string
  | readonly RawStep[]
  | ((socket: net.Socket, request: Buffer) => void | Promise<void>);

export interface RawServerOptions {
  /** Loopback address to listen on. Default "127.0.0.1". */
  host?: "127.0.0.1" | "::1";
  /** Wait for a full request head before answering. Default true. */
  waitForRequest?: boolean;
}

export interface RawServer {
  host: string;
  port: number;
  /** Bytes received on each connection so far, in connection order. */
  readonly received: Buffer[];
  /** Connections accepted so far. */
  readonly connections: number;
  close(): Promise<void>;
}

/** Strings are written as latin1, so every char is exactly one byte on the wire. */
export function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? Buffer.from(data, "latin1") : data;
}

/** Steps that write `data` in pieces of `size` bytes with a pause between them. */
export function dripSteps(data: Uint8Array | string, size = 1, pauseMs = 1): RawStep[] {
  const bytes = toBytes(data);
  const steps: RawStep[] = [];
  for (let i = 0; i < bytes.byteLength; i += size) {
    steps.push(bytes.subarray(i, i + size));
    if (i + size < bytes.byteLength) steps.push({ pauseMs });
  }
  return steps;
}

const MAX_REQUEST_HEAD_BYTES = 1024 * 1024;

export async function startRawServer(
  script: RawScript,
  options: RawServerOptions = {},
): Promise<RawServer> {
  const host = options.host ?? "127.0.0.1";
  const waitForRequest = options.waitForRequest ?? true;
  const received: Buffer[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    const index = received.push(Buffer.alloc(0)) - 1;
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      runScript(script, socket, received[index]!).catch(() => socket.destroy());
    };
    socket.on("data", (data: Buffer) => {
      received[index] = Buffer.concat([received[index]!, data]);
      const head = received[index]!;
      if (
        head.includes("\r\n\r\n") ||
        head.includes("\n\n") ||
        head.length > MAX_REQUEST_HEAD_BYTES
      ) {
        start();
      }
    });
    if (!waitForRequest) start();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address() as net.AddressInfo;

  return {
    host,
    port: address.port,
    received,
    get connections() {
      return received.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function runScript(script: RawScript, socket: net.Socket, request: Buffer): Promise<void> {
  if (typeof script === "function") {
    await script(socket, request);
    return;
  }
  const steps: readonly RawStep[] = Array.isArray(script)
    ? script
    : [script as Uint8Array | string];
  for (const step of steps) {
    if (socket.destroyed) return;
    if (step === "end") {
      socket.end();
      return;
    }
    if (step === "destroy") {
      socket.resetAndDestroy();
      return;
    }
    if (step === "hold") return;
    if (typeof step === "object" && "pauseMs" in step) {
      await sleep(step.pauseMs);
      continue;
    }
    await new Promise<void>((resolve) => socket.write(toBytes(step), () => resolve()));
  }
  socket.end();
}
