import {
  MessageChannel,
  receiveMessageOnPort,
  type MessagePort,
  type Worker,
} from "node:worker_threads";
import type { Command, ConnectRequest, TlsUpgradeOptions, WorkerEvent } from "./messages.js";
import {
  createShared,
  ringFree,
  ringTake,
  signalChange,
  Slot,
  SocketState,
  TlsState,
  unreadBytes,
  type SharedViews,
} from "./sharedLayout.js";
import { spawnSocketWorker } from "./spawnWorker.js";

/** How long a blocking call waits before giving up, unless the caller passes its own bound. */
export const DEFAULT_BLOCKING_TIMEOUT_MS = 30_000;
/** Inbound ring size; the worker pauses the socket when the main thread falls this far behind. */
export const DEFAULT_RING_CAPACITY = 1 << 20;
/** Outbound bytes in flight before write() blocks (and tryWrite() accepts less). */
export const OUTBOUND_HIGH_WATER = 1 << 20;

export interface BlockingSocketOptions {
  /** Inbound ring size in bytes, a power of two (default DEFAULT_RING_CAPACITY). */
  readonly ringCapacity?: number;
}

export interface SocketError {
  readonly code: string;
  readonly message: string;
}

/** Outcome of readExactly(): on "timeout" nothing was consumed; on "eof"/"error" `data` holds what there was. */
export interface ReadResult {
  readonly status: "ok" | "eof" | "timeout" | "error";
  readonly data: Uint8Array;
}

/**
 * A TCP (optionally TLS) connection whose socket lives in a worker thread, with a synchronous API:
 * every method returns without yielding to the event loop, and the blocking ones park the thread
 * in Atomics.wait until the worker reports progress or the time bound runs out.
 */
export class BlockingSocket {
  readonly #views: SharedViews;
  readonly #worker: Worker;
  readonly #events: MessagePort;
  /** Bytes already taken out of the ring for a blocking read that has not completed yet. */
  #stash: Uint8Array = new Uint8Array(0);
  #closed = false;
  /** Set by startTls until the worker has taken over the unread bytes. */
  #upgrading = false;
  #localAddress = "";
  #localPort = 0;
  #remoteAddress = "";
  #remotePort = 0;
  #resolvedAddress = "";
  #opened = false;
  #error: SocketError | null = null;
  #tlsError: SocketError | null = null;
  #tlsProtocol = "";

