// Strict, incremental HTTP/1.1 response parser (issue 3), used by the HTTPClient (src/impl/http/).
// It implements the agreed parser contract unchanged. Additions: ResponseParser.trailers,
// DEFAULT_MAX_HEADER_BYTES (65536), DEFAULT_MAX_HEADER_COUNT (1000).
//
// Usage: beginResponse(method) per request → push(bytes) as they arrive → parseHead() until
// "head" → readBody(max) until null → bodyComplete, or `error` (sticky; any error means the
// connection is unusable). end() at EOF turns a cut head or body into TRUNCATED_HEAD/_BODY.
//
// Each strictness decision is documented at the top of the file applying it:
//   line-reader.ts     line ends (CRLF or bare LF), latin1 decoding
//   head-reader.ts     leading empty lines, head cap, 1xx skipping (101 is final)
//   status-line.ts     version / status code / reason rules
//   field-block.ts     obs-fold unfolding, header count cap
//   header-line.ts     field name and value rules (bare CR, NUL, space before colon)
//   framing.ts         Content-Length, Transfer-Encoding, Connection, bodiless responses
//   chunked-decoder.ts chunk sizes, extensions, trailers
//   response-parser.ts truncation, UNEXPECTED_DATA
//   byte-queue.ts      zero-copy buffering
// Where we differ from Godot 4.6.3: test/adversarial/ENGINE_DIFFERENCES.md.
export { HttpParseError } from "./parse-error.js";
export type { ParseErrorCode } from "./parse-error.js";
export { ResponseParser } from "./response-parser.js";
export { DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT } from "./types.js";
export type { BodyFraming, ParserOptions, ResponseHead } from "./types.js";
