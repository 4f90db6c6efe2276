/**
 * Worker side of a BlockingSocket: owns the real socket and runs on its own event loop, so the
 * main thread can block in Atomics.wait while bytes keep arriving here.
 *
 * Inbound bytes go into the shared ring; what does not fit waits in `backlog` with the socket
 * paused until the main thread reports it has drained the ring. Every state change is written to
 * the shared header first and then announced with signalChange(); details that are not numbers
 * (addresses, error text) go through `events` and are read with receiveMessageOnPort.
 */
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";
import { Duplex } from "node:stream";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { Command, ConnectRequest, TlsUpgradeOptions, WorkerEvent } from "./messages.js";
import {
  ringFree,
  ringPut,
  ringTake,
  signalChange,
  Slot,
  SocketState,
  TlsState,
  viewsOf,
  type SharedViews,
} from "./sharedLayout.js";

interface WorkerInit {
  readonly buffer: SharedArrayBuffer;
  readonly events: MessagePort;
}

const init = workerData as WorkerInit;
const views: SharedViews = viewsOf(init.buffer);
const events = init.events;

let raw: net.Socket | null = null;
/** The socket reads through `onread` (see directReceive), which TLS cannot take over. */
let plainOnly = false;
/** The stream application bytes flow through: the raw socket, or the TLS socket after an upgrade. */
let active: Duplex | null = null;
const backlog: Buffer[] = [];

function setState(slot: number, value: number): void {
  Atomics.store(views.header, slot, value);
  signalChange(views);
}

function fail(code: string, message: string): void {
  // Post the details before the state flips, so a thread woken by the flip finds them.
  events.postMessage({ type: "error", code, message } satisfies WorkerEvent);
  setState(Slot.STATE, SocketState.ERROR);
}

/** The TLS counterpart of fail(), with the details likewise posted before the state flips. */
function failTls(code: string, message: string, state: TlsState = TlsState.ERROR): void {
  events.postMessage({ type: "tlsError", code, message } satisfies WorkerEvent);
  setState(Slot.TLS, state);
}

/** How many times flushBacklog refills the ring in one go before yielding to the event loop. */
const MAX_REFILLS_PER_TURN = 64;
/** The peer ended its side; EOF is published once the backlog has reached the ring. */
let peerEnded = false;
/** The socket closed with bytes still in the backlog; CLOSED is published once they are in the ring. */
let closePending = false;

function publishClosed(): void {
  closePending = false;
  if (Atomics.load(views.header, Slot.STATE) !== SocketState.ERROR)
    setState(Slot.STATE, SocketState.CLOSED);
}

/**
 * Moves backlog into the ring; pauses the source while the ring is full.
 *
 * The pause handshake: the worker sets PAUSED=1 after finding the ring full; the reader, after
 * every take, swaps PAUSED 1→0 and, if it won, posts "drained". The reader can empty the ring
 * between our ringPut and our PAUSED store and so miss the flag (its swap saw 0), after which it
 * waits for bytes that never come while we wait for "drained": a lost wake-up, seen as blocking
 * reads stalling with READ == WRITE and PAUSED == 1. So after raising the flag we look at the ring
 * again: with all operations sequentially consistent, either the reader's swap comes after our
 * store (it will post "drained"), or its take came before our re-check (we see the free space).
 * Whoever wins the 1→0 swap carries on; the other does nothing.
 */
function flushBacklog(): void {
  for (let refill = 0; refill < MAX_REFILLS_PER_TURN; refill++) {
    while (backlog.length > 0) {
      const chunk = backlog[0]!;
      const taken = ringPut(views, chunk);
      if (taken < chunk.length) {
        backlog[0] = chunk.subarray(taken);
        break;
      }
      backlog.shift();
    }
    if (backlog.length === 0) {
      if (peerEnded) Atomics.store(views.header, Slot.EOF, 1);
      if (closePending) publishClosed();
      signalChange(views);
      active?.resume();
      return;
    }
    active?.pause();
    Atomics.store(views.header, Slot.PAUSED, 1);
    signalChange(views);
    if (ringFree(views) === 0) return; // the reader's next take sees PAUSED=1 and posts "drained"
    if (Atomics.compareExchange(views.header, Slot.PAUSED, 1, 0) !== 1) return; // "drained" is on its way
  }
  // PAUSED is 0 and nobody else will restart us: continue on the next turn of the event loop.
  setImmediate(flushBacklog);
}

