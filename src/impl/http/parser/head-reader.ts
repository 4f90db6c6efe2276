// Reads response heads line by line off the queue until the final one is complete.
// - Empty lines before the status line are skipped (as llhttp does); they count toward the cap.
// - A bare CR in the status line is BAD_STATUS_LINE; in a field line, BAD_HEADER (header-line.ts).
// - 1xx heads other than 101 are parsed, checked and dropped, then the next head is read. Their
//   bytes count toward maxHeaderBytes of the final head, so an endless 1xx stream is bounded.
// - A head line that cannot end within the remaining byte budget is HEADER_TOO_LARGE at once,
//   without waiting for its line end.
import type { ByteQueue } from "./byte-queue.js";
import { FieldBlock } from "./field-block.js";
import { LineReader } from "./line-reader.js";
import { HttpParseError } from "./parse-error.js";
import { parseStatusLine } from "./status-line.js";
import type { StatusLine } from "./status-line.js";

export interface ParsedHead {
  statusLine: StatusLine;
  block: FieldBlock;
}

export class HeadReader {
  private readonly maxBytes: number;
  private readonly maxCount: number;
  private readonly lines = new LineReader("text");
  private bytes = 0;
  private statusLine: StatusLine | null = null;
  private block: FieldBlock;

  constructor(maxBytes: number, maxCount: number) {
    this.maxBytes = maxBytes;
    this.maxCount = maxCount;
    this.block = new FieldBlock(maxCount);
  }

  /** Starts over for a new response. */
  reset(): void {
    this.lines.reset();
    this.bytes = 0;
    this.statusLine = null;
    this.block = new FieldBlock(this.maxCount);
  }

  /**
   * Consumes head lines; returns the final head once complete, null when more bytes are needed.
   * `ended`: the peer closed, so an incomplete head is TRUNCATED_HEAD. Throws HttpParseError.
   */
  read(queue: ByteQueue, ended: boolean): ParsedHead | null {
    // Each pass consumes one line or returns; the byte cap bounds the number of passes.
    for (;;) {
      const line = this.lines.next(queue, this.maxBytes - this.bytes);
      if (line.kind === "too-long") {
        throw new HttpParseError(
          "HEADER_TOO_LARGE",
          `response head exceeds ${this.maxBytes} bytes`,
        );
      }
      if (line.kind === "incomplete") {
        if (ended) throw new HttpParseError("TRUNCATED_HEAD", "connection closed inside the head");
        return null;
      }
      this.bytes += line.size;
      if (this.statusLine === null) {
        if (line.text === "") continue;
        if (line.text.includes("\r")) {
          throw new HttpParseError("BAD_STATUS_LINE", "bare CR in status line");
        }
        this.statusLine = parseStatusLine(line.text);
      } else if (line.text !== "") {
        this.block.add(line.text);
      } else if (this.statusLine.status < 200 && this.statusLine.status !== 101) {
        // Interim response: checked, dropped; the final head follows. `bytes` keeps counting.
        this.statusLine = null;
        this.block = new FieldBlock(this.maxCount);
      } else {
        return { statusLine: this.statusLine, block: this.block };
      }
    }
  }
}
