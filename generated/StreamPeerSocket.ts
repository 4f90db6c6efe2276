import type { Error } from "./GlobalScope.js";
import type { StreamPeer, StreamPeerStatic } from "./StreamPeer.js";
import { freeze } from "./builtins.js";

/** Values of `StreamPeerSocket.Status`, frozen: `StreamPeerSocket.Status.NAME` at run time. */
export const StreamPeerSocket_Status = freeze({
  /** The initial status of the {@link StreamPeerSocket}. This is also the status after disconnecting. */
  STATUS_NONE: 0,
  /** A status representing a {@link StreamPeerSocket} that is connecting to a host. */
  STATUS_CONNECTING: 1,
  /** A status representing a {@link StreamPeerSocket} that is connected to a host. */
  STATUS_CONNECTED: 2,
  /** A status representing a {@link StreamPeerSocket} in error state. */
  STATUS_ERROR: 3,
} as const);

/** Every constant of `StreamPeerSocket`, enum members flattened in, plus one entry per enum object. */
export const StreamPeerSocket_constants = freeze({
  Status: StreamPeerSocket_Status,
  /** The initial status of the {@link StreamPeerSocket}. This is also the status after disconnecting. */
  STATUS_NONE: 0,
  /** A status representing a {@link StreamPeerSocket} that is connecting to a host. */
  STATUS_CONNECTING: 1,
  /** A status representing a {@link StreamPeerSocket} that is connected to a host. */
  STATUS_CONNECTED: 2,
  /** A status representing a {@link StreamPeerSocket} in error state. */
  STATUS_ERROR: 3,
} as const);

/**
 * Abstract base class for interacting with socket streams.
 *
 * @remarks
 * StreamPeerSocket is an abstract base class that defines common behavior for socket-based streams.
 */
export interface StreamPeerSocket extends StreamPeer {
  /** Disconnects from host. */
  disconnect_from_host(): void;
  /** Returns the status of the connection. */
  get_status(): StreamPeerSocket.Status;
  /** Polls the socket, updating its state. See {@link StreamPeerSocket.get_status}. */
  poll(): Error;
}

/** Types scoped to `StreamPeerSocket`: its enums and signals. */
export declare namespace StreamPeerSocket {
  /** One of the `StreamPeerSocket.Status` values. */
  type Status = (typeof StreamPeerSocket_Status)[keyof typeof StreamPeerSocket_Status];
}

/** The `StreamPeerSocket` class object: constructor, static methods, constants and enum objects. */
export interface StreamPeerSocketStatic extends StreamPeerStatic {
  new (): StreamPeerSocket;
  readonly Status: typeof StreamPeerSocket_Status;
  /** The initial status of the {@link StreamPeerSocket}. This is also the status after disconnecting. */
  readonly STATUS_NONE: 0;
  /** A status representing a {@link StreamPeerSocket} that is connecting to a host. */
  readonly STATUS_CONNECTING: 1;
  /** A status representing a {@link StreamPeerSocket} that is connected to a host. */
  readonly STATUS_CONNECTED: 2;
  /** A status representing a {@link StreamPeerSocket} in error state. */
  readonly STATUS_ERROR: 3;
}
