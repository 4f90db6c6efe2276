// Pulls one line at a time out of a ByteQueue for the head, chunk-size lines and trailers.
// Line end: CRLF, or a bare LF (RFC 9112 §2.2 lets a recipient accept LF alone). A CR anywhere
// else is left in the text for the caller to reject. Lines are decoded as latin1, so every byte
// maps to one char and nothing is lost or replaced.
import { Buffer } from "node:buffer";
import type { ByteQueue } from "./byte-queue.js";

const LF = 0x0a;
const CR = 0x0d;

export type LineResult =
  | { kind: "line"; text: string; /** bytes consumed, terminator included */ size: number }
  | { kind: "incomplete" }
  | { kind: "too-long" };

export class LineReader {
  /** Bytes at the queue start already searched for LF in vain; saves rescanning on each push. */
  private scanned = 0;

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
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("latin1");
    return { kind: "line", text, size };
  }

  /** Forget scan progress; call whenever the queue is consumed by someone else. */
  reset(): void {
    this.scanned = 0;
  }
}
