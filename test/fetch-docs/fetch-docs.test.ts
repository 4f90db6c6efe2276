// The fetch-docs command end to end, offline: local HTTPS servers (certificates from a CA the
// test makes with openssl) serve archives the test builds, and the real command runs as a child
// process against them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";
import {
  BLOB_FILE,
  CLASS_REFERENCE_FILES,
  expectedContent,
  rawArchive,
  sourceArchive,
  TOP_FOLDER,
  UNRELATED_FILES,
} from "./archives.js";
import { snapshot } from "./cache-files.js";
import { runCommand } from "./run-command.js";

const VERSION = "9.9.9";

let pki: TestPki;
let work: string;
let archive: Buffer;
/** Serves the archives, and redirects within itself. */
let origin: TestServer;
/** A second host: answers every request with a 302 to the origin. */
let redirector: TestServer;
/** Plain HTTP, the target of a refused https → http redirect. */
let plain: TestServer;
/** A certificate from a CA nobody trusts. */
let untrusted: TestServer;
const requests: string[] = [];

function send(response: ServerResponse, status: number, body: Buffer | string = ""): void {
  response.writeHead(status, { "content-length": Buffer.byteLength(body) });
  response.end(body);
}

/** Without Content-Length, in 16 KiB writes: the client cannot know the total. */
function sendChunked(response: ServerResponse, body: Buffer): void {
  response.writeHead(200, { "content-type": "application/gzip" });
  for (let offset = 0; offset < body.length; offset += 16 * 1024) {
    response.write(body.subarray(offset, offset + 16 * 1024));
  }
  response.end();
}

beforeAll(async () => {
  pki = makeTestPki();
  work = mkdtempSync(path.join(tmpdir(), "fetch-docs-test-"));
  archive = sourceArchive();
  const traversal = rawArchive([
    { path: `${TOP_FOLDER}/doc/classes/Node.xml`, content: "<class name='Node' />\n" },
    { path: `${TOP_FOLDER}/doc/classes/../../../escaped.xml`, content: "escaped\n" },
  ]);
  const tls = { cert: pki.leaf.cert, key: pki.leaf.key };
  plain = await startServer((_request, response) => send(response, 200, archive));
  origin = await startServer(
    (request, response) => {
      requests.push(request.url ?? "");
      switch (request.url) {
        case "/godot.tar.gz":
          return send(response, 200, archive);
        case "/chunked.tar.gz":
          return sendChunked(response, archive);
        case "/same-host-redirect":
          response.writeHead(301, { location: "chunked.tar.gz", "content-length": 0 });
          return response.end();
        case "/traversal.tar.gz":
          return send(response, 200, traversal);
        case "/to-plain-http":
          response.writeHead(302, { location: `http://127.0.0.1:${plain.port}/godot.tar.gz` });
          return response.end();
        case "/loop":
          response.writeHead(307, { location: "/loop" });
          return response.end();
        default:
          return send(response, 404, "not found\n");
      }
    },
    { tls },
  );
  redirector = await startServer(
    (_request, response) => {
      response.writeHead(302, { location: `https://127.0.0.1:${origin.port}/godot.tar.gz` });
      response.end();
    },
    { tls },
  );
  untrusted = await startServer((_request, response) => send(response, 200, archive), {
    tls: { cert: pki.untrusted.cert, key: pki.untrusted.key },
  });
});

