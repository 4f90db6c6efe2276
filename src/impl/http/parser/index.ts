// Strict, incremental HTTP/1.1 response parser (issue 3). The API below is the contract agreed
// with the HTTPClient (src/impl/http/). Additions beyond it: ResponseParser.trailers and
// ResponseParser.peerEnded. Decisions on each strictness rule are documented at the top of the
// file that applies it: status-line.ts, header-line.ts, line-reader.ts, framing.ts,
// chunked-decoder.ts, response-parser.ts.
export { HttpParseError } from "./parse-error.js";
export type { ParseErrorCode } from "./parse-error.js";
export { ResponseParser } from "./response-parser.js";
export { DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT } from "./types.js";
export type { BodyFraming, ParserOptions, ResponseHead } from "./types.js";
