// status-line = HTTP-version SP status-code SP [ reason-phrase ]   (RFC 9112 §4)
// Decisions: a missing reason is accepted with or without the SP (RFC 9112 §4 asks clients to be
// tolerant there). HTTP/1.2–1.9 are read as 1.1 (RFC 9110 §2.5); any other version, lower-case
// "http", or extra digits are BAD_VERSION. The status must be 3 digits in 100–599 (RFC 9110 §15).
// The reason may hold SP, HTAB, VCHAR and obs-text only; other controls (bare CR, NUL) are refused.
import { trimOws } from "./header-line.js";
import { HttpParseError } from "./parse-error.js";

export interface StatusLine {
  version: "1.0" | "1.1";
  status: number;
  reason: string;
}

const VERSION = /^HTTP\/(\d)\.(\d)$/;
// eslint-disable-next-line no-control-regex
const REASON_FORBIDDEN = /[\x00-\x08\x0a-\x1f\x7f]/;

export function parseStatusLine(line: string): StatusLine {
  const firstSpace = line.indexOf(" ");
  const versionText = firstSpace < 0 ? line : line.slice(0, firstSpace);
  const version = VERSION.exec(versionText);
  if (version === null || version[1] !== "1") {
    throw new HttpParseError(
      "BAD_VERSION",
      `unsupported version ${JSON.stringify(versionText.slice(0, 32))}`,
    );
  }
  if (firstSpace < 0) throw new HttpParseError("BAD_STATUS_LINE", "no status code");
  const statusText = line.slice(firstSpace + 1, firstSpace + 4);
  const afterStatus = line.slice(firstSpace + 4);
  if (!/^\d{3}$/.test(statusText) || (afterStatus !== "" && !afterStatus.startsWith(" "))) {
    throw new HttpParseError(
      "BAD_STATUS_LINE",
      `status code must be 3 digits: ${JSON.stringify(line.slice(0, 64))}`,
    );
  }
  const status = Number(statusText);
  if (status < 100 || status > 599) {
    throw new HttpParseError("BAD_STATUS_LINE", `status code ${status} out of 100-599`);
  }
  const reason = afterStatus.slice(1);
  if (REASON_FORBIDDEN.test(reason)) {
    throw new HttpParseError("BAD_STATUS_LINE", "control character in reason phrase");
  }
  return { version: version[2] === "0" ? "1.0" : "1.1", status, reason: trimOws(reason) };
}
