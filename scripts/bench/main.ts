/**
 * `npm run bench`: HTTP and generator benchmarks. Each figure is a median of several runs and a
 * ratio to a baseline measured in the same run (the machine is shared and noisy). The HTTP
 * server runs in its own process so it and the client under test do not share an event loop.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runBench } from "./harness.js";
import { parseBenchArgs, USAGE } from "./options.js";
import { formatTable } from "./report/table.js";
import { writeReport } from "./report/write.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const argv = process.argv.slice(2);
const options = parseBenchArgs(argv, repoRoot);
if (options === "help") {
  process.stdout.write(USAGE);
} else {
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const report = await runBench(
    options,
    ["npm run bench", ...(argv.length > 0 ? ["--", ...argv] : [])].join(" "),
    log,
  );
  process.stdout.write(`${formatTable(report)}\n\n`);
  for (const result of report.cases) {
    for (const note of result.notes) process.stdout.write(`- ${result.title}: ${note}\n`);
  }
  const m = report.machine;
  const load = (values: readonly number[] | undefined) =>
    (values ?? []).map((value) => value.toFixed(2)).join(" ");
  process.stdout.write(
    `\nmachine: ${m.nproc} cores (${m.cpuModel}), ${m.totalMemoryMiB} MiB, node ${m.node}, ${m.platform}; ${report.wallSeconds.toFixed(0)} s\n` +
      `load average (1/5/15 min): ${load(report.loadAverage?.start)} at start, ${load(report.loadAverage?.end)} at end\n`,
  );
  const file = await writeReport(options.outDir, report);
  process.stdout.write(`results: ${path.relative(repoRoot, file)} (and latest.json)\n`);
}
