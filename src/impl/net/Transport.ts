import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from "node:tls";
import { ReceiveRing } from "./receiveRing.js";
import { ReceiveSlab } from "./receiveSlab.js";
import type { ByteTransport, TransportSink, TransportState } from "./ByteTransport.js";
import { connectRequest, readTunnelReply, tunnelStream } from "./proxyTunnel.js";

/** Where and how to connect: the first hop's addresses, then an optional tunnel and TLS. */
export interface ConnectPlan {
  /** Addresses of the first hop (the origin, or the proxy), tried in turn. */
  readonly addresses: readonly string[];
  readonly port: number;
  /** "host:port" to open with CONNECT through the first hop (an HTTPS proxy), or null. */
  readonly tunnelAuthority: string | null;
  /** node:tls options for a TLS session to the origin, or null for plain TCP. */
  readonly tls: ConnectionOptions | null;
  /** Per-address connect timeout (TCP, tunnel and handshake together); 0 disables it. */
  readonly connectTimeoutMs: number;
  /**
   * Plain TCP only: read into one reused ring (receiveRing.ts) instead of fresh slabs. Delivered
   * chunks are then views the sink only borrows: they stay intact until release() frees them.
   */
  readonly reuseReceiveBuffer: boolean;
}

/**
 * The event-driven transport: one connection attempt sequence and the resulting byte stream.
 * Socket events only record facts here (state, received bytes); the HTTP client's poll() acts on
 * them.
 */
export class Transport implements ByteTransport {
  readonly eventDriven = true;
  state: TransportState = "connecting";
  /** Why the last attempt failed, for diagnostics. */
  failure: string | null = null;
  readonly #plan: ConnectPlan;
  readonly #sink: TransportSink;
  #socket: Socket | TLSSocket | null = null;
  #rawSocket: Socket | null = null;
  #attempt = 0;
  #timer: NodeJS.Timeout | null = null;
  #paused = false;
  /** The current attempt's receive ring (reuseReceiveBuffer on a plain connection), else null. */
  #ring: ReceiveRing | null = null;

  constructor(plan: ConnectPlan, sink: TransportSink) {
    this.#plan = plan;
    this.#sink = sink;
    this.#tryAddress(0);
  }

