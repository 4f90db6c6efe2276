/**
 * Several addresses where the first accepts TCP but never answers the TLS handshake: after
 * connectTimeoutMs both transports, the event-driven one and the worker-thread one of blocking
 * mode, must move on to the next address and connect there, not give up with cant_connect
 * (which they do only after the last address). Driven at the transport level with an explicit
 * address list, since "localhost" resolves to one address on many machines.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ByteTransport, TransportSink } from "../../src/impl/net/ByteTransport.js";
import { Transport } from "../../src/impl/net/Transport.js";
import { WorkerTransport } from "../../src/impl/net/WorkerTransport.js";
import { TLSOptions, tlsClientOptions, tlsUpgradeOptions } from "../../src/impl/tls/TLSOptions.js";
import { X509Certificate } from "../../src/impl/tls/X509Certificate.js";
import { makeTestPki, type TestPki } from "../helpers/certs.js";

/**
 * The servers live in a child process: the worker transport blocks this thread (Atomics.wait),
 * so servers on this event loop could not answer. A TLS server on ::1, and on 127.0.0.1 at the
 * same port one that accepts, reads the ClientHello and never answers.
 */
const SERVER_SOURCE = `
const net = require("node:net");
const tls = require("node:tls");
const fs = require("node:fs");
const [keyPath, certPath] = process.argv.slice(2);
const good = tls.createServer({ key: fs.readFileSync(keyPath), cert: fs.readFileSync(certPath) }, (s) => {
  s.on("error", () => {});
  s.once("data", () => s.end("HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok"));
});
const staller = net.createServer((s) => { s.on("data", () => {}); s.on("error", () => {}); });
good.listen(0, "::1", () => {
  const port = good.address().port;
  staller.listen(port, "127.0.0.1", () => process.send({ port }));
});
`;

let pki: TestPki;
let options: ReturnType<typeof TLSOptions.client>;
let port = 0;
let child: ChildProcess;
let childDir = "";

beforeAll(async () => {
  pki = makeTestPki();
  const trusted = new X509Certificate();
  trusted.load_from_string(pki.ca.cert);
  options = TLSOptions.client(trusted);
  childDir = mkdtempSync(join(tmpdir(), "godot-typed-fallback-"));
  const script = join(childDir, "servers.cjs");
  writeFileSync(script, SERVER_SOURCE);
  child = fork(script, [pki.leaf.keyPath, pki.leaf.certPath], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server process did not start")), 10_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve((message as { port: number }).port);
    });
  });
});

afterAll(() => {
  child?.kill();
  if (childDir) rmSync(childDir, { recursive: true, force: true });
  pki?.cleanup();
});

function collectingSink(): { sink: TransportSink; text: () => string } {
  const received: Buffer[] = [];
  return {
    sink: { data: (chunk) => received.push(Buffer.from(chunk)), end: () => {}, activity: () => {} },
    text: () => Buffer.concat(received).toString(),
  };
}

/** Waits (bounded) while `busy`, blocking on the worker transport or yielding to the event loop. */
async function waitWhile(transport: ByteTransport, busy: () => boolean): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (busy() && performance.now() < deadline) {
    if (transport.eventDriven) await new Promise((resolve) => setTimeout(resolve, 5));
    else transport.block(500);
    transport.pump();
  }
}

const route = { tunnelAuthority: null, connectTimeoutMs: 300 };

describe("a stalled TLS handshake on the first address", () => {
  it.each([
    [
      "event-driven Transport",
      (sink: TransportSink, addresses: string[]) =>
        new Transport(
          {
            ...route,
            addresses,
            port,
            tls: tlsClientOptions(options, "localhost"),
            reuseReceiveBuffer: false,
          },
          sink,
        ),
    ],
    [
      "WorkerTransport (blocking mode)",
      (sink: TransportSink, addresses: string[]) =>
        WorkerTransport.connect(
          { ...route, addresses, port, tls: tlsUpgradeOptions(options, "localhost") },
          sink,
        ),
    ],
  ])(
    "%s: moves on to the next address, gives up after the last",
    async (_name, open) => {
      const { sink, text } = collectingSink();
      const transport = open(sink, ["127.0.0.1", "::1"]);
      await waitWhile(transport, () => transport.state === "connecting");
      expect(transport.state).toBe("open");
      // The first address was tried and ran out of time (the staller never answers the handshake).
      expect(transport.failure).toMatch(/timeout/);
      transport.write(Buffer.from("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
      await waitWhile(transport, () => !text().endsWith("ok"));
      expect(text()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
      transport.destroy();

      const only = open(collectingSink().sink, ["127.0.0.1"]);
      await waitWhile(only, () => only.state === "connecting");
      expect(only.state).toBe("cant_connect");
      only.destroy();
    },
    30_000,
  );
});
