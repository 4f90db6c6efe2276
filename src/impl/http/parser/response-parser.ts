// The incremental response parser: bytes go in with push(), the head comes out of parseHead(),
// payload out of readBody(). It never reads a socket itself and never throws out of parseHead or
// readBody; a malformed response sets `error` and stays failed until the next beginResponse().
//
// Head decisions (the rest live in status-line.ts, header-line.ts, framing.ts, chunked-decoder.ts):
// - Empty lines before the status line are skipped (as llhttp does); they count toward the cap.
// - Line ends are CRLF or bare LF; a bare CR anywhere is an error (BAD_HEADER / BAD_STATUS_LINE).
// - obs-fold continuation lines are unfolded onto the previous header with one SP, as RFC 9112
//   §5.2 requires of a user agent; a continuation right after the status line is BAD_HEADER.
// - 1xx heads other than 101 are parsed, checked and dropped; the next head is read. Their bytes
//   count toward maxHeaderBytes of the final head, so endless 1xx streams are bounded.
// - Truncation is reported as soon as it is certain after end(): at once for a short
//   Content-Length body, at the latest when the buffered bytes run out for a chunked one.
// - UNEXPECTED_DATA: bytes pushed after end(), or bytes waiting when parseHead() is called with no
//   response begun (the server sent something nobody asked for).
import { ByteQueue } from "./byte-queue.js";
import { ChunkedDecoder } from "./chunked-decoder.js";
import { decideFraming } from "./framing.js";
import { checkFieldValue, parseHeaderLine, trimOws } from "./header-line.js";
import type { HeaderField } from "./header-line.js";
import { LineReader } from "./line-reader.js";
import { HttpParseError } from "./parse-error.js";
import { parseStatusLine } from "./status-line.js";
import type { StatusLine } from "./status-line.js";
import { DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT } from "./types.js";
import type { ParserOptions, ResponseHead } from "./types.js";

type Phase = "idle" | "head" | "body" | "complete" | "failed";

export class ResponseParser {
  private readonly maxHeaderBytes: number;
  private readonly maxHeaderCount: number;
  private readonly queue = new ByteQueue();
  private readonly lines = new LineReader();
  private phase: Phase = "idle";
  private ended = false;
  private requestMethod = "GET";
  private failure: HttpParseError | null = null;
  private finalHead: ResponseHead | null = null;

  // Head under construction.
  private headBytes = 0;
  private statusLine: StatusLine | null = null;
  private headerLines: string[] = [];
  private fields: HeaderField[] = [];

  // Body state.
  private lengthRemaining = 0;
  private chunked: ChunkedDecoder | null = null;

  constructor(options: ParserOptions = {}) {
    this.maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
    this.maxHeaderCount = options.maxHeaderCount ?? DEFAULT_MAX_HEADER_COUNT;
  }

  get head(): ResponseHead | null {
    return this.finalHead;
  }

  get error(): HttpParseError | null {
    return this.failure;
  }

  get bufferedBytes(): number {
    return this.queue.length;
  }

  get bodyComplete(): boolean {
    return this.phase === "complete";
  }

  /** Chunked trailer lines of the current response ("Name: value", trimmed); never part of the body. */
  get trailers(): readonly string[] {
    return this.chunked?.trailers ?? [];
  }

  /** Whether end() was called. */
  get peerEnded(): boolean {
    return this.ended;
  }

  beginResponse(requestMethod: string): void {
    this.requestMethod = requestMethod;
    this.phase = "head";
    this.failure = null;
    this.finalHead = null;
    this.headBytes = 0;
    this.statusLine = null;
    this.headerLines = [];
    this.fields = [];
    this.lengthRemaining = 0;
    this.chunked = null;
    this.lines.reset();
  }

  push(chunk: Uint8Array): void {
    if (this.ended) {
      if (chunk.byteLength > 0)
        this.fail(new HttpParseError("UNEXPECTED_DATA", "bytes pushed after end()"));
      return;
    }
    // A failed response is never read further; dropping its bytes keeps memory bounded while the
    // caller gets round to closing the connection.
    if (this.phase === "failed") return;
    this.queue.push(chunk);
    if (this.phase === "body") this.guard(() => this.advanceBody());
  }

  end(): void {
    this.ended = true;
    if (this.phase === "body") this.guard(() => this.advanceBody());
  }

  parseHead(): "incomplete" | "head" | "error" {
    switch (this.phase) {
      case "failed":
        return "error";
      case "body":
      case "complete":
        return "head";
      case "idle":
        if (this.queue.length === 0) return "incomplete";
        this.fail(
          new HttpParseError("UNEXPECTED_DATA", "bytes received with no response expected"),
        );
        return "error";
      case "head":
        this.guard(() => this.advanceHead());
        if (this.failure !== null) return "error";
        return this.finalHead !== null ? "head" : "incomplete";
    }
  }

