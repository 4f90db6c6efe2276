// Decides how the body of a final response is delimited, following RFC 9112 §6.3 in order:
//  1. HEAD, 1xx, 204, 304 and 2xx to CONNECT have no body, whatever the headers say.
//  2. Content-Length together with Transfer-Encoding is refused (LENGTH_AND_CHUNKED): the classic
//     smuggling ambiguity. This holds for bodiless responses too, as do the syntax checks below.
//  3. Transfer-Encoding with chunked as the final coding → chunked. Any other final coding → read
//     to EOF and never reuse the connection (§6.3 item 4). chunked twice, or an empty or non-token
//     coding → BAD_TRANSFER_ENCODING. Codings are compared case-insensitively.
//  4. Content-Length: each value and each comma-separated element is 1*DIGIT, all equal (RFC 9110
//     §8.6 allows "5, 5"), at most Number.MAX_SAFE_INTEGER; anything else is BAD_CONTENT_LENGTH.
//  5. Neither: read to EOF when the peer will close, else no body (the engine's keep-alive rule).
// Transfer-Encoding on an HTTP/1.0 response is decoded but forces close (§6.1).
import { OWS, QUOTED_STRING, TOKEN } from "./grammar.js";
import { trimOws } from "./header-line.js";
import type { HeaderField } from "./header-line.js";
import { HttpParseError } from "./parse-error.js";
import type { BodyFraming } from "./types.js";

const TRANSFER_CODING = new RegExp(
  `^(${TOKEN})(?:${OWS};${OWS}${TOKEN}${OWS}=${OWS}(?:${TOKEN}|${QUOTED_STRING}))*$`,
);

export interface FramingInput {
  requestMethod: string;
  version: "1.0" | "1.1";
  status: number;
  fields: readonly HeaderField[];
}

export interface FramingDecision {
  framing: BodyFraming;
  connectionClose: boolean;
}

export function decideFraming(input: FramingInput): FramingDecision {
  const { requestMethod, version, status, fields } = input;
  let connectionTokens: string[] = [];
  const contentLengths: string[] = [];
  const transferEncodings: string[] = [];
  for (const field of fields) {
    if (field.name === "connection")
      connectionTokens = connectionTokens.concat(splitList(field.value));
    else if (field.name === "content-length") contentLengths.push(field.value);
    else if (field.name === "transfer-encoding") transferEncodings.push(field.value);
  }
  const tokens = connectionTokens.map((token) => token.toLowerCase());
  let connectionClose =
    tokens.includes("close") || (version === "1.0" && !tokens.includes("keep-alive"));

  const length = contentLengths.length > 0 ? parseContentLength(contentLengths) : null;
  const codings = transferEncodings.length > 0 ? parseTransferCodings(transferEncodings) : null;
  if (length !== null && codings !== null) {
    throw new HttpParseError("LENGTH_AND_CHUNKED", "both Content-Length and Transfer-Encoding");
  }

  const method = requestMethod.toUpperCase();
  const bodiless =
    method === "HEAD" ||
    status < 200 ||
    status === 204 ||
    status === 304 ||
    (method === "CONNECT" && status < 300);
  if (bodiless) return { framing: { kind: "none" }, connectionClose };

  if (codings !== null) {
    if (version === "1.0") connectionClose = true;
    if (codings[codings.length - 1] === "chunked")
      return { framing: { kind: "chunked" }, connectionClose };
    return { framing: { kind: "eof" }, connectionClose: true };
  }
  if (length !== null) return { framing: { kind: "length", length }, connectionClose };
  return { framing: connectionClose ? { kind: "eof" } : { kind: "none" }, connectionClose };
}

/** Comma-separated list elements, OWS trimmed, empty elements dropped (RFC 9110 §5.6.1). */
function splitList(value: string): string[] {
  return value
    .split(",")
    .map(trimOws)
    .filter((element) => element !== "");
}

function parseContentLength(values: readonly string[]): number {
  let result: number | null = null;
  for (const value of values) {
    // Elements are split by hand rather than with splitList: an empty element ("5,,5", or an empty
    // header) is malformed here, not ignorable.
    for (const raw of value.split(",")) {
      const element = trimOws(raw);
      if (!/^\d+$/.test(element)) {
        throw new HttpParseError(
          "BAD_CONTENT_LENGTH",
          `not 1*DIGIT: ${JSON.stringify(element.slice(0, 32))}`,
        );
      }
      const length = Number(element);
      if (!Number.isSafeInteger(length)) {
        throw new HttpParseError(
          "BAD_CONTENT_LENGTH",
          `beyond Number.MAX_SAFE_INTEGER: ${element.slice(0, 32)}`,
        );
      }
      if (result !== null && result !== length) {
        throw new HttpParseError(
          "BAD_CONTENT_LENGTH",
          `conflicting values ${result} and ${length}`,
        );
      }
      result = length;
    }
  }
  return result!;
}

function parseTransferCodings(values: readonly string[]): string[] {
  const codings: string[] = [];
  for (const value of values) {
    for (const element of splitList(value)) {
      // transfer-coding = token *( OWS ";" OWS transfer-parameter ); parameters are ignored.
      const match = TRANSFER_CODING.exec(element);
      const name = match?.[1]?.toLowerCase();
      if (name === undefined) {
        throw new HttpParseError(
          "BAD_TRANSFER_ENCODING",
          `invalid coding ${JSON.stringify(element.slice(0, 32))}`,
        );
      }
      codings.push(name);
    }
  }
  if (codings.length === 0)
    throw new HttpParseError("BAD_TRANSFER_ENCODING", "empty Transfer-Encoding");
  if (codings.filter((coding) => coding === "chunked").length > 1) {
    throw new HttpParseError("BAD_TRANSFER_ENCODING", "chunked applied more than once");
  }
  return codings;
}
