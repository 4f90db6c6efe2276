import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import { runGeneratorCases } from "./gen/index.js";
import { runHttpCases } from "./http/index.js";
import { machineFacts } from "./machine.js";
import type { BenchOptions } from "./options.js";
import type { BenchReport, CaseResult, SkippedCase } from "./report/types.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;

/** Run counts and sizes: the full preset stays under ~6 minutes on 2 cores. */
function preset(options: BenchOptions) {
  const quick = options.quick;
  const largeBytes = options.largeBytes ?? (quick ? 8 * MiB : GiB);
  return {
    small: {
      requestsPerRun: options.smallRequests ?? (quick ? 200 : 5000),
      rounds: quick ? 2 : 7,
      budgetMs: quick ? 10_000 : 60_000,
    },
    large: { bytes: largeBytes, rounds: quick ? 1 : 5, budgetMs: quick ? 10_000 : 120_000 },
    memory: { bytes: largeBytes, rounds: quick ? 1 : 3, budgetMs: quick ? 20_000 : 60_000 },
    gen: {
      corpusRounds: quick ? 1 : 5,
      smallRounds: quick ? 1 : 5,
      budgetMs: quick ? 30_000 : 120_000,
    },
  };
}

/** Runs the selected areas and returns the report (the caller prints and writes it). */
export async function runBench(
  options: BenchOptions,
  command: string,
  log: (line: string) => void,
): Promise<BenchReport> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const sizes = preset(options);
  const cases: CaseResult[] = [];
  const skipped: SkippedCase[] = [];
  if (options.build) {
    log("build: tsc -p tsconfig.build.json");
    await promisify(execFile)(
      process.execPath,
      ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"],
      {
        cwd: options.repoRoot,
        timeout: 300_000,
      },
    ).catch((error: unknown) => {
      // tsc emits despite type errors in files under work elsewhere; dist/ is still usable.
      log(`build: tsc reported errors (${String(error).split("\n")[0]}); using what it emitted`);
    });
  }
  const area = async (
    id: string,
    run: () => Promise<{ cases: CaseResult[]; skipped: SkippedCase[] }>,
  ): Promise<void> => {
    try {
      const result = await run();
      cases.push(...result.cases);
      skipped.push(...result.skipped);
    } catch (error) {
      // One broken area (a baseline that failed, a server that would not start) must not hide the others.
      const reason = error instanceof Error ? error.message : String(error);
      log(`${id}: failed: ${reason}`);
      skipped.push({ id, title: `${id} cases`, reason: `failed: ${reason.split("\n")[0] ?? ""}` });
    }
  };
  if (options.areas.has("http")) await area("http", () => runHttpCases({ ...sizes, log }));
  if (options.areas.has("gen")) {
    await area("gen", () =>
      runGeneratorCases({
        repoRoot: options.repoRoot,
        docsRoot: options.docsRoot,
        ...sizes.gen,
        corpusClasses: options.quick ? ["HTTPClient", "Node"] : "all",
        makeRst: options.makeRst,
        scratch: options.scratch,
        log,
      }),
    );
  }
  const finishedAt = new Date();
  return {
    schema: 1,
    command,
    quick: options.quick,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    wallSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    machine: machineFacts(),
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    cases,
    skipped,
  };
}
