// Exact response bytes from a raw TCP server, and how the client's state machine takes them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { headComplete, startRawServer, type RawServer } from "../helpers/rawServer.js";
import { connected, readResponse } from "./helpers.js";

let server: RawServer;
beforeEach(async () => {
  server = await startRawServer();
});
afterEach(() => server.close());

/** Connects, sends GET (or `method`), and has the server answer with `response` once the head arrived. */
async function exchange(
  response: string | Buffer,
  method: number = HTTPClient.METHOD_GET,
  end = false,
) {
  const client = await connected("127.0.0.1", server.port);
  expect(client.request(method, "/", [])).toBe(Error.OK);
  const conn = await server.connection(0);
  await conn.waitFor(headComplete);
  if (end) conn.socket.end(response);
  else conn.socket.write(response);
  return { client, conn };
}

describe("response framing through the client", () => {
  it("streams chunked data with extensions and drops trailers", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, CHUNKED\r\n\r\n" +
        '5;name=value;q="a \\" quoted"\r\nhello\r\n' +
        "6;ext\r\n world\r\n" +
        "0\r\nX-Trailer: gone\r\n\r\n",
    ).catch((e) => {
      throw e;
    });
    // gzip is not the final coding's concern here: chunked is final, so it is chunked.
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.is_response_chunked()).toBe(true);
    expect(client.get_response_body_length()).toBe(-1);
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("hello world");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("skips 100 Continue and 103 Early Hints before the final 200", async () => {
    const { client } = await exchange(
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\n" +
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Final: yes\r\n\r\nok",
    );
    const response = await readResponse(client);
    expect(response.code).toBe(200);
    expect(response.headers).toEqual(["Content-Length: 2", "X-Final: yes"]);
    expect(response.body.toString()).toBe("ok");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("gives 204 with Content-Length no body and stays CONNECTED", async () => {
    const { client } = await exchange("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.get_response_code()).toBe(204);
    expect(client.get_response_body_length()).toBe(0);
    client.close();
  });

  it("reads to EOF with Connection: close and ends DISCONNECTED", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\n\r\nall of it",
      undefined,
      true,
    );
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("all of it");
    expect(client.get_response_body_length()).toBe(-1);
    expect(client.get_status()).toBe(Status.STATUS_DISCONNECTED);
  });

  it("has no body on a keep-alive response with neither length nor chunked", async () => {
    const { client } = await exchange("HTTP/1.1 200 OK\r\nX-A: b\r\n\r\n");
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("has no body for HEAD even with Content-Length", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n",
      HTTPClient.METHOD_HEAD,
    );
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.get_response_body_length()).toBe(0);
    client.close();
  });

  it("turns a truncated Content-Length body into STATUS_CONNECTION_ERROR, not a clean end", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this",
      undefined,
      true,
    );
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("only this");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
    expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
  });

  it("turns a chunked body without its last chunk into STATUS_CONNECTION_ERROR", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
      undefined,
      true,
    );
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("abc");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
  });

  it.each([
    ["lenient Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello"],
    [
      "Content-Length with Transfer-Encoding",
      "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    ],
    ["a bad status line", "HTTP/1.1 2000 OK\r\n\r\n"],
    ["a header without colon", "HTTP/1.1 200 OK\r\nBroken header\r\n\r\n"],
    [
      "a malformed chunk size",
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\nabc\r\n0\r\n\r\n",
    ],
  ])("rejects %s with STATUS_CONNECTION_ERROR", async (_name, response) => {
    const { client } = await exchange(response);
    await readResponse(client);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
  });

  it("caps the header block instead of growing without limit", async () => {
    const client = await connected("127.0.0.1", server.port);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    const conn = await server.connection(0);
    await conn.waitFor(headComplete);
    conn.socket.write("HTTP/1.1 200 OK\r\n");
    const line = `X-Filler: ${"a".repeat(1000)}\r\n`;
    for (let i = 0; i < 80; i++) conn.socket.write(line);
    expect(await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000)).toBe(
      Status.STATUS_CONNECTION_ERROR,
    );
  });

  it("detects a dropped idle connection in poll()", async () => {
    const client = await connected("127.0.0.1", server.port);
    (await server.connection(0)).socket.destroy();
    expect(await client.pollUntil((s) => s !== Status.STATUS_CONNECTED, 5000)).toBe(
      Status.STATUS_CONNECTION_ERROR,
    );
    expect(client.poll()).toBe(Error.ERR_CONNECTION_ERROR);
  });

  it("times out an idle response when idleTimeoutMs is set", async () => {
    const client = await connected("127.0.0.1", server.port);
    client.idleTimeoutMs = 100;
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    expect(await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000)).toBe(
      Status.STATUS_CONNECTION_ERROR,
    );
  });
});

