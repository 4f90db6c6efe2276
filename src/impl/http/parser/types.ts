/** How the body of a response is delimited (RFC 9112 §6.3, as decided by `decideFraming`). */
export type BodyFraming =
  /** HEAD, 1xx/204/304, 2xx to CONNECT, or a keep-alive response with neither length nor Transfer-Encoding. */
  | { kind: "none" }
  | { kind: "length"; length: number }
  | { kind: "chunked" }
  /** Neither length nor chunked and the peer will close; or a final coding other than chunked. */
  | { kind: "eof" };

export interface ResponseHead {
  version: "1.0" | "1.1";
  status: number;
  reason: string;
  /** Every header line except the status line, trimmed, in received order ("Name: value"). */
  headers: string[];
  /** The peer will close after this response (Connection: close token, case-insensitive, in any position; or HTTP/1.0 without keep-alive). */
  connectionClose: boolean;
  framing: BodyFraming;
}

export interface ParserOptions {
  /**
   * Cap on the bytes of one response head, status line and terminators included. Interim 1xx heads
   * count toward the cap of the final response, so an endless stream of 100 Continue is bounded too.
   * Also caps one chunk-size line and the chunked trailer section. Default 65536.
   */
  maxHeaderBytes?: number;
  /** Cap on the number of header lines in one head (and on trailer lines). Default 1000. */
  maxHeaderCount?: number;
}

export const DEFAULT_MAX_HEADER_BYTES = 65536;
export const DEFAULT_MAX_HEADER_COUNT = 1000;
