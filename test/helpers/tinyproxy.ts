// Launches Debian's tinyproxy (/usr/bin/tinyproxy) in the foreground with a temp config on an
// ephemeral 127.0.0.1 port. `refuseConnect` limits CONNECT to port 1, so every tunnel to a test
// origin gets tinyproxy's 403 "Access violation".
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireBinary, startDaemonOnFreePort, type Daemon } from "./daemon.js";

export const TINYPROXY_BIN = "/usr/bin/tinyproxy";

export interface Tinyproxy {
  readonly port: number;
  /** tinyproxy's log so far (requests it handled, CONNECTs, refusals). */
  log(): string;
  stop(): Promise<void>;
}

export async function startTinyproxy(
  options: { refuseConnect?: boolean } = {},
): Promise<Tinyproxy> {
  requireBinary(TINYPROXY_BIN, "tinyproxy");
  const dir = mkdtempSync(join(tmpdir(), "godot-typed-tinyproxy-"));
  const logPath = join(dir, "tinyproxy.log");
  let daemon: Daemon;
  try {
    daemon = await startDaemonOnFreePort("tinyproxy", (port) => {
      const config = [
        `Port ${port}`,
        "Listen 127.0.0.1",
        "Timeout 30",
        "MaxClients 32",
        "Allow 127.0.0.1",
        `LogFile "${logPath}"`,
        "LogLevel Info",
        `PidFile "${join(dir, "tinyproxy.pid")}"`,
        // Without any ConnectPort line tinyproxy allows CONNECT to every port.
        ...(options.refuseConnect ? ["ConnectPort 1"] : []),
      ].join("\n");
      const configPath = join(dir, "tinyproxy.conf");
      writeFileSync(configPath, config + "\n");
      return spawn(TINYPROXY_BIN, ["-d", "-c", configPath], { stdio: "ignore" });
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port: daemon.port,
    log: () => {
      try {
        return readFileSync(logPath, "utf8");
      } catch {
        return "";
      }
    },
    async stop() {
      await daemon.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
