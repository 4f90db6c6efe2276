// Ephemeral loopback ports for servers (nginx, tinyproxy) that cannot report a port-0 bind.
import { createServer, connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A port the kernel just handed out on `host` (free when this returns; callers retry on a race). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on host:port; rejects after `timeoutMs`. */
export async function waitForListening(
  host: string,
  port: number,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < 500; attempt++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) break;
    await sleep(20);
  }
  throw new Error(`nothing listening on ${host}:${port} after ${timeoutMs} ms`);
}
