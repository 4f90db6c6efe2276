import { isIP } from "node:net";

/** A host as given to connect_to_host, split into what DNS, sockets and headers each need. */
export interface HostAddress {
  /** The name or address without IPv6 brackets: what DNS and the socket get. */
  readonly hostname: string;
  /** 0 for a name, 4 or 6 for an IP literal (which skips DNS). */
  readonly ipVersion: 0 | 4 | 6;
  /** The form for a Host header or an authority: IPv6 literals bracketed. */
  readonly authority: string;
}

// Letters, digits, '-', '_' and '.' (underscores appear in real-world DNS names), or any
// non-ASCII character (IDN names, which the resolver punycodes). Nothing that could end a request
// line, a header or an authority: no whitespace, controls, '/', '?', '#', '@', ':' or '%'.
const HOST_NAME = /^[A-Za-z0-9\-_.\u0080-\uFFFF]+$/;

/** Parses a host for a connection; null when it is not a valid name or IP literal. */
export function parseHostAddress(host: string): HostAddress | null {
  const unbracketed = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const version = isIP(unbracketed);
  if (version === 6) return { hostname: unbracketed, ipVersion: 6, authority: `[${unbracketed}]` };
  if (unbracketed !== host) return null;
  if (version === 4) return { hostname: host, ipVersion: 4, authority: host };
  if (host.length === 0 || host.length > 253 || !HOST_NAME.test(host)) return null;
  return { hostname: host, ipVersion: 0, authority: host };
}
