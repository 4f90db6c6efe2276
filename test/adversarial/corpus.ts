// The adversarial response corpus (issue 6): exact response bytes and the outcome we require.
// Data only — the runners (corpus.test.ts, and the HTTPClient's own run) decide how to deliver it.
//
// `expect` is either the parsed response or the parser error code. Through the HTTPClient every
// error case must end in STATUS_CONNECTION_ERROR. `engine` says what Godot 4.6.3's HTTPClient does
// where it differs from us (GUIDE §5); it is absent where the engine agrees. ENGINE_DIFFERENCES.md
// is the readable summary of those notes.
import type { ParseErrorCode } from "../../src/impl/http/parser/index.js";

export type Expected =
  | { error: ParseErrorCode }
  | {
      status: number;
      framing: "none" | "length" | "chunked" | "eof";
      body: string;
      /** Exact header list, when the case is about headers. */
      headers?: string[];
      connectionClose?: boolean;
      trailers?: string[];
      /** Bytes left buffered after the body (pipelined or stray data). */
      leftover?: number;
    };

export interface CorpusCase {
  id: string;
  group:
    | "status-line"
    | "headers"
    | "content-length"
    | "transfer-encoding"
    | "chunks"
    | "no-body"
    | "framing"
    | "truncation";
  /** Request method the response answers. Default GET. */
  method?: string;
  /** Exact response bytes, one char per byte (latin1). */
  response: string;
  /** "bytewise" delivers one byte per push / per socket write. Default "whole". */
  delivery?: "whole" | "bytewise";
  expect: Expected;
  /** What Godot 4.6.3's HTTPClient does, where it differs. */
  engine?: string;
}

const OK = "HTTP/1.1 200 OK\r\n";
const chunkedHead = `${OK}Transfer-Encoding: chunked\r\n\r\n`;

