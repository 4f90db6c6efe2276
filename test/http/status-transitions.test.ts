import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.url === "/hello") {
      response.setHeader("Content-Type", "text/plain");
      response.end("hello world");
    } else {
      response.statusCode = 404;
      response.end("missing");
    }
  });
});
afterAll(() => server.close());

/** Polls (bounded) until the status leaves `from`, recording each distinct status seen. */
async function nextStatus(client: HTTPClient, from: number): Promise<number> {
  return client.pollUntil((status) => status !== from, 5000);
}

describe("HTTPClient status machine against a Node http server", () => {
  it("goes RESOLVING → CONNECTING → CONNECTED → REQUESTING → BODY → CONNECTED for a name", async () => {
    const client = new HTTPClient();
    expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
    expect(client.connect_to_host("localhost", server.port)).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_RESOLVING);
    const seen: number[] = [Status.STATUS_RESOLVING];
    // "localhost" may resolve to ::1 first; the server only listens on 127.0.0.1, so the client
    // must fall through to the next address while staying in CONNECTING.
    let status = await nextStatus(client, Status.STATUS_RESOLVING);
    seen.push(status);
    status = await nextStatus(client, Status.STATUS_CONNECTING);
    seen.push(status);
    expect(client.request(HTTPClient.METHOD_GET, "/hello", [])).toBe(Error.OK);
    seen.push(client.get_status());
    status = await nextStatus(client, Status.STATUS_REQUESTING);
    seen.push(status);
    expect(client.has_response()).toBe(true);
    expect(client.get_response_code()).toBe(200);
    expect(client.get_response_body_length()).toBe(11);
    expect(client.is_response_chunked()).toBe(false);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < 1000 && client.get_status() === Status.STATUS_BODY; i++) {
      const chunk = client.read_response_body_chunk();
      if (chunk.length > 0) chunks.push(chunk);
      else await client.waitForStatusChange(50);
    }
    seen.push(client.get_status());
    expect(seen).toEqual([
      Status.STATUS_RESOLVING,
      Status.STATUS_CONNECTING,
      Status.STATUS_CONNECTED,
      Status.STATUS_REQUESTING,
      Status.STATUS_BODY,
      Status.STATUS_CONNECTED,
    ]);
    expect(Buffer.concat(chunks).toString()).toBe("hello world");
    client.close();
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
  });

  it("skips RESOLVING for an IP literal and reuses the connection", async () => {
    const client = new HTTPClient();
    expect(client.connect_to_host("127.0.0.1", server.port)).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTING);
    expect(await client.pollUntil((s) => s === Status.STATUS_CONNECTED, 5000)).toBe(
      Status.STATUS_CONNECTED,
    );
    const before = server.connectionCount();
    for (let round = 0; round < 3; round++) {
      expect(client.request(0, "/missing", [])).toBe(Error.OK);
      await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
      expect(client.get_response_code()).toBe(404);
      let text = "";
      for await (const chunk of client.body()) text += Buffer.from(chunk).toString();
      expect(text).toBe("missing");
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    }
    expect(server.connectionCount()).toBe(before);
    client.close();
  });

  it("reports CANT_CONNECT after the last address and CANT_RESOLVE for unknown names", async () => {
    const client = new HTTPClient();
    // Port 1 on loopback: nothing listens, so every address refuses.
    expect(client.connect_to_host("localhost", 1)).toBe(Error.OK);
    expect(await client.pollUntil((s) => s === Status.STATUS_CANT_CONNECT, 5000)).toBe(
      Status.STATUS_CANT_CONNECT,
    );
    expect(client.poll()).toBe(Error.ERR_CANT_CONNECT);
    expect(client.connect_to_host("no-such-host.invalid", 80)).toBe(Error.OK);
    expect(await client.pollUntil((s) => s === Status.STATUS_CANT_RESOLVE, 10000)).toBe(
      Status.STATUS_CANT_RESOLVE,
    );
    expect(client.poll()).toBe(Error.ERR_CANT_RESOLVE);
  });

  it("tries every resolved address in turn and connects to the first that accepts", async () => {
    const client = new HTTPClient();
    const asked: string[] = [];
    // 127.0.0.2 and ::1 refuse (the server listens on 127.0.0.1 only); the third address works.
    client.resolver = async (hostname) => {
      asked.push(hostname);
      return ["127.0.0.2", "::1", "127.0.0.1"];
    };
    const before = server.connectionCount();
    expect(client.connect_to_host("multi.test", server.port)).toBe(Error.OK);
    expect(client.get_status()).toBe(Status.STATUS_RESOLVING);
    expect(await client.pollUntil((s) => s !== Status.STATUS_RESOLVING, 5000)).toBe(
      Status.STATUS_CONNECTING,
    );
    expect(await client.pollUntil((s) => s !== Status.STATUS_CONNECTING, 5000)).toBe(
      Status.STATUS_CONNECTED,
    );
    expect(asked).toEqual(["multi.test"]);
    expect(server.connectionCount()).toBe(before + 1);
    expect(client.request(HTTPClient.METHOD_GET, "/hello", [])).toBe(Error.OK);
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_response_code()).toBe(200);
    client.close();

    // All refusing: CANT_CONNECT only after the last; an empty answer: CANT_RESOLVE.
    client.resolver = async () => ["127.0.0.2", "::1"];
    expect(client.connect_to_host("multi.test", server.port)).toBe(Error.OK);
    expect(await client.pollUntil((s) => s === Status.STATUS_CANT_CONNECT, 5000)).toBe(
      Status.STATUS_CANT_CONNECT,
    );
    client.resolver = async () => [];
    expect(client.connect_to_host("multi.test", server.port)).toBe(Error.OK);
    expect(await client.pollUntil((s) => s !== Status.STATUS_RESOLVING, 5000)).toBe(
      Status.STATUS_CANT_RESOLVE,
    );
  });
});
