// Pulls one line at a time out of a ByteQueue for the head, chunk-size lines and trailers.
// Line end: CRLF, or a bare LF (RFC 9112 §2.2 lets a recipient accept LF alone). A CR anywhere
// else is left in the text for the caller to reject.
// Decoding: "latin1" maps every byte to one char, nothing lost or replaced (chunk-size lines,
// whose grammar is byte-based). "text" (head and trailer lines) decodes valid UTF-8 as UTF-8, as the
// engine does for get_response_headers(), and falls back to latin1 when the bytes are not valid
// UTF-8, so a value is never mangled into U+FFFD. ASCII lines take the latin1 fast path either way.
import { Buffer } from "node:buffer";
import type { ByteQueue } from "./byte-queue.js";

const LF = 0x0a;
const CR = 0x0d;
const NON_ASCII = /[\x80-\xff]/;

export type LineResult =
  | { kind: "line"; text: string; /** bytes consumed, terminator included */ size: number }
  | { kind: "incomplete" }
  | { kind: "too-long" };

export type LineDecoding = "latin1" | "text";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export class LineReader {
  /** Bytes at the queue start already searched for LF in vain; saves rescanning on each push. */
  private scanned = 0;
  private readonly decoding: LineDecoding;

  constructor(decoding: LineDecoding) {
    this.decoding = decoding;
  }

  /** Reads the next line if it is complete and at most `limit` bytes long (terminator included). */
  next(queue: ByteQueue, limit: number): LineResult {
    const lf = queue.indexOf(LF, this.scanned);
    if (lf < 0) {
      this.scanned = queue.length;
      return queue.length >= limit ? { kind: "too-long" } : { kind: "incomplete" };
    }
    const size = lf + 1;
    if (size > limit) return { kind: "too-long" };
    this.scanned = 0;
    const bytes = queue.take(size);
    const end = size >= 2 && bytes[size - 2] === CR ? size - 2 : size - 1;
    const content = bytes.subarray(0, end);
    return { kind: "line", text: this.decode(content), size };
  }

  private decode(content: Uint8Array): string {
    const latin1 = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString(
      "latin1",
    );
    if (this.decoding === "latin1" || !NON_ASCII.test(latin1)) return latin1;
    try {
      return utf8.decode(content);
    } catch {
      return latin1;
    }
  }

  /** Forget scan progress; call whenever the queue is consumed by someone else. */
  reset(): void {
    this.scanned = 0;
  }
}
