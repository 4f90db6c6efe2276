/**
 * A profiling target: only our HTTPClient against the bench server (in its own process, not
 * profiled), so a CPU profile shows the client's own hot spots.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile/http.ts small|length|chunked|blocking|blocking-repeat
 *   npx tsx scripts/bench/profile/top.ts /tmp/prof
 */
import { spawnBenchServer } from "../http/server/spawnServer.js";
import { largePath } from "../http/server/responses.js";
import { openOursSmall, readLargeOurs, readLargeOursBlocking } from "../http/subjects/ours.js";

const mode = process.argv[2] ?? "small";
const server = await spawnBenchServer();
try {
  const start = performance.now();
  if (mode === "small") {
    const client = await openOursSmall(server);
    for (let i = 0; i < 20_000; i++) await client.request();
    await client.close();
    process.stdout.write(`20000 requests in ${(performance.now() - start).toFixed(0)} ms\n`);
  } else if (mode === "blocking-repeat") {
    // Reproduces the blocking-mode stall seen in the bench: several blocking connections in turn
    // in one process; a stalled read throws after the subject's 10 s per-call bound.
    for (let i = 0; i < 8; i++) {
      const got = await readLargeOursBlocking(server, largePath("length", 64 * 2 ** 20));
      process.stdout.write(`connection ${i}: ${got} bytes\n`);
    }
  } else {
    const bytes = 2 ** 30;
    const framing = mode === "chunked" ? "chunked" : "length";
    const read = mode === "blocking" ? readLargeOursBlocking : readLargeOurs;
    const got = await read(server, largePath(framing, bytes));
    if (got !== bytes) throw new Error(`read ${got} of ${bytes} bytes`);
    process.stdout.write(`${mode}: 1 GiB in ${(performance.now() - start).toFixed(0)} ms\n`);
  }
} finally {
  await server.stop();
}
