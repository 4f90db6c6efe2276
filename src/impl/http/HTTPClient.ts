import { RefCounted } from "../core/RefCounted.js";
import { parseHostAddress, type HostAddress } from "../net/hostAddress.js";
import { BlockingLookup } from "../net/blockingLookup.js";
import { resolveHost } from "../net/resolveHost.js";
import type { ByteTransport, TransportSink } from "../net/ByteTransport.js";
import { Transport } from "../net/Transport.js";
import { WorkerTransport } from "../net/WorkerTransport.js";
import { socketUnder } from "../stream/transportAccess.js";
import { StreamPeerTLS } from "../stream/StreamPeerTLS.js";
import type { TLSOptions as TLSOptionsApi } from "../../../generated/TLSOptions.js";
import type { StreamPeer as StreamPeerApi } from "../../../generated/StreamPeer.js";
import { TLSOptions, tlsClientOptions, tlsUpgradeOptions } from "../tls/TLSOptions.js";
import { defineConstants } from "../core/defineConstants.js";
import { Error } from "../../../generated/GlobalScope.js";
import {
  HTTPClient_constants,
  HTTPClient_Status as Status,
  type HTTPClient as HTTPClientApi,
} from "../../../generated/HTTPClient.js";
import { ResponseParser, type ResponseHead } from "./parser/index.js";
import { queryStringFromDict } from "./queryString.js";
import { encodeRequestHead, isValidUrl, METHOD_NAMES } from "./requestEncoder.js";
import { Wakeup } from "./Wakeup.js";

const MIN_READ_CHUNK_SIZE = 256;
const MAX_READ_CHUNK_SIZE = 16 * 1024 * 1024;
/** Received-but-unread bytes above which the socket stops reading (backpressure). */
const MIN_HIGH_WATER = 4 * 1024 * 1024;
const EMPTY = new Uint8Array(0);

/** Outcome of the DNS lookup started by connect_to_host, recorded for poll() to act on. */
type Lookup = { state: "pending" } | { state: "done"; addresses: string[] } | { state: "failed" };

interface ProxySetting {
  host: string;
  port: number;
}

/** The errors `body()` throws carry a `code`, as Node's own errors do, so callers can tell them apart. */
function bodyError(code: "ERR_HTTPCLIENT_IDLE" | "ERR_HTTPCLIENT_CONNECTION", message: string) {
  return Object.assign(new globalThis.Error(`HTTPClient.body(): ${message}`), { code });
}

/**
 * The project's extensions to Godot's HTTPClient, for Node.js users (camelCase, so they can never
 * clash with a Godot member and the parity audit never counts them). The package's `HTTPClient`
 * type is the generated Godot interface and this one together (manifest `extensions`).
 */
