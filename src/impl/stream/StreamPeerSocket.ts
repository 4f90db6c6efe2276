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
export class StreamPeerSocketClass extends StreamPeer implements StreamPeerSocketApi {
  static override readonly godotClass: string = "StreamPeerSocket";

  /** No socket at this level: ERR_UNCONFIGURED. */
  poll(): GodotError {
    return GodotError.ERR_UNCONFIGURED;
  }
  get_status(): StreamPeerSocketStatus {
    return StreamPeerSocket_Status.STATUS_NONE;
  }
  disconnect_from_host(): void {}
}

/** StreamPeerSocket with its Status constants as static, read-only members. */
export const StreamPeerSocket = defineConstants(StreamPeerSocketClass, StreamPeerSocket_constants);
export type StreamPeerSocket = StreamPeerSocketClass;
