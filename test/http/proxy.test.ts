// Proxies: plain HTTP through tinyproxy (absolute URIs), HTTPS through a CONNECT tunnel to the
// test's own HTTPS origin, a refusing proxy (403), unsetting, and tunnel bytes after the 200.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { readTunnelReply, tunnelStream } from "../../src/impl/net/proxyTunnel.js";
import { TLSOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";
import { headComplete, startRawServer } from "../helpers/rawServer.js";
import { startTinyproxy, type Tinyproxy } from "../helpers/tinyproxy.js";
import { readResponse } from "./helpers.js";

let pki: TestPki;
let proxy: Tinyproxy;
let refusing: Tinyproxy;
let httpOrigin: TestServer;
let httpsOrigin: TestServer;
let trusted: X509Certificate;
const seenByOrigin: { url: string; via: string }[] = [];

beforeAll(async () => {
  pki = makeTestPki();
  trusted = new X509Certificate();
  expect(trusted.load_from_string(pki.ca.cert)).toBe(Error.OK);
  [proxy, refusing] = await Promise.all([
    startTinyproxy(),
    startTinyproxy({ refuseConnect: true }),
  ]);
  const handler = (
    request: import("node:http").IncomingMessage,
    response: import("node:http").ServerResponse,
  ) => {
    seenByOrigin.push({ url: request.url ?? "", via: String(request.headers.via ?? "") });
    response.end(`origin saw ${request.url}`);
  };
  httpOrigin = await startServer(handler);
  httpsOrigin = await startServer(handler, { tls: pki.leaf });
});
afterAll(async () => {
  await Promise.all([proxy.stop(), refusing.stop(), httpOrigin.close(), httpsOrigin.close()]);
  pki.cleanup();
});

async function settle(client: HTTPClient): Promise<number> {
  return client.pollUntil(
    (s) => s !== Status.STATUS_RESOLVING && s !== Status.STATUS_CONNECTING,
    5000,
  );
}

describe("HTTP proxy", () => {
  it("sends plain requests through tinyproxy as absolute URIs", async () => {
    const client = new HTTPClient();
    client.set_http_proxy("127.0.0.1", proxy.port);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.OK);
    expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/via-proxy?x=1", [])).toBe(Error.OK);
    const response = await readResponse(client);
    expect(response.code).toBe(200);
    expect(response.body.toString()).toBe("origin saw /via-proxy?x=1");
    expect(seenByOrigin.at(-1)?.via).toContain("tinyproxy");
    expect(proxy.log()).toContain(`http://127.0.0.1:${httpOrigin.port}/via-proxy?x=1`);
    client.close();
  });

  it("puts the absolute URI on the wire to the proxy", async () => {
    const fakeProxy = await startRawServer();
    try {
      const client = new HTTPClient();
      client.set_http_proxy("127.0.0.1", fakeProxy.port);
      expect(client.connect_to_host("origin.example", 8080)).toBe(Error.OK);
      expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
      expect(client.request(HTTPClient.METHOD_GET, "/p", [])).toBe(Error.OK);
      const received = await (await fakeProxy.connection(0)).waitFor(headComplete);
      expect(received.toString().split("\r\n").slice(0, 2)).toEqual([
        "GET http://origin.example:8080/p HTTP/1.1",
        "Host: origin.example:8080",
      ]);
      client.close();
    } finally {
      await fakeProxy.close();
    }
  });

  it("is unset by an empty host or port -1", async () => {
    const client = new HTTPClient();
    client.set_http_proxy("127.0.0.1", proxy.port);
    client.set_http_proxy("", proxy.port);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.OK);
    expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/direct-1", [])).toBe(Error.OK);
    await readResponse(client);
    expect(seenByOrigin.at(-1)).toEqual({ url: "/direct-1", via: "" });
    client.set_http_proxy("127.0.0.1", proxy.port);
    client.set_http_proxy("127.0.0.1", -1);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.OK);
    expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/direct-2", [])).toBe(Error.OK);
    await readResponse(client);
    expect(seenByOrigin.at(-1)).toEqual({ url: "/direct-2", via: "" });
    client.close();
  });

  it("refuses to connect through an invalid proxy rather than bypassing it", () => {
    const client = new HTTPClient();
    client.set_http_proxy("bad host", 8080);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.ERR_INVALID_PARAMETER);
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
    client.set_http_proxy("127.0.0.1", 70000);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.ERR_INVALID_PARAMETER);
    // The HTTPS proxy setting does not matter to a plain connection.
    client.set_http_proxy("", -1);
    client.set_https_proxy("bad host", 1);
    expect(client.connect_to_host("127.0.0.1", httpOrigin.port)).toBe(Error.OK);
    client.close();
  });
});

