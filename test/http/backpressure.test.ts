// The client stops reading from the socket when the caller does not read the body, so a fast
// server cannot fill this process's memory; reading again resumes the flow.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { startServer, writeBody, type TestServer } from "../helpers/nodeServers.js";
import { connected } from "./helpers.js";

const TOTAL = 256 * 1024 * 1024;
const PIECE = Buffer.alloc(1024 * 1024, 0x5a);
let server: TestServer;
let written = 0;

beforeAll(async () => {
  server = await startServer((_request, response) => {
    response.setHeader("Content-Length", String(TOTAL));
    written = 0;
    writeBody(
      response,
      TOTAL,
      () => PIECE,
      (count) => (written = count),
    );
  });
});
afterAll(() => server.close());

describe("receive backpressure", () => {
  it("holds a bounded amount while the body is not read, then delivers all of it", async () => {
    const client = await connected("127.0.0.1", server.port);
    expect(client.request(HTTPClient.METHOD_GET, "/", [])).toBe(Error.OK);
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_status()).toBe(Status.STATUS_BODY);
    // Let the server push as much as it can while nobody reads.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stalledAt = written;
    // Client high-water (4 MiB) + a receive slab + kernel socket buffers on both ends: far below
    // the 256 MiB body.
    expect(stalledAt).toBeLessThan(64 * 1024 * 1024);
    const hash = createHash("sha256");
    let received = 0;
    for await (const chunk of client.body()) {
      hash.update(chunk);
      received += chunk.length;
    }
    expect(received).toBe(TOTAL);
    const expected = createHash("sha256");
    for (let i = 0; i < TOTAL / PIECE.length; i++) expected.update(PIECE);
    expect(hash.digest("hex")).toBe(expected.digest("hex"));
    client.close();
  });
});