describe("large chunks", () => {
  it("streams a 20 MiB chunk in read_chunk_size pieces before the chunk has fully arrived", async () => {
    const size = 20 * 1024 * 1024;
    const half = size / 2;
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i += 997) data[i] = i % 256;
    const { client, conn } = await exchange(
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size.toString(16)}\r\n`,
        ),
        data.subarray(0, half),
      ]),
    );
    client.read_chunk_size = 256 * 1024;
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    const parts: Uint8Array[] = [];
    let received = 0;
    const deadline = performance.now() + 10_000;
    // Read the first half while the rest of the chunk has not been sent.
    while (received < half && performance.now() < deadline) {
      const chunk = client.read_response_body_chunk();
      if (chunk.length === 0) await client.pollUntil(() => false, 10);
      expect(chunk.length).toBeLessThanOrEqual(256 * 1024);
      parts.push(chunk);
      received += chunk.length;
    }
    expect(received).toBe(half);
    conn.socket.write(Buffer.concat([data.subarray(half), Buffer.from("\r\n0\r\n\r\n")]));
    for await (const chunk of client.body()) {
      expect(chunk.length).toBeLessThanOrEqual(256 * 1024);
      parts.push(chunk);
    }
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });
});

describe("unsolicited bytes", () => {
  it("fails the next request when bytes arrived after the response ended", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n\r\n",
    );
    const response = await readResponse(client);
    expect(response.body.toString()).toBe("ok");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.ERR_CONNECTION_ERROR);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTION_ERROR);
  });
});

describe("response headers", () => {
  it("keeps header lines trimmed and in order; get_response_headers hands them over", async () => {
    const { client } = await exchange(
      "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-A:  one \r\nx-b: two: three\r\nX-A: again\r\n\r\n",
    );
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.has_response()).toBe(true);
    expect(client.get_response_headers_as_dictionary()).toEqual({
      "Content-Length": "0",
      "X-A": "again",
      "x-b": "two: three",
    });
    // The engine quirk: the headers were handed over, so they are gone now.
    expect(client.has_response()).toBe(false);
    expect(client.get_response_headers()).toEqual([]);
    client.close();
  });
});

describe("plain members", () => {
  it("keeps read_chunk_size within 256..16777216", () => {
    const client = new HTTPClient();
    expect(client.read_chunk_size).toBe(65536);
    client.read_chunk_size = 255;
    expect(client.get_read_chunk_size()).toBe(65536);
    client.set_read_chunk_size(256);
    expect(client.read_chunk_size).toBe(256);
    client.set_read_chunk_size(16 * 1024 * 1024 + 1);
    expect(client.read_chunk_size).toBe(256);
    client.read_chunk_size = 16 * 1024 * 1024;
    expect(client.get_read_chunk_size()).toBe(16 * 1024 * 1024);
  });

  it("builds query strings as the engine does", () => {
    const client = new HTTPClient();
    expect(
      client.query_string_from_dict({ single: 123, not_valued: null, multiple: [22, 33, 44] }),
    ).toBe("single=123&not_valued&multiple=22&multiple=33&multiple=44");
    expect(client.query_string_from_dict({ "a b": "c&d=é", "x!*'()~._-": true })).toBe(
      "a%20b=c%26d%3D%C3%A9&x%21%2A%27%28%29~._-=true",
    );
    expect(client.query_string_from_dict(new Map([["k", "v"]]))).toBe("k=v");
    expect(client.query_string_from_dict({})).toBe("");
  });

  it("returns an empty chunk outside STATUS_BODY and never throws from poll", () => {
    const client = new HTTPClient();
    expect(client.read_response_body_chunk().length).toBe(0);
    expect(client.poll()).toBe(Error.ERR_UNCONFIGURED);
    expect(client.get_response_body_length()).toBe(-1);
    expect(client.is_response_chunked()).toBe(false);
    expect(client.has_response()).toBe(false);
  });
});
