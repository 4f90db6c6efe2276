/** The connection state both transports report to the HTTP client. */
export type TransportState = "connecting" | "open" | "cant_connect" | "tls_error" | "closed";

/** What a transport hands received bytes and events to. */
export interface TransportSink {
  /**
   * Received bytes; the sink owns `chunk` (the transport never reuses it), except on a Transport
   * with reuseReceiveBuffer, where `chunk` is a view that stays intact until release() frees it.
   */
  data(chunk: Buffer | Uint8Array): void;
  /** The peer closed, or the connection failed after it was open. */
  end(): void;
  /** Something happened (state change, data, close): wake whoever waits. */
  activity(): void;
}

/**
 * A connection as the HTTP client drives it. Two kinds exist: the event-driven Transport (node:net
 * events fill the sink; the default, fastest) and the WorkerTransport over a BlockingSocket
 * (pull-driven: pump() fills the sink, block() parks the thread), used for blocking mode and for
 * set_connection() with a StreamPeerTCP/StreamPeerTLS.
 */
export interface ByteTransport {
  readonly state: TransportState;
  /** Why connecting failed, for diagnostics. */
  readonly failure: string | null;
  /** Events arrive on their own (true), or only through pump() (false). */
  readonly eventDriven: boolean;
  readonly paused: boolean;
  write(chunk: Uint8Array): boolean;
  /** Writes several buffers as one batch. */
  writeAll(chunks: readonly Uint8Array[]): boolean;
  /** Stops reading (backpressure) until resume(). */
  pause(): void;
  resume(): void;
  /**
   * Whether received chunks are views into a reused buffer (Transport with reuseReceiveBuffer on
   * a plain connection), which the sink must give back with release().
   */
  readonly lendsReceiveBuffer: boolean;
  /**
   * Only transports that lend their receive buffer: the sink is done with the first
   * `consumedBytes` bytes it was given since the connection opened.
   */
  release?(consumedBytes: number): void;
  /** Advances connecting and moves whatever has arrived into the sink (a no-op when event-driven). */
  pump(): void;
  /**
   * Blocks the calling thread until pump() may make progress or `timeoutMs` passes; returns
   * whether something changed. Event-driven transports cannot block and return false at once.
   */
  block(timeoutMs: number): boolean;
  destroy(): void;
}
