import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export interface BenchServer {
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 20_000;

/**
 * Forks benchServer.ts into its own process (tsx loader only: no profiler or inspector flags of
 * the bench process are passed on) and resolves once it listens on 127.0.0.1.
 */
export async function spawnBenchServer(): Promise<BenchServer> {
  const entry = fileURLToPath(new URL("./benchServer.ts", import.meta.url));
  const child = fork(entry, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const port = await waitForPort(child);
    return {
      host: "127.0.0.1",
      port,
      pid: child.pid ?? -1,
      stop: () => stopChild(child),
    };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("bench server did not start in time")),
      STARTUP_TIMEOUT_MS,
    );
    child.once("message", (message: unknown) => {
      clearTimeout(timer);
      const port = (message as { port?: unknown }).port;
      if (typeof port === "number") resolve(port);
      else reject(new Error(`bench server sent ${JSON.stringify(message)}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited with ${code}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
