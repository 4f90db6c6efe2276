// Request-side cases test/http/request-side.test.ts does not cover: request_raw with CR/LF/NUL,
// more malformed header names, a user-supplied Content-Length in odd case, the empty-body rule
// for every method, and CR/LF/NUL in proxy hosts and the origin host. "Nothing on the wire" is
// checked on the raw server's side.
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { headComplete, startRawServer, type RawServer } from "../helpers/rawServer.js";
import { connected } from "../http/helpers.js";

let server: RawServer;
beforeEach(async () => {
  server = await startRawServer();
});
afterEach(() => server.close());

/** The header lines of the first request head in `received`. */
function headerLines(received: Buffer): string[] {
  const head = received.toString("latin1");
  return head.slice(0, head.indexOf("\r\n\r\n")).split("\r\n").slice(1);
}

/** Waits long enough for stray bytes to arrive (bounded), then reports how many did. */
async function bytesAfterPause(index = 0): Promise<number> {
  await sleep(100);
  return server.connections[index]?.received().length ?? 0;
}

describe("request side, beyond test/http", () => {
  it("request_raw refuses CR/LF/NUL in the URL and headers with nothing on the wire", async () => {
    const client = await connected("127.0.0.1", server.port);
    const body = new Uint8Array([1, 2, 3]);
    const bad: [string, string[]][] = [
      ["/a\r\nX-Injected: 1", []],
      ["/a\rb", []],
      ["/\u0000", []],
      ["/", ["X-Test: ok\r\n\r\nGET /smuggled HTTP/1.1"]],
      ["/", ["X-Test: a\rb"]],
      ["/", ["X-Test: \u0000"]],
    ];
    for (const [url, headers] of bad) {
      expect(
        client.request_raw(HTTPClient.METHOD_POST, url, headers, body),
        JSON.stringify([url, headers]),
      ).toBe(Error.ERR_INVALID_PARAMETER);
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    }
    expect(await bytesAfterPause()).toBe(0);
    client.close();
  });

  it("refuses header names with spaces, tabs or other non-token characters", async () => {
    const client = await connected("127.0.0.1", server.port);
    for (const header of [
      "X-Test : 1",
      " X-Test: 1",
      "\tX-Test: 1",
      "X\tTest: 1",
      "X-Tést: 1",
      "X(Test): 1",
      "X/Test: 1",
      "X@Test: 1",
    ]) {
      expect(client.request(HTTPClient.METHOD_GET, "/", [header]), JSON.stringify(header)).toBe(
        Error.ERR_INVALID_PARAMETER,
      );
    }
    expect(await bytesAfterPause()).toBe(0);
    // A tab inside a value is allowed (RFC 9110 §5.5), and the request then goes out intact.
    expect(client.request(HTTPClient.METHOD_GET, "/", ["X-Tab: a\tb"])).toBe(Error.OK);
    const received = await (await server.connection(0)).waitFor(headComplete);
    expect(headerLines(received)).toContain("X-Tab: a\tb");
    client.close();
  });

  it("sends a caller's Content-Length in odd case once, as written, and no default beside it", async () => {
    const client = await connected("127.0.0.1", server.port);
    expect(
      client.request(
        HTTPClient.METHOD_POST,
        "/",
        ["cOnTeNt-LeNgTh: 5", "hOsT: example.org"],
        "hello",
      ),
    ).toBe(Error.OK);
    const conn = await server.connection(0);
    const received = await conn.waitFor((r) => r.includes("\r\n\r\nhello"));
    const lines = headerLines(received);
    expect(lines.filter((line) => /^content-length:/i.test(line))).toEqual(["cOnTeNt-LeNgTh: 5"]);
    expect(lines.filter((line) => /^host:/i.test(line))).toEqual(["hOsT: example.org"]);
    expect(received.toString("latin1").endsWith("\r\n\r\nhello")).toBe(true);
    client.close();
  });

  it.each([
    ["GET", HTTPClient.METHOD_GET, null],
    ["HEAD", HTTPClient.METHOD_HEAD, null],
    ["DELETE", HTTPClient.METHOD_DELETE, null],
    ["OPTIONS", HTTPClient.METHOD_OPTIONS, null],
    ["POST", HTTPClient.METHOD_POST, "Content-Length: 0"],
    ["PUT", HTTPClient.METHOD_PUT, "Content-Length: 0"],
    ["PATCH", HTTPClient.METHOD_PATCH, "Content-Length: 0"],
  ])("an empty %s carries %s", async (name, method, expected) => {
    const client = await connected("127.0.0.1", server.port);
    expect(client.request(method, "/", [])).toBe(Error.OK);
    const received = await (await server.connection(0)).waitFor(headComplete);
    const text = received.toString("latin1");
    expect(text.startsWith(`${name} / HTTP/1.1\r\n`)).toBe(true);
    const lengths = headerLines(received).filter((line) => /^content-length:/i.test(line));
    expect(lengths).toEqual(expected === null ? [] : [expected]);
    // Nothing follows the head: no body bytes for an empty request.
    expect(text.endsWith("\r\n\r\n")).toBe(true);
    client.close();
  });

  it("refuses CR/LF/NUL in a proxy host and in the origin host; nothing reaches the proxy", async () => {
    const client = new HTTPClient();
    for (const host of ["127.0.0.1\r\nX: 1", "127.0.0.1\n", "127.0.0.1\u0000", "127.0.0.1 "]) {
      client.set_http_proxy(host, server.port);
      expect(client.connect_to_host("example.com", 80), JSON.stringify(host)).toBe(
        Error.ERR_INVALID_PARAMETER,
      );
      expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
      client.set_http_proxy("", -1);
      client.set_https_proxy(host, server.port);
      expect(
        client.connect_to_host("example.com", 443, TLSOptions.client_unsafe()),
        JSON.stringify(host),
      ).toBe(Error.ERR_INVALID_PARAMETER);
      client.set_https_proxy("", -1);
    }
    // Through a valid proxy, an origin host with CR/LF would be written into CONNECT and Host.
    client.set_https_proxy("127.0.0.1", server.port);
    for (const origin of ["example.com\r\nX: 1", "example.com\u0000", "https://example.com\n"]) {
      expect(
        client.connect_to_host(origin, 443, TLSOptions.client_unsafe()),
        JSON.stringify(origin),
      ).toBe(Error.ERR_INVALID_PARAMETER);
    }
    await sleep(100);
    expect(server.connections.length).toBe(0);
  });
});
