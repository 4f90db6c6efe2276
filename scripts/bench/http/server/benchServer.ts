/**
 * The loopback HTTP/1.1 server every HTTP case measures against. It runs in its own process
 * (forked by spawnServer.ts) so the server and the client under test each get a core instead of
 * sharing one event loop. It is deliberately minimal (no node:http) so the server is never the
 * bottleneck: requests are split at the blank line, responses are prebuilt buffers, and large
 * bodies are written from one preallocated 1 MiB slab with backpressure.
 */
import net from "node:net";
import {
  chunkHeader,
  LAST_CHUNK,
  largeHead,
  NOT_FOUND_RESPONSE,
  SLAB_SIZE,
  SMALL_RESPONSE,
  type BodyFraming,
} from "./responses.js";

/** A request head larger than this is refused; the bench clients send a few hundred bytes. */
const MAX_HEAD = 64 * 1024;

const slab = Buffer.alloc(SLAB_SIZE, 0x61);
/** A full chunk with its framing, so a chunked body is still one write per MiB. */
const fullChunk = Buffer.concat([
  Buffer.from(chunkHeader(SLAB_SIZE), "latin1"),
  slab,
  Buffer.from("\r\n"),
]);
const CRLF = Buffer.from("\r\n", "latin1");

interface Request {
  readonly path: string;
  readonly close: boolean;
}

function serve(socket: net.Socket): void {
  socket.setNoDelay(true);
  let pending = "";
  const queue: Request[] = [];
  let busy = false;

  const drainQueue = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
        await respond(socket, request.path);
        if (request.close) {
          socket.end();
          return;
        }
      }
    } catch {
      socket.destroy();
    } finally {
      busy = false;
    }
  };

  socket.on("data", (data: Buffer) => {
    pending += data.toString("latin1");
    for (let end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
      const head = pending.slice(0, end);
      pending = pending.slice(end + 4);
      const path = head.slice(0, head.indexOf("\r\n") >>> 0).split(" ")[1] ?? "";
      queue.push({ path, close: /\r\nconnection:[ \t]*close/i.test(head) });
    }
    if (pending.length > MAX_HEAD) socket.destroy();
    else void drainQueue();
  });
  socket.on("error", () => socket.destroy());
}

async function respond(socket: net.Socket, path: string): Promise<void> {
  if (path === "/small") {
    socket.write(SMALL_RESPONSE);
    return;
  }
  const match = /^\/(length|chunked)\/(\d+)$/.exec(path);
  if (match === null) {
    socket.write(NOT_FOUND_RESPONSE);
    return;
  }
  const framing = match[1] as BodyFraming;
  const bytes = Number(match[2]);
  await write(socket, largeHead(framing, bytes));
  let left = bytes;
  while (left > 0 && !socket.destroyed) {
    const size = Math.min(left, SLAB_SIZE);
    if (framing === "length")
      await write(socket, size === SLAB_SIZE ? slab : slab.subarray(0, size));
    else if (size === SLAB_SIZE) await write(socket, fullChunk);
    else {
      socket.cork();
      socket.write(chunkHeader(size), "latin1");
      socket.write(slab.subarray(0, size));
      socket.uncork();
      await write(socket, CRLF);
    }
    left -= size;
  }
  if (framing === "chunked") await write(socket, LAST_CHUNK);
}

/** Writes and, when the socket's buffer is full, waits for it to drain (or the socket to close). */
function write(socket: net.Socket, data: Buffer): Promise<void> {
  if (socket.write(data)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      socket.off("drain", done);
      socket.off("close", done);
      resolve();
    };
    socket.on("drain", done);
    socket.on("close", done);
  });
}

const server = net.createServer(serve);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  process.send?.({ port: address.port });
});
// The parent owns this process: when it goes away (or says so), stop.
process.on("disconnect", () => process.exit(0));
