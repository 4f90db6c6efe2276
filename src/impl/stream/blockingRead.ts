import { Error as GodotError } from "../core/godotError.js";
import type { BlockingSocket } from "../net/blocking/index.js";
import { EMPTY, type DataResult } from "./StreamPeer.js";

/**
 * StreamPeer's get_data / get_partial_data over a worker socket, shared by StreamPeerTCP and
 * StreamPeerTLS: the engine's error codes for each outcome, while the caller decides what an
 * EOF or a socket error does to its own status.
 */
export function readFromBlockingSocket(
  socket: BlockingSocket,
  count: number,
  partial: boolean,
  timeoutMs: number,
  peer: { onEof(): void; onError(): void },
): DataResult {
  if (partial) {
    const data = socket.read(count);
    if (data.length === 0 && socket.ended) {
      peer.onEof();
      return [GodotError.ERR_FILE_EOF, EMPTY];
    }
    return [GodotError.OK, data];
  }
  const result = socket.readExactly(count, timeoutMs);
  switch (result.status) {
    case "ok":
      return [GodotError.OK, result.data];
    case "timeout":
      return [GodotError.ERR_TIMEOUT, EMPTY];
    case "eof":
      peer.onEof();
      return [GodotError.ERR_FILE_EOF, result.data];
    case "error":
      peer.onError();
      return [GodotError.FAILED, result.data];
  }
}
