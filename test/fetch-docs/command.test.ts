// The fetch-docs command run in-process through the CLI's runCli (same code as the spawned
// binary): redirect limits, the cache check, and command-line mistakes.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../codegen/cli/run.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";
import { startServer, type TestServer } from "../helpers/nodeServers.js";
import { rawArchive, sourceArchive } from "./archives.js";
import { snapshot } from "./cache-files.js";

let pki: TestPki;
let work: string;
let server: TestServer;
let plain: TestServer;
const served: string[] = [];

beforeAll(async () => {
  pki = makeTestPki();
  work = mkdtempSync(path.join(tmpdir(), "fetch-docs-command-"));
  const archive = sourceArchive();
  const noClasses = rawArchive([{ path: "godot/README.md", content: "no docs here\n" }]);
  plain = await startServer((_request, response) => {
    served.push("plain");
    response.end(archive);
  });
  server = await startServer(
    (request, response) => {
      served.push(request.url ?? "");
      const hop = /^\/hop\/(\d+)$/.exec(request.url ?? "");
      if (hop) {
        const left = Number(hop[1]);
        response.writeHead(302, { location: left === 0 ? "/godot.tar.gz" : `/hop/${left - 1}` });
        return response.end();
      }
      switch (request.url) {
        case "/godot.tar.gz":
          return response.end(archive);
        case "/no-classes.tar.gz":
          return response.end(noClasses);
        case "/to-plain-http":
          response.writeHead(302, { location: `http://127.0.0.1:${plain.port}/godot.tar.gz` });
          return response.end();
        case "/no-location":
          response.writeHead(303);
          return response.end();
        case "/cut-short":
          // Promises the whole archive, sends half, then drops the connection.
          response.writeHead(200, { "content-length": archive.length });
          // Destroyed only once the half is handed to the kernel, which still delivers it.
          response.write(archive.subarray(0, archive.length >> 1), () => {
            setTimeout(() => response.socket?.destroy(), 50);
          });
          return;
        case "/stall-head":
          return; // never answers
        case "/stall-body":
          response.writeHead(200, { "content-length": archive.length });
          response.write(archive.subarray(0, 4096));
          return; // and nothing more
        case "/server-error":
          response.writeHead(500);
          return response.end("boom");
      }
      response.writeHead(404);
      response.end();
    },
    { tls: { cert: pki.leaf.cert, key: pki.leaf.key } },
  );
});