  readBody(max: number): Uint8Array | null {
    if (this.phase !== "body" || max < 1) return null;
    let piece: Uint8Array | null = null;
    this.guard(() => {
      const framing = this.finalHead!.framing;
      if (framing.kind === "length") {
        piece = this.queue.takeUpTo(Math.min(max, this.lengthRemaining));
        if (piece !== null) this.lengthRemaining -= piece.byteLength;
      } else if (framing.kind === "chunked") {
        this.chunked!.advance(this.queue);
        piece = this.chunked!.read(this.queue, max);
      } else {
        piece = this.queue.takeUpTo(max);
      }
      this.advanceBody();
    });
    return this.failure === null ? piece : null;
  }

  /** Runs a step, turning a thrown HttpParseError into the sticky failed state. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (caught) {
      if (!(caught instanceof HttpParseError)) throw caught;
      this.fail(caught);
    }
  }

  private fail(error: HttpParseError): void {
    if (this.failure === null) this.failure = error;
    this.phase = "failed";
  }

  private advanceHead(): void {
    // Each pass consumes one line or returns; the byte cap bounds the number of passes.
    while (this.finalHead === null) {
      const line = this.lines.next(this.queue, this.maxHeaderBytes - this.headBytes);
      if (line.kind === "too-long") {
        throw new HttpParseError(
          "HEADER_TOO_LARGE",
          `response head exceeds ${this.maxHeaderBytes} bytes`,
        );
      }
      if (line.kind === "incomplete") {
        if (this.ended)
          throw new HttpParseError("TRUNCATED_HEAD", "connection closed inside the response head");
        return;
      }
      this.headBytes += line.size;
      if (this.statusLine === null) {
        if (line.text === "") continue; // leading empty lines
        if (line.text.includes("\r"))
          throw new HttpParseError("BAD_STATUS_LINE", "bare CR in status line");
        this.statusLine = parseStatusLine(line.text);
      } else if (line.text === "") {
        this.finishHead(this.statusLine);
      } else {
        this.addHeaderLine(line.text);
      }
    }
  }

  private addHeaderLine(text: string): void {
    const first = text.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      const last = this.fields.length - 1;
      if (last < 0)
        throw new HttpParseError(
          "BAD_HEADER",
          "whitespace line between status line and first header",
        );
      checkFieldValue(text);
      const folded = trimOws(text);
      this.fields[last]!.value = trimOws(`${this.fields[last]!.value} ${folded}`);
      this.headerLines[last] = `${this.headerLines[last]} ${folded}`;
      return;
    }
    const field = parseHeaderLine(text);
    if (this.fields.length >= this.maxHeaderCount) {
      throw new HttpParseError(
        "TOO_MANY_HEADERS",
        `more than ${this.maxHeaderCount} header fields`,
      );
    }
    this.fields.push(field);
    this.headerLines.push(trimOws(text));
  }

  private finishHead(statusLine: StatusLine): void {
    const { version, status, reason } = statusLine;
    if (status < 200 && status !== 101) {
      // Interim response: checked, dropped; the final head follows. headBytes keeps counting.
      this.statusLine = null;
      this.headerLines = [];
      this.fields = [];
      return;
    }
    const { framing, connectionClose } = decideFraming({
      requestMethod: this.requestMethod,
      version,
      status,
      fields: this.fields,
    });
    this.finalHead = {
      version,
      status,
      reason,
      headers: this.headerLines,
      connectionClose,
      framing,
    };
    this.phase = "body";
    if (framing.kind === "length") this.lengthRemaining = framing.length;
    if (framing.kind === "chunked") {
      this.chunked = new ChunkedDecoder({
        maxLineBytes: this.maxHeaderBytes,
        maxTrailerBytes: this.maxHeaderBytes,
        maxTrailerCount: this.maxHeaderCount,
      });
    }
    this.advanceBody();
  }

  /** Moves past framing bytes, marks completion, and detects truncation once the peer has ended. */
  private advanceBody(): void {
    const framing = this.finalHead!.framing;
    switch (framing.kind) {
      case "none":
        this.phase = "complete";
        return;
      case "length":
        if (this.lengthRemaining === 0) this.phase = "complete";
        else if (this.ended && this.queue.length < this.lengthRemaining) {
          this.truncated(`${this.lengthRemaining - this.queue.length} bytes short`);
        }
        return;
      case "eof":
        if (this.ended && this.queue.length === 0) this.phase = "complete";
        return;
      case "chunked": {
        const decoder = this.chunked!;
        decoder.advance(this.queue);
        if (decoder.done) this.phase = "complete";
        else if (this.ended && !decoder.canFinishFrom(this.queue))
          this.truncated("chunked body ended early");
        return;
      }
    }
  }

  private truncated(detail: string): never {
    throw new HttpParseError("TRUNCATED_BODY", `connection closed inside the body: ${detail}`);
  }
}