export interface HTTPClientExtensions {
  /**
   * Per-address connect timeout in ms (TCP connect, proxy tunnel and TLS handshake together),
   * after which the next address is tried, then `STATUS_CANT_CONNECT`. The engine has none.
   * 0 disables it.
   * @defaultValue `30000`
   */
  connectTimeoutMs: number;
  /**
   * While a response is awaited or read (REQUESTING, BODY), the longest time without a byte
   * before `poll()` gives `STATUS_CONNECTION_ERROR`. 0 disables it, as in the engine.
   * @defaultValue `0`
   */
  idleTimeoutMs: number;
  /**
   * In blocking mode, the longest a single `poll()` or `read_response_body_chunk()` blocks. When
   * it runs out, `poll()` returns `ERR_TIMEOUT` (the read returns what it has) and the status is
   * unchanged, so a stalled server cannot hang the thread.
   * @defaultValue `30000`
   */
  blockingTimeoutMs: number;
  /**
   * How names are resolved: every address, in the order to try. Defaults to node:dns `lookup`
   * with `all: true`. Blocking mode resolves in its worker thread instead.
   */
  resolver: (hostname: string) => Promise<string[]>;
  /**
   * Polls on every socket event until `done(status)` holds or `timeoutMs` passes, and resolves
   * with the status then. Never rejects: compare the status to see which happened.
   */
  pollUntil(
    done: (status: HTTPClientApi.Status) => boolean,
    timeoutMs?: number,
  ): Promise<HTTPClientApi.Status>;
  /** Polls until the status differs from the current one, or `timeoutMs` passes. */
  waitForStatusChange(timeoutMs?: number): Promise<HTTPClientApi.Status>;
  /**
   * The response body as an async iterable of chunks of at most `read_chunk_size` bytes. Ends
   * when the body ends; throws when the connection fails mid-body (an Error with
   * `code: "ERR_HTTPCLIENT_CONNECTION"`) or no byte arrives for `idleMs`
   * (`code: "ERR_HTTPCLIENT_IDLE"`).
   */
  body(idleMs?: number): AsyncGenerator<Uint8Array, void, undefined>;
  /**
   * Opt-in zero-allocation receive: body chunks are borrowed views into the connection's reused
   * receive buffer instead of owned memory. With it on, every chunk returned by
   * `read_response_body_chunk()` and yielded by `body()` is a view into that buffer, valid only
   * until the next call to `poll()`, `read_response_body_chunk()`, `request()` /
   * `request_raw()`, `close()` or the `body()` iterator's next step; after that its bytes may be
   * overwritten by later data. Copy (`Uint8Array.from` / `Buffer.from`) anything you keep.
   *
   * Read by `connect_to_host()`: changing it later affects the next connection only. It applies
   * to plain TCP connections only: TLS and proxy-tunnelled sockets cannot read into a caller's
   * buffer (no `onread`), so there it changes nothing and chunks stay owned. Blocking mode
   * (worker-thread connections) and `set_connection()` are not affected either.
   * @defaultValue `false`
   */
  reuseReceiveBuffer: boolean;
}

/**
 * Godot's HTTPClient over node:net and node:tls (GUIDE §5). Poll-driven like the engine: socket
 * events only record what arrived, and poll() / read_response_body_chunk() move the state
 * machine. Beside the Godot members it has project extensions (camelCase, not Godot members):
 * `pollUntil`, `waitForStatusChange`, `body()` for async use without a busy loop, and
 * `connectTimeoutMs` / `idleTimeoutMs`.
 */
class HTTPClientImpl extends RefCounted implements HTTPClientApi, HTTPClientExtensions {
  static override readonly godotClass: string = "HTTPClient";

  // The project extensions below are documented on HTTPClientExtensions, the type users see.
  /** 30 s is generous enough never to cut a live connection. */
  connectTimeoutMs = 30_000;
  /** Off by default, as the engine has no such limit. */
  idleTimeoutMs = 0;
  blockingTimeoutMs = 30_000;
  resolver: (hostname: string) => Promise<string[]> = resolveHost;
  /** Off by default: chunks are owned unless the caller opts in to borrowing them. */
  reuseReceiveBuffer = false;

  #status: HTTPClientApi.Status = Status.STATUS_DISCONNECTED;
  #readChunkSize = 65536;
  #blocking = false;
  #httpProxy: ProxySetting | null = null;
  #httpsProxy: ProxySetting | null = null;

  #host: HostAddress | null = null;
  #port = 0;
  #tls: TLSOptionsApi | null = null;
  #lookup: Lookup | null = null;
  /** Blocking mode's lookup, run in a worker thread so it completes without the event loop. */
  #blockingLookup: BlockingLookup | null = null;
  /** This connection runs over worker threads (it was made in blocking mode). */
  #useWorker = false;
  #transport: ByteTransport | null = null;
  /** reuseReceiveBuffer as connect_to_host read it, for the connection it opens. */
  #reuseReceiveBuffer = false;
  /** The caller's StreamPeer given to set_connection, returned by get_connection. */
  #peer: StreamPeerApi | null = null;
  #parser: ResponseParser | null = null;
  #peerClosed = false;
  #lastReceiveMs = 0;
  /** Bumped by close(), so events of an abandoned connection are ignored. */
  #generation = 0;
  readonly #wakeup = new Wakeup();
  /** Set when a blocking wait in poll() ran out, so poll() reports ERR_TIMEOUT. */
  #blockTimedOut = false;

