import { HTTPClient, TLSOptions } from "../../src/impl/index.js";
import type { X509Certificate } from "../../src/impl/index.js";
import { Error as GodotError } from "../../generated/GlobalScope.js";
import { FetchDocsError } from "./errors.js";
import { MAX_REDIRECTS, REDIRECT_STATUSES, headerValue, redirectTarget } from "./redirects.js";
import { sameOrigin, shortUrl, targetOf, type HttpTarget } from "./url.js";

type Client = InstanceType<typeof HTTPClient>;

export interface DownloadOptions {
  /** Certificates to trust instead of Node's bundled list; null trusts the bundled list. */
  readonly trustedChain: X509Certificate | null;
  /** Longest silence from the server, while connecting or receiving, before giving up. */
  readonly idleMs?: number;
  /** Told about each connection and redirect, for progress lines. */
  readonly onStep?: (message: string) => void;
}

/** A 2xx response whose body is ready to be read. */
export interface Download {
  readonly finalUrl: URL;
  readonly redirects: number;
  /** From Content-Length; null when the body is chunked or runs to the close. */
  readonly totalBytes: number | null;
  /** The body in pieces of at most the client's read_chunk_size; throws FetchDocsError. */
  readonly body: AsyncIterable<Uint8Array>;
  close(): void;
}

const DEFAULT_IDLE_MS = 60_000;
/** A redirect's body is read and dropped so the connection can be reused, up to this much. */
const MAX_DRAINED_BYTES = 1024 * 1024;
const REQUEST_HEADERS = ["Accept: */*", "Accept-Encoding: identity"];

/**
 * GETs `url` with the project's own HTTPClient, following redirects (new origin → new connection),
 * and returns once a 2xx response head has arrived. Throws FetchDocsError for anything else.
 */
export async function openDownload(url: URL, options: DownloadOptions): Promise<Download> {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const client = new HTTPClient();
  client.idleTimeoutMs = idleMs;
  client.connectTimeoutMs = Math.min(client.connectTimeoutMs, idleMs);
  let current = url;
  let connectedTo: URL | null = null;
  try {
    for (let hop = 0; ; hop++) {
      const target = targetOf(current);
      const reuse = connectedTo !== null && sameOrigin(connectedTo, current) && isIdle(client);
      const connectAndSend = async () => {
        options.onStep?.(`connecting to ${describeHost(target)}`);
        await connect(client, target, options.trustedChain, idleMs);
        connectedTo = current;
        await sendRequest(client, target, idleMs);
      };
      if (!reuse) await connectAndSend();
      else {
        // A kept-alive connection may be closed by the server just as it is reused; a GET is
        // safe to send again on a new one.
        await sendRequest(client, target, idleMs).catch(async (error: unknown) => {
          if (!(error instanceof FetchDocsError) || error.kind !== "network") throw error;
          await connectAndSend();
        });
      }
      const status = client.get_response_code();
      const headers = client.get_response_headers_as_dictionary();
      if (REDIRECT_STATUSES.has(status)) {
        if (hop >= MAX_REDIRECTS) {
          throw new FetchDocsError(
            "http",
            `more than ${MAX_REDIRECTS} redirects, last at ${shortUrl(current)}`,
          );
        }
        const next = redirectTarget(current, status, headerValue(headers, "location"));
        options.onStep?.(`HTTP ${status}: redirected to ${shortUrl(next)}`);
        const closing =
          headerValue(headers, "connection")?.toLowerCase().includes("close") ?? false;
        if (closing || !sameOrigin(current, next) || !(await drainBody(client, idleMs))) {
          client.close();
          connectedTo = null;
        }
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        throw new FetchDocsError("http", `HTTP ${status} from ${shortUrl(current)}`);
      }
      const length = client.get_response_body_length();
      return {
        finalUrl: current,
        redirects: hop,
        totalBytes: length >= 0 ? length : null,
        body: bodyOf(client, current, idleMs),
        close: () => client.close(),
      };
    }
  } catch (error) {
    client.close();
    throw error;
  }
}

