/** Messages between a BlockingSocket and its worker. Everything here must survive structured clone. */

/** TLS settings for an upgrade, reduced to data a worker can receive (no callbacks, no contexts). */
export interface TlsUpgradeOptions {
  /** Client side: the name sent as SNI and checked against the certificate. */
  readonly servername?: string;
  /** Client side: the name the certificate must match (default `servername`; may be an IP address). */
  readonly hostname?: string;
  /** PEM CA certificates to trust instead of Node's bundled roots. */
  readonly ca?: string | readonly string[];
  /** PEM certificate (chain) to present: required on the server side, optional client auth. */
  readonly cert?: string;
  /** PEM private key matching `cert`. */
  readonly key?: string;
  /** Fail the handshake on an untrusted chain (client side). Default true. */
  readonly verifyChain?: boolean;
  /** Fail the handshake when the certificate does not match `servername`. Default true. */
  readonly verifyHostname?: boolean;
  /** Run the server side of the handshake (StreamPeerTLS.accept_stream). */
  readonly isServer?: boolean;
}

export interface ConnectRequest {
  readonly host: string;
  readonly port: number;
  /** Local address/port to bind before connecting (StreamPeerTCP.bind). */
  readonly localAddress?: string;
  readonly localPort?: number;
  readonly noDelay?: boolean;
  /**
   * The connection stays plain TCP (startTls is never called): the worker then reads into one
   * reused buffer (`onread`) and copies straight into the ring, with no allocation per read.
   */
  readonly plainOnly?: boolean;
}

export type Command =
  | { readonly type: "connect"; readonly request: ConnectRequest }
  | { readonly type: "write"; readonly data: Uint8Array }
  | { readonly type: "drained" }
  | { readonly type: "noDelay"; readonly enabled: boolean }
  | {
      readonly type: "startTls";
      readonly options: TlsUpgradeOptions;
      readonly leftover: Uint8Array;
    }
  | { readonly type: "close" };

export type WorkerEvent =
  | { readonly type: "resolved"; readonly address: string }
  | {
      readonly type: "connected";
      readonly localAddress: string;
      readonly localPort: number;
      readonly remoteAddress: string;
      readonly remotePort: number;
    }
  | { readonly type: "error"; readonly code: string; readonly message: string }
  | { readonly type: "tlsConnected"; readonly protocol: string; readonly authorized: boolean }
  | { readonly type: "tlsError"; readonly code: string; readonly message: string };
