import path from "node:path";
import type { CachedSummary } from "../cache/index.js";
import type { LinkMiss } from "../ir/diagnostics.js";
import type { PipelineResult } from "../pipeline.js";
import type { StaleReport } from "../write/index.js";

const LISTED_MISSES = 5;
const LISTED_FILES = 10;

/** The one-screen summary a run prints on stdout. */
export function formatSummary(result: PipelineResult, outcome: string, cwd: string): string {
  const { stats, linked, misses } = result;
  const lines = headerLines(stats);
  if (linked.unresolved.length > 0) {
    lines.push(`  unknown types tolerated: ${linked.unresolved.length}`);
    for (const ref of linked.unresolved.slice(0, LISTED_MISSES)) {
      lines.push(`    ${relative(cwd, ref.loc.file)}:${ref.loc.line}: ${ref.kind} ${ref.target}`);
    }
  }
  lines.push(...formatMisses(misses, cwd));
  lines.push(`  output:  ${outcome}`);
  const total = stats.timings.reduce((sum, timing) => sum + timing.ms, 0);
  lines.push(
    `  time:    ${stats.timings.map((timing) => `${timing.stage} ${ms(timing.ms)}`).join(", ")}; total ${ms(total)}`,
  );
  return `${lines.join("\n")}\n`;
}

/** The summary of a cache hit: the recorded run's figures, then the verdict. */
export function formatCachedSummary(
  summary: CachedSummary,
  outcome: string,
  elapsedMs: number,
): string {
  const broken = summary.misses - summary.missesOutside;
  return [
    ...headerLines(summary),
    `  link misses: ${summary.misses} (${summary.missesOutside} outside the emitted set, ${broken} broken; --no-cache lists them)`,
    `  output:  ${outcome}`,
    `  time:    cache check ${ms(elapsedMs)}`,
    "",
  ].join("\n");
}

/** What was generated: the same three lines whether the run was fresh or a cache hit. */
function headerLines(figures: Omit<CachedSummary, "misses" | "missesOutside">): string[] {
  return [
    `godot-typed generate: Godot ${figures.docsVersion ?? "(unknown version)"}, docs ${figures.docsUrl}`,
    `  classes: ${figures.classes} emitted, ${figures.members} members`,
    `  stubs:   ${figures.stubs} object, ${figures.builtinStubs} built-in`,
  ];
}

function formatMisses(misses: readonly LinkMiss[], cwd: string): string[] {
  const outside = misses.filter((miss) => miss.outsideEmittedSet).length;
  const lines = [
    `  link misses: ${misses.length} (${outside} outside the emitted set, ${misses.length - outside} broken)`,
  ];
  // One line per distinct reference (a class description may repeat one many times), broken
  // references first: they are bugs in the docs, the others are expected.
  const distinct = new Map<string, { miss: LinkMiss; count: number }>();
  for (const miss of misses) {
    const where =
      miss.loc === undefined ? miss.className : `${relative(cwd, miss.loc.file)}:${miss.loc.line}`;
    const key = `${where}: [${miss.tag} ${miss.target}]${miss.outsideEmittedSet ? "" : " (broken)"}`;
    const entry = distinct.get(key);
    if (entry === undefined) distinct.set(key, { miss, count: 1 });
    else entry.count++;
  }
  const ordered = [...distinct].sort(
    ([, a], [, b]) => Number(a.miss.outsideEmittedSet) - Number(b.miss.outsideEmittedSet),
  );
  for (const [key, { count }] of ordered.slice(0, LISTED_MISSES)) {
    lines.push(`    ${key}${count > 1 ? ` ×${count}` : ""}`);
  }
  if (ordered.length > LISTED_MISSES)
    lines.push(`    ... and ${ordered.length - LISTED_MISSES} more distinct references`);
  return lines;
}

/** The --check verdict: which files differ, with the first few of each kind listed. */
export function formatStaleReport(outDir: string, report: StaleReport, cwd: string): string {
  const lines = [
    `${relative(cwd, outDir)} is stale: ${report.differing.length} differing, ${report.missing.length} missing, ${report.extra.length} extra`,
  ];
  for (const [label, paths] of [
    ["differs", report.differing],
    ["missing", report.missing],
    ["extra  ", report.extra],
  ] as const) {
    for (const file of paths.slice(0, LISTED_FILES)) lines.push(`  ${label} ${file}`);
    if (paths.length > LISTED_FILES)
      lines.push(`  ... and ${paths.length - LISTED_FILES} more ${label.trim()}`);
  }
  lines.push("Run `npm run generate` (or godot-typed generate) to update it.");
  return `${lines.join("\n")}\n`;
}

/** Paths near `cwd` print relative; far-away ones (a temp folder) print absolute. */
export function relative(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  if (rel === "") return ".";
  const climbs = rel.split(path.sep).filter((part) => part === "..").length;
  return climbs > 2 ? path.resolve(file) : rel;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}
