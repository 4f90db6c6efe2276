import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BlockingSocket, SocketState, TlsState } from "../../src/impl/net/blocking/index.js";
import { makeTestPki } from "../helpers/certs.js";
import { startServer, type RunningServer } from "./servers/startServer.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const running: RunningServer[] = [];
const sockets: BlockingSocket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) server.stop();
});

async function connectTo(
  mode: string,
  ringCapacity?: number,
  ...args: string[]
): Promise<BlockingSocket> {
  const server = await startServer(mode, ...args);
  running.push(server);
  const socket = BlockingSocket.connect(
    { host: "127.0.0.1", port: server.port },
    ringCapacity ? { ringCapacity } : {},
  );
  sockets.push(socket);
  expect(socket.waitFor(() => !socket.connecting, 10_000)).toBe(true);
  expect(socket.state).toBe(SocketState.CONNECTED);
  return socket;
}

describe("BlockingSocket", () => {
  it("moves 256 KiB through a 1 KiB ring: wraps around, pauses and resumes the worker", async () => {
    const socket = await connectTo("echo", 1024);
    const payload = new Uint8Array(256 * 1024).map((_, i) => (i * 31 + 7) & 0xff);
    expect(socket.write(payload, 10_000)).toBe(payload.length);
    const result = socket.readExactly(payload.length, 10_000);
    expect(result.status).toBe("ok");
    expect(Buffer.compare(result.data, payload)).toBe(0);
    expect(socket.available()).toBe(0);
  });

  it("a timed-out readExactly consumes nothing", async () => {
    const socket = await connectTo("echo");
    socket.write(new TextEncoder().encode("ab"));
    expect(socket.readExactly(3, 300).status).toBe("timeout");
    socket.write(new TextEncoder().encode("c"));
    const result = socket.readExactly(3, 5000);
    expect(result.status).toBe("ok");
    expect(new TextDecoder().decode(result.data)).toBe("abc");
  });

  it("reports a refused connection with Node's error code", () => {
    const socket = BlockingSocket.connect({ host: "127.0.0.1", port: 1 });
    sockets.push(socket);
    expect(socket.waitFor(() => !socket.connecting, 10_000)).toBe(true);
    expect(socket.state).toBe(SocketState.ERROR);
    expect(socket.error?.code).toBe("ECONNREFUSED");
  });

  it("startTls replays unread bytes into the TLS stream (none lost across the upgrade)", async () => {
    const pki = makeTestPki();
    const certificate = pki.selfSigned;
    try {
      const socket = await connectTo(
        "tls-client-prefixed",
        undefined,
        certificate.certPath,
        certificate.keyPath,
      );
      // Wait until "PRE" and the ClientHello behind it have both arrived, then read only "PRE".
      expect(socket.waitFor(() => socket.available() > 3, 10_000)).toBe(true);
      expect(new TextDecoder().decode(socket.readExactly(3, 1000).data)).toBe("PRE");
      socket.startTls({ isServer: true, cert: certificate.cert, key: certificate.key });
      expect(socket.waitFor(() => socket.tlsState !== TlsState.HANDSHAKING, 10_000)).toBe(true);
      expect(socket.tlsState).toBe(TlsState.CONNECTED);
      const greeting = socket.readExactly("hello from the TLS client".length, 10_000);
      expect(new TextDecoder().decode(greeting.data)).toBe("hello from the TLS client");
    } finally {
      pki.cleanup();
    }
  });

  it("runs from compiled JavaScript (dist layout) as well as from the TypeScript sources", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "blocking-dist-"));
    const server = net.createServer((connection) =>
      connection.on("data", (chunk) => connection.write(chunk)),
    );
    try {
      // As in dist/ under this package: ESM output, because the nearest package.json says "module".
      writeFileSync(path.join(outDir, "package.json"), JSON.stringify({ type: "module" }));
      const sources = [
        "BlockingSocket",
        "index",
        "messages",
        "sharedLayout",
        "socketWorker",
        "spawnWorker",
      ];
      execFileSync(
        process.execPath,
        [
          path.join(repoRoot, "node_modules/typescript/bin/tsc"),
          ...sources.map((name) => path.join(repoRoot, `src/impl/net/blocking/${name}.ts`)),
          ...["--outDir", outDir, "--module", "nodenext", "--target", "es2022", "--types", "node"],
          ...[
            "--ignoreConfig",
            "--skipLibCheck",
            "--rootDir",
            path.join(repoRoot, "src/impl/net/blocking"),
          ],
        ],
        { cwd: repoRoot, stdio: "pipe" },
      );
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const port = (server.address() as net.AddressInfo).port;
      // The client blocks its own thread, so it runs in a child process while this one serves.
      const script = [
        `import { BlockingSocket } from ${JSON.stringify(path.join(outDir, "index.js"))};`,
        `const socket = BlockingSocket.connect({ host: "127.0.0.1", port: ${port} });`,
        `socket.waitFor(() => !socket.connecting, 10000);`,
        `socket.write(new TextEncoder().encode("compiled"));`,
        `const result = socket.readExactly(8, 10000);`,
        `console.log(result.status, new TextDecoder().decode(result.data));`,
        `socket.close();`,
      ].join("\n");
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
        stdio: "pipe",
      });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(output.trim()).toBe("ok compiled");
      expect(code).toBe(0);
    } finally {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
