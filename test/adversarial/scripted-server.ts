// Scripted responses over the shared raw TCP server (../helpers/rawServer.ts), so responses that no
// real HTTP server would send can reach a client over a real socket. Used by the adversarial
// corpus runner and the HTTPClient corpus test, which only need a fixed answer per connection;
// tests that react to what arrives drive ../helpers/rawServer.ts directly.
//
//   const server = await startScriptedServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
//   ... connect to 127.0.0.1:server.port ...
//   await server.close();
//
// A script is a list of steps run in order for every connection, after the request head (up to the
// first blank line) has arrived: bytes to write, a pause, or an explicit end/hold. Without an
// explicit end or hold the server ends the connection after the last step.
import { Buffer } from "node:buffer";
import type { Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { startRawServer, type RawServer } from "../helpers/rawServer.js";

export type RawStep =
  | Uint8Array
  | string
  /** Wait before the next step (lets the client read what was written so far separately). */
  | { pauseMs: number }
  /** Half-close after flushing (FIN). */
  | "end"
  /** Keep the connection open after the last step; the server closes it at close(). */
  | "hold";

/** Strings are written as latin1, so every char is exactly one byte on the wire. */
function toBytes(data: Uint8Array | string): Uint8Array {
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

// Answers even a head that never ends, so a client sending garbage still gets the scripted reply.
const MAX_REQUEST_HEAD_BYTES = 1024 * 1024;

/** Bare-LF heads count too: the answer must not hang on a client that omits CR. */
function requestHeadArrived(received: Buffer): boolean {
  return (
    received.includes("\r\n\r\n") ||
    received.includes("\n\n") ||
    received.length > MAX_REQUEST_HEAD_BYTES
  );
}

export function startScriptedServer(
  script: Uint8Array | string | readonly RawStep[],
): Promise<RawServer> {
  const steps: readonly RawStep[] = Array.isArray(script)
    ? script
    : [script as Uint8Array | string];
  return startRawServer((connection) => {
    const { socket } = connection;
    socket.setNoDelay(true);
    let started = false;
    // The shared server's own data listener runs first, so received() already holds this chunk.
    socket.on("data", () => {
      if (started || !requestHeadArrived(connection.received())) return;
      started = true;
      runSteps(steps, socket).catch(() => socket.destroy());
    });
  });
}

async function runSteps(steps: readonly RawStep[], socket: Socket): Promise<void> {
  for (const step of steps) {
    if (socket.destroyed) return;
    if (step === "end") {
      socket.end();
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
