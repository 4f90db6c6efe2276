/**
 * A/B of the 1 GiB large-body readers in one process, for the HTTPClient performance notes
 * (src/impl/http/README.md): the raw socket (reused buffer), a raw socket reading into fresh
 * memory (the floor for any client that hands its received bytes to the caller), ours in both
 * framings, and blocking mode. Per run it prints MB/s and this process's minor page faults and
 * CPU time (user includes V8's background GC threads and the blocking-mode worker).
 *
 *   npx tsx scripts/bench/profile-large-ab.ts [--rounds 3] [--warm] [--only raw,fresh,ours,...]
 *
 * `--warm` first runs 15,000 small node:http keep-alive requests in this process, as the bench's
 * small case does before its large-body case; V8 then collects far more often while bytes stream.
 */
import net from "node:net";
import { parseArgs } from "node:util";
import { largePath, largeWireBytes, type BodyFraming } from "./http/server/responses.js";
import { spawnBenchServer, type BenchServer } from "./http/server/spawnServer.js";
import { openNodeHttpSmall } from "./http/subjects/nodeHttp.js";
import { readLargeOurs, readLargeOursBlocking } from "./http/subjects/ours.js";
import { readLargeRaw } from "./http/subjects/rawSocket.js";
import type { Origin } from "./http/subjects/types.js";

const BYTES = 2 ** 30;
const FRESH_SLAB_BYTES = 2 * 1024 * 1024;
const FRESH_MIN_READ = 64 * 1024;

/** A raw socket whose reads land in fresh slabs (as ours do), counting bytes and parsing nothing. */
function readFresh(origin: Origin, framing: BodyFraming): Promise<number> {
  const expected = largeWireBytes(framing, BYTES);
  let slab = Buffer.allocUnsafe(FRESH_SLAB_BYTES);
  let offset = 0;
  let received = 0;
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: origin.host,
      port: origin.port,
      noDelay: true,
      onread: {
        buffer: () => {
          if (FRESH_SLAB_BYTES - offset < FRESH_MIN_READ) {
            slab = Buffer.allocUnsafe(FRESH_SLAB_BYTES);
            offset = 0;
          }
          return slab.subarray(offset);
        },
        callback: (length: number) => {
          offset += length;
          received += length;
          return true;
        },
      },
    });
    socket.on("connect", () =>
      socket.write(
        `GET ${largePath(framing, BYTES)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      ),
    );
    socket.on("end", () =>
      received === expected ? resolve(BYTES) : reject(new Error(`fresh: ${received} wire bytes`)),
    );
    socket.on("error", reject);
  });
}

function subjects(server: BenchServer): Map<string, () => Promise<number>> {
  return new Map([
    ["raw", () => readLargeRaw(server, largePath("length", BYTES))],
    ["fresh", () => readFresh(server, "length")],
    ["ours", () => readLargeOurs(server, largePath("length", BYTES))],
    ["raw-chunked", () => readLargeRaw(server, largePath("chunked", BYTES))],
    ["ours-chunked", () => readLargeOurs(server, largePath("chunked", BYTES))],
    ["blocking", () => readLargeOursBlocking(server, largePath("length", BYTES))],
  ]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    warm: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const rounds = Math.max(1, Math.min(20, Number(values.rounds)));
const server = await spawnBenchServer();
try {
  if (values.warm) {
    const client = await openNodeHttpSmall(server);
    for (let i = 0; i < 15_000; i++) await client.request();
    await client.close();
  }
  const all = subjects(server);
  const names = values.only?.split(",") ?? [...all.keys()];
  const rates = new Map<string, number[]>();
  const details = new Map<string, string[]>();
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const read = all.get(name);
      if (read === undefined) throw new Error(`unknown subject ${name}`);
      const before = process.resourceUsage();
      const start = performance.now();
      const bytes = await read();
      const seconds = (performance.now() - start) / 1000;
      const after = process.resourceUsage();
      if (bytes !== BYTES) throw new Error(`${name}: ${bytes} bytes`);
      rates.set(name, [...(rates.get(name) ?? []), BYTES / 1e6 / seconds]);
      const faults = after.minorPageFault - before.minorPageFault;
      const user = (after.userCPUTime - before.userCPUTime) / 1000;
      const system = (after.systemCPUTime - before.systemCPUTime) / 1000;
      details.set(name, [
        ...(details.get(name) ?? []),
        `${faults} faults, ${user.toFixed(0)}+${system.toFixed(0)} ms CPU`,
      ]);
    }
  }
  const rawMedian = median(rates.get("raw") ?? []);
  for (const name of names) {
    const rate = median(rates.get(name) ?? []);
    const ratio = Number.isFinite(rawMedian) ? ` (${(rate / rawMedian).toFixed(2)}× raw)` : "";
    process.stdout.write(
      `${name.padEnd(13)} ${rate.toFixed(0).padStart(5)} MB/s${ratio}  [${(details.get(name) ?? []).join("; ")}]\n`,
    );
  }
} finally {
  await server.stop();
}
