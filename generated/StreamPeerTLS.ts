import type { Error } from "./GlobalScope.js";
import type { StreamPeer, StreamPeerStatic } from "./StreamPeer.js";
import type { TLSOptions, TLSOptionsStatic } from "./TLSOptions.js";
import { freeze } from "./builtins.js";

/** Values of `StreamPeerTLS.Status`, frozen: `StreamPeerTLS.Status.NAME` at run time. */
export const StreamPeerTLS_Status = freeze({
  /** A status representing a {@link StreamPeerTLS} that is disconnected. */
  STATUS_DISCONNECTED: 0,
  /** A status representing a {@link StreamPeerTLS} during handshaking. */
  STATUS_HANDSHAKING: 1,
  /** A status representing a {@link StreamPeerTLS} that is connected to a host. */
  STATUS_CONNECTED: 2,
  /** A status representing a {@link StreamPeerTLS} in error state. */
  STATUS_ERROR: 3,
  /** An error status that shows a mismatch in the TLS certificate domain presented by the host and the domain requested for validation. */
  STATUS_ERROR_HOSTNAME_MISMATCH: 4,
} as const);

/** Every constant of `StreamPeerTLS`, enum members flattened in, plus one entry per enum object. */
export const StreamPeerTLS_constants = freeze({
  Status: StreamPeerTLS_Status,
  /** A status representing a {@link StreamPeerTLS} that is disconnected. */
  STATUS_DISCONNECTED: 0,
  /** A status representing a {@link StreamPeerTLS} during handshaking. */
  STATUS_HANDSHAKING: 1,
  /** A status representing a {@link StreamPeerTLS} that is connected to a host. */
  STATUS_CONNECTED: 2,
  /** A status representing a {@link StreamPeerTLS} in error state. */
  STATUS_ERROR: 3,
  /** An error status that shows a mismatch in the TLS certificate domain presented by the host and the domain requested for validation. */
  STATUS_ERROR_HOSTNAME_MISMATCH: 4,
} as const);

/**
 * A stream peer that handles TLS connections.
 *
 * @remarks
 * A stream peer that handles TLS connections. This object can be used to connect to a TLS server or accept a single TLS client connection.
 *
 * **Note:** When exporting to Android, make sure to enable the `INTERNET` permission in the Android export preset before exporting the project or using one-click deploy. Otherwise, network communication of any kind will be blocked by Android.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/networking/ssl_certificates.html | TLS certificates}
 */
export interface StreamPeerTLS extends StreamPeer {
  /** Accepts a peer connection as a server using the given `server_options`. See {@link TLSOptionsStatic.server}. */
  accept_stream(stream: StreamPeer, server_options: TLSOptions): Error;
  /**
   * Connects to a peer using an underlying {@link StreamPeer} `stream` and verifying the remote certificate is correctly signed for the given `common_name`. You can pass the optional `client_options` parameter to customize the trusted certification authorities, or disable the common name verification. See {@link TLSOptionsStatic.client} and {@link TLSOptionsStatic.client_unsafe}.
   *
   * Defaults: `client_options` = `null`.
   */
  connect_to_stream(
    stream: StreamPeer,
    common_name: string,
    client_options?: TLSOptions | null,
  ): Error;
  /** Disconnects from host. */
  disconnect_from_stream(): void;
  /** Returns the status of the connection. */
  get_status(): StreamPeerTLS.Status;
  /** Returns the underlying {@link StreamPeer} connection, used in {@link StreamPeerTLS.accept_stream} or {@link StreamPeerTLS.connect_to_stream}. */
  get_stream(): StreamPeer | null;
  /** Poll the connection to check for incoming bytes. Call this right before {@link StreamPeer.get_available_bytes} for it to work properly. */
  poll(): void;
}

/** Types scoped to `StreamPeerTLS`: its enums and signals. */
export declare namespace StreamPeerTLS {
  /** One of the `StreamPeerTLS.Status` values. */
  type Status = (typeof StreamPeerTLS_Status)[keyof typeof StreamPeerTLS_Status];
}

/** The `StreamPeerTLS` class object: constructor, static methods, constants and enum objects. */
export interface StreamPeerTLSStatic extends StreamPeerStatic {
  new (): StreamPeerTLS;
  readonly Status: typeof StreamPeerTLS_Status;
  /** A status representing a {@link StreamPeerTLS} that is disconnected. */
  readonly STATUS_DISCONNECTED: 0;
  /** A status representing a {@link StreamPeerTLS} during handshaking. */
  readonly STATUS_HANDSHAKING: 1;
  /** A status representing a {@link StreamPeerTLS} that is connected to a host. */
  readonly STATUS_CONNECTED: 2;
  /** A status representing a {@link StreamPeerTLS} in error state. */
  readonly STATUS_ERROR: 3;
  /** An error status that shows a mismatch in the TLS certificate domain presented by the host and the domain requested for validation. */
  readonly STATUS_ERROR_HOSTNAME_MISMATCH: 4;
}
