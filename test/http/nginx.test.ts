// Against Debian's nginx serving files the test writes: keep-alive reuse, HEAD, 404, a large file.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTPClient } from "../../src/impl/http/HTTPClient.js";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { startNginx, type NginxServer } from "../helpers/nginx.js";
import { connected, readResponse } from "./helpers.js";

let nginx: NginxServer;
const LARGE_SIZE = 64 * 1024 * 1024;
let largeHash = "";

beforeAll(async () => {
  nginx = await startNginx();
  writeFileSync(join(nginx.root, "small.txt"), "small file\n");
  const large = randomBytes(LARGE_SIZE);
  largeHash = createHash("sha256").update(large).digest("hex");
  writeFileSync(join(nginx.root, "large.bin"), large);
});
afterAll(() => nginx.stop());

describe("HTTPClient against nginx", () => {
  it("reuses one TCP connection across many keep-alive requests", async () => {
    const client = await connected("127.0.0.1", nginx.port);
    const rounds = 50;
    for (let i = 0; i < rounds; i++) {
      expect(client.request(HTTPClient.METHOD_GET, `/small.txt?i=${i}`, [])).toBe(Error.OK);
      const response = await readResponse(client);
      expect(response.code).toBe(200);
      expect(response.body.toString()).toBe("small file\n");
      expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    }
    client.close();
    const entries = nginx.accessLog().filter((entry) => entry.uri === "/small.txt");
    expect(entries.length).toBe(rounds);
    // nginx's $connection serial is the same for every request, and $connection_requests counts up.
    expect(new Set(entries.map((entry) => entry.connection)).size).toBe(1);
    expect(entries.map((entry) => entry.requests)).toEqual(
      Array.from({ length: rounds }, (_, i) => i + 1),
    );
  });

  it("answers HEAD with headers and no body, then 404 on the same connection", async () => {
    const client = await connected("127.0.0.1", nginx.port);
    expect(client.request(HTTPClient.METHOD_HEAD, "/small.txt", [])).toBe(Error.OK);
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_response_code()).toBe(200);
    expect(client.get_response_body_length()).toBe(0);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    expect(client.get_response_headers_as_dictionary()["Content-Length"]).toBe("11");
    expect(client.request(HTTPClient.METHOD_GET, "/nope.txt", [])).toBe(Error.OK);
    const missing = await readResponse(client);
    expect(missing.code).toBe(404);
    expect(missing.body.toString()).toContain("404 Not Found");
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });

  it("streams a 64 MiB file in chunks no larger than read_chunk_size", async () => {
    const client = await connected("127.0.0.1", nginx.port);
    client.read_chunk_size = 1024 * 1024 - 3; // odd size, so chunks never line up with reads
    expect(client.request(HTTPClient.METHOD_GET, "/large.bin", [])).toBe(Error.OK);
    await client.pollUntil((s) => s !== Status.STATUS_REQUESTING, 5000);
    expect(client.get_response_body_length()).toBe(LARGE_SIZE);
    const hash = createHash("sha256");
    let total = 0;
    let largest = 0;
    for await (const chunk of client.body()) {
      hash.update(chunk);
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    expect(total).toBe(LARGE_SIZE);
    expect(largest).toBeLessThanOrEqual(client.read_chunk_size);
    expect(hash.digest("hex")).toBe(largeHash);
    expect(client.get_status()).toBe(Status.STATUS_CONNECTED);
    client.close();
  });
});
