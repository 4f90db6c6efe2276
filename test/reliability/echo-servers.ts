// Keep-alive servers for the soak: each request head is answered with its own path as the body,
// so a response that lands on the wrong request shows. One runs on this thread, one on a worker
// thread (for blocking mode, which parks this thread).
import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { Worker } from "node:worker_threads";

export interface EchoServer {
  readonly port: number;
  /** Connections accepted so far. */
  accepted(): Promise<number>;
  close(): Promise<void>;
}

/** Answers each complete request head in `pending`; returns the unconsumed rest. */
function answerHeads(pending: string, write: (reply: string) => void): string {
  let rest = pending;
  const replies: string[] = [];
  for (let end = rest.indexOf("\r\n\r\n"), guard = 0; end !== -1 && guard < 100_000; guard++) {
    const path = rest.slice(0, rest.indexOf("\r\n")).split(" ")[1] ?? "";
    replies.push(`HTTP/1.1 200 OK\r\nContent-Length: ${path.length}\r\n\r\n${path}`);
    rest = rest.slice(end + 4);
    end = rest.indexOf("\r\n\r\n");
  }
  if (replies.length > 0) write(replies.join(""));
  return rest;
}

/** The plain echo server, or over TLS with `tls` (a PEM certificate and key). */
export async function startEchoServer(tls?: { cert: string; key: string }): Promise<EchoServer> {
  const sockets: Socket[] = [];
  const onConnection = (socket: Socket): void => {
    sockets.push(socket);
    socket.setNoDelay(true);
    socket.on("error", () => {});
    let pending = "";
    socket.on("data", (chunk: Buffer) => {
      pending = answerHeads(pending + chunk.toString("latin1"), (reply) => socket.write(reply));
    });
  };
  const server: Server = tls
    ? createTlsServer({ cert: tls.cert, key: tls.key }, onConnection).on("tlsClientError", () => {})
    : createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    accepted: () => Promise.resolve(sockets.length),
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The worker runs plain JS, so the answering code is repeated here in that form. */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const net = require("node:net");
let accepted = 0;
const server = net.createServer((socket) => {
  accepted++;
  socket.setNoDelay(true);
  socket.on("error", () => {});
  let pending = "";
  socket.on("data", (chunk) => {
    pending += chunk.toString("latin1");
    for (let end = pending.indexOf("\\r\\n\\r\\n"); end !== -1; end = pending.indexOf("\\r\\n\\r\\n")) {
      const path = pending.slice(0, pending.indexOf("\\r\\n")).split(" ")[1] || "";
      socket.write("HTTP/1.1 200 OK\\r\\nContent-Length: " + path.length + "\\r\\n\\r\\n" + path);
      pending = pending.slice(end + 4);
    }
  });
});
parentPort.on("message", () => parentPort.postMessage(accepted));
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
`;

export async function startEchoServerOnWorker(): Promise<EchoServer> {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), 10_000);
  });
  const first = await Promise.race([once(worker, "message"), timeout]);
  clearTimeout(timer);
  if (first === null) {
    await worker.terminate();
    throw new Error("echo server worker did not start in 10 s");
  }
  const [port] = first as [number];
  return {
    port,
    async accepted() {
      worker.postMessage("count");
      const [count] = (await once(worker, "message")) as [number];
      return count;
    },
    async close() {
      await worker.terminate();
    },
  };
}
