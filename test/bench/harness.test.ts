import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runBench } from "../../scripts/bench/harness.js";
import { parseBenchArgs, type BenchOptions } from "../../scripts/bench/options.js";
import { formatTable } from "../../scripts/bench/report/table.js";
import type { BenchReport } from "../../scripts/bench/report/types.js";
import { writeReport } from "../../scripts/bench/report/write.js";

// A smoke run of the real harness in quick mode on tiny sizes: it checks the report's shape and
// that every ratio is a finite positive number. It asserts nothing about speed.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function quickOptions(only: string, overrides: Partial<BenchOptions> = {}): BenchOptions {
  const parsed = parseBenchArgs(["--quick", "--only", only], repoRoot);
  if (parsed === "help") throw new Error("unexpected help");
  return { ...parsed, ...overrides };
}

function expectWellFormed(report: BenchReport, caseIds: readonly string[]): void {
  expect(report.schema).toBe(1);
  expect(report.quick).toBe(true);
  expect(report.machine.nproc).toBeGreaterThan(0);
  expect(report.loadAverage?.start).toHaveLength(3);
  expect(report.loadAverage?.end).toHaveLength(3);
  expect(report.machine.node).toBe(process.version);
  expect(report.cases.map((c) => c.id)).toEqual(expect.arrayContaining([...caseIds]));
  for (const result of report.cases) {
    expect(result.rows.length).toBeGreaterThanOrEqual(2);
    expect(result.rows.map((row) => row.subject)).toContain(result.baseline);
    for (const row of result.rows) {
      expect(row.samples.length).toBeGreaterThan(0);
      for (const value of [row.median, row.min, row.max, row.ratio, ...row.samples]) {
        expect(Number.isFinite(value), `${result.id} / ${row.subject}`).toBe(true);
      }
      expect(row.ratio, `${result.id} / ${row.subject}`).toBeGreaterThan(0);
      // Memory growth may be 0 in a tiny run; every other figure is a positive rate or time.
      if (row.unit !== "MiB") expect(row.min).toBeGreaterThan(0);
      expect(row.min).toBeLessThanOrEqual(row.median);
      expect(row.median).toBeLessThanOrEqual(row.max);
      for (const check of row.checks) {
        expect(Number.isFinite(check.value)).toBe(true);
        expect(typeof check.pass).toBe("boolean");
      }
      expect(row.pass).toBe(row.checks.length === 0 ? null : row.checks.every((c) => c.pass));
    }
    expect(Array.isArray(result.failed)).toBe(true);
    for (const failed of result.failed) expect(failed.error.length).toBeGreaterThan(0);
    const baseline = result.rows.find((row) => row.subject === result.baseline);
    expect(baseline?.ratio).toBe(1);
  }
}

describe("bench harness, quick mode", () => {
  it("HTTP cases: every subject measured against the loopback server, ratios finite", async () => {
    const report = await runBench(
      quickOptions("http", { largeBytes: 3 * 2 ** 20 + 12_345, smallRequests: 40 }),
      "test",
      () => {},
    );
    expectWellFormed(report, [
      "http-small",
      "http-large-length",
      "http-large-chunked",
      "http-memory",
    ]);
    const small = report.cases.find((c) => c.id === "http-small");
    // Godot 3.2.3 joins as a fourth, reference-only subject where godot3-server is installed.
    expect(small?.rows.slice(0, 3).map((r) => r.subject)).toEqual([
      "node:http Agent",
      "undici.Client",
      "HTTPClient (ours)",
    ]);
    const large = report.cases.find((c) => c.id === "http-large-chunked");
    expect(large?.rows.map((r) => r.subject)).toContain("raw net.Socket (onread)");
    // The page-fault diagnostic: ours again, in a child whose glibc keeps freed memory.
    expect(large?.rows.map((r) => r.subject)).toContain(
      "HTTPClient (ours), glibc trim off (diagnostic)",
    );

    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-test-"));
    try {
      const file = await writeReport(dir, report);
      const latest = JSON.parse(
        await readFile(path.join(dir, "latest.json"), "utf8"),
      ) as BenchReport;
      expect(latest).toEqual(JSON.parse(await readFile(file, "utf8")));
      expect(latest.cases.length).toBe(report.cases.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const table = formatTable(report);
    for (const result of report.cases) expect(table).toContain(result.title);
  }, 180_000);

  it("generator cases: CLI runs and the XML floor, stage times parsed", async () => {
    const report = await runBench(quickOptions("gen"), "test", () => {});
    expectWellFormed(report, ["gen-corpus", "gen-bound", "gen-nochange"]);
    const corpus = report.cases.find((c) => c.id === "gen-corpus");
    for (const stage of ["read", "model", "resolve", "docs", "emit", "format"]) {
      expect(corpus?.rows.map((r) => r.subject)).toContain(`stage: ${stage}`);
    }
  }, 240_000);
});