  #requestMethod = "";
  #responseCode = 0;
  #responseHeaders: string[] = [];
  #framing: ResponseHead["framing"] | null = null;
  #bodyLength = -1;

  // ----- Godot members -----

  connect_to_host(host: string, port = -1, tls_options: TLSOptionsApi | null = null): Error {
    this.close();
    let name = String(host);
    let tls: TLSOptionsApi | null = tls_options ?? null;
    const lower = name.toLowerCase();
    if (lower.startsWith("http://")) {
      name = name.slice(7);
      tls = null;
    } else if (lower.startsWith("https://")) {
      name = name.slice(8);
      tls ??= TLSOptions.client();
    }
    if (tls !== null && (typeof tls.is_server !== "function" || tls.is_server())) {
      return Error.ERR_INVALID_PARAMETER;
    }
    const address = parseHostAddress(name);
    if (address === null) return Error.ERR_INVALID_PARAMETER;
    if (!Number.isInteger(port) || (port !== -1 && (port < 1 || port > 65535)))
      return Error.ERR_INVALID_PARAMETER;

    this.#host = address;
    this.#port = port === -1 ? (tls ? 443 : 80) : port;
    this.#tls = tls;
    if (this.#proxyHop() === "invalid") return Error.ERR_INVALID_PARAMETER;
    this.#parser = new ResponseParser();
    this.#reuseReceiveBuffer = Boolean(this.reuseReceiveBuffer);
    const generation = this.#generation;

    const firstHop = this.#firstHop();
    // Blocking mode: worker threads resolve and connect, so nothing depends on the event loop.
    this.#useWorker = this.#blocking;
    if (firstHop.address.ipVersion !== 0) {
      this.#startTransport([firstHop.address.hostname]);
      this.#status = Status.STATUS_CONNECTING;
      return Error.OK;
    }
    this.#lookup = { state: "pending" };
    if (this.#useWorker) {
      this.#blockingLookup = new BlockingLookup(firstHop.address.hostname);
      this.#status = Status.STATUS_RESOLVING;
      return Error.OK;
    }
    Promise.resolve()
      .then(() => this.resolver(firstHop.address.hostname))
      .then(
        (addresses) => {
          if (generation !== this.#generation) return;
          this.#lookup = addresses.length > 0 ? { state: "done", addresses } : { state: "failed" };
          this.#wakeup.notify();
        },
        () => {
          if (generation !== this.#generation) return;
          this.#lookup = { state: "failed" };
          this.#wakeup.notify();
        },
      );
    this.#status = Status.STATUS_RESOLVING;
    return Error.OK;
  }

  poll(): Error {
    this.#release();
    try {
      this.#blockTimedOut = false;
      const result = this.#poll();
      return this.#blockTimedOut && result === Error.OK ? Error.ERR_TIMEOUT : result;
    } catch {
      // poll() never throws: an unexpected failure is a connection error.
      this.#fail(Status.STATUS_CONNECTION_ERROR);
      return Error.ERR_CONNECTION_ERROR;
    }
  }

  request(method: number, url: string, headers: readonly string[], body = ""): Error {
    return this.request_raw(method, url, headers, Buffer.from(String(body), "utf8"));
  }

  request_raw(method: number, url: string, headers: readonly string[], body: Uint8Array): Error {
    this.#release();
    const methodName = Number.isInteger(method) ? METHOD_NAMES[method] : undefined;
    if (methodName === undefined) return Error.ERR_INVALID_PARAMETER;
    if (typeof url !== "string" || !isValidUrl(methodName, url)) return Error.ERR_INVALID_PARAMETER;
    if (this.#status !== Status.STATUS_CONNECTED) return Error.ERR_INVALID_PARAMETER;
    const transport = this.#transport;
    const parser = this.#parser;
    const host = this.#host;
    if (transport === null || parser === null || host === null) return Error.ERR_INVALID_DATA;
    if (!Array.isArray(headers) || !headers.every((header) => typeof header === "string")) {
      return Error.ERR_INVALID_PARAMETER;
    }
    if (!(body instanceof Uint8Array)) return Error.ERR_INVALID_PARAMETER;
    const bodyBytes = body;
    const head = encodeRequestHead(methodName, url, headers, bodyBytes.length, {
      authority: host.authority,
      port: this.#port,
      tls: this.#tls !== null,
      absoluteUri: this.#tls === null && this.#httpProxy !== null,
    });
    if (head === null) return Error.ERR_INVALID_PARAMETER;
    // Bytes that arrived with no request outstanding cannot belong to this response.
    if (parser.bufferedBytes > 0 || this.#peerClosed) {
      this.#fail(Status.STATUS_CONNECTION_ERROR);
      return Error.ERR_CONNECTION_ERROR;
    }
    const headBytes = Buffer.from(head, "utf8");
    const written =
      bodyBytes.length === 0
        ? transport.write(headBytes)
        : bodyBytes.length <= 64 * 1024
          ? transport.write(Buffer.concat([headBytes, bodyBytes]))
          : transport.writeAll([headBytes, bodyBytes]);
    if (!written) {
      this.#fail(Status.STATUS_CONNECTION_ERROR);
      return Error.ERR_CONNECTION_ERROR;
    }
    parser.beginResponse(methodName);
    this.#forgetResponse(methodName);
    this.#lastReceiveMs = performance.now();
    this.#status = Status.STATUS_REQUESTING;
    return Error.OK;
  }

  read_response_body_chunk(): Uint8Array {
    this.#release();
    if (this.#status !== Status.STATUS_BODY) return EMPTY;
    const parser = this.#parser;
    if (parser === null) return EMPTY;
    this.#transport?.pump();
    const chunk = this.#blocking
      ? this.#readBlocking(parser)
      : parser.readBody(this.#readChunkSize);
    if (parser.bodyComplete) this.#finishBody();
    else if (
      chunk === null &&
      (parser.error !== null || (this.#peerClosed && parser.bufferedBytes === 0))
    ) {
      this.#fail(Status.STATUS_CONNECTION_ERROR);
    } else this.#resumeIfDrained();
    return chunk ?? EMPTY;
  }

  get_status(): HTTPClientApi.Status {
    return this.#status;
  }
  get_response_code(): number {
    return this.#responseCode;
  }
  has_response(): boolean {
    return this.#responseHeaders.length > 0;
  }
  /** As in the engine, this hands the headers over: afterwards has_response() is false. */
  get_response_headers(): string[] {
    const headers = this.#responseHeaders;
    this.#responseHeaders = [];
    return headers;
  }
  /** Later duplicates overwrite earlier ones, as in the engine; the headers are handed over too. */
  get_response_headers_as_dictionary(): Record<string, string> {
    const dictionary: Record<string, string> = {};
    for (const header of this.get_response_headers()) {
      const colon = header.indexOf(":");
      if (colon < 0) continue;
      dictionary[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    }
    return dictionary;
  }
  is_response_chunked(): boolean {
    return this.#framing?.kind === "chunked";
  }
  get_response_body_length(): number {
    return this.#bodyLength;
  }

  /**
   * Like the engine, close() keeps the host, port and TLS options of the last connect_to_host
   * (set_connection() reuses them for Host) and forgets the caller's StreamPeer without closing it.
   */
  close(): void {
    this.#generation += 1;
    this.#transport?.destroy();
    this.#transport = null;
    this.#peer = null;
    this.#parser = null;
    this.#lookup = null;
    this.#blockingLookup?.cancel();
    this.#blockingLookup = null;
    this.#peerClosed = false;
    this.#status = Status.STATUS_DISCONNECTED;
    this.#forgetResponse("");
    this.#wakeup.notify();
  }

  query_string_from_dict(fields: Record<string, unknown> | Map<unknown, unknown>): string {
    return queryStringFromDict(fields ?? {});
  }

  set_http_proxy(host: string, port: number): void {
    this.#httpProxy = host === "" || port === -1 ? null : { host, port };
  }
  set_https_proxy(host: string, port: number): void {
    this.#httpsProxy = host === "" || port === -1 ? null : { host, port };
  }

  get blocking_mode_enabled(): boolean {
    return this.#blocking;
  }
  set blocking_mode_enabled(value: boolean) {
    this.set_blocking_mode(value);
  }
  set_blocking_mode(enabled: boolean): void {
    this.#blocking = Boolean(enabled);
  }
  is_blocking_mode_enabled(): boolean {
    return this.#blocking;
  }

  get connection(): StreamPeerApi | null {
    return this.get_connection();
  }
  set connection(value: StreamPeerApi | null) {
    this.set_connection(value);
  }
  /**
   * Uses a caller-made, connected StreamPeerTCP (or a StreamPeerTLS when the last connect_to_host
   * configured TLS) for the next requests: closes first, then STATUS_CONNECTED, as in the engine.
   * Host headers name the last connect_to_host host, else the peer's connected address. Peers
   * without a socket of this project's stream classes are refused (the status stays as it was).
   */
  set_connection(connection: StreamPeerApi | null): void {
    if (connection === null || connection === undefined) return;
    if (this.#tls !== null && !(connection instanceof StreamPeerTLS)) return;
    if (connection === this.#peer) return;
    const socket = socketUnder(connection);
    if (socket === null) return;
    this.close();
    if (this.#host === null) {
      const remote = parseHostAddress(socket.remoteAddress);
      if (remote === null) return;
      this.#host = remote;
      this.#port = socket.remotePort;
    }
    this.#peer = connection;
    this.#parser = new ResponseParser();
    this.#transport = WorkerTransport.adopt(socket, this.#sink(this.#parser));
    this.#status = Status.STATUS_CONNECTED;
  }
  /** The StreamPeer given to set_connection (null for connections made by connect_to_host). */
  get_connection(): StreamPeerApi | null {
    return this.#peer;
  }

  get read_chunk_size(): number {
    return this.#readChunkSize;
  }
  set read_chunk_size(value: number) {
    this.set_read_chunk_size(value);
  }
  /** Values outside 256..16777216 are refused and the current size kept, as in the engine. */
  set_read_chunk_size(bytes: number): void {
    if (!Number.isInteger(bytes) || bytes < MIN_READ_CHUNK_SIZE || bytes > MAX_READ_CHUNK_SIZE)
      return;
    this.#readChunkSize = bytes;
  }
  get_read_chunk_size(): number {
    return this.#readChunkSize;
  }

  // ----- Project extensions (not Godot members) -----

  /**
   * Project extension: polls on every socket event until `done(status)` holds or `timeoutMs`
   * passes, and resolves with the status then. Never rejects; compare the status to see which.
   */
  async pollUntil(
    done: (status: HTTPClientApi.Status) => boolean,
    timeoutMs = 60_000,
  ): Promise<HTTPClientApi.Status> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      this.poll();
      if (done(this.#status)) return this.#status;
      const remaining = deadline - performance.now();
      if (remaining <= 0) return this.#status;
      await this.#wakeup.next(Math.min(remaining, this.#pollSliceMs()));
    }
  }

  /** Project extension: polls until the status differs from the current one (or `timeoutMs` passes). */
  waitForStatusChange(timeoutMs = 60_000): Promise<HTTPClientApi.Status> {
    const initial = this.#status;
    return this.pollUntil((status) => status !== initial, timeoutMs);
  }

  /**
   * Project extension: the response body as an async iterable of chunks (each at most
   * read_chunk_size bytes), polling as data arrives. Ends when the body ends; throws when the
   * connection fails mid-body, or when no byte arrives for `idleMs`.
   */
  async *body(idleMs = 60_000): AsyncGenerator<Uint8Array, void, undefined> {
    if (this.#status === Status.STATUS_REQUESTING) {
      await this.pollUntil((status) => status !== Status.STATUS_REQUESTING, idleMs);
    }
    while (this.#status === Status.STATUS_BODY) {
      // With reuseReceiveBuffer, this read releases the chunk yielded before (see #release).
      const chunk = this.read_response_body_chunk();
      if (chunk.length > 0) {
        yield chunk;
        continue;
      }
      if (this.#status !== Status.STATUS_BODY) break;
      const before = this.#lastReceiveMs;
      await this.#wakeup.next(Math.min(idleMs, this.#pollSliceMs()));
      this.poll();
      if (this.#lastReceiveMs === before && performance.now() - before >= idleMs) {
        throw bodyError("ERR_HTTPCLIENT_IDLE", `no data for ${idleMs} ms`);
      }
    }
    if (this.#status !== Status.STATUS_CONNECTED && this.#status !== Status.STATUS_DISCONNECTED) {
      throw bodyError("ERR_HTTPCLIENT_CONNECTION", `connection failed (status ${this.#status})`);
    }
  }

  // ----- internals -----

  #poll(): Error {
    this.#transport?.pump();
    if (this.#blocking) this.#blockForProgress();
    switch (this.#status) {
      case Status.STATUS_DISCONNECTED:
        return Error.ERR_UNCONFIGURED;
      case Status.STATUS_RESOLVING:
        return this.#pollResolving();
      case Status.STATUS_CANT_RESOLVE:
        return Error.ERR_CANT_RESOLVE;
      case Status.STATUS_CONNECTING:
        return this.#pollConnecting();
      case Status.STATUS_CANT_CONNECT:
        return Error.ERR_CANT_CONNECT;
      case Status.STATUS_CONNECTED:
        if (this.#peerClosed || this.#transport?.state !== "open")
          return this.#fail(Status.STATUS_CONNECTION_ERROR);
        return Error.OK;
      case Status.STATUS_REQUESTING:
        return this.#pollRequesting();
      case Status.STATUS_BODY:
        return this.#pollBody();
      case Status.STATUS_CONNECTION_ERROR:
      case Status.STATUS_TLS_HANDSHAKE_ERROR:
        return Error.ERR_CONNECTION_ERROR;
    }
    return Error.OK;
  }

  #pollResolving(): Error {
    const pending = this.#blockingLookup;
    if (pending !== null) {
      if (this.#blocking) pending.wait(this.blockingTimeoutMs);
      const result = pending.result();
      if (result === "pending") {
        if (this.#blocking) this.#blockTimedOut = true;
        return Error.OK;
      }
      this.#blockingLookup = null;
      this.#lookup =
        result === "failed" ? { state: "failed" } : { state: "done", addresses: result };
    }
    const lookup = this.#lookup;
    if (lookup === null || lookup.state === "pending") return Error.OK;
    if (lookup.state === "failed") {
      this.#fail(Status.STATUS_CANT_RESOLVE);
      return Error.ERR_CANT_RESOLVE;
    }
    this.#startTransport(lookup.addresses);
    this.#status = Status.STATUS_CONNECTING;
    return Error.OK;
  }

  #pollConnecting(): Error {
    switch (this.#transport?.state) {
      case "connecting":
        return Error.OK;
      case "open":
        this.#status = Status.STATUS_CONNECTED;
        return Error.OK;
      case "tls_error":
        this.#fail(Status.STATUS_TLS_HANDSHAKE_ERROR);
        return Error.ERR_CANT_CONNECT;
      default:
        this.#fail(Status.STATUS_CANT_CONNECT);
        return Error.ERR_CANT_CONNECT;
    }
  }

  #pollRequesting(): Error {
    const parser = this.#parser;
    if (parser === null) return this.#fail(Status.STATUS_CONNECTION_ERROR);
    const result = parser.parseHead();
    if (result === "error") return this.#fail(Status.STATUS_CONNECTION_ERROR);
    if (result === "incomplete") {
      if (this.#peerClosed || this.#idleExpired())
        return this.#fail(Status.STATUS_CONNECTION_ERROR);
      return Error.OK;
    }
    const head = parser.head;
    if (head === null) return this.#fail(Status.STATUS_CONNECTION_ERROR);
    this.#responseCode = head.status;
    this.#responseHeaders = [...head.headers];
    this.#framing = head.framing;
    this.#bodyLength = bodyLengthOf(head, this.#requestMethod);
    if (head.framing.kind === "none") this.#status = Status.STATUS_CONNECTED;
    else {
      this.#status = Status.STATUS_BODY;
      if (parser.bodyComplete) this.#finishBody();
    }
    return Error.OK;
  }

  #pollBody(): Error {
    const parser = this.#parser;
    if (parser === null) return this.#fail(Status.STATUS_CONNECTION_ERROR);
    if (parser.bodyComplete) {
      this.#finishBody();
      return Error.OK;
    }
    // A dropped connection is an error only once everything it delivered has been read.
    if (this.#peerClosed && parser.bufferedBytes === 0)
      return this.#fail(Status.STATUS_CONNECTION_ERROR);
    if (parser.bufferedBytes === 0 && this.#idleExpired())
      return this.#fail(Status.STATUS_CONNECTION_ERROR);
    return Error.OK;
  }

  #finishBody(): void {
    if (this.#framing?.kind === "eof") {
      // The engine's read-until-EOF body ends in STATUS_DISCONNECTED.
      this.#transport?.destroy();
      this.#status = Status.STATUS_DISCONNECTED;
    } else {
      this.#status = Status.STATUS_CONNECTED;
      this.#resumeIfDrained();
    }
  }

  /** Clears what the last response reported, before `requestMethod`'s response (or none, ""). */
  #forgetResponse(requestMethod: string): void {
    this.#requestMethod = requestMethod;
    this.#responseCode = 0;
    this.#responseHeaders = [];
    this.#framing = null;
    this.#bodyLength = -1;
  }

  #fail(status: HTTPClientApi.Status): Error {
    const generation = this.#generation + 1;
    this.close();
    this.#generation = generation;
    this.#status = status;
    return status === Status.STATUS_CONNECTION_ERROR ? Error.ERR_CONNECTION_ERROR : Error.OK;
  }

  #idleExpired(): boolean {
    return this.idleTimeoutMs > 0 && performance.now() - this.#lastReceiveMs > this.idleTimeoutMs;
  }

  /** How long an async waiter sleeps between polls when no socket event wakes it. */
  #pollSliceMs(): number {
    if (this.#transport !== null && !this.#transport.eventDriven) return 5;
    return this.idleTimeoutMs > 0 ? Math.max(10, Math.min(this.idleTimeoutMs, 1000)) : 1000;
  }

  #highWater(): number {
    return Math.max(MIN_HIGH_WATER, 4 * this.#readChunkSize);
  }

  #resumeIfDrained(): void {
    const transport = this.#transport;
    const parser = this.#parser;
    if (transport?.paused && parser && parser.bufferedBytes < this.#highWater() / 2)
      transport.resume();
  }

  /**
   * reuseReceiveBuffer: gives the transport back every received byte the parser is done with.
   * Body chunks handed out before this call are dead by contract, so everything consumed so far
   * may be overwritten; then reading resumes if the full receive ring had paused it.
   */
  #release(): void {
    const transport = this.#transport;
    const parser = this.#parser;
    if (transport === null || parser === null || !transport.lendsReceiveBuffer) return;
    transport.release?.(parser.consumedBytes);
    this.#resumeIfDrained();
  }

  /** The first hop: the proxy when one applies (HTTPS proxy for TLS, HTTP proxy otherwise), else the origin. */
  #firstHop(): { address: HostAddress; port: number } {
    const proxy = this.#proxyHop();
    if (proxy !== null && proxy !== "invalid") return proxy;
    return { address: this.#host as HostAddress, port: this.#port };
  }

  /**
   * The proxy that applies (HTTPS proxy for TLS, HTTP proxy otherwise), or null for none. A set
   * proxy that is not a valid host and port gives "invalid": connecting then fails rather than
   * silently bypassing the proxy.
   */
  #proxyHop(): { address: HostAddress; port: number } | null | "invalid" {
    const proxy = this.#tls ? this.#httpsProxy : this.#httpProxy;
    if (proxy === null) return null;
    const address = parseHostAddress(proxy.host);
    if (address === null || !Number.isInteger(proxy.port) || proxy.port < 1 || proxy.port > 65535)
      return "invalid";
    return { address, port: proxy.port };
  }

  #startTransport(addresses: string[]): void {
    const host = this.#host as HostAddress;
    const firstHop = this.#firstHop();
    const tunnelled = this.#tls !== null && firstHop.address !== host;
    const route = {
      addresses,
      port: firstHop.port,
      tunnelAuthority: tunnelled ? `${host.authority}:${this.#port}` : null,
      connectTimeoutMs: this.connectTimeoutMs,
    };
    const sink = this.#sink(this.#parser as ResponseParser);
    // The same route either way; only the form of the TLS options differs.
    this.#transport = this.#useWorker
      ? WorkerTransport.connect(
          { ...route, tls: this.#tls ? tlsUpgradeOptions(this.#tls, host.hostname) : null },
          sink,
        )
      : new Transport(
          {
            ...route,
            tls: this.#tls ? tlsClientOptions(this.#tls, host.hostname) : null,
            reuseReceiveBuffer: this.#reuseReceiveBuffer,
          },
          sink,
        );
  }

  /** Where a transport delivers: into this connection's parser, unless close() moved on since. */
  #sink(parser: ResponseParser): TransportSink {
    const generation = this.#generation;
    return {
      data: (chunk) => {
        if (generation !== this.#generation) return;
        this.#lastReceiveMs = performance.now();
        try {
          parser.push(chunk);
        } catch {
          // Socket events must never throw: a parser fault ends the connection, and poll() reports it.
          this.#peerClosed = true;
          this.#transport?.destroy();
          return;
        }
        if (parser.bufferedBytes > this.#highWater()) this.#transport?.pause();
      },
      end: () => {
        if (generation !== this.#generation) return;
        this.#peerClosed = true;
        parser.end();
      },
      activity: () => {
        if (generation === this.#generation) this.#wakeup.notify();
      },
    };
  }

  /**
   * Blocking mode: before poll() acts, waits (bounded) until the current state can advance:
   * connecting settles, or a full response head arrives. Returns with the status unchanged when
   * the bound runs out (poll() then reports ERR_TIMEOUT).
   */
  #blockForProgress(): void {
    const transport = this.#transport;
    if (transport === null || transport.eventDriven) return;
    const deadline = performance.now() + this.blockingTimeoutMs;
    for (let round = 0; round < 1_000_000; round++) {
      if (!this.#needsMoreInput()) return;
      const remaining = deadline - performance.now();
      if (remaining <= 0) {
        this.#blockTimedOut = true;
        return;
      }
      transport.block(remaining);
      transport.pump();
    }
  }

  /** Whether poll() in the current status would only wait for the network. */
  #needsMoreInput(): boolean {
    const transport = this.#transport;
    if (transport === null) return false;
    switch (this.#status) {
      case Status.STATUS_RESOLVING:
      case Status.STATUS_CONNECTING:
        return transport.state === "connecting";
      case Status.STATUS_REQUESTING: {
        const parser = this.#parser;
        if (parser === null || this.#peerClosed || transport.state !== "open") return false;
        return parser.parseHead() === "incomplete";
      }
      default:
        return false;
    }
  }

  /** Blocking read: up to read_chunk_size bytes, waiting (bounded) until that many or the body's end. */
  #readBlocking(parser: ResponseParser): Uint8Array | null {
    const transport = this.#transport;
    const parts: Uint8Array[] = [];
    let total = 0;
    const deadline = performance.now() + this.blockingTimeoutMs;
    for (let round = 0; round < 1_000_000 && total < this.#readChunkSize; round++) {
      const piece = parser.readBody(this.#readChunkSize - total);
      if (piece !== null) {
        parts.push(piece);
        total += piece.length;
        continue;
      }
      if (parser.bodyComplete || parser.error !== null || this.#peerClosed || transport === null)
        break;
      this.#resumeIfDrained();
      const remaining = deadline - performance.now();
      if (remaining <= 0 || transport.eventDriven) break;
      transport.block(remaining);
      transport.pump();
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts, total);
  }
}

export const HTTPClient = defineConstants(HTTPClientImpl, HTTPClient_constants);
export type HTTPClient = HTTPClientImpl;

/** get_response_body_length(): the Content-Length, 0 for HEAD and bodiless statuses, else -1 (unknown). */
function bodyLengthOf(head: ResponseHead, requestMethod: string): number {
  if (head.framing.kind === "length") return head.framing.length;
  if (
    head.framing.kind === "none" &&
    (requestMethod === "HEAD" || head.status === 204 || head.status === 304)
  ) {
    return 0;
  }
  return -1;
}
