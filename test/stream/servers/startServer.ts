import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface RunningServer {
  readonly port: number;
  readonly process: ChildProcess;
  stop(): void;
}

const script = fileURLToPath(new URL("./server.mjs", import.meta.url));

/** Starts server.mjs in a child process and waits (up to 10 s) for its listening port. */
export async function startServer(mode: string, ...args: string[]): Promise<RunningServer> {
  const child = fork(script, [mode, ...args], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server ${mode} did not start in 10 s`)),
      10_000,
    );
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve((message as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`server ${mode} exited with ${code}`)));
  });
  return { port, process: child, stop: () => void child.kill() };
}
