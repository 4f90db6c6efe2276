/**
 * Optional reference subject: Godot 3.2.3's C++ HTTPClient (Debian's `godot3-server`), running
 * godot3-client.gd headless in its own process. Times are taken inside the engine, so engine
 * start-up is excluded, as module loading is for the Node subjects. Skipped when not installed.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Origin } from "./types.js";

const run = promisify(execFile);
const BINARY = "/usr/bin/godot3-server";
const SCRIPT = fileURLToPath(new URL("./godot3-client.gd", import.meta.url));

export const GODOT3 = "Godot 3.2.3 HTTPClient (C++)";

export function godot3Available(): boolean {
  try {
    accessSync(BINARY, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface GodotResult {
  readonly ok: boolean;
  readonly requests: number;
  readonly bytes: number;
  readonly usec: number;
}

async function runGodot(
  origin: Origin,
  path: string,
  count: number,
  warmup: number,
): Promise<GodotResult> {
  const { stdout } = await run(BINARY, ["--no-window", "-s", SCRIPT], {
    cwd: os.tmpdir(),
    timeout: 150_000,
    maxBuffer: 1 << 20,
    env: {
      ...process.env,
      LANG: "C.UTF-8",
      BENCH_HOST: origin.host,
      BENCH_PORT: String(origin.port),
      BENCH_PATH: path,
      BENCH_COUNT: String(count),
      BENCH_WARMUP: String(warmup),
    },
  });
  const line = stdout.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
  if (line === undefined)
    throw new Error(`godot3-server printed no result:\n${stdout.slice(-2000)}`);
  const result = JSON.parse(line.slice("BENCH_RESULT ".length)) as GodotResult;
  if (!result.ok) throw new Error(`godot3-server client failed: ${line}`);
  return result;
}

/** `count` sequential small GETs on one connection after `warmup` more; requests/second. */
export async function godotSmallBatch(
  origin: Origin,
  path: string,
  count: number,
  expectedBodyBytes: number,
): Promise<number> {
  const result = await runGodot(origin, path, count, Math.min(500, count));
  if (result.bytes !== count * expectedBodyBytes) {
    throw new Error(`godot3: ${result.bytes} body bytes for ${count} requests`);
  }
  return result.requests / (result.usec / 1e6);
}

/** One large body; resolves with the body bytes the engine returned, and the engine's own time. */
export async function readLargeGodot(
  origin: Origin,
  path: string,
): Promise<{ bytes: number; seconds: number }> {
  const result = await runGodot(origin, path, 1, 0);
  return { bytes: result.bytes, seconds: result.usec / 1e6 };
}
