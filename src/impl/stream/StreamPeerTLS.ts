import type { StreamPeer as StreamPeerApi } from "../../../generated/StreamPeer.js";
import {
  StreamPeerTLS_constants,
  StreamPeerTLS_Status,
  type StreamPeerTLS as StreamPeerTLSApi,
} from "../../../generated/StreamPeerTLS.js";
import type { TLSOptions as TLSOptionsApi } from "../../../generated/TLSOptions.js";
import { defineConstants } from "../core/defineConstants.js";
import { Error as GodotError } from "../core/godotError.js";
import {
  BlockingSocket,
  SocketState,
  TlsState,
  type TlsUpgradeOptions,
} from "../net/blocking/index.js";
import { TLSOptions, tlsUpgradeOptions } from "../tls/TLSOptions.js";
import { readFromBlockingSocket } from "./blockingRead.js";
import { EMPTY, StreamPeer, type DataResult, type SendResult } from "./StreamPeer.js";
import { blockingSocket, blockingTimeoutMs, socketUnder } from "./transportAccess.js";

export { StreamPeerTLS_Status };
export type StreamPeerTLSStatus = StreamPeerTLSApi.Status;

/**
 * Godot's StreamPeerTLS. The handshake runs in the worker that owns the base connection (Node's
 * TLS over the same socket); poll() reports its progress through get_status(), as in the engine.
 *
 * Differences from the engine, all because TLS runs where the socket is:
 * - the base stream must be a connected StreamPeerTCP (or another StreamPeerTLS's base): any
 *   other StreamPeer gives ERR_INVALID_PARAMETER;
 * - once TLS starts, the base peer's own get_data/put_data carry plaintext too, so only one of
 *   the two should be used;
 * - disconnect_from_stream() closes the connection (TLS close_notify, then TCP FIN) instead of
 *   leaving the TCP connection open.
 */
export class StreamPeerTLS extends StreamPeer implements StreamPeerTLSApi {
  static override readonly godotClass: string = "StreamPeerTLS";

  // Set by defineConstants() below; declared here so the class type carries them.
  declare static readonly Status: typeof StreamPeerTLS_constants.Status;
  declare static readonly STATUS_DISCONNECTED: typeof StreamPeerTLS_constants.STATUS_DISCONNECTED;
  declare static readonly STATUS_HANDSHAKING: typeof StreamPeerTLS_constants.STATUS_HANDSHAKING;
  declare static readonly STATUS_CONNECTED: typeof StreamPeerTLS_constants.STATUS_CONNECTED;
  declare static readonly STATUS_ERROR: typeof StreamPeerTLS_constants.STATUS_ERROR;
  declare static readonly STATUS_ERROR_HOSTNAME_MISMATCH: typeof StreamPeerTLS_constants.STATUS_ERROR_HOSTNAME_MISMATCH;
  #status: StreamPeerTLSStatus = StreamPeerTLS_Status.STATUS_DISCONNECTED;
  #base: StreamPeerApi | null = null;
  #socket: BlockingSocket | null = null;

  /** Starts a client handshake over `stream`; `common_name` is the name to verify (and SNI). */
  connect_to_stream(
    stream: StreamPeerApi | null,
    common_name: string,
    client_options: TLSOptionsApi | null = null,
  ): GodotError {
    const options = client_options ?? TLSOptions.client();
    if (options.is_server()) return GodotError.ERR_INVALID_PARAMETER;
    // Same verification rules as HTTPClient's TLS (SNI, CA chain, host name or override).
    return this.#start(stream, tlsUpgradeOptions(options, common_name));
  }

