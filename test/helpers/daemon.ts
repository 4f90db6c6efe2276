// Starts a foreground daemon (nginx, tinyproxy) that must be told its port up front: it picks a
// free 127.0.0.1 port, launches, and waits until the port accepts connections. Another process can
// take the port between picking and binding, so a launch that exits early is retried on a new port.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort, waitForListening } from "./ports.js";

const ATTEMPTS = 5;
const STOP_GRACE_MS = 3000;

export interface Daemon {
  readonly port: number;
  /** SIGTERM, then SIGKILL if it has not exited within a grace period. */
  stop(): Promise<void>;
}

/**
 * Fails with what to install when a server binary from Debian's packages is missing, instead of a
 * bare spawn ENOENT: the tests use real servers and never skip them (.ci/run installs them).
 */
export function requireBinary(path: string, debianPackage: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: install Debian's ${debianPackage} (apt-get install ${debianPackage}), as .ci/run does`,
    );
  }
}

/** `launch` writes whatever config names the port and spawns; its stderr, if piped, goes into the error. */
export async function startDaemonOnFreePort(
  name: string,
  launch: (port: number) => ChildProcess,
): Promise<Daemon> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = await freePort();
    const child = launch(port);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      await Promise.race([
        waitForListening("127.0.0.1", port),
        exited.then(() => {
          throw new Error(`${name} exited early${stderr ? `: ${stderr}` : ""}`);
        }),
      ]);
    } catch (error) {
      lastError = error;
      child.kill("SIGKILL");
      continue;
    }
    return {
      port,
      async stop() {
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      },
    };
  }
  throw lastError instanceof Error ? lastError : new Error(`${name} did not start`);
}