describe("HTTPS proxy (CONNECT tunnel)", () => {
  it("tunnels TLS to the test's HTTPS origin through tinyproxy, verifying the origin", async () => {
    const client = new HTTPClient();
    client.set_https_proxy("127.0.0.1", proxy.port);
    // The HTTP proxy must not be used for TLS connections.
    client.set_http_proxy("127.0.0.1", 1);
    expect(client.connect_to_host("localhost", httpsOrigin.port, TLSOptions.client(trusted))).toBe(
      Error.OK,
    );
    expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/secret", [])).toBe(Error.OK);
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("origin saw /secret");
    // Inside the tunnel the request is origin-form, and tinyproxy never saw it.
    expect(seenByOrigin.at(-1)).toEqual({ url: "/secret", via: "" });
    expect(proxy.log()).toMatch(new RegExp(`CONNECT localhost:${httpsOrigin.port}`));
    client.close();
  });

  it("gives STATUS_CANT_CONNECT when the proxy refuses with 403", async () => {
    const client = new HTTPClient();
    client.set_https_proxy("127.0.0.1", refusing.port);
    expect(client.connect_to_host("localhost", httpsOrigin.port, TLSOptions.client(trusted))).toBe(
      Error.OK,
    );
    expect(await settle(client)).toBe(Status.STATUS_CANT_CONNECT);
    expect(client.poll()).toBe(Error.ERR_CANT_CONNECT);
    expect(refusing.log()).toContain(`Refused CONNECT method on port ${httpsOrigin.port}`);
    // And what tinyproxy answers there is a 403.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port: refusing.port }, () =>
        socket.write(`CONNECT localhost:${httpsOrigin.port} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      );
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
      socket.setTimeout(5000, () => socket.destroy());
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 403 /);
  });

  it("skips an interim 1xx from the proxy and fails on any non-200 final reply", async () => {
    for (const [reply, expected] of [
      [
        "HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n",
        Status.STATUS_CANT_CONNECT,
      ],
      ["HTTP/1.1 204 No Content\r\n\r\n", Status.STATUS_CANT_CONNECT],
      ["garbage\r\n\r\n", Status.STATUS_CANT_CONNECT],
    ] as const) {
      const fake = await startRawServer(async (conn) => {
        await conn.waitFor(headComplete);
        conn.socket.write(reply);
      });
      const client = new HTTPClient();
      client.set_https_proxy("127.0.0.1", fake.port);
      expect(client.connect_to_host("localhost", 443, TLSOptions.client(trusted))).toBe(Error.OK);
      expect(await settle(client), reply).toBe(expected);
      const request = (await fake.connection(0)).received().toString();
      expect(request).toBe("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\n\r\n");
      await fake.close();
    }
  });

  it("tunnels through a raw proxy that answers 100 then 200 in one write", async () => {
    const fake = await startRawServer(async (conn) => {
      await conn.waitFor(headComplete);
      const upstream = connect({ host: "127.0.0.1", port: httpsOrigin.port }, () => {
        conn.socket.write(
          "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\n",
        );
        conn.socket.pipe(upstream).pipe(conn.socket);
      });
      upstream.on("error", () => conn.socket.destroy());
    });
    try {
      const client = new HTTPClient();
      client.set_https_proxy("127.0.0.1", fake.port);
      expect(
        client.connect_to_host("localhost", httpsOrigin.port, TLSOptions.client(trusted)),
      ).toBe(Error.OK);
      expect(await settle(client)).toBe(Status.STATUS_CONNECTED);
      expect(client.request(HTTPClient.METHOD_GET, "/raw-proxy", [])).toBe(Error.OK);
      expect((await readResponse(client)).body.toString()).toBe("origin saw /raw-proxy");
      client.close();
    } finally {
      await fake.close();
    }
  });

  it("keeps bytes that arrive in the same write as the 200 for the tunnel", async () => {
    // TLS clients speak first, so an end-to-end TLS test cannot make a proxy send tunnel bytes
    // with its 200; this checks the tunnel reader and stream over a real socket instead.
    const fake = await startRawServer(async (conn) => {
      await conn.waitFor(headComplete);
      conn.socket.write("HTTP/1.1 200 OK\r\nX-Proxy: fake\r\n\r\nFIRST-");
      setTimeout(() => conn.socket.end("SECOND"), 20);
    });
    try {
      const socket = connect({ host: "127.0.0.1", port: fake.port });
      socket.write("CONNECT x:1 HTTP/1.1\r\nHost: x:1\r\n\r\n");
      const leftover = await new Promise<Buffer>((resolve, reject) =>
        readTunnelReply(socket, (result) =>
          result.ok ? resolve(result.leftover) : reject(new globalThis.Error(result.reason)),
        ),
      );
      const stream = tunnelStream(socket, leftover);
      const parts: Buffer[] = [];
      for await (const part of stream) parts.push(part as Buffer);
      expect(Buffer.concat(parts).toString()).toBe("FIRST-SECOND");
    } finally {
      await fake.close();
    }
  });
});