  /** Runs the server side of a handshake over `stream`, with TLSOptions.server(key, certificate). */
  accept_stream(stream: StreamPeerApi | null, server_options: TLSOptionsApi | null): GodotError {
    if (server_options === null || !server_options.is_server())
      return GodotError.ERR_INVALID_PARAMETER;
    const key = server_options.get_private_key();
    const certificate = server_options.get_own_certificate();
    if (key === null || certificate === null) return GodotError.ERR_INVALID_PARAMETER;
    return this.#start(stream, {
      isServer: true,
      key: key.save_to_string(false),
      cert: certificate.save_to_string(),
    });
  }

  poll(): void {
    const socket = this.#socket;
    if (socket === null) return;
    if (this.#status === StreamPeerTLS_Status.STATUS_HANDSHAKING) {
      const tls = socket.tlsState;
      if (tls === TlsState.CONNECTED) this.#status = StreamPeerTLS_Status.STATUS_CONNECTED;
      else if (tls === TlsState.ERROR_HOSTNAME_MISMATCH)
        this.#fail(StreamPeerTLS_Status.STATUS_ERROR_HOSTNAME_MISMATCH);
      else if (
        tls === TlsState.ERROR ||
        (!socket.connecting && socket.state !== SocketState.CONNECTED)
      )
        this.#fail(StreamPeerTLS_Status.STATUS_ERROR);
      return;
    }
    if (this.#status === StreamPeerTLS_Status.STATUS_CONNECTED) {
      if (socket.tlsState === TlsState.ERROR || socket.state === SocketState.ERROR)
        this.#fail(StreamPeerTLS_Status.STATUS_ERROR);
      else if (socket.ended || socket.state === SocketState.CLOSED) this.disconnect_from_stream();
    }
  }

  get_status(): StreamPeerTLSStatus {
    return this.#status;
  }

  get_stream(): StreamPeerApi | null {
    return this.#base;
  }

  disconnect_from_stream(): void {
    this.#socket?.close();
    this.#socket = null;
    this.#base = null;
    this.#status = StreamPeerTLS_Status.STATUS_DISCONNECTED;
  }

  /** Non-Godot: the connection, for HTTPClient.set_connection. */
  [blockingSocket](): BlockingSocket | null {
    return this.#socket;
  }

  protected override transportPut(data: Uint8Array, partial: boolean): SendResult {
    const socket = this.#socket;
    if (socket === null || this.#status !== StreamPeerTLS_Status.STATUS_CONNECTED)
      return [GodotError.ERR_UNCONFIGURED, 0];
    if (partial) return [GodotError.OK, socket.tryWrite(data)];
    const sent = socket.write(data, this[blockingTimeoutMs]);
    return [sent === data.length ? GodotError.OK : GodotError.ERR_TIMEOUT, sent];
  }

  protected override transportGet(count: number, partial: boolean): DataResult {
    const socket = this.#socket;
    if (socket === null || this.#status !== StreamPeerTLS_Status.STATUS_CONNECTED)
      return [GodotError.ERR_UNCONFIGURED, EMPTY];
    return readFromBlockingSocket(socket, count, partial, this[blockingTimeoutMs], {
      onEof: () => this.disconnect_from_stream(),
      onError: () => this.#fail(StreamPeerTLS_Status.STATUS_ERROR),
    });
  }

  protected override transportAvailable(): number {
    return this.#status === StreamPeerTLS_Status.STATUS_CONNECTED
      ? (this.#socket?.available() ?? 0)
      : 0;
  }

  #start(stream: StreamPeerApi | null, options: TlsUpgradeOptions): GodotError {
    if (
      this.#status === StreamPeerTLS_Status.STATUS_HANDSHAKING ||
      this.#status === StreamPeerTLS_Status.STATUS_CONNECTED
    )
      return GodotError.ERR_ALREADY_IN_USE;
    const socket = stream !== null ? socketUnder(stream) : null;
    if (socket === null) return GodotError.ERR_INVALID_PARAMETER;
    if (socket.state !== SocketState.CONNECTED || socket.tlsState !== TlsState.NONE) {
      this.#status = StreamPeerTLS_Status.STATUS_ERROR;
      return GodotError.FAILED;
    }
    socket.startTls(options);
    this.#base = stream;
    this.#socket = socket;
    this.#status = StreamPeerTLS_Status.STATUS_HANDSHAKING;
    return GodotError.OK;
  }

  #fail(status: StreamPeerTLSStatus): void {
    this.#socket?.close();
    this.#socket = null;
    this.#status = status;
  }
}

// StreamPeerTLS's Status constants as static, read-only members (declared on the class for the types).
defineConstants(StreamPeerTLS, StreamPeerTLS_constants);
