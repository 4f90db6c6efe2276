import type { BlockingSocket } from "../net/blocking/index.js";

/**
 * Non-Godot access to a stream peer's internals, keyed by symbols so it never collides with or
 * shows up as a Godot member.
 *
 * - `peer[blockingTimeoutMs]`: the bound, in ms, on every blocking call of that peer (get_data,
 *   put_data, host name resolution in connect_to_host). Default DEFAULT_BLOCKING_TIMEOUT_MS.
 * - `peer[blockingSocket]()`: the BlockingSocket under a StreamPeerTCP or StreamPeerTLS (null when
 *   not connected), so HTTPClient.set_connection(peer) can adopt a caller-made connection.
 */
export const blockingTimeoutMs: unique symbol = Symbol("godot-typed.blockingTimeoutMs");
export const blockingSocket: unique symbol = Symbol("godot-typed.blockingSocket");

/** The BlockingSocket under `stream` when it is one of this project's socket peers, else null. */
export function socketUnder(stream: object): BlockingSocket | null {
  if (!(blockingSocket in stream)) return null;
  return (stream as { [blockingSocket](): BlockingSocket | null })[blockingSocket]();
}
