// The incremental response parser: bytes go in with push(), the head comes out of parseHead(),
// payload out of readBody(). It never reads a socket itself and never throws out of parseHead or
// readBody; a malformed response sets `error` and stays failed until the next beginResponse().
//
// Decisions live at the top of the file applying them: head-reader.ts, status-line.ts,
// field-block.ts, header-line.ts, line-reader.ts, framing.ts, chunked-decoder.ts. Here:
// - Truncation is reported as soon as it is certain after end(): at once for a short
//   Content-Length body, at the latest when the buffered bytes run out for a chunked one.
// - UNEXPECTED_DATA: bytes pushed after end(), or bytes waiting when parseHead() is called with no
//   response begun (the server sent something nobody asked for).
import { ByteQueue } from "./byte-queue.js";
import { ChunkedDecoder } from "./chunked-decoder.js";
import { decideFraming } from "./framing.js";
import { HeadReader } from "./head-reader.js";
import { HttpParseError } from "./parse-error.js";
import { DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_HEADER_COUNT } from "./types.js";
import type { ParserOptions, ResponseHead } from "./types.js";

type Phase = "idle" | "head" | "body" | "complete" | "failed";

export class ResponseParser {
  private readonly maxHeaderBytes: number;
  private readonly maxHeaderCount: number;
  private readonly queue = new ByteQueue();
  private readonly headReader: HeadReader;
  private phase: Phase = "idle";
  private ended = false;
  private requestMethod = "GET";
  private failure: HttpParseError | null = null;
  private finalHead: ResponseHead | null = null;
  /** Bytes given to push() since construction, dropped ones included. */
  private pushedBytes = 0;

  // Body state.
  private lengthRemaining = 0;
  private chunked: ChunkedDecoder | null = null;

  constructor(options: ParserOptions = {}) {
    this.maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
    this.maxHeaderCount = options.maxHeaderCount ?? DEFAULT_MAX_HEADER_COUNT;
    this.headReader = new HeadReader(this.maxHeaderBytes, this.maxHeaderCount);
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

  /**
   * Bytes given to push() that the parser no longer holds (consumed or dropped), counted since
   * construction. Nothing returned or kept refers to them any more, except the body pieces that
   * readBody() handed out, which are the caller's.
   */
  get consumedBytes(): number {
    return this.pushedBytes - this.queue.length;
  }

  get bodyComplete(): boolean {
    return this.phase === "complete";
  }

  /** Chunked trailer lines of the current response ("Name: value", trimmed); never part of the body. */
  get trailers(): readonly string[] {
    return this.chunked?.trailers ?? [];
  }

  beginResponse(requestMethod: string): void {
    this.requestMethod = requestMethod;
    this.phase = "head";
    this.failure = null;
    this.finalHead = null;
    this.lengthRemaining = 0;
    this.chunked = null;
    this.headReader.reset();
  }

  push(chunk: Uint8Array): void {
    this.pushedBytes += chunk.byteLength;
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
    const parsed = this.headReader.read(this.queue, this.ended);
    if (parsed === null) return;
    const { version, status, reason } = parsed.statusLine;
    const { framing, connectionClose } = decideFraming({
      requestMethod: this.requestMethod,
      version,
      status,
      fields: parsed.block.fields,
    });
    this.finalHead = {
      version,
      status,
      reason,
      headers: parsed.block.lines,
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
