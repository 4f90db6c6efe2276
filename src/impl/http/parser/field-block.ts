// Collects the field lines of one header section (a response head, or chunked trailers): checks
// each line, unfolds obs-fold, and enforces the count cap.
// obs-fold: a line starting with SP/HTAB continues the previous field and is joined to it with one
// SP, as RFC 9112 §5.2 requires of a user agent. A continuation with nothing before it is
// BAD_HEADER (RFC 9112 §2.2: whitespace between the start line and the first field).
import { checkFieldValue, parseHeaderLine, trimOws } from "./header-line.js";
import type { HeaderField } from "./header-line.js";
import { HttpParseError } from "./parse-error.js";

export class FieldBlock {
  /** The lines as received, OWS trimmed, folds joined: what get_response_headers() returns. */
  readonly lines: string[] = [];
  readonly fields: HeaderField[] = [];
  private readonly maxCount: number;

  constructor(maxCount: number) {
    this.maxCount = maxCount;
  }

  /** Adds one non-empty line (terminator removed). Throws HttpParseError. */
  add(text: string): void {
    const first = text.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      const last = this.fields.length - 1;
      if (last < 0) throw new HttpParseError("BAD_HEADER", "continuation line before any field");
      checkFieldValue(text);
      const continuation = trimOws(text);
      this.fields[last]!.value = trimOws(`${this.fields[last]!.value} ${continuation}`);
      this.lines[last] = `${this.lines[last]} ${continuation}`;
      return;
    }
    const field = parseHeaderLine(text);
    if (this.fields.length >= this.maxCount) {
      throw new HttpParseError("TOO_MANY_HEADERS", `more than ${this.maxCount} fields`);
    }
    this.fields.push(field);
    this.lines.push(trimOws(text));
  }
}
