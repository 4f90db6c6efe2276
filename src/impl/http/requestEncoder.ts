import { DEFAULT_USER_AGENT } from "./userAgent.js";

/** Request-line method names, indexed by HTTPClient.Method. */
export const METHOD_NAMES = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "OPTIONS",
  "TRACE",
  "CONNECT",
  "PATCH",
] as const;

export interface RequestTarget {
  /** The origin's authority for Host (IPv6 bracketed), without the port. */
  readonly authority: string;
  readonly port: number;
  readonly tls: boolean;
  /** Send an absolute URI (plain HTTP through a proxy). */
  readonly absoluteUri: boolean;
}

// Controls (CR, LF, NUL and the rest), space and DEL would split or bend the request line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_URL_CHAR = /[\u0000-\u0020\u007f]/;
// RFC 9110 §5.6.2 token.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Field values: no controls except horizontal tab (RFC 9110 §5.5); CR/LF/NUL would split the request.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_VALUE_CHAR = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const CONNECT_TARGET = /^(?:\[[0-9A-Fa-f:.]+\]|[^\s:/?#@[\]]+):\d{1,5}$/;

/** Whether `url` is a valid request target for `method` (GUIDE §5 URL rules, plus no controls or spaces). */
export function isValidUrl(methodName: string, url: string): boolean {
  if (url.length === 0 || BAD_URL_CHAR.test(url)) return false;
  if (methodName === "CONNECT") return CONNECT_TARGET.test(url);
  if (methodName === "OPTIONS" && url === "*") return true;
  return url.startsWith("/") || url.startsWith("http://") || url.startsWith("https://");
}

/**
 * The header's name (text before the first ':'), or null when the header is not a valid field
 * line: the engine only asks for a ':' after at least one character; we also require the name to
 * be a token (no spaces before the colon) and the value to hold no control characters.
 */
export function headerName(header: string): string | null {
  const colon = header.indexOf(":");
  if (colon < 1) return null;
  const name = header.slice(0, colon);
  if (!TOKEN.test(name) || BAD_VALUE_CHAR.test(header)) return null;
  return name;
}

/** Methods whose requests carry `Content-Length: 0` even with an empty body (RFC 9110 §8.6). */
const CONTENT_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * Builds the request head as the engine does (GUIDE §5): the caller's headers first, in order,
 * then Host, Content-Length, User-Agent and Accept unless the caller sent one of that name
 * (case-insensitive). Returns null if any header is invalid; the caller checked the URL.
 */
export function encodeRequestHead(
  methodName: string,
  url: string,
  headers: readonly string[],
  bodyLength: number,
  target: RequestTarget,
): string | null {
  let head = `${methodName} ${target.absoluteUri && url.startsWith("/") ? `http://${target.authority}:${target.port}${url}` : url} HTTP/1.1\r\n`;
  let hasHost = false;
  let hasLength = false;
  let hasAgent = false;
  let hasAccept = false;
  for (const header of headers) {
    const name = headerName(header);
    if (name === null) return null;
    switch (name.toLowerCase()) {
      case "host":
        hasHost = true;
        break;
      case "content-length":
        hasLength = true;
        break;
      case "user-agent":
        hasAgent = true;
        break;
      case "accept":
        hasAccept = true;
        break;
    }
    head += header + "\r\n";
  }
  if (!hasHost) {
    const defaultPort = target.tls ? 443 : 80;
    head +=
      target.port === defaultPort
        ? `Host: ${target.authority}\r\n`
        : `Host: ${target.authority}:${target.port}\r\n`;
  }
  if (!hasLength && (bodyLength > 0 || CONTENT_METHODS.has(methodName)))
    head += `Content-Length: ${bodyLength}\r\n`;
  if (!hasAgent) head += `User-Agent: ${DEFAULT_USER_AGENT}\r\n`;
  if (!hasAccept) head += "Accept: */*\r\n";
  return head + "\r\n";
}
