import type { Error } from "./GlobalScope.js";
import type { StreamPeerSocket, StreamPeerSocketStatic } from "./StreamPeerSocket.js";

/**
 * A stream peer that handles TCP connections.
 *
 * @remarks
 * A stream peer that handles TCP connections. This object can be used to connect to TCP servers, or also is returned by a TCP server.
 *
 * **Note:** When exporting to Android, make sure to enable the `INTERNET` permission in the Android export preset before exporting the project or using one-click deploy. Otherwise, network communication of any kind will be blocked by Android.
 */
export interface StreamPeerTCP extends StreamPeerSocket {
  /**
   * Opens the TCP socket, and binds it to the specified local address.
   *
   * This method is generally not needed, and only used to force the subsequent call to {@link StreamPeerTCP.connect_to_host} to use the specified `host` and `port` as source address. This can be desired in some NAT punchthrough techniques, or when forcing the source network interface.
   *
   * Defaults: `host` = `"*"`.
   */
  bind(port: number, host?: string): Error;
  /** Connects to the specified `host:port` pair. A hostname will be resolved if valid. Returns {@link Error.OK} on success. */
  connect_to_host(host: string, port: number): Error;
  /** Returns the IP of this peer. */
  get_connected_host(): string;
  /** Returns the port of this peer. */
  get_connected_port(): number;
  /** Returns the local port to which this peer is bound. */
  get_local_port(): number;
  /**
   * If `enabled` is `true`, packets will be sent immediately. If `enabled` is `false` (the default), packet transfers will be delayed and combined using {@link https://en.wikipedia.org/wiki/Nagle%27s_algorithm | Nagle's algorithm}.
   *
   * **Note:** It's recommended to leave this disabled for applications that send large packets or need to transfer a lot of data, as enabling this can decrease the total available bandwidth.
   */
  set_no_delay(enabled: boolean): void;
}

/** The `StreamPeerTCP` class object: constructor, static methods, constants and enum objects. */
export interface StreamPeerTCPStatic extends StreamPeerSocketStatic {
  new (): StreamPeerTCP;
}
