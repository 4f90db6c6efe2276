import { Error as GodotError } from "../core/godotError.js";
import { StreamPeer } from "./StreamPeer.js";

/** StreamPeerSocket.Status (Godot 4.6.3). TEMPORARY local copy until generated/StreamPeerSocket.ts lands. */
export const StreamPeerSocket_Status = Object.freeze({
  STATUS_NONE: 0,
  STATUS_CONNECTING: 1,
  STATUS_CONNECTED: 2,
  STATUS_ERROR: 3,
} as const);
export type StreamPeerSocketStatus =
  (typeof StreamPeerSocket_Status)[keyof typeof StreamPeerSocket_Status];

/** Godot's abstract StreamPeerSocket: status, poll and disconnect; StreamPeerTCP fills them in. */
export class StreamPeerSocket extends StreamPeer {
  static override readonly godotClass: string = "StreamPeerSocket";

  poll(): GodotError {
    return GodotError.ERR_UNCONFIGURED;
  }
  get_status(): StreamPeerSocketStatus {
    return StreamPeerSocket_Status.STATUS_NONE;
  }
  disconnect_from_host(): void {}
}
