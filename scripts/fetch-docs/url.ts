/** Where a request goes, split the way HTTPClient.connect_to_host and request() take it. */
export interface HttpTarget {
  readonly url: URL;
  readonly tls: boolean;
  /** Host name or IP literal; IPv6 keeps its brackets, as connect_to_host accepts them. */
  readonly host: string;
  readonly port: number;
  /** Path plus query: the request-target of an origin-form request. */
  readonly pathAndQuery: string;
}

/** Parses an http(s) URL; anything else (ftp:, file:, no host, user info) is null. */
export function parseHttpUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.hostname === "" || url.username !== "" || url.password !== "") return null;
  return url;
}

export function targetOf(url: URL): HttpTarget {
  const tls = url.protocol === "https:";
  return {
    url,
    tls,
    host: url.hostname,
    port: url.port === "" ? (tls ? 443 : 80) : Number(url.port),
    pathAndQuery: `${url.pathname || "/"}${url.search}`,
  };
}

/** Same scheme, host and port: a kept-alive connection may be reused for it. */
export function sameOrigin(a: URL, b: URL): boolean {
  return a.origin === b.origin;
}

/**
 * The engine's source archive for a version tag. Godot tags releases `<version>-stable`; a
 * version that already names its tag (`4.4-rc1`, `4.3-stable`) is used as it is.
 */
export function defaultArchiveUrl(version: string): URL {
  const tag = version.includes("-") ? version : `${version}-stable`;
  return new URL(
    `https://github.com/godotengine/godot/archive/refs/tags/${encodeURIComponent(tag)}.tar.gz`,
  );
}

/** For messages: the URL without its query, which may be long or carry a signed token. */
export function shortUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
