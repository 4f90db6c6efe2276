// What the client puts on the wire, captured by a raw TCP server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { DEFAULT_USER_AGENT } from "../../src/impl/http/userAgent.js";
import { headComplete, startRawServer, type RawServer } from "../helpers/rawServer.js";
import { connected } from "./helpers.js";

let server: RawServer;
beforeEach(async () => {
  server = await startRawServer();
});
afterEach(() => server.close());

function lines(received: Buffer): string[] {
  return received.toString("latin1").split("\r\n");
}

describe("request side", () => {
  it("sends the default headers, Host without the default port", async () => {
    const client = await connected("127.0.0.1", server.port);
    expect(client.request(HTTPClient.METHOD_GET, "/path?q=1", [])).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_REQUESTING);
    const conn = await server.connection(0);
    const received = await conn.waitFor(headComplete);
    expect(lines(received)).toEqual([
      "GET /path?q=1 HTTP/1.1",
      `Host: 127.0.0.1:${server.port}`,
      `User-Agent: ${DEFAULT_USER_AGENT}`,
      "Accept: */*",
      "",
      "",
    ]);
    expect(DEFAULT_USER_AGENT).toMatch(/^GodotEngine\/4\.6\.3 \(\w+\)$/);
    client.close();
  });

  it("omits the port from Host when it is the scheme default", async () => {
    // Port 80 needs no privileges here only through an explicit Host check: use the encoder's rule
    // by connecting to the raw server but declaring the default port through https:// + TLS off is
    // impossible, so check through the absolute-form path of a plain proxy instead.
    const client = new HTTPClient();
    client.set_http_proxy("127.0.0.1", server.port);
    expect(client.connect_to_host("example.com", 80)).toBe(Error.OK);
    await client.pollUntil((s) => s === Status.STATUS_CONNECTED, 5000);
    expect(client.request(HTTPClient.METHOD_GET, "/a", [])).toBe(Error.OK);
    const received = await (await server.connection(0)).waitFor(headComplete);
    expect(lines(received).slice(0, 2)).toEqual([
      "GET http://example.com:80/a HTTP/1.1",
      "Host: example.com",
    ]);
    client.close();
  });

  it("lets caller headers override defaults case-insensitively, keeping their order", async () => {
    const client = await connected("127.0.0.1", server.port);
    const headers = [
      "user-agent: mine/1.0",
      "HOST: example.org",
      "accept: text/plain",
      "X-Extra: 1",
    ];
    expect(client.request(HTTPClient.METHOD_GET, "/", headers)).toBe(Error.OK);
    const received = await (await server.connection(0)).waitFor(headComplete);
    expect(lines(received)).toEqual(["GET / HTTP/1.1", ...headers, "", ""]);
    client.close();
  });

  it("sends Content-Length: 0 for an empty POST and the body even for GET", async () => {
    const client = await connected("127.0.0.1", server.port);
    expect(client.request(HTTPClient.METHOD_POST, "/submit", [])).toBe(Error.OK);
    const conn = await server.connection(0);
    const first = await conn.waitFor(headComplete);
    expect(lines(first)).toContain("Content-Length: 0");
    conn.socket.write("HTTP/1.1 204 No Content\r\n\r\n");
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    const before = conn.received().length;
    expect(client.request(HTTPClient.METHOD_GET, "/get", [], "héllo")).toBe(Error.OK);
    const all = await conn.waitFor(
      (r) => r.length >= before && r.subarray(before).includes("héllo"),
    );
    const second = all.subarray(before).toString("utf8");
    expect(second).toContain("Content-Length: 6\r\n");
    expect(second.endsWith("\r\n\r\nhéllo")).toBe(true);
    client.close();
  });

  it("sends request_raw bytes verbatim", async () => {
    const client = await connected("127.0.0.1", server.port);
    const body = new Uint8Array([0, 1, 2, 255, 13, 10]);
    expect(
      client.request_raw(
        HTTPClient.METHOD_PUT,
        "/raw",
        ["Content-Type: application/octet-stream"],
        body,
      ),
    ).toBe(Error.OK);
    const received = await (
      await server.connection(0)
    ).waitFor((r) => r.includes("\r\n\r\n") && r.length >= r.indexOf("\r\n\r\n") + 4 + 6);
    expect([...received.subarray(received.indexOf("\r\n\r\n") + 4)]).toEqual([...body]);
    client.close();
  });

  it("rejects CR/LF/NUL in URL, header names and values with nothing on the wire", async () => {
    const client = await connected("127.0.0.1", server.port);
    const bad: [string, string[]][] = [
      ["/a\r\nX-Injected: 1", []],
      ["/a\nb", []],
      ["/a\u0000", []],
      ["/a b", []],
      ["/", ["X-Test: ok\r\nX-Injected: 1"]],
      ["/", ["X-Test: a\nb"]],
      ["/", ["X-Test: \u0000"]],
      ["/", ["X\rTest: 1"]],
      ["/", ["Bad Name: 1"]],
      ["/", [": no name"]],
      ["/", ["no colon"]],
      ["/", [""]],
    ];
    for (const [url, headers] of bad) {
      expect(
        client.request(HTTPClient.METHOD_GET, url, headers),
        JSON.stringify([url, headers]),
      ).toBe(Error.ERR_INVALID_PARAMETER);
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    }
    // URL rules: must start with / or a scheme; OPTIONS takes *; CONNECT takes host:port.
    expect(client.request(HTTPClient.METHOD_GET, "relative", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.request(HTTPClient.METHOD_GET, "*", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.request(HTTPClient.METHOD_CONNECT, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.request(HTTPClient.METHOD_MAX, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.request(-1, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    const untyped = client as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(untyped.request_raw?.(0, "/", [], "not bytes")).toBe(Error.ERR_INVALID_PARAMETER);
    expect(untyped.request?.(0, "/", "Header: not a list")).toBe(Error.ERR_INVALID_PARAMETER);
    expect(untyped.request?.(0, "/", [42])).toBe(Error.ERR_INVALID_PARAMETER);
    // Give any stray bytes time to arrive, then check none did.
    const conn = await server.connection(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(conn.received().length).toBe(0);
    // A good request still works afterwards, proving the connection was untouched.
    expect(client.request(HTTPClient.METHOD_OPTIONS, "*", [])).toBe(Error.OK);
    expect(lines(await conn.waitFor(headComplete))[0]).toBe("OPTIONS * HTTP/1.1");
    client.close();
  });

  it("refuses bad hosts, ports and server-mode TLS options in connect_to_host", async () => {
    const { TLSOptions } = await import("../../src/impl/tls/TLSOptions.js");
    const client = new HTTPClient();
    for (const host of [
      "",
      "a\r\nb",
      "a b",
      "exa\u0000mple",
      "http://",
      "host/path",
      "user@host",
      "[notipv6]",
    ]) {
      expect(client.connect_to_host(host, 80), JSON.stringify(host)).toBe(
        Error.ERR_INVALID_PARAMETER,
      );
      expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    }
    expect(client.connect_to_host("127.0.0.1", 0)).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.connect_to_host("127.0.0.1", 65536)).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.connect_to_host("127.0.0.1", 443, TLSOptions.server(null, null))).toBe(
      Error.ERR_INVALID_PARAMETER,
    );
    // Wrong argument types from untyped callers get the error code, never an exception.
    const untyped = client as unknown as Record<string, (...args: unknown[]) => unknown>;
    expect(untyped.connect_to_host?.("127.0.0.1", 443, { not: "options" })).toBe(
      Error.ERR_INVALID_PARAMETER,
    );
    expect(untyped.connect_to_host?.("127.0.0.1", "80")).toBe(Error.ERR_INVALID_PARAMETER);
    expect(untyped.request?.(1.5, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(untyped.request?.(0, 42, [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.ERR_INVALID_PARAMETER);
    expect(server.connections.length).toBe(0);
  });

  it("brackets IPv6 literals in Host", async () => {
    const v6 = await startRawServer(() => {}, "::1");
    try {
      const client = await connected("::1", v6.port);
      expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
      const received = await (await v6.connection(0)).waitFor(headComplete);
      expect(lines(received)[1]).toBe(`Host: [::1]:${v6.port}`);
      client.close();
      const bracketed = await connected("[::1]", v6.port);
      expect(bracketed.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
      expect(lines(await (await v6.connection(1)).waitFor(headComplete))[1]).toBe(
        `Host: [::1]:${v6.port}`,
      );
      bracketed.close();
    } finally {
      await v6.close();
    }
  });
});
