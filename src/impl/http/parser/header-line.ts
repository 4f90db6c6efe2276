// field-line = field-name ":" OWS field-value OWS   (RFC 9112 §5, RFC 9110 §5)
// The name must be a non-empty token directly followed by ":" — whitespace before the colon is
// refused (RFC 9112 §5.1 says MUST reject). Values may hold SP, HTAB, VCHAR and obs-text; other
// controls (bare CR, NUL, ...) are refused, since they are how response splitting gets in.
import { TOKEN } from "./grammar.js";
import { HttpParseError } from "./parse-error.js";

export interface HeaderField {
  /** Lower-cased for lookups. */
  name: string;
  /** OWS trimmed. */
  value: string;
}

const TOKEN_ONLY = new RegExp(`^${TOKEN}$`);
// eslint-disable-next-line no-control-regex
const VALUE_FORBIDDEN = /[\x00-\x08\x0a-\x1f\x7f]/;

export function isToken(text: string): boolean {
  return TOKEN_ONLY.test(text);
}

/** Splits and validates one header (or trailer) line, terminator already removed. */
export function parseHeaderLine(line: string): HeaderField {
  const colon = line.indexOf(":");
  if (colon < 0) throw new HttpParseError("BAD_HEADER", `no colon in ${preview(line)}`);
  const name = line.slice(0, colon);
  if (!isToken(name)) {
    throw new HttpParseError("BAD_HEADER", `invalid field name ${preview(name)}`);
  }
  const value = line.slice(colon + 1);
  checkFieldValue(value);
  return { name: name.toLowerCase(), value: trimOws(value) };
}

/** Validates a value fragment (also used for obs-fold continuation lines). */
export function checkFieldValue(value: string): void {
  if (VALUE_FORBIDDEN.test(value)) {
    throw new HttpParseError("BAD_HEADER", `control character in field value ${preview(value)}`);
  }
}

/** OWS is SP / HTAB only (String.prototype.trim would also eat other whitespace). */
export function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isOws(text.charCodeAt(start))) start++;
  while (end > start && isOws(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

function isOws(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}