  /** Queues bytes for sending; returns false once the transport is not open. */
  write(chunk: Uint8Array): boolean {
    if (this.state !== "open" || this.#socket === null) return false;
    this.#socket.write(chunk);
    return true;
  }

  /** Writes several buffers as one batch (one syscall when Node can). */
  writeAll(chunks: readonly Uint8Array[]): boolean {
    const socket = this.#socket;
    if (this.state !== "open" || socket === null) return false;
    socket.cork();
    for (const chunk of chunks) socket.write(chunk);
    process.nextTick(() => socket.uncork());
    return true;
  }

  /** Stops reading from the socket (backpressure) until resume(). */
  pause(): void {
    if (this.#paused || this.#socket === null) return;
    this.#paused = true;
    this.#socket.pause();
  }

  resume(): void {
    if (!this.#paused || this.#socket === null) return;
    // The read region Node holds for the resumed read must not overlap borrowed bytes.
    if (this.#ring !== null && !this.#ring.hasRoom()) return;
    this.#paused = false;
    this.#socket.resume();
  }

  get lendsReceiveBuffer(): boolean {
    return this.#ring !== null;
  }

  /**
   * With a receive ring: the sink is done with the first `consumedBytes` bytes it was given
   * (counted since the connection opened), so the ring may overwrite them. A no-op otherwise.
   * The caller resumes (resume()) afterwards if the transport paused.
   */
  release(consumedBytes: number): void {
    this.#ring?.release(consumedBytes);
  }

  pump(): void {}

  block(_timeoutMs: number): boolean {
    return false;
  }

  get paused(): boolean {
    return this.#paused;
  }

  destroy(): void {
    this.#clearTimer();
    const wasOpen = this.state === "open" || this.state === "connecting";
    if (wasOpen) this.state = "closed";
    this.#socket?.destroy();
    this.#rawSocket?.destroy();
    this.#socket = null;
    this.#rawSocket = null;
  }

  #tryAddress(index: number): void {
    const address = this.#plan.addresses[index];
    if (address === undefined) {
      this.#settleFailure("cant_connect");
      return;
    }
    const attempt = ++this.#attempt;
    const plan = this.#plan;
    // Plain connections read through `onread`, skipping a buffer allocation per read: into fresh
    // slabs, or with reuseReceiveBuffer into one ring the sink only borrows views of.
    const direct = plan.tls === null && plan.tunnelAuthority === null;
    const receiver = !direct
      ? null
      : plan.reuseReceiveBuffer
        ? new ReceiveRing()
        : new ReceiveSlab();
    this.#ring = receiver instanceof ReceiveRing ? receiver : null;
    const socket = netConnect({
      host: address,
      port: plan.port,
      noDelay: true,
      ...(receiver
        ? {
            onread: {
              buffer: () => receiver.next(),
              callback: (length: number, buffer: Uint8Array) => {
                this.#sink.data(receiver.take(buffer as Buffer, length));
                this.#sink.activity();
                // Node fetches the next region right after this and keeps it while paused, so
                // pause (returning false) when that region would overlap unreleased bytes.
                if (!receiver.hasRoom()) this.#paused = true;
                return !this.#paused;
              },
            },
          }
        : {}),
    });
    this.#rawSocket = socket;
    // A socket 'error' without a listener would crash the process; the listeners below record
    // what matters, this one only guarantees there always is one.
    socket.on("error", ignoreError);
    this.#armTimer(attempt, index);
    const onEarlyError = (error: Error): void => {
      if (attempt !== this.#attempt) return;
      this.failure = `${address}:${plan.port}: ${error.message}`;
      socket.destroy();
      this.#tryAddress(index + 1);
      this.#sink.activity();
    };
    socket.once("error", onEarlyError);
    socket.once("connect", () => {
      if (attempt !== this.#attempt) return;
      socket.off("error", onEarlyError);
      if (plan.tunnelAuthority !== null) this.#openTunnel(socket, attempt, plan.tunnelAuthority);
      else this.#afterTcp(socket, Buffer.alloc(0), attempt);
    });
  }

  #openTunnel(socket: Socket, attempt: number, authority: string): void {
    socket.once("error", (error) => {
      if (attempt !== this.#attempt || this.state !== "connecting") return;
      this.failure = `proxy: ${error.message}`;
      this.#settleFailure("cant_connect");
    });
    readTunnelReply(socket, (result) => {
      if (attempt !== this.#attempt || this.state !== "connecting") return;
      if (!result.ok) {
        this.failure = result.reason;
        this.#settleFailure("cant_connect");
        return;
      }
      this.#afterTcp(socket, result.leftover, attempt);
    });
    socket.write(connectRequest(authority));
  }

  #afterTcp(socket: Socket, leftover: Buffer, attempt: number): void {
    const tlsOptions = this.#plan.tls;
    if (tlsOptions === null) {
      this.#open(socket, leftover);
      return;
    }
    const carrier = leftover.length > 0 ? tunnelStream(socket, leftover) : socket;
    if (carrier !== socket) carrier.on("error", ignoreError);
    const secure = tlsConnect({ ...tlsOptions, socket: carrier as Socket });
    secure.on("error", ignoreError);
    this.#socket = secure;
    secure.once("error", (error) => {
      if (attempt !== this.#attempt || this.state !== "connecting") return;
      this.failure = `TLS: ${error.message}`;
      this.#settleFailure("tls_error");
    });
    secure.once("secureConnect", () => {
      if (attempt !== this.#attempt || this.state !== "connecting") return;
      this.#open(secure, Buffer.alloc(0));
    });
  }

  #open(socket: Socket | TLSSocket, leftover: Buffer): void {
    this.#clearTimer();
    this.#socket = socket;
    this.state = "open";
    if (leftover.length > 0) this.#sink.data(leftover);
    // Direct plain sockets deliver through `onread` (set up in #tryAddress) instead.
    if (this.#plan.tunnelAuthority !== null || this.#plan.tls !== null) {
      socket.on("data", (chunk: Buffer) => {
        this.#sink.data(chunk);
        this.#sink.activity();
      });
      socket.resume();
    }
    let ended = false;
    const onEnd = (): void => {
      if (ended) return;
      ended = true;
      if (this.state === "open") this.state = "closed";
      this.#sink.end();
      this.#sink.activity();
    };
    socket.on("end", onEnd);
    socket.on("close", onEnd);
    socket.on("error", (error) => {
      this.failure = error.message;
      onEnd();
    });
    this.#sink.activity();
  }

  #settleFailure(state: "cant_connect" | "tls_error"): void {
    this.#clearTimer();
    this.state = state;
    this.#socket?.destroy();
    this.#rawSocket?.destroy();
    this.#socket = null;
    this.#rawSocket = null;
    this.#sink.activity();
  }

  #armTimer(attempt: number, index: number): void {
    this.#clearTimer();
    const timeout = this.#plan.connectTimeoutMs;
    if (timeout <= 0) return;
    this.#timer = setTimeout(() => {
      if (attempt !== this.#attempt || this.state !== "connecting") return;
      this.failure = `connect timeout after ${timeout} ms`;
      this.#rawSocket?.destroy();
      this.#socket?.destroy();
      // Also when TCP had connected and the tunnel or handshake stalled: the next address is
      // tried all the same (as the worker transport does).
      this.#tryAddress(index + 1);
    }, timeout);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

function ignoreError(): void {}