async function connect(
  client: Client,
  target: HttpTarget,
  trustedChain: X509Certificate | null,
  idleMs: number,
): Promise<void> {
  const error = client.connect_to_host(
    target.host,
    target.port,
    target.tls ? TLSOptions.client(trustedChain) : null,
  );
  if (error !== GodotError.OK) {
    throw new FetchDocsError(
      "network",
      `cannot connect to ${describeHost(target)}: invalid host or port`,
    );
  }
  // connectTimeoutMs bounds each address; this bound only guards a resolver that never answers.
  const status = await client.pollUntil(
    (s) => s !== HTTPClient.STATUS_RESOLVING && s !== HTTPClient.STATUS_CONNECTING,
    client.connectTimeoutMs + idleMs,
  );
  switch (status) {
    case HTTPClient.STATUS_CONNECTED:
      return;
    case HTTPClient.STATUS_CANT_RESOLVE:
      throw new FetchDocsError("network", `cannot resolve ${target.host}`);
    case HTTPClient.STATUS_TLS_HANDSHAKE_ERROR:
      throw new FetchDocsError(
        "tls",
        `TLS handshake with ${describeHost(target)} failed: its certificate is not trusted or not valid for ${target.host}` +
          (trustedChain === null
            ? ""
            : " (checked against the --ca certificates and Node's bundled CAs)"),
      );
    case HTTPClient.STATUS_CANT_CONNECT:
      throw new FetchDocsError(
        "network",
        `cannot connect to ${describeHost(target)}${target.tls ? " (refused, unreachable, or the TLS handshake timed out)" : ""}`,
      );
    default:
      throw new FetchDocsError("network", `connecting to ${describeHost(target)} timed out`);
  }
}

/** Sends the GET and waits for the response head. */
async function sendRequest(client: Client, target: HttpTarget, idleMs: number): Promise<void> {
  const error = client.request(HTTPClient.METHOD_GET, target.pathAndQuery, REQUEST_HEADERS);
  if (error !== GodotError.OK) {
    throw new FetchDocsError(
      "network",
      error === GodotError.ERR_INVALID_PARAMETER
        ? `cannot request ${shortUrl(target.url)}: the URL has characters HTTP does not allow`
        : `the connection to ${describeHost(target)} failed before the request was sent`,
    );
  }
  const sentAt = performance.now();
  await client.pollUntil((s) => s !== HTTPClient.STATUS_REQUESTING, idleMs);
  if (!client.has_response()) {
    // The client's idle timeout ends a silent wait as a connection error: tell the two apart.
    const silent = performance.now() - sentAt >= idleMs;
    throw new FetchDocsError(
      "network",
      silent
        ? `no response from ${describeHost(target)} within ${seconds(idleMs)}`
        : `the connection to ${describeHost(target)} failed before a response arrived`,
    );
  }
}

/**
 * The response body from HTTPClient.body(), with its failures as FetchDocsError: the connection
 * broke, or the server sent nothing for `idleMs`.
 */
async function* bodyOf(client: Client, url: URL, idleMs: number): AsyncGenerator<Uint8Array> {
  let received = 0;
  let lastDataAt = performance.now();
  try {
    for await (const chunk of client.body(idleMs)) {
      received += chunk.length;
      lastDataAt = performance.now();
      yield chunk;
    }
  } catch (error) {
    // The client's own idle bound and ours run on separate clocks: either one counts as silence.
    const silent =
      (error as { code?: unknown }).code === "ERR_HTTPCLIENT_IDLE" ||
      performance.now() - lastDataAt >= idleMs;
    throw new FetchDocsError(
      "network",
      `download from ${shortUrl(url)} broke off after ${received} bytes: ` +
        (silent
          ? `no data for ${seconds(idleMs)}`
          : error instanceof Error
            ? error.message
            : String(error)),
    );
  }
}

/** Reads and drops a redirect's body; true when the connection is left ready for another request. */
async function drainBody(client: Client, idleMs: number): Promise<boolean> {
  let drained = 0;
  try {
    for await (const chunk of client.body(idleMs)) {
      drained += chunk.length;
      if (drained > MAX_DRAINED_BYTES) return false;
    }
  } catch {
    return false;
  }
  return isIdle(client);
}

function isIdle(client: Client): boolean {
  client.poll();
  return client.get_status() === HTTPClient.STATUS_CONNECTED;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

function describeHost(target: HttpTarget): string {
  return `${target.host}:${target.port}`;
}
