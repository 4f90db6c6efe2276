// The package as a consumer sees it: the consumer fixture's types hold, misuse fails to compile,
// and a real request works through the package entry against a Node http server on loopback.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Error, HTTPClient, TLSOptions } from "../../src/index.js";
import { typecheck } from "./typecheck.js";

describe("package entry", () => {
  let server: ReturnType<typeof createServer>;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader("Content-Type", "text/plain");
      res.end(`hello ${req.method} ${req.url}`);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("exposes Godot's constants on the class, as in GDScript", () => {
    expect(HTTPClient.Method.METHOD_GET).toBe(HTTPClient.METHOD_GET);
    expect(HTTPClient.STATUS_BODY).toBe(7);
    expect(Error.ERR_INVALID_PARAMETER).toBe(31);
    expect(TLSOptions.client().is_server()).toBe(false);
  });

  it("makes a real request with the Godot API and the Node helpers", async () => {
    const client = new HTTPClient();
    expect(client.connect_to_host("127.0.0.1", port)).toBe(Error.OK);
    const connected: HTTPClient.Status = await client.pollUntil(
      (s) => s !== HTTPClient.STATUS_CONNECTING && s !== HTTPClient.STATUS_RESOLVING,
      5000,
    );
    expect(connected).toBe(HTTPClient.STATUS_CONNECTED);
    expect(client.request(HTTPClient.METHOD_GET, "/x?y=1", ["Accept: */*"])).toBe(Error.OK);
    await client.waitForStatusChange(5000);
    expect(client.get_response_code()).toBe(200);
    const parts: Uint8Array[] = [];
    for await (const chunk of client.body(5000)) parts.push(chunk);
    expect(Buffer.concat(parts).toString()).toBe("hello GET /x?y=1");
    expect(client.get_status()).toBe(HTTPClient.STATUS_CONNECTED);
    client.close();
  });

  it("type-checks the consumer fixture, and each misuse line in it is a type error", async () => {
    const fixtureDir = resolve(import.meta.dirname, "fixtures");
    const fixture = readFileSync(resolve(fixtureDir, "consumer.ts"), "utf8");
    const misuse = fixture.split("\n").filter((l) => l.includes("@ts-expect-error")).length;
    expect(misuse).toBe(4);
    // The same file without the expect-error directives must fail on exactly those lines.
    const stripped = resolve(fixtureDir, `.consumer-stripped-${process.pid}.ts`);
    writeFileSync(stripped, fixture.replaceAll("// @ts-expect-error", "// (expected error)"));
    try {
      expect((await typecheck(resolve(fixtureDir, "consumer.ts"))).errors).toEqual([]);
      const { errors } = await typecheck(stripped);
      expect(errors).toHaveLength(misuse);
    } finally {
      rmSync(stripped, { force: true });
    }
  }, 120_000);
});
