/** Why a response was rejected. Each code names the rule that failed, so callers and tests can tell cases apart. */
export type ParseErrorCode =
  | "BAD_STATUS_LINE"
  | "BAD_VERSION"
  | "BAD_HEADER"
  | "HEADER_TOO_LARGE"
  | "TOO_MANY_HEADERS"
  | "BAD_CONTENT_LENGTH"
  | "BAD_TRANSFER_ENCODING"
  | "LENGTH_AND_CHUNKED"
  | "BAD_CHUNK"
  | "TRUNCATED_BODY"
  | "TRUNCATED_HEAD"
  | "UNEXPECTED_DATA";

export class HttpParseError extends Error {
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = "HttpParseError";
    this.code = code;
  }
}
