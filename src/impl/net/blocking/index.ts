/**
 * Blocking sockets for a synchronous, Godot-style API on Node.js.
 *
 * JavaScript cannot block on a socket in the thread that owns it, so the socket lives in a worker
 * thread (socketWorker.ts) and the calling thread waits on a SharedArrayBuffer with Atomics.wait.
 * Inbound bytes flow through a ring buffer in that shared memory; outbound bytes are posted to the
 * worker. No method of BlockingSocket yields to the event loop: a script with no awaits can
 * connect, write and read.
 *
 * API (all synchronous):
 * - `BlockingSocket.connect({ host, port, localAddress?, localPort?, noDelay? }, { ringCapacity? })`
 *   starts connecting and returns at once; host names are resolved in the worker.
 * - `state` (SocketState: RESOLVING, CONNECTING, CONNECTED, ERROR, CLOSED), `connecting` (one of
 *   the first two), `error` ({ code, message } from Node, e.g. ECONNREFUSED, ENOTFOUND),
 *   `resolvedAddress`, `localAddress`/`localPort`/`remoteAddress`/`remotePort`.
 * - `waitFor(condition, timeoutMs)`: blocks until `condition()` is true (re-checked whenever the
 *   worker reports a change) or the bound runs out; returns whether it held. E.g. wait for
 *   `() => !socket.connecting`.
 * - `write(bytes, timeoutMs)`: queues all bytes, blocking while OUTBOUND_HIGH_WATER bytes are in
 *   flight; returns the count queued. `tryWrite(bytes)`: never blocks, may queue fewer.
 * - `available()`, `read(max)`: non-blocking read of what has arrived.
 * - `readExactly(n, timeoutMs)`: blocks for exactly n bytes. Result status "ok"; "timeout" (nothing
 *   consumed: the bytes stay for the next read); "eof"/"error" (returns the bytes there were).
 * - `ended`: the peer closed and everything was read.
 * - `startTls({ servername, ca, cert, key, verifyChain, verifyHostname, isServer })`: runs the TLS
 *   handshake in the worker over the same connection (non-blocking; watch `tlsState`: HANDSHAKING,
 *   CONNECTED, ERROR, ERROR_HOSTNAME_MISMATCH; `tlsError` has Node's code). Unread bytes become
 *   the start of the TLS stream, so bytes after a proxy's CONNECT reply are not lost.
 * - `close()`: idempotent; the worker exits. Workers are unref'd and never keep the process alive.
 *
 * Every blocking call takes a bound (default DEFAULT_BLOCKING_TIMEOUT_MS = 30 s) so a stalled peer
 * can never hang the caller forever.
 */
export {
  BlockingSocket,
  DEFAULT_BLOCKING_TIMEOUT_MS,
  DEFAULT_RING_CAPACITY,
  OUTBOUND_HIGH_WATER,
  type BlockingSocketOptions,
  type ReadResult,
  type SocketError,
} from "./BlockingSocket.js";
export type { ConnectRequest, TlsUpgradeOptions } from "./messages.js";
export { SocketState, TlsState } from "./sharedLayout.js";
