import { BlockingSocket, SocketState, TlsState, type TlsUpgradeOptions } from "./blocking/index.js";
import type { ByteTransport, TransportSink, TransportState } from "./ByteTransport.js";
import { connectRequest, HEAD_END, MAX_PROXY_HEAD_BYTES, proxyReplyStatus } from "./proxyTunnel.js";
import type { ConnectPlan } from "./Transport.js";

/** The event-driven transport's plan, with TLS as the worker's upgrade options. */
export type WorkerConnectPlan = Omit<ConnectPlan, "tls" | "reuseReceiveBuffer"> & {
  /** TLS to the origin, or null for plain TCP. */
  readonly tls: TlsUpgradeOptions | null;
};

type Phase = "tcp" | "tunnel" | "tls" | "open" | "done";

/**
 * The pull-driven transport over a BlockingSocket, whose socket lives in a worker thread: nothing
 * happens on the main thread's event loop, so a script with no awaits can connect, request and
 * read. pump() advances the connect sequence (TCP, optional CONNECT tunnel, optional TLS) and
 * moves received bytes into the sink; block() parks the thread in Atomics.wait until the worker
 * reports a change. Addresses are tried in turn: a refused or timed-out TCP connect moves on to
 * the next; a failure after TCP connected (proxy refusal, TLS) ends the sequence, as in the
 * event-driven Transport.
 */
export class WorkerTransport implements ByteTransport {
  state: TransportState = "connecting";
  failure: string | null = null;
  readonly eventDriven = false;
  #socket: BlockingSocket;
  #addressIndex = 0;
  readonly #sink: TransportSink;
  readonly #plan: WorkerConnectPlan | null;
  #deadline: number;
  readonly #ownsSocket: boolean;
  #phase: Phase;
  #tunnelHead: Buffer = Buffer.alloc(0);
  #paused = false;
  #ended = false;

  private constructor(
    socket: BlockingSocket,
    sink: TransportSink,
    plan: WorkerConnectPlan | null,
    ownsSocket: boolean,
  ) {
    this.#socket = socket;
    this.#sink = sink;
    this.#plan = plan;
    this.#ownsSocket = ownsSocket;
    this.#phase = plan === null ? "open" : "tcp";
    if (plan === null) this.state = "open";
    this.#deadline = this.#attemptDeadline();
  }

