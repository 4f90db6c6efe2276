// Decodes Transfer-Encoding: chunked (RFC 9112 §7.1) straight off the ByteQueue. Chunk payload
// is never buffered whole: `read` hands out whatever part of the current chunk has arrived, so a
// chunk of any size (up to Number.MAX_SAFE_INTEGER) streams through in pieces.
//
// Decisions:
// - chunk-size is 1*HEXDIG with no cap other than MAX_SAFE_INTEGER (leading zeros are fine).
// - Extensions (`;name`, `;name=token`, `;name="quoted \" string"`) are validated and ignored;
//   BWS (SP/HTAB) is accepted around ";" and "=" and at the end of the line, nowhere else —
//   "1 0", " 5", "5x" or an empty size line are BAD_CHUNK.
// - After the data, CRLF (or a bare LF) must follow at once, else BAD_CHUNK.
// - Trailer fields are checked like header fields, collected in `trailers`, never returned as body.
//   A chunk-size line and the whole trailer section are each capped at maxHeaderBytes.
import type { ByteQueue } from "./byte-queue.js";
import { FieldBlock } from "./field-block.js";
import { OWS, QUOTED_STRING, TOKEN } from "./grammar.js";
import { LineReader } from "./line-reader.js";
import { HttpParseError } from "./parse-error.js";

const EXTENSION = `${OWS};${OWS}${TOKEN}(?:${OWS}=${OWS}(?:${TOKEN}|${QUOTED_STRING}))?`;
const CHUNK_SIZE_LINE = new RegExp(`^([0-9A-Fa-f]+)(?:${EXTENSION})*${OWS}$`);
/** 14 hex digits hold 2^56; past that the value cannot be a safe integer. */
const MAX_SIGNIFICANT_HEX_DIGITS = 14;
const LF = 0x0a;
const CR = 0x0d;

type State = "size" | "data" | "data-end" | "trailers" | "done";

export interface ChunkLimits {
  maxLineBytes: number;
  maxTrailerBytes: number;
  maxTrailerCount: number;
}

export class ChunkedDecoder {
  private state: State = "size";
  /** Payload bytes of the current chunk not yet handed out. */
  private remaining = 0;
  private trailerBytes = 0;
  private readonly sizeLines = new LineReader("latin1");
  private readonly trailerLines = new LineReader("text");
  private readonly trailerBlock: FieldBlock;
  private readonly limits: ChunkLimits;

  constructor(limits: ChunkLimits) {
    this.limits = limits;
    this.trailerBlock = new FieldBlock(limits.maxTrailerCount);
  }

  /** Trailer lines received so far ("Name: value", trimmed, folds joined). */
  get trailers(): readonly string[] {
    return this.trailerBlock.lines;
  }

  get done(): boolean {
    return this.state === "done";
  }

  /** True when payload bytes of the current chunk are waiting in the queue. */
  hasData(queue: ByteQueue): boolean {
    return this.state === "data" && queue.length > 0;
  }

  /** Whether the body can still finish if no more bytes arrive (used at EOF). */
  canFinishFrom(queue: ByteQueue): boolean {
    // The current chunk's rest plus at least its CRLF must be here; finer checks wait for reads.
    return this.state === "done" || (this.state === "data" && queue.length > this.remaining);
  }

  /**
   * Consumes framing (size lines, CRLF after data, trailers) until payload is available, the body
   * is done, or more bytes are needed. Throws HttpParseError on malformed framing.
   */
  advance(queue: ByteQueue): void {
    // Each pass consumes bytes or returns, so the loop is bounded by the queue length.
    for (;;) {
      switch (this.state) {
        case "data":
        case "done":
          return;
        case "size":
          if (!this.readSizeLine(queue)) return;
          break;
        case "data-end":
          if (!this.readDataEnd(queue)) return;
          break;
        case "trailers":
          if (!this.readTrailerLine(queue)) return;
          break;
      }
    }
  }

  /** Up to `max` payload bytes of the current chunk, or null if none are buffered. */
  read(queue: ByteQueue, max: number): Uint8Array | null {
    if (this.state !== "data") return null;
    const piece = queue.takeUpTo(Math.min(max, this.remaining));
    if (piece === null) return null;
    this.remaining -= piece.byteLength;
    if (this.remaining === 0) this.state = "data-end";
    return piece;
  }

  private readSizeLine(queue: ByteQueue): boolean {
    const line = this.sizeLines.next(queue, this.limits.maxLineBytes);
    if (line.kind === "incomplete") return false;
    if (line.kind === "too-long") throw new HttpParseError("BAD_CHUNK", "chunk-size line too long");
    const match = CHUNK_SIZE_LINE.exec(line.text);
    if (match === null) {
      throw new HttpParseError(
        "BAD_CHUNK",
        `malformed chunk-size line ${JSON.stringify(line.text.slice(0, 64))}`,
      );
    }
    const digits = match[1]!.replace(/^0+(?=.)/, "");
    const size = digits.length > MAX_SIGNIFICANT_HEX_DIGITS ? Infinity : parseInt(digits, 16);
    if (!Number.isSafeInteger(size))
      throw new HttpParseError("BAD_CHUNK", "chunk size beyond Number.MAX_SAFE_INTEGER");
    if (size === 0) {
      this.state = "trailers";
    } else {
      this.remaining = size;
      this.state = "data";
    }
    return true;
  }

  private readDataEnd(queue: ByteQueue): boolean {
    const first = queue.byteAt(0);
    if (first === LF) {
      queue.skip(1);
    } else if (first === CR) {
      const second = queue.byteAt(1);
      if (second === -1) return false;
      if (second !== LF)
        throw new HttpParseError("BAD_CHUNK", "CR not followed by LF after chunk data");
      queue.skip(2);
    } else if (first === -1) {
      return false;
    } else {
      throw new HttpParseError("BAD_CHUNK", "chunk data longer than its size (no CRLF after data)");
    }
    this.state = "size";
    return true;
  }

  private readTrailerLine(queue: ByteQueue): boolean {
    const budget = this.limits.maxTrailerBytes - this.trailerBytes;
    const line = this.trailerLines.next(queue, budget);
    if (line.kind === "incomplete") return false;
    if (line.kind === "too-long")
      throw new HttpParseError("HEADER_TOO_LARGE", "trailer section too large");
    this.trailerBytes += line.size;
    if (line.text === "") {
      this.state = "done";
      return true;
    }
    this.trailerBlock.add(line.text);
    return true;
  }
}