afterAll(async () => {
  await Promise.all([origin, redirector, plain, untrusted].map((server) => server?.close()));
  pki?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

function freshCache(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A complete earlier fetch, to check that failures leave it alone. */
function seedCache(cache: string): Record<string, string> {
  const folder = path.join(cache, VERSION);
  mkdirSync(path.join(folder, "doc/classes"), { recursive: true });
  writeFileSync(path.join(folder, "doc/classes/Old.xml"), "<class name='Old' />\n");
  writeFileSync(path.join(folder, ".fetch-docs.json"), "{}\n");
  return snapshot(cache);
}

function fetchArgs(cache: string, url: string, ...extra: string[]): string[] {
  return ["fetch-docs", VERSION, "--cache", cache, "--url", url, "--ca", pki.ca.certPath, ...extra];
}

function expectClassReference(folder: string): void {
  const files = snapshot(folder);
  expect(Object.keys(files).filter((file) => file !== ".fetch-docs.json")).toEqual(
    [...CLASS_REFERENCE_FILES].sort(),
  );
  for (const file of CLASS_REFERENCE_FILES) expect(files[file]).toBe(expectedContent(file));
  for (const file of [...UNRELATED_FILES, BLOB_FILE]) {
    expect(existsSync(path.join(folder, file))).toBe(false);
  }
}

describe("fetch-docs against local HTTPS servers", () => {
  it("follows a redirect to another host, extracts only the class reference, and generate reads it", async () => {
    const cache = freshCache("redirected");
    const url = `https://127.0.0.1:${redirector.port}/godotengine/godot/archive/${VERSION}.tar.gz`;
    const run = await runCommand(fetchArgs(cache, url));
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);

    const folder = path.join(cache, VERSION);
    expectClassReference(folder);
    // Only the finished folder is left in the cache: no staging folder.
    expect(readdirSync(cache)).toEqual([VERSION]);
    expect(run.stderr).toContain(
      `HTTP 302: redirected to https://127.0.0.1:${origin.port}/godot.tar.gz`,
    );
    expect(run.stderr).toMatch(
      new RegExp(`downloaded [0-9.]+ (KiB|MiB) / [0-9.]+ (KiB|MiB) \\(100%\\), 11 files extracted`),
    );
    expect(run.stdout).toContain(`Godot ${VERSION} class reference in`);
    expect(run.stdout).toContain("10 class files + doc/class.xsd");
    expect(run.stdout).toContain("1 redirect");

    const out = path.join(work, "generated-from-cache");
    const generate = await runCommand(
      ["generate", "--docs", folder, "--out", out, "--classes", "Gizmo", "--quiet"],
      { timeoutMs: 120_000 },
    );
    expect(generate.stderr).toBe("");
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain(`Godot ${VERSION}`);
    expect(existsSync(path.join(out, "Gizmo.ts"))).toBe(true);
  });

  it("runs as scripts/fetch-docs/main.ts too: a relative same-host redirect reuses the connection, a chunked body has no total", async () => {
    const cache = freshCache("same-host");
    const before = origin.connectionCount();
    const run = await runCommand(
      fetchArgs(cache, `https://127.0.0.1:${origin.port}/same-host-redirect`).slice(1),
      { via: "script" },
    );
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    expectClassReference(path.join(cache, VERSION));
    expect(origin.connectionCount() - before).toBe(1);
    expect(run.stderr).toMatch(/downloaded [0-9.]+ (KiB|MiB), 11 files extracted/);
    expect(run.stderr).not.toMatch(/downloaded [0-9.]+ (KiB|MiB) \//);
  });

  it("exits 1 on a 404 and leaves the cache as it was", async () => {
    const cache = freshCache("not-found");
    const before = seedCache(cache);
    const run = await runCommand(
      fetchArgs(cache, `https://127.0.0.1:${origin.port}/no-such-tag.tar.gz`, "--force"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `HTTP error: HTTP 404 from https://127.0.0.1:${origin.port}/no-such-tag.tar.gz`,
    );
    expect(snapshot(cache)).toEqual(before);
    expect(run.stdout).toBe("");
  });

  it("exits 1 with a TLS message when the server's certificate is not trusted, cache unchanged", async () => {
    const cache = freshCache("untrusted");
    const before = seedCache(cache);
    const run = await runCommand(
      fetchArgs(cache, `https://127.0.0.1:${untrusted.port}/godot.tar.gz`, "--force"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TLS error: TLS handshake with 127\.0\.0\.1:\d+ failed/);
    expect(snapshot(cache)).toEqual(before);
  });

  it("refuses an archive with a path-traversal entry and writes nothing", async () => {
    const cache = freshCache("traversal");
    const before = seedCache(cache);
    const run = await runCommand(
      fetchArgs(cache, `https://127.0.0.1:${origin.port}/traversal.tar.gz`, "--force"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `archive error: refused archive entry "${TOP_FOLDER}/doc/classes/../../../escaped.xml": parent-folder (..) segment`,
    );
    expect(snapshot(cache)).toEqual(before);
    expect(Object.keys(snapshot(work)).filter((file) => file.endsWith("escaped.xml"))).toEqual([]);
  });
});