  private constructor(options: BlockingSocketOptions) {
    this.#views = createShared(options.ringCapacity ?? DEFAULT_RING_CAPACITY);
    const channel = new MessageChannel();
    this.#events = channel.port1;
    this.#worker = spawnSocketWorker({
      workerData: { buffer: this.#views.header.buffer, events: channel.port2 },
      transferList: [channel.port2],
    });
    // The socket must not keep the process alive on its own, as a plain fd in a script would not.
    this.#worker.unref();
    this.#events.unref();
    // A worker that dies (failed to load, crashed) takes the connection with it. These events only
    // arrive when the caller yields to the event loop; a caller that never does still has the
    // bound on every blocking call.
    this.#worker.on("error", (error: Error) => this.#workerGone(String(error)));
    this.#worker.on("exit", (code) =>
      this.#workerGone(`the socket worker exited with code ${code}`),
    );
  }

  #workerGone(message: string): void {
    const state = Atomics.load(this.#views.header, Slot.STATE);
    if (this.#closed || state === SocketState.CLOSED || state === SocketState.ERROR) return;
    this.#error ??= { code: "ERR_WORKER", message };
    Atomics.store(this.#views.header, Slot.STATE, SocketState.ERROR);
    signalChange(this.#views);
  }

  /** Starts connecting (non-blocking): watch `state`, or call waitFor(). Host names are resolved in the worker. */
  static connect(request: ConnectRequest, options: BlockingSocketOptions = {}): BlockingSocket {
    const socket = new BlockingSocket(options);
    // Set before the worker runs, so a caller checking right away never sees IDLE.
    Atomics.store(socket.#views.header, Slot.STATE, SocketState.RESOLVING);
    socket.#send({ type: "connect", request });
    return socket;
  }

  get state(): SocketState {
    this.#drainEvents();
    if (this.#closed) return SocketState.CLOSED;
    return Atomics.load(this.#views.header, Slot.STATE) as SocketState;
  }

  /** The connection was established at some point (it may have closed since). */
  get opened(): boolean {
    this.#drainEvents();
    return this.#opened;
  }

  /** Still resolving the host name or opening the connection. */
  get connecting(): boolean {
    const state = this.state;
    return state === SocketState.RESOLVING || state === SocketState.CONNECTING;
  }

  get tlsState(): TlsState {
    this.#drainEvents();
    if (this.#upgrading) return TlsState.HANDSHAKING;
    return Atomics.load(this.#views.header, Slot.TLS) as TlsState;
  }

  get error(): SocketError | null {
    this.#drainEvents();
    return this.#error;
  }
  get tlsError(): SocketError | null {
    this.#drainEvents();
    return this.#tlsError;
  }
  get tlsProtocol(): string {
    this.#drainEvents();
    return this.#tlsProtocol;
  }
  /** The address the host name resolved to ("" until resolved, or when an IP was given). */
  get resolvedAddress(): string {
    this.#drainEvents();
    return this.#resolvedAddress;
  }
  get localAddress(): string {
    this.#drainEvents();
    return this.#localAddress;
  }
  get localPort(): number {
    this.#drainEvents();
    return this.#localPort;
  }
  get remoteAddress(): string {
    this.#drainEvents();
    return this.#remoteAddress;
  }
  get remotePort(): number {
    this.#drainEvents();
    return this.#remotePort;
  }

  /** True once the peer has ended its side and every received byte has been read. */
  get ended(): boolean {
    return Atomics.load(this.#views.header, Slot.EOF) === 1 && this.available() === 0;
  }

  /** Bytes that can be read right now without blocking. */
  available(): number {
    if (this.#upgrading) return 0;
    return this.#stash.length + unreadBytes(this.#views);
  }

  /** Non-blocking: up to `max` bytes that have arrived (possibly none). */
  read(max: number): Uint8Array {
    if (this.#upgrading || max <= 0) return new Uint8Array(0);
    this.#pull(max);
    return this.#takeStash(Math.min(max, this.#stash.length));
  }

  /**
   * Blocks until exactly `count` bytes have arrived, the peer ends, the connection fails, or
   * `timeoutMs` passes. On timeout nothing is consumed, so a later read still gets those bytes.
   */
  readExactly(count: number, timeoutMs: number = DEFAULT_BLOCKING_TIMEOUT_MS): ReadResult {
    const ready = this.waitFor(() => {
      this.#pull(count);
      return this.#stash.length >= count || this.#finished();
    }, timeoutMs);
    // The worker publishes bytes before EOF/CLOSED, so bytes that landed between the last pull
    // and the check that saw the end are in the ring now: take them before reporting an end.
    if (ready) this.#pull(count);
    if (this.#stash.length >= count) return { status: "ok", data: this.#takeStash(count) };
    if (!ready) return { status: "timeout", data: new Uint8Array(0) };
    const status = this.state === SocketState.ERROR ? "error" : "eof";
    return { status, data: this.#takeStash(this.#stash.length) };
  }

  /**
   * Blocks until `condition()` holds or `timeoutMs` passes; returns whether it held. The
   * condition is re-checked after every change the worker reports, never in a busy loop.
   */
  waitFor(condition: () => boolean, timeoutMs: number = DEFAULT_BLOCKING_TIMEOUT_MS): boolean {
    const deadline = performance.now() + Math.max(0, timeoutMs);
    for (;;) {
      const seen = Atomics.load(this.#views.header, Slot.SEQ);
      if (condition()) return true;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      // Never sleep while the worker sleeps too: a paused worker with room in the ring is restarted.
      this.#restartWorkerIfDrained();
      Atomics.wait(this.#views.header, Slot.SEQ, seen, remaining);
    }
  }

  /**
   * Queues `data` for sending, blocking while more than OUTBOUND_HIGH_WATER bytes are in flight.
   * Returns how many bytes were queued: all of them unless the bound ran out or the socket closed.
   */
  write(data: Uint8Array, timeoutMs: number = DEFAULT_BLOCKING_TIMEOUT_MS): number {
    let sent = 0;
    const deadline = performance.now() + Math.max(0, timeoutMs);
    while (sent < data.length) {
      const accepted = this.tryWrite(data.subarray(sent));
      sent += accepted;
      if (sent === data.length || !this.#writable()) break;
      if (accepted === 0) {
        const roomOrGone = (): boolean => this.#outboundRoom() > 0 || !this.#writable();
        if (!this.waitFor(roomOrGone, deadline - performance.now())) break;
      }
    }
    return sent;
  }

  /** Non-blocking: queues as much of `data` as fits under OUTBOUND_HIGH_WATER; returns the count. */
  tryWrite(data: Uint8Array): number {
    if (!this.#writable() || data.length === 0) return 0;
    const count = Math.min(data.length, this.#outboundRoom());
    if (count === 0) return 0;
    Atomics.add(this.#views.header, Slot.OUTBOUND_QUEUED, count);
    // A copy: the caller may reuse its buffer, and the copy's memory moves to the worker for free.
    const copy = data.slice(0, count);
    this.#send({ type: "write", data: copy }, [copy.buffer]);
    return count;
  }

  /** Bytes queued by write() that the worker has not yet handed to the kernel. */
  get outboundQueued(): number {
    return Atomics.load(this.#views.header, Slot.OUTBOUND_QUEUED);
  }

  setNoDelay(enabled: boolean): void {
    this.#send({ type: "noDelay", enabled });
  }

  /**
   * Starts a TLS handshake on this connection, inside the worker (non-blocking: watch tlsState).
   * Bytes received but not yet read become the first bytes of the TLS stream, so nothing a proxy
   * sent after its CONNECT reply is lost. From then on read/write carry plaintext.
   */
  startTls(options: TlsUpgradeOptions): void {
    this.#pull(Number.MAX_SAFE_INTEGER);
    const leftover = this.#takeStash(this.#stash.length);
    this.#upgrading = true;
    this.#send({ type: "startTls", options, leftover }, [leftover.buffer as ArrayBuffer]);
  }

  /** Closes the connection and lets the worker exit. Safe to call more than once. */
  close(): void {
    if (this.#closed) return;
    this.#send({ type: "close" });
    this.#closed = true;
    this.#events.close();
  }

  #send(command: Command, transfer: ArrayBuffer[] = []): void {
    if (this.#closed) return;
    this.#worker.postMessage(command, transfer);
  }

  #writable(): boolean {
    const state = this.state;
    return (
      state === SocketState.CONNECTED ||
      state === SocketState.CONNECTING ||
      state === SocketState.RESOLVING
    );
  }

  #outboundRoom(): number {
    return Math.max(0, OUTBOUND_HIGH_WATER - this.outboundQueued);
  }

  #finished(): boolean {
    const state = this.state;
    const eof = Atomics.load(this.#views.header, Slot.EOF) === 1 && unreadBytes(this.#views) === 0;
    return eof || state === SocketState.ERROR || state === SocketState.CLOSED;
  }

  /** Moves ring bytes into the stash until it holds `wanted` bytes, and restarts a paused worker. */
  #pull(wanted: number): void {
    if (this.#upgrading) return;
    const missing = wanted - this.#stash.length;
    if (missing > 0 && unreadBytes(this.#views) > 0) {
      const fresh = ringTake(this.#views, missing);
      // The usual case, an empty stash, keeps the ring's copy as it is: one copy per byte in all.
      if (this.#stash.length === 0) this.#stash = fresh;
      else {
        const merged = new Uint8Array(this.#stash.length + fresh.length);
        merged.set(this.#stash, 0);
        merged.set(fresh, this.#stash.length);
        this.#stash = merged;
      }
    }
    this.#restartWorkerIfDrained();
  }

  /** The worker pauses its socket when the ring is full; the reader restarts it once there is room. */
  #restartWorkerIfDrained(): void {
    if (
      Atomics.load(this.#views.header, Slot.PAUSED) === 1 &&
      ringFree(this.#views) > 0 &&
      Atomics.compareExchange(this.#views.header, Slot.PAUSED, 1, 0) === 1
    )
      this.#send({ type: "drained" });
  }

  #takeStash(count: number): Uint8Array {
    const stash = this.#stash;
    // Taking all of it hands the stash over (it is ours alone: a copy out of the ring).
    if (count === stash.length) {
      this.#stash = new Uint8Array(0);
      return stash;
    }
    const taken = this.#stash.slice(0, count);
    this.#stash = this.#stash.subarray(count);
    return taken;
  }

  #drainEvents(): void {
    if (this.#closed) return;
    for (
      let message = receiveMessageOnPort(this.#events);
      message;
      message = receiveMessageOnPort(this.#events)
    ) {
      this.#apply(message.message as WorkerEvent);
    }
  }

  #apply(event: WorkerEvent): void {
    switch (event.type) {
      case "resolved":
        this.#resolvedAddress = event.address;
        return;
      case "connected":
        this.#opened = true;
        this.#localAddress = event.localAddress;
        this.#localPort = event.localPort;
        this.#remoteAddress = event.remoteAddress;
        this.#remotePort = event.remotePort;
        return;
      case "error":
        this.#error = { code: event.code, message: event.message };
        return;
      case "tlsConnected":
        this.#upgrading = false;
        this.#tlsProtocol = event.protocol;
        return;
      case "tlsError":
        this.#upgrading = false;
        this.#tlsError = { code: event.code, message: event.message };
        return;
    }
  }
}