afterAll(async () => {
  await server?.close();
  await plain?.close();
  pki?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function fetchDocs(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["fetch-docs", ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: work,
    env: {},
  });
  return { code, stdout, stderr };
}

function url(route: string): string {
  return `https://127.0.0.1:${server.port}${route}`;
}

/** The command against the test's HTTPS server at `route`, trusting the test CA. */
function fetchFromServer(version: string, cache: string, route: string, ...extra: string[]) {
  return fetchDocs(
    version,
    "--cache",
    cache,
    "--url",
    url(route),
    "--ca",
    pki.ca.certPath,
    ...extra,
  );
}

function cacheFor(name: string): string {
  return path.join(work, name);
}

describe("fetch-docs redirects", () => {
  it("follows five redirects, and gives up on the sixth", async () => {
    const cache = cacheFor("hops");
    const five = await fetchFromServer("1.0", cache, "/hop/4");
    expect(five.stderr).not.toContain("error");
    expect(five.code).toBe(0);
    expect(five.stdout).toContain("5 redirects");

    const six = await fetchFromServer("1.1", cache, "/hop/5");
    expect(six.code).toBe(1);
    expect(six.stderr).toContain(`HTTP error: more than 5 redirects, last at ${url("/hop/0")}`);
    expect(Object.keys(snapshot(path.join(cache, "1.1")))).toEqual([]);
  });

  it("refuses a redirect from https to plain http without contacting the http server", async () => {
    const cache = cacheFor("downgrade");
    served.length = 0;
    const run = await fetchFromServer("1.0", cache, "/to-plain-http");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("HTTP error: refused redirect from https to http");
    expect(served).toEqual(["/to-plain-http"]);
    // The cache folder did not exist and still does not.
    expect(snapshot(cache)).toEqual({});
  });

  it("fails on a redirect without Location and on a 5xx", async () => {
    const cache = cacheFor("bad-status");
    const noLocation = await fetchFromServer("1.0", cache, "/no-location");
    expect(noLocation.code).toBe(1);
    expect(noLocation.stderr).toContain("HTTP 303 redirect without a Location header");
    const serverError = await fetchFromServer("1.0", cache, "/server-error");
    expect(serverError.code).toBe(1);
    expect(serverError.stderr).toContain(`HTTP error: HTTP 500 from ${url("/server-error")}`);
  });

  it("follows a redirect from a host name to an IPv6 literal, with the right Host headers", async () => {
    const archive = sourceArchive();
    const tls = { cert: pki.leaf.cert, key: pki.leaf.key };
    const hosts: string[] = [];
    const v6 = await startServer(
      (request, response) => {
        hosts.push(request.headers.host ?? "");
        response.end(archive);
      },
      { host: "::1", tls },
    );
    const named = await startServer(
      (request, response) => {
        hosts.push(request.headers.host ?? "");
        response.writeHead(302, { location: `https://[::1]:${v6.port}/godot.tar.gz` });
        response.end();
      },
      { tls },
    );
    try {
      const run = await fetchDocs(
        "1.3",
        ...["--cache", cacheFor("v6"), "--url", `https://localhost:${named.port}/start`],
        ...["--ca", pki.ca.certPath],
      );
      expect(run.stderr).not.toContain("error");
      expect(run.code).toBe(0);
      expect(hosts).toEqual([`localhost:${named.port}`, `[::1]:${v6.port}`]);
    } finally {
      await Promise.all([v6.close(), named.close()]);
    }
  });

  it("sends the request again on a new connection when a kept-alive one is dropped on reuse", async () => {
    const archive = sourceArchive();
    const redirectedSockets = new WeakSet<object>();
    const seen: string[] = [];
    const flaky = await startServer((request, response) => {
      seen.push(request.url ?? "");
      if (request.url === "/start") {
        redirectedSockets.add(request.socket);
        response.writeHead(302, { location: "/godot.tar.gz", "content-length": 0 });
        return response.end();
      }
      // The connection that carried the redirect dies instead of answering the next request.
      if (redirectedSockets.has(request.socket)) return request.socket.destroy();
      response.end(archive);
    });
    try {
      const run = await fetchDocs(
        "1.2",
        ...["--cache", cacheFor("dropped"), "--url", `http://127.0.0.1:${flaky.port}/start`],
      );
      expect(run.stderr).not.toContain("error");
      expect(run.code).toBe(0);
      expect(seen).toEqual(["/start", "/godot.tar.gz", "/godot.tar.gz"]);
      expect(flaky.connectionCount()).toBe(2);
    } finally {
      await flaky.close();
    }
  });

  it("gives up on a server that goes silent, before the response or in the body (--timeout)", async () => {
    const cache = cacheFor("silent");
    const args = ["--cache", cache, "--ca", pki.ca.certPath, "--timeout", "0.5"];
    const head = await fetchDocs("7.0", ...args, "--url", url("/stall-head"));
    expect(head.code).toBe(1);
    expect(head.stderr).toMatch(/network error: no response from 127\.0\.0\.1:\d+ within 0\.5 s/);
    const body = await fetchDocs("7.0", ...args, "--url", url("/stall-body"));
    expect(body.code).toBe(1);
    expect(body.stderr).toContain(
      `network error: download from ${url("/stall-body")} broke off after 4096 bytes: no data for 0.5 s`,
    );
    expect(existsSync(cache)).toBe(false);
  });

  it("without --ca, the test CA is not trusted: TLS error", async () => {
    const run = await fetchDocs("1.0", "--cache", cacheFor("no-ca"), "--url", url("/godot.tar.gz"));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TLS error: TLS handshake with 127\.0\.0\.1:\d+ failed/);
  });

  it("reports a refused connection as a network error", async () => {
    const closed = await startServer(() => {});
    const port = closed.port;
    await closed.close();
    const run = await fetchDocs(
      "1.0",
      "--cache",
      cacheFor("refused"),
      "--url",
      `http://127.0.0.1:${port}/a.tar.gz`,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`network error: cannot connect to 127.0.0.1:${port}`);
  });
});

