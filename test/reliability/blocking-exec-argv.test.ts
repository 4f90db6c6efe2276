// Blocking mode in a process started with a process-wide V8 flag (here --expose-gc, as soak and
// profiling runs use). The socket worker is started with the parent's execArgv, and Worker
// rejects process-wide flags; connect_to_host used to throw ERR_WORKER_INVALID_EXEC_ARGV. Fixed
// in src/impl/net/blocking/spawnWorker.ts (startWorker drops the flags the Worker refuses).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Error } from "../../generated/GlobalScope.js";
import { HTTPClient_Status as Status } from "../../generated/HTTPClient.js";
import { freePort } from "../helpers/ports.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");

/** A blocking-mode connect to a refused port; prints `status <n> poll <err>` or the exception. */
const SCRIPT = `
import { HTTPClient } from ${JSON.stringify(path.join(repoRoot, "src/impl/http/HTTPClient.ts"))};
const client = new HTTPClient();
client.blocking_mode_enabled = true;
client.blockingTimeoutMs = 10_000;
try {
  const connect = client.connect_to_host("127.0.0.1", Number(process.argv[1]));
  const error = client.poll();
  console.log("connect " + connect + " poll " + error + " status " + client.get_status());
} catch (exception) {
  console.log("threw " + (exception && exception.code));
}
client.close();
`;

function runWithFlags(flags: string[], port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...flags, "--import", "tsx", "--input-type=module", "-e", SCRIPT, String(port)],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 },
    );
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", () => resolve(stdout.trim()));
  });
}

const REFUSED = `connect ${Error.OK} poll ${Error.ERR_CANT_CONNECT} status ${Status.STATUS_CANT_CONNECT}`;

describe("blocking mode and the process's execArgv", () => {
  it("works without process-wide flags (control)", { timeout: 40_000 }, async () => {
    expect(await runWithFlags([], await freePort())).toBe(REFUSED);
  });

  it(
    "works in a process started with --expose-gc (the worker drops the process-wide flag)",
    { timeout: 40_000 },
    async () => {
      expect(await runWithFlags(["--expose-gc"], await freePort())).toBe(REFUSED);
    },
  );
});