function attachInbound(stream: Duplex): void {
  active = stream;
  stream.on("data", (chunk: Buffer) => {
    backlog.push(chunk);
    flushBacklog();
  });
  // The stream can end while bytes still wait in the backlog; EOF must not overtake them.
  stream.on("end", () => {
    peerEnded = true;
    if (backlog.length === 0) setState(Slot.EOF, 1);
  });
}

/** Where a direct read lands when it cannot go into the ring (full ring, or bytes waiting in the backlog). */
const SPARE_READ_BYTES = 64 * 1024;

/**
 * Plain connections let the kernel write straight into the ring: `onread` asks for the next
 * buffer before every read, and gets the free part of the ring after the last written byte, so
 * received bytes are never copied or allocated in this thread. The region is safe to hand out:
 * this thread is the ring's only writer, and the reader only ever frees space. When the ring is
 * full, or backlog bytes must go first, the read lands in a reused spare buffer and is copied.
 */
function directReceive(): net.OnReadOpts {
  const spare = Buffer.allocUnsafe(SPARE_READ_BYTES);
  const nextBuffer = (): Uint8Array => {
    if (backlog.length > 0) return spare;
    const free = ringFree(views);
    if (free === 0) return spare;
    const start = Atomics.load(views.header, Slot.WRITE_COUNT) & (views.capacity - 1);
    return views.ring.subarray(start, start + Math.min(free, views.capacity - start));
  };
  return {
    buffer: nextBuffer,
    callback: (length: number, buffer: Uint8Array) => {
      if (buffer === spare) {
        const data = spare.subarray(0, length);
        const taken = backlog.length === 0 ? ringPut(views, data) : 0;
        if (taken < length) backlog.push(Buffer.from(data.subarray(taken)));
      } else {
        // The bytes are already in place; publishing the count hands them to the reader.
        Atomics.add(views.header, Slot.WRITE_COUNT, length);
        if (ringFree(views) === 0) {
          pauseWhileFull();
          return true;
        }
      }
      flushBacklog();
      return true;
    },
  };
}

/**
 * A direct read filled the ring: pause until the reader makes room. The same handshake as in
 * flushBacklog: raise PAUSED, then look again, and whoever wins the 1→0 swap carries on.
 */
function pauseWhileFull(): void {
  active?.pause();
  Atomics.store(views.header, Slot.PAUSED, 1);
  signalChange(views);
  if (ringFree(views) === 0) return;
  if (Atomics.compareExchange(views.header, Slot.PAUSED, 1, 0) !== 1) return;
  active?.resume();
}

/** The inbound side of a direct socket: bytes come through `onread`; only the end is an event. */
function attachDirect(socket: net.Socket): void {
  active = socket;
  socket.on("end", () => {
    peerEnded = true;
    if (backlog.length === 0) setState(Slot.EOF, 1);
  });
}

function connect(request: ConnectRequest): void {
  plainOnly = request.plainOnly === true;
  if (net.isIP(request.host) !== 0) return connectTo(request.host, request);
  setState(Slot.STATE, SocketState.RESOLVING);
  dns.lookup(request.host, (error, address) => {
    if (error) return fail(error.code ?? "ENOTFOUND", error.message);
    events.postMessage({ type: "resolved", address } satisfies WorkerEvent);
    connectTo(address, request);
  });
}

function connectTo(address: string, request: ConnectRequest): void {
  setState(Slot.STATE, SocketState.CONNECTING);
  const socket = net.connect({
    host: address,
    port: request.port,
    ...(request.localAddress !== undefined ? { localAddress: request.localAddress } : {}),
    ...(request.localPort !== undefined ? { localPort: request.localPort } : {}),
    noDelay: request.noDelay ?? false,
    ...(request.plainOnly === true ? { onread: directReceive() } : {}),
  });
  raw = socket;
  if (request.plainOnly === true) attachDirect(socket);
  else attachInbound(socket);
  socket.once("connect", () => {
    events.postMessage({
      type: "connected",
      localAddress: socket.localAddress ?? "",
      localPort: socket.localPort ?? 0,
      remoteAddress: socket.remoteAddress ?? "",
      remotePort: socket.remotePort ?? 0,
    } satisfies WorkerEvent);
    setState(Slot.STATE, SocketState.CONNECTED);
  });
  socket.on("error", (error: NodeJS.ErrnoException) =>
    fail(error.code ?? "ERR_SOCKET", error.message),
  );
  socket.on("close", () => {
    // Like EOF, a close must not overtake bytes still waiting in the backlog: the reader takes
    // CLOSED with an empty ring as "nothing more will come".
    if (backlog.length > 0) closePending = true;
    else publishClosed();
  });
}

