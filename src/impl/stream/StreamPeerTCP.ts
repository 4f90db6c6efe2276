import net from "node:net";
import type { StreamPeerTCP as StreamPeerTCPApi } from "../../../generated/StreamPeerTCP.js";
import { Error as GodotError } from "../core/godotError.js";
import { BlockingSocket, SocketState } from "../net/blocking/index.js";
import { readFromBlockingSocket } from "./blockingRead.js";
import { EMPTY, type DataResult, type SendResult } from "./StreamPeer.js";
import {
  StreamPeerSocket,
  StreamPeerSocket_Status,
  type StreamPeerSocketStatus,
} from "./StreamPeerSocket.js";
import { blockingSocket, blockingTimeoutMs } from "./transportAccess.js";

/** The engine's network/limits/tcp/connect_timeout_seconds default: poll() gives up after this. */
export const CONNECT_TIMEOUT_MS = 30_000;

/**
 * Godot's StreamPeerTCP over a BlockingSocket (the socket runs in a worker thread).
 *
 * As in the engine, get_status() only changes in poll() and connect_to_host(): poll() moves
 * CONNECTING to CONNECTED or ERROR, and CONNECTED to NONE once the peer has closed and every
 * received byte was read. Transfers need STATUS_CONNECTED (else FAILED). get_data() blocks for
 * real, bounded by `peer[blockingTimeoutMs]` (ERR_TIMEOUT, nothing consumed); when the peer
 * closes first it returns ERR_FILE_EOF with the bytes that did arrive and disconnects.
 */
export class StreamPeerTCP extends StreamPeerSocket implements StreamPeerTCPApi {
  static override readonly godotClass: string = "StreamPeerTCP";
  #socket: BlockingSocket | null = null;
  #status: StreamPeerSocketStatus = StreamPeerSocket_Status.STATUS_NONE;
  #peerHost = "";
  #peerPort = 0;
  #bindHost: string | undefined;
  #bindPort: number | undefined;
  #noDelay = false;
  #connectDeadline = 0;

  /**
   * Records the local address for the next connect_to_host ("*" = any). The engine opens the
   * socket here; this implementation binds when connecting, so a local address that cannot be
   * bound shows up as STATUS_ERROR after connect_to_host rather than as this method's result.
   */
  bind(port: number, host: string = "*"): GodotError {
    if (this.#status !== StreamPeerSocket_Status.STATUS_NONE) return GodotError.ERR_ALREADY_IN_USE;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return GodotError.ERR_INVALID_PARAMETER;
    if (host !== "*" && net.isIP(host) === 0) return GodotError.ERR_INVALID_PARAMETER;
    this.#bindHost = host === "*" ? undefined : host;
    this.#bindPort = port === 0 ? undefined : port;
    return GodotError.OK;
  }

  /**
   * Starts connecting; returns OK with STATUS_CONNECTING. Like the engine, a host name is
   * resolved synchronously first (blocking, within the peer's timeout): ERR_CANT_RESOLVE if it
   * does not resolve.
   */
  connect_to_host(host: string, port: number): GodotError {
    if (this.#socket !== null) return GodotError.ERR_ALREADY_IN_USE;
    if (!Number.isInteger(port) || port < 1 || port > 65535 || host === "")
      return GodotError.ERR_INVALID_PARAMETER;
    const socket = BlockingSocket.connect({
      host,
      port,
      noDelay: this.#noDelay,
      ...(this.#bindHost !== undefined ? { localAddress: this.#bindHost } : {}),
      ...(this.#bindPort !== undefined ? { localPort: this.#bindPort } : {}),
    });
    if (net.isIP(host) === 0) {
      socket.waitFor(() => socket.state !== SocketState.RESOLVING, this[blockingTimeoutMs]);
      if (socket.state === SocketState.RESOLVING || socket.resolvedAddress === "") {
        socket.close();
        return GodotError.ERR_CANT_RESOLVE;
      }
    }
    this.#socket = socket;
    this.#peerHost = net.isIP(host) !== 0 ? host : socket.resolvedAddress;
    this.#peerPort = port;
    this.#status = StreamPeerSocket_Status.STATUS_CONNECTING;
    this.#connectDeadline = performance.now() + CONNECT_TIMEOUT_MS;
    return GodotError.OK;
  }

  override poll(): GodotError {
    const socket = this.#socket;
    if (socket === null) return GodotError.OK;
    const state = socket.state;
    if (this.#status === StreamPeerSocket_Status.STATUS_CONNECTING) {
      // A peer that connected, sent and closed before this poll still counts as connected:
      // the next poll reports the close once its bytes are read, as the engine would.
      if (state === SocketState.CONNECTED || socket.opened) {
        this.#status = StreamPeerSocket_Status.STATUS_CONNECTED;
        return GodotError.OK;
      }
      if (socket.connecting && performance.now() < this.#connectDeadline) return GodotError.OK;
      this.#fail();
      return GodotError.ERR_CONNECTION_ERROR;
    }
    if (this.#status === StreamPeerSocket_Status.STATUS_CONNECTED) {
      if (state === SocketState.ERROR) {
        this.#fail();
        return GodotError.ERR_CONNECTION_ERROR;
      }
      if (socket.ended || state === SocketState.CLOSED) this.disconnect_from_host();
    }
    return GodotError.OK;
  }

  override get_status(): StreamPeerSocketStatus {
    return this.#status;
  }

  override disconnect_from_host(): void {
    this.#socket?.close();
    this.#socket = null;
    this.#status = StreamPeerSocket_Status.STATUS_NONE;
    this.#peerHost = "";
    this.#peerPort = 0;
  }

  /** The peer's IP address (a host name given to connect_to_host is reported as what it resolved to). */
  get_connected_host(): string {
    return this.#peerHost;
  }
  get_connected_port(): number {
    return this.#peerPort;
  }
  /** 0 until the connection is open. */
  get_local_port(): number {
    return this.#socket?.localPort ?? 0;
  }

  set_no_delay(enabled: boolean): void {
    this.#noDelay = enabled;
    this.#socket?.setNoDelay(enabled);
  }

  /** Non-Godot: the connection, for HTTPClient.set_connection and StreamPeerTLS. */
  [blockingSocket](): BlockingSocket | null {
    return this.#socket;
  }

  protected override transportPut(data: Uint8Array, partial: boolean): SendResult {
    const socket = this.#socket;
    if (socket === null || this.#status !== StreamPeerSocket_Status.STATUS_CONNECTED)
      return [GodotError.FAILED, 0];
    if (partial) return [GodotError.OK, socket.tryWrite(data)];
    const sent = socket.write(data, this[blockingTimeoutMs]);
    if (sent === data.length) return [GodotError.OK, sent];
    return [
      socket.state === SocketState.CONNECTED ? GodotError.ERR_TIMEOUT : GodotError.FAILED,
      sent,
    ];
  }

  protected override transportGet(count: number, partial: boolean): DataResult {
    const socket = this.#socket;
    if (socket === null || this.#status !== StreamPeerSocket_Status.STATUS_CONNECTED)
      return [GodotError.FAILED, EMPTY];
    return readFromBlockingSocket(socket, count, partial, this[blockingTimeoutMs], {
      onEof: () => this.disconnect_from_host(),
      onError: () => this.#fail(),
    });
  }

  protected override transportAvailable(): number {
    return this.#status === StreamPeerSocket_Status.STATUS_CONNECTED
      ? (this.#socket?.available() ?? 0)
      : 0;
  }

  #fail(): void {
    this.disconnect_from_host();
    this.#status = StreamPeerSocket_Status.STATUS_ERROR;
  }
}
