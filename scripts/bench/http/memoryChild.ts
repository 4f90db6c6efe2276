/**
 * Runs in a fresh process (forked by memory.ts): streams one large body with one client and
 * reports how far the resident set grew above where it stood just before the request.
 *
 * Peak: the kernel's high-water mark (VmHWM), reset just before the request by writing 5 to
 * /proc/self/clear_refs, so it covers only the streaming. A 5 ms rss sampler runs alongside as a
 * cross-check (it can miss short spikes; VmHWM cannot).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { openNodeHttpSmall, readLargeNodeHttp } from "./subjects/nodeHttp.js";
import { openOursSmall, readLargeOurs } from "./subjects/ours.js";
import type { Origin } from "./subjects/types.js";

/**
 * Growth below one page is below what the kernel counts; it reads as one page, so a ratio to a
 * client that grew "nothing" stays finite.
 */
const PAGE = 4096;

export interface MemoryMeasurement {
  readonly subject: string;
  readonly bytes: number;
  readonly method: "VmHWM" | "sampled rss";
  readonly peakGrowthBytes: number;
  readonly sampledGrowthBytes: number;
  readonly rssBeforeBytes: number;
}

function statusField(name: string): number | null {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(
    readFileSync("/proc/self/status", "utf8"),
  );
  return match ? Number(match[1]) * 1024 : null;
}

function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

async function measure(subject: string, origin: Origin, path: string): Promise<MemoryMeasurement> {
  // Warm up: load the client's code and make one request so start-up allocation is not counted.
  const warm = subject === "ours" ? await openOursSmall(origin) : await openNodeHttpSmall(origin);
  await warm.request();
  await warm.close();
  const read = subject === "ours" ? readLargeOurs : readLargeNodeHttp;

  const before = process.memoryUsage().rss;
  const reset = resetPeak();
  let sampledPeak = before;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  }, 5);
  const bytes = await read(origin, path);
  clearInterval(sampler);
  sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  const hwm = statusField("VmHWM");
  const useHwm = reset && hwm !== null;
  return {
    subject,
    bytes,
    method: useHwm ? "VmHWM" : "sampled rss",
    peakGrowthBytes: Math.max(PAGE, (useHwm ? hwm : sampledPeak) - before),
    sampledGrowthBytes: Math.max(PAGE, sampledPeak - before),
    rssBeforeBytes: before,
  };
}

const [subject, host, port, path] = process.argv.slice(2);
if (subject === undefined || host === undefined || port === undefined || path === undefined) {
  throw new Error("usage: memoryChild <ours|node> <host> <port> <path>");
}
const result = await measure(subject, { host, port: Number(port) }, path);
process.stdout.write(`${JSON.stringify(result)}\n`);