function write(data: Uint8Array): void {
  const settle = (): void => {
    Atomics.sub(views.header, Slot.OUTBOUND_QUEUED, data.length);
    signalChange(views);
  };
  if (active === null || active.destroyed) {
    settle();
    return;
  }
  active.write(data, settle);
}

/** Bytes received before the upgrade but not consumed belong to the TLS stream: replay them first. */
function withLeftover(socket: net.Socket, leftover: Uint8Array): Duplex {
  if (leftover.length === 0) return socket;
  const replay = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      socket.write(chunk, callback);
    },
    final(callback) {
      socket.end(callback);
    },
  });
  replay.push(Buffer.from(leftover));
  socket.on("data", (chunk: Buffer) => {
    if (!replay.push(chunk)) socket.pause();
  });
  socket.on("end", () => replay.push(null));
  socket.on("close", () => replay.destroy());
  return replay;
}

function startTls(options: TlsUpgradeOptions, leftoverFromMain: Uint8Array): void {
  if (raw === null) return failTls("ERR_NOT_CONNECTED", "no socket");
  if (plainOnly) return failTls("ERR_PLAIN_ONLY", "this connection was opened as plain TCP only");
  const socket = raw;
  socket.removeAllListeners("data");
  socket.removeAllListeners("end");
  socket.pause();
  // Everything the main thread has not consumed yet: what it handed back, then the ring, then backlog.
  const pending = [
    Buffer.from(leftoverFromMain),
    Buffer.from(ringTake(views, views.capacity)),
    ...backlog,
  ];
  backlog.length = 0;
  peerEnded = false;
  Atomics.store(views.header, Slot.PAUSED, 0);
  const carrier = withLeftover(socket, Buffer.concat(pending));
  setState(Slot.TLS, TlsState.HANDSHAKING);

  const secure = options.isServer
    ? new tls.TLSSocket(carrier, {
        isServer: true,
        secureContext: tls.createSecureContext({
          ...(options.cert !== undefined ? { cert: options.cert } : {}),
          ...(options.key !== undefined ? { key: options.key } : {}),
        }),
      })
    : tls.connect({
        socket: carrier,
        ...(options.servername ? { servername: options.servername } : {}),
        ...(options.ca !== undefined ? { ca: options.ca as string | string[] } : {}),
        ...(options.cert !== undefined ? { cert: options.cert } : {}),
        ...(options.key !== undefined ? { key: options.key } : {}),
        rejectUnauthorized: options.verifyChain ?? true,
        checkServerIdentity: (_host: string, certificate: tls.PeerCertificate) => {
          if (options.verifyHostname === false) return undefined;
          return tls.checkServerIdentity(options.hostname ?? options.servername ?? "", certificate);
        },
      });
  attachInbound(secure);
  const onSecure = (): void => {
    events.postMessage({
      type: "tlsConnected",
      protocol: secure.getProtocol() ?? "",
      authorized: secure.authorized,
    } satisfies WorkerEvent);
    setState(Slot.TLS, TlsState.CONNECTED);
  };
  secure.once(options.isServer ? "secure" : "secureConnect", onSecure);
  secure.on("error", (error: NodeJS.ErrnoException) => {
    const code = error.code ?? "ERR_TLS";
    const mismatch = code === "ERR_TLS_CERT_ALTNAME_INVALID";
    failTls(code, error.message, mismatch ? TlsState.ERROR_HOSTNAME_MISMATCH : TlsState.ERROR);
  });
}

function close(): void {
  active?.destroy();
  raw?.destroy();
  setState(Slot.STATE, SocketState.CLOSED);
  parentPort?.close();
  events.close();
}

function handle(command: Command): void {
  switch (command.type) {
    case "connect":
      return connect(command.request);
    case "write":
      return write(command.data);
    case "drained":
      return flushBacklog();
    case "noDelay":
      raw?.setNoDelay(command.enabled);
      return;
    case "startTls":
      return startTls(command.options, command.leftover);
    case "close":
      return close();
  }
}

process.on("uncaughtException", (error) => fail("ERR_WORKER", String(error)));
parentPort?.on("message", (command: Command) => {
  try {
    handle(command);
  } catch (error) {
    fail("ERR_WORKER", String(error));
  }
});
