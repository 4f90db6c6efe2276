import { FetchDocsError } from "./errors.js";
import { parseHttpUrl, shortUrl } from "./url.js";

/** The statuses that send a GET elsewhere (RFC 9110 §15.4); 300 and 304 are not followed. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Hops followed before giving up, counting from the first request. */
export const MAX_REDIRECTS = 5;

/**
 * The URL a redirect response points at. `location` may be absolute or relative to `current`.
 * A hop from https to http is refused: the archive would then travel unauthenticated.
 */
export function redirectTarget(current: URL, status: number, location: string | undefined): URL {
  if (location === undefined || location.trim() === "") {
    throw new FetchDocsError("http", `HTTP ${status} redirect without a Location header`);
  }
  let resolved: URL;
  try {
    resolved = new URL(location.trim(), current);
  } catch {
    throw new FetchDocsError("http", `HTTP ${status} redirect to an invalid URL: ${location}`);
  }
  const next = parseHttpUrl(resolved.href);
  if (next === null) {
    throw new FetchDocsError("http", `HTTP ${status} redirect to a non-http(s) URL: ${location}`);
  }
  if (current.protocol === "https:" && next.protocol === "http:") {
    throw new FetchDocsError(
      "http",
      `refused redirect from https to http (${shortUrl(current)} → ${shortUrl(next)})`,
    );
  }
  // The fragment is never sent; dropping it keeps messages and comparisons plain.
  next.hash = "";
  return next;
}

/** Response header lookup by name, case-insensitively (HTTP field names are). */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