describe("fetch-docs cache", () => {
  it("does not fetch a version that is already complete unless --force is given", async () => {
    const cache = cacheFor("cached");
    const first = await fetchFromServer("2.0", cache, "/godot.tar.gz");
    expect(first.code).toBe(0);
    const folder = path.join(cache, "2.0");
    writeFileSync(path.join(folder, "doc/classes/Marker.xml"), "added after the fetch\n");

    served.length = 0;
    const again = await fetchFromServer("2.0", cache, "/godot.tar.gz");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already in");
    expect(served).toEqual([]);

    const forced = await fetchFromServer("2.0", cache, "/godot.tar.gz", "--force", "--quiet");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe("");
    expect(served).toEqual(["/godot.tar.gz"]);
    // Replaced as a whole: the file added to the old folder is gone.
    expect(snapshot(folder)["doc/classes/Marker.xml"]).toBeUndefined();
    expect(snapshot(folder)["doc/classes/Object.xml"]).toBeDefined();
  });

  it("an archive without class files is an error and leaves no folder, not even the cache's", async () => {
    const cache = cacheFor("no-classes/nested");
    const run = await fetchFromServer("3.0", cache, "/no-classes.tar.gz");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("archive error:");
    expect(run.stderr).toContain("has no */doc/classes/*.xml");
    expect(existsSync(cacheFor("no-classes"))).toBe(false);
  });

  it("a download cut short is a network error and the cached version stays as it was", async () => {
    const cache = cacheFor("cut-short");
    const seeded = await fetchFromServer("5.0", cache, "/godot.tar.gz", "--quiet");
    expect(seeded.code).toBe(0);
    const before = snapshot(cache);
    const run = await fetchFromServer("5.0", cache, "/cut-short", "--force");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/network error: download from \S+ broke off after \d+ bytes/);
    expect(snapshot(cache)).toEqual(before);
  });

  it("removes staging folders that a killed run left more than a day ago, and only those", async () => {
    const cache = cacheFor("stale");
    const stale = path.join(cache, ".staging-6.0-killed");
    const recent = path.join(cache, ".staging-6.0-running");
    mkdirSync(path.join(stale, "doc/classes"), { recursive: true });
    mkdirSync(recent, { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    const run = await fetchFromServer("6.0", cache, "/godot.tar.gz", "--quiet");
    expect(run.code).toBe(0);
    expect(readdirSync(cache).sort()).toEqual([".staging-6.0-running", "6.0"]);
  });

  it("uses .cache/godot-docs under the working folder by default", async () => {
    const run = await fetchDocs(
      "4.0",
      "--url",
      url("/godot.tar.gz"),
      "--ca",
      pki.ca.certPath,
      "--quiet",
    );
    expect(run.code).toBe(0);
    expect(
      snapshot(path.join(work, ".cache/godot-docs/4.0"))["doc/classes/Widget.xml"],
    ).toBeDefined();
    expect(run.stdout).toContain("use:      godot-typed generate --docs .cache/godot-docs/4.0");
  });
});

describe("fetch-docs command line", () => {
  it.each([
    [[], "missing <version>"],
    [["../4.6"], "is not a version"],
    [["4.6", "extra"], 'unexpected argument "extra"'],
    [["4.6", "--url", "ftp://example.com/a.tar.gz"], "--url must be an http(s) URL"],
    [["4.6", "--ca", "/no/such/ca.pem"], "cannot read --ca /no/such/ca.pem: ENOENT"],
    [["4.6", "--bogus"], "Unknown option '--bogus'"],
    [["4.6", "--timeout", "0"], "--timeout must be a number of seconds"],
    [["4.6", "--timeout", "soon"], "--timeout must be a number of seconds"],
  ])("%j exits 2: %s", async (args, message) => {
    const run = await fetchDocs(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("godot-typed fetch-docs --help");
  });

  it("--help prints the usage and exits 0; the top-level help lists the command", async () => {
    const help = await fetchDocs("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: godot-typed fetch-docs <version> [options]");
    let top = "";
    await runCli(["--help"], {
      stdout: { write: (text: string) => (top += text) },
      stderr: { write: () => {} },
      cwd: work,
      env: {},
    });
    expect(top).toMatch(/fetch-docs\s+download one Godot version's class reference/);
  });
});