const handWritten: CorpusCase[] = [
  // ── Status line ──
  {
    id: "status-ok",
    group: "status-line",
    response: `${OK}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok", headers: ["Content-Length: 2"] },
  },
  {
    id: "status-http2-version",
    group: "status-line",
    response: "HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_VERSION" },
    engine: "Accepts any line starting with HTTP; reads status 200.",
  },
  {
    id: "status-lowercase-version",
    group: "status-line",
    response: "http/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_VERSION" },
    engine: "Line does not start with HTTP: it becomes a header and the status stays 200.",
  },
  {
    id: "status-not-http",
    group: "status-line",
    response: "ICY 200 OK\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_VERSION" },
    engine: "The line becomes a header and the status stays 200 (RESPONSE_OK default).",
  },
  {
    id: "status-http09-body-only",
    group: "status-line",
    response: "<html>hello</html>\r\n\r\n",
    expect: { error: "BAD_VERSION" },
    engine: 'Taken as a 200 response with one header line "<html>hello</html>".',
  },
  {
    id: "status-non-digit",
    group: "status-line",
    response: "HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_STATUS_LINE" },
    engine: "String.to_int skips non-digits: status 20.",
  },
  {
    id: "status-four-digits",
    group: "status-line",
    response: "HTTP/1.1 2000 OK\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_STATUS_LINE" },
    engine: "Status 2000.",
  },
  {
    id: "status-missing",
    group: "status-line",
    response: "HTTP/1.1\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_STATUS_LINE" },
    engine: "Status 0.",
  },
  {
    id: "status-out-of-range",
    group: "status-line",
    response: "HTTP/1.1 600 Odd\r\nContent-Length: 2\r\n\r\nok",
    expect: { error: "BAD_STATUS_LINE" },
    engine: "Status 600.",
  },
  {
    id: "status-missing-reason",
    group: "status-line",
    response: "HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok",
    expect: { status: 200, framing: "length", body: "ok" },
  },
  {
    id: "status-missing-reason-with-space",
    group: "status-line",
    response: "HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n",
    expect: { status: 404, framing: "length", body: "" },
  },
  {
    id: "status-leading-crlf",
    group: "status-line",
    response: `\r\n${OK}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok", headers: ["Content-Length: 2"] },
    engine:
      "The empty first line is skipped but the status line is then not line 0: it is kept as a header and the status stays 200 whatever it says.",
  },
  {
    id: "status-leading-crlf-404",
    group: "status-line",
    response: "\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
    expect: { status: 404, framing: "length", body: "" },
    engine: "Reports 200: the status line after the empty line is kept as a header.",
  },
  {
    id: "status-nul-in-reason",
    group: "status-line",
    response: "HTTP/1.1 200 O\x00K\r\nContent-Length: 0\r\n\r\n",
    expect: { error: "BAD_STATUS_LINE" },
    engine: "Accepted.",
  },

  // ── Headers ──
  {
    id: "headers-bare-cr-in-value",
    group: "headers",
    response: `${OK}X-A: one\rX-Injected: two\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine: "Kept as one header line with the CR inside.",
  },
  {
    id: "headers-bare-lf-line-ends",
    group: "headers",
    response: "HTTP/1.1 200 OK\nX-A: 1\nContent-Length: 2\n\nok",
    expect: {
      status: 200,
      framing: "length",
      body: "ok",
      headers: ["X-A: 1", "Content-Length: 2"],
    },
  },
  {
    id: "headers-obs-fold",
    group: "headers",
    response: `${OK}X-Long: one\r\n two\r\nContent-Length: 2\r\n\r\nok`,
    expect: {
      status: 200,
      framing: "length",
      body: "ok",
      headers: ["X-Long: one two", "Content-Length: 2"],
    },
    engine: 'The continuation becomes a separate header line "two" with no colon.',
  },
  {
    id: "headers-obs-fold-first-line",
    group: "headers",
    response: `${OK} folded\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine: 'Kept as a header line "folded".',
  },
  {
    id: "headers-space-before-colon",
    group: "headers",
    response: `${OK}Content-Length : 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine:
      "Not recognised as Content-Length (prefix match fails): no length, keep-alive, so no body.",
  },
  {
    id: "headers-no-colon",
    group: "headers",
    response: `${OK}NoColonHere\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine: "Kept as a header line.",
  },
  {
    id: "headers-empty-name",
    group: "headers",
    response: `${OK}: value\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine: "Kept as a header line.",
  },
  {
    id: "headers-nul-in-value",
    group: "headers",
    response: `${OK}X-A: a\x00b\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "BAD_HEADER" },
    engine: "Not checked: the head is decoded as UTF-8 with no control-character check.",
  },
  {
    id: "headers-empty-value",
    group: "headers",
    response: `${OK}X-Empty:\r\nContent-Length: 2\r\n\r\nok`,
    expect: {
      status: 200,
      framing: "length",
      body: "ok",
      headers: ["X-Empty:", "Content-Length: 2"],
    },
  },
  {
    id: "headers-oversize-block",
    group: "headers",
    response: `${OK}${`X-Pad: ${"a".repeat(1000)}\r\n`.repeat(70)}Content-Length: 0\r\n\r\n`,
    expect: { error: "HEADER_TOO_LARGE" },
    engine: "No limit: the head grows without bound.",
  },
  {
    id: "headers-oversize-single-line-no-end",
    group: "headers",
    response: `${OK}X-Pad: ${"a".repeat(70_000)}`,
    expect: { error: "HEADER_TOO_LARGE" },
    engine: "No limit; waits for more.",
  },
  {
    id: "headers-thousands",
    group: "headers",
    response: `${OK}${"X-H: 1\r\n".repeat(5000)}Content-Length: 0\r\n\r\n`,
    expect: { error: "TOO_MANY_HEADERS" },
    engine: "No limit.",
  },
  {
    id: "headers-many-under-limit",
    group: "headers",
    response: `${OK}${"X-H: 1\r\n".repeat(900)}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok" },
  },
  {
    id: "headers-trimmed-in-order",
    group: "headers",
    response: `${OK}B: 2  \r\nA:1\r\nB:\t3\r\nContent-Length: 0\r\n\r\n`,
    expect: {
      status: 200,
      framing: "length",
      body: "",
      headers: ["B: 2", "A:1", "B:\t3", "Content-Length: 0"],
    },
  },

  // ── Content-Length ──
  {
    id: "cl-duplicate-same",
    group: "content-length",
    response: `${OK}Content-Length: 2\r\nContent-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok" },
  },
  {
    id: "cl-duplicate-different",
    group: "content-length",
    response: `${OK}Content-Length: 2\r\nContent-Length: 3\r\n\r\nok!`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "The last one wins (3).",
  },
  {
    id: "cl-list-same",
    group: "content-length",
    response: `${OK}Content-Length: 2, 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok" },
    engine: 'Reads "2, 2" as 22 and waits for 20 more bytes.',
  },
  {
    id: "cl-list-5-5",
    group: "content-length",
    response: `${OK}Content-Length: 5, 5\r\n\r\nhello`,
    expect: { status: 200, framing: "length", body: "hello" },
    engine: 'Reads "5, 5" as 55.',
  },
  {
    id: "cl-list-different",
    group: "content-length",
    response: `${OK}Content-Length: 2, 3\r\n\r\nok!`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads 23.",
  },
  {
    id: "cl-non-digits",
    group: "content-length",
    response: `${OK}Content-Length: two\r\n\r\nok`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads 0: an empty body, the bytes stay on the connection.",
  },
  {
    id: "cl-plus",
    group: "content-length",
    response: `${OK}Content-Length: +5\r\n\r\nhello`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads 5.",
  },
  {
    id: "cl-negative",
    group: "content-length",
    response: `${OK}Content-Length: -5\r\n\r\nhello`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads -5: a negative body length.",
  },
  {
    id: "cl-hex",
    group: "content-length",
    response: `${OK}Content-Length: 0x5\r\n\r\nhello`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads 5 (skips the x).",
  },
  {
    id: "cl-overflow",
    group: "content-length",
    response: `${OK}Content-Length: 99999999999999999999999\r\n\r\nhello`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Prints an overflow error and waits for an endless body.",
  },
  {
    id: "cl-just-past-safe-integer",
    group: "content-length",
    response: `${OK}Content-Length: 9007199254740992\r\n\r\nhello`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Accepted (int64).",
  },
  {
    id: "cl-empty",
    group: "content-length",
    response: `${OK}Content-Length:\r\n\r\nok`,
    expect: { error: "BAD_CONTENT_LENGTH" },
    engine: "Reads 0.",
  },
  {
    id: "cl-leading-zeros",
    group: "content-length",
    response: `${OK}Content-Length: 002\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok" },
  },
  {
    id: "cl-short-body",
    group: "content-length",
    response: `${OK}Content-Length: 10\r\n\r\nhello`,
    expect: { error: "TRUNCATED_BODY" },
    engine: "The early close looks like a normal end: STATUS_DISCONNECTED with 5 bytes.",
  },

  // ── Transfer-Encoding ──
  {
    id: "te-chunked",
    group: "transfer-encoding",
    response: `${chunkedHead}2\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
  },
  {
    id: "te-chunked-capitalised",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: Chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine:
      "Case-sensitive match fails: no length on keep-alive, so no body; the chunks stay on the connection.",
  },
  {
    id: "te-gzip-chunked",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: gzip, chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Not recognised as chunked: no body on keep-alive.",
  },
  {
    id: "te-chunked-not-last",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: chunked, gzip\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "eof", body: "2\r\nok\r\n0\r\n\r\n", connectionClose: true },
    engine: "No body on keep-alive; the bytes stay on the connection and poison the next response.",
  },
  {
    id: "te-chunked-twice",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: chunked, chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_TRANSFER_ENCODING" },
    engine: "Not recognised as chunked: no body.",
  },
  {
    id: "te-with-content-length",
    group: "transfer-encoding",
    response: `${OK}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { error: "LENGTH_AND_CHUNKED" },
    engine: "Decodes chunked and ignores the length.",
  },
  {
    id: "te-gzip-with-content-length",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nok`,
    expect: { error: "LENGTH_AND_CHUNKED" },
    engine: "Reads 2 bytes by Content-Length.",
  },
  {
    id: "te-split-fields",
    group: "transfer-encoding",
    response: `${OK}Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
  },

  // ── Chunks ──
  {
    id: "chunk-extension",
    group: "chunks",
    response: `${chunkedHead}2;name=value\r\nok\r\n0;last\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Refused: the ; is not a hex digit (STATUS_CONNECTION_ERROR).",
  },
  {
    id: "chunk-quoted-extension",
    group: "chunks",
    response: `${chunkedHead}2;q="a;b=\\"c\\""\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Refused (extensions are not hex).",
  },
  {
    id: "chunk-long-extension",
    group: "chunks",
    response: `${chunkedHead}2;${"x".repeat(100)}\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Refused: size lines over 32 bytes are an error.",
  },
  {
    id: "chunk-spaces-before-extension",
    group: "chunks",
    response: `${chunkedHead}2 ; a = b\r\nok\r\n0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Refused.",
  },
  {
    id: "chunk-space-inside-size",
    group: "chunks",
    response: `${chunkedHead}1 0\r\n0123456789abcdef\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-leading-space",
    group: "chunks",
    response: `${chunkedHead} 2\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-non-hex",
    group: "chunks",
    response: `${chunkedHead}zz\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-0x-prefix",
    group: "chunks",
    response: `${chunkedHead}0x2\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-empty-size-line",
    group: "chunks",
    response: `${chunkedHead}\r\n2\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-huge-size",
    group: "chunks",
    response: `${chunkedHead}10000000\r\n${"a".repeat(1000)}`,
    expect: { error: "TRUNCATED_BODY" },
    engine: "Refused at once: chunks over 16 MiB are an error.",
  },
  {
    id: "chunk-size-overflow",
    group: "chunks",
    response: `${chunkedHead}${"f".repeat(20)}\r\nok\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-missing-crlf-after-data",
    group: "chunks",
    response: `${chunkedHead}2\r\nokX\r\n0\r\n\r\n`,
    expect: { error: "BAD_CHUNK" },
  },
  {
    id: "chunk-missing-last-chunk",
    group: "chunks",
    response: `${chunkedHead}2\r\nok\r\n`,
    expect: { error: "TRUNCATED_BODY" },
    engine: "The close looks like a normal end (STATUS_DISCONNECTED).",
  },
  {
    id: "chunk-trailers",
    group: "chunks",
    response: `${chunkedHead}2\r\nok\r\n0\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n`,
    expect: {
      status: 200,
      framing: "chunked",
      body: "ok",
      trailers: ["X-Checksum: abc", "X-Other: 1"],
    },
  },
  {
    id: "chunk-bad-trailer",
    group: "chunks",
    response: `${chunkedHead}2\r\nok\r\n0\r\nNo colon\r\n\r\n`,
    expect: { error: "BAD_HEADER" },
    engine: "Accepted (trailers are not checked).",
  },
  {
    id: "chunk-bare-lf",
    group: "chunks",
    response: `${chunkedHead}2\nok\n0\n\n`,
    expect: { status: 200, framing: "chunked", body: "ok" },
    engine: "Refused: the size line needs CRLF, so the data is read as part of it and is not hex.",
  },
  {
    id: "chunk-many-small",
    group: "chunks",
    response: `${chunkedHead}${"1\r\nx\r\n".repeat(300)}0\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "x".repeat(300) },
  },

  // ── No body and interim responses ──
  {
    id: "interim-100-before-200",
    group: "no-body",
    response: `HTTP/1.1 100 Continue\r\n\r\n${OK}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok", headers: ["Content-Length: 2"] },
    engine: "Takes 100 as the final response (no body); the real response stays on the connection.",
  },
  {
    id: "interim-103-with-headers",
    group: "no-body",
    response: `HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n${OK}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok", headers: ["Content-Length: 2"] },
    engine: "Takes 103 as the final response.",
  },
  {
    id: "interim-several",
    group: "no-body",
    response: `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\n${OK}Content-Length: 2\r\n\r\nok`,
    expect: { status: 200, framing: "length", body: "ok" },
    engine: "Takes 100 as the final response.",
  },
  {
    id: "interim-101-is-final",
    group: "no-body",
    response:
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
    expect: { status: 101, framing: "none", body: "" },
  },
  {
    id: "no-body-204-with-length",
    group: "no-body",
    response: "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n",
    expect: { status: 204, framing: "none", body: "" },
    engine: "Waits for 5 body bytes that never come.",
  },
  {
    id: "no-body-304-with-length",
    group: "no-body",
    response: "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n",
    expect: { status: 304, framing: "none", body: "" },
    engine: "Waits for 5 body bytes that never come.",
  },
  {
    id: "no-body-head-with-length",
    group: "no-body",
    method: "HEAD",
    response: `${OK}Content-Length: 5\r\n\r\n`,
    expect: { status: 200, framing: "none", body: "" },
  },
  {
    id: "no-body-head-with-chunked",
    group: "no-body",
    method: "HEAD",
    response: `${OK}Transfer-Encoding: chunked\r\n\r\n`,
    expect: { status: 200, framing: "none", body: "" },
    engine: "Waits for a chunked body.",
  },
  {
    id: "no-body-keep-alive-no-length",
    group: "no-body",
    response: `${OK}X-A: 1\r\n\r\n`,
    expect: { status: 200, framing: "none", body: "" },
  },

  // ── Framing and connection end ──
  {
    id: "framing-data-after-connection-close",
    group: "framing",
    response: `${OK}Connection: close\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n`,
    expect: { status: 200, framing: "length", body: "ok", connectionClose: true, leftover: 19 },
    engine: "Returns to STATUS_CONNECTED and would read the stray bytes as the next response.",
  },
  {
    id: "framing-connection-close-not-first",
    group: "framing",
    response: `${OK}Connection: keep-alive, close\r\n\r\nto the end`,
    expect: { status: 200, framing: "eof", body: "to the end", connectionClose: true },
    engine: 'Only a "Connection: close" prefix counts: treated as keep-alive, no body.',
  },
  {
    id: "framing-connection-close-no-space",
    group: "framing",
    response: `${OK}Connection:close\r\n\r\nto the end`,
    expect: { status: 200, framing: "eof", body: "to the end", connectionClose: true },
    engine: 'Prefix match on "connection: close" fails: no body.',
  },
  {
    id: "framing-connection-closed-token",
    group: "framing",
    response: `${OK}Connection: closed\r\nContent-Length: 0\r\n\r\n`,
    expect: { status: 200, framing: "length", body: "", connectionClose: false },
    engine: 'Prefix match: "closed" counts as close.',
  },
  {
    id: "framing-read-to-eof",
    group: "framing",
    response: `${OK}Connection: close\r\n\r\nall the rest\r\n`,
    expect: { status: 200, framing: "eof", body: "all the rest\r\n", connectionClose: true },
  },
  {
    id: "framing-http10-read-to-eof",
    group: "framing",
    response: "HTTP/1.0 200 OK\r\n\r\nold style",
    expect: { status: 200, framing: "eof", body: "old style", connectionClose: true },
    engine: "Ignores the version: keep-alive with no length, so no body.",
  },
  {
    id: "framing-pipelined-extra-bytes",
    group: "framing",
    response: `${OK}Content-Length: 2\r\n\r\nok${OK}Content-Length: 2\r\n\r\nno`,
    expect: { status: 200, framing: "length", body: "ok", leftover: 40 },
  },
  {
    id: "framing-bytewise-chunked",
    group: "framing",
    delivery: "bytewise",
    response: `HTTP/1.1 100 Continue\r\n\r\n${OK}Transfer-Encoding: chunked\r\nX-A: 1\r\n\r\n3;e="x"\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n`,
    expect: { status: 200, framing: "chunked", body: "abcde", trailers: ["T: 1"] },
  },
  {
    id: "framing-bytewise-length",
    group: "framing",
    delivery: "bytewise",
    response: `${OK}Content-Length: 5\r\n\r\nhello`,
    expect: { status: 200, framing: "length", body: "hello" },
  },
  {
    id: "framing-bytewise-eof",
    group: "framing",
    delivery: "bytewise",
    response: "HTTP/1.0 200 OK\r\n\r\nhello",
    expect: { status: 200, framing: "eof", body: "hello" },
  },
];

/** One case per cut point: the response ends after `cut` bytes. Every cut must be an error. */
function truncationCases(id: string, response: string): CorpusCase[] {
  const headEnd = response.indexOf("\r\n\r\n") + 4;
  const cases: CorpusCase[] = [];
  for (let cut = 0; cut < response.length; cut++) {
    cases.push({
      id: `${id}-cut-${cut}`,
      group: "truncation",
      response: response.slice(0, cut),
      expect: { error: cut < headEnd ? "TRUNCATED_HEAD" : "TRUNCATED_BODY" },
      engine:
        cut < headEnd ? undefined : "A short body looks like a normal close (STATUS_DISCONNECTED).",
    });
  }
  return cases;
}

const TRUNCATION_LENGTH_RESPONSE = `${OK}Content-Length: 5\r\n\r\nhello`;
const TRUNCATION_CHUNKED_RESPONSE = `${chunkedHead}5;x=1\r\nhello\r\n0\r\nT: 1\r\n\r\n`;

export const corpus: readonly CorpusCase[] = [
  ...handWritten,
  ...truncationCases("truncate-length", TRUNCATION_LENGTH_RESPONSE),
  ...truncationCases("truncate-chunked", TRUNCATION_CHUNKED_RESPONSE),
];