  #attemptDeadline(): number {
    const plan = this.#plan;
    return plan && plan.connectTimeoutMs > 0 ? performance.now() + plan.connectTimeoutMs : Infinity;
  }

  /** Starts connecting in a worker thread. */
  static connect(plan: WorkerConnectPlan, sink: TransportSink): WorkerTransport {
    const first = plan.addresses[0] ?? "";
    const socket = BlockingSocket.connect({
      host: first,
      port: plan.port,
      noDelay: true,
      plainOnly: isPlain(plan),
    });
    return new WorkerTransport(socket, sink, plan, true);
  }

  /** Adopts a caller's open connection (HTTPClient.set_connection); closing it stays the caller's job. */
  static adopt(socket: BlockingSocket, sink: TransportSink): WorkerTransport {
    return new WorkerTransport(socket, sink, null, false);
  }

  /** Worker connections hand over copies (see blocking/), never views of a reused buffer. */
  readonly lendsReceiveBuffer = false;

  get paused(): boolean {
    return this.#paused;
  }

  write(chunk: Uint8Array): boolean {
    if (this.state !== "open") return false;
    return this.#socket.write(chunk) === chunk.length;
  }

  writeAll(chunks: readonly Uint8Array[]): boolean {
    return chunks.every((chunk) => this.write(chunk));
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
  }

  pump(): void {
    switch (this.#phase) {
      case "tcp":
        this.#pumpTcp();
        break;
      case "tunnel":
        this.#pumpTunnel();
        break;
      case "tls":
        this.#pumpTls();
        break;
      case "open":
        this.#pumpData();
        break;
      case "done":
        break;
    }
  }

  block(timeoutMs: number): boolean {
    if (this.#phase === "done") return false;
    const socket = this.#socket;
    const phase = this.#phase;
    const startState = socket.state;
    const startTls = socket.tlsState;
    const bound = Math.min(timeoutMs, Math.max(0, this.#deadline - performance.now()));
    return socket.waitFor(
      () => {
        if (socket.state !== startState || socket.tlsState !== startTls) return true;
        if (phase === "tcp" || phase === "tls") return false;
        return socket.available() > 0 || socket.ended;
      },
      phase === "open" ? timeoutMs : bound,
    );
  }

  destroy(): void {
    if (this.state === "open" || this.state === "connecting") this.state = "closed";
    this.#phase = "done";
    if (this.#ownsSocket) this.#socket.close();
  }

  #pumpTcp(): void {
    const plan = this.#plan;
    if (plan === null) return;
    switch (this.#socket.state) {
      case SocketState.RESOLVING:
      case SocketState.CONNECTING:
        if (performance.now() > this.#deadline) this.#nextAddress("connect timeout");
        return;
      case SocketState.CONNECTED:
        if (plan.tunnelAuthority !== null) {
          this.#socket.write(connectRequest(plan.tunnelAuthority));
          this.#phase = "tunnel";
          this.#pumpTunnel();
        } else this.#afterTcp();
        return;
      default:
        this.#nextAddress(this.#socket.error?.message ?? "connection failed");
    }
  }

  /**
   * Connecting to the current address failed or ran out of time (TCP, the proxy's CONNECT reply or
   * the TLS handshake, as in the event-driven transport): try the next one, or give up after the
   * last.
   */
  #nextAddress(reason: string): void {
    const plan = this.#plan;
    const next = plan?.addresses[this.#addressIndex + 1];
    this.failure = reason;
    if (plan === null || next === undefined) {
      this.#settle("cant_connect", reason);
      return;
    }
    this.#socket.close();
    this.#phase = "tcp";
    this.#tunnelHead = Buffer.alloc(0);
    this.#addressIndex += 1;
    this.#socket = BlockingSocket.connect({
      host: next,
      port: plan.port,
      noDelay: true,
      plainOnly: isPlain(plan),
    });
    this.#deadline = this.#attemptDeadline();
  }

  /**
   * Reads the proxy's reply without taking a byte past its blank line: each read asks for no more
   * than the bytes that could complete "\r\n\r\n", so the tunnel's first bytes stay in the socket
   * for the TLS upgrade.
   */
  #pumpTunnel(): void {
    const socket = this.#socket;
    for (let step = 0; step < MAX_PROXY_HEAD_BYTES; step++) {
      const head = this.#tunnelHead;
      if (head.length >= 4 && head.subarray(head.length - 4).equals(HEAD_END)) {
        const { status, statusLine } = proxyReplyStatus(head);
        this.#tunnelHead = Buffer.alloc(0);
        if (status >= 100 && status < 200) continue;
        if (status === 200) this.#afterTcp();
        else this.#settle("cant_connect", `proxy replied ${statusLine}`);
        return;
      }
      if (head.length > MAX_PROXY_HEAD_BYTES)
        return this.#settle("cant_connect", "proxy reply head too large");
      const data = socket.read(bytesThatCouldEndHead(head));
      if (data.length === 0) {
        if (socket.ended || socket.state !== SocketState.CONNECTED) {
          this.#settle("cant_connect", "proxy closed before replying");
        } else if (performance.now() > this.#deadline) this.#nextAddress("proxy reply timeout");
        return;
      }
      this.#tunnelHead = Buffer.concat([head, data]);
    }
  }

  #afterTcp(): void {
    const tls = this.#plan?.tls ?? null;
    if (tls === null) {
      this.#open();
      return;
    }
    this.#socket.startTls(tls);
    this.#phase = "tls";
    this.#pumpTls();
  }

  #pumpTls(): void {
    switch (this.#socket.tlsState) {
      case TlsState.CONNECTED:
        this.#open();
        return;
      case TlsState.HANDSHAKING:
        if (this.#socket.state !== SocketState.CONNECTED)
          this.#settle("tls_error", "connection lost in handshake");
        // As in the event-driven transport, running out of connect time moves on to the next
        // address, and after the last is STATUS_CANT_CONNECT.
        else if (performance.now() > this.#deadline) this.#nextAddress("handshake timeout");
        return;
      default:
        this.#settle("tls_error", this.#socket.tlsError?.message ?? "TLS handshake failed");
    }
  }

  #open(): void {
    this.#phase = "open";
    this.state = "open";
    this.#sink.activity();
    this.#pumpData();
  }

  #pumpData(): void {
    const socket = this.#socket;
    if (!this.#paused) {
      const available = socket.available();
      if (available > 0) this.#sink.data(socket.read(available));
    }
    if (this.#ended) return;
    const state = socket.state;
    if (socket.ended || (state !== SocketState.CONNECTED && socket.available() === 0)) {
      this.#ended = true;
      this.state = "closed";
      this.#sink.end();
    }
  }

  #settle(state: "cant_connect" | "tls_error", reason: string): void {
    this.failure = reason;
    this.state = state;
    this.#phase = "done";
    this.#socket.close();
    this.#sink.activity();
  }
}

/** Neither a tunnel nor TLS: the worker may read the plain socket its fastest way. */
function isPlain(plan: WorkerConnectPlan): boolean {
  return plan.tls === null && plan.tunnelAuthority === null;
}

/** How many more bytes could complete "\r\n\r\n" given how `head` ends (1 to 4). */
function bytesThatCouldEndHead(head: Buffer): number {
  for (let have = 3; have > 0; have--) {
    if (
      head.length >= have &&
      head.subarray(head.length - have).equals(HEAD_END.subarray(0, have))
    ) {
      return 4 - have;
    }
  }
  return 4;
}
