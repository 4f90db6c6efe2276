import {
  StreamPeerSocket_constants,
  StreamPeerSocket_Status,
  type StreamPeerSocket as StreamPeerSocketApi,
} from "../../../generated/StreamPeerSocket.js";
import { defineConstants } from "../core/defineConstants.js";
import { Error as GodotError } from "../core/godotError.js";
import { StreamPeer } from "./StreamPeer.js";

export { StreamPeerSocket_Status };
export type StreamPeerSocketStatus = StreamPeerSocketApi.Status;

/** Godot's abstract StreamPeerSocket: status, poll and disconnect; StreamPeerTCP fills them in. */
export class StreamPeerSocket extends StreamPeer implements StreamPeerSocketApi {
  static override readonly godotClass: string = "StreamPeerSocket";

  // Set by defineConstants() below; declared here so the class type carries them.
  declare static readonly Status: typeof StreamPeerSocket_constants.Status;
  declare static readonly STATUS_NONE: typeof StreamPeerSocket_constants.STATUS_NONE;
  declare static readonly STATUS_CONNECTING: typeof StreamPeerSocket_constants.STATUS_CONNECTING;
  declare static readonly STATUS_CONNECTED: typeof StreamPeerSocket_constants.STATUS_CONNECTED;
  declare static readonly STATUS_ERROR: typeof StreamPeerSocket_constants.STATUS_ERROR;

  /** No socket at this level: ERR_UNCONFIGURED. */
  poll(): GodotError {
    return GodotError.ERR_UNCONFIGURED;
  }
  get_status(): StreamPeerSocketStatus {
    return StreamPeerSocket_Status.STATUS_NONE;
  }
  disconnect_from_host(): void {}
}

defineConstants(StreamPeerSocket, StreamPeerSocket_constants);
