import { readTree } from "./existing-files.js";
import { sortPaths } from "./output-paths.js";

/** How an output folder on disk differs from what a run would write. */
export interface StaleReport {
  /** Present on both sides with different bytes. */
  readonly differing: readonly string[];
  /** Would be written but is absent. */
  readonly missing: readonly string[];
  /** On disk but no longer generated. */
  readonly extra: readonly string[];
}

export function isStale(report: StaleReport): boolean {
  return report.differing.length + report.missing.length + report.extra.length > 0;
}

/** Compares in memory; nothing is written. A missing folder makes every file `missing`. */
export async function checkOutputDir(
  outDir: string,
  files: ReadonlyMap<string, string>,
): Promise<StaleReport> {
  const onDisk = await readTree(outDir);
  const existing = onDisk?.files ?? new Map<string, Buffer>();
  const differing: string[] = [];
  const missing: string[] = [];
  for (const [relative, content] of files) {
    const current = existing.get(relative);
    if (current === undefined) missing.push(relative);
    else if (!current.equals(Buffer.from(content, "utf8"))) differing.push(relative);
  }
  const extra = [...existing.keys(), ...(onDisk?.foreign ?? [])].filter(
    (relative) => !files.has(relative),
  );
  return { differing: sortPaths(differing), missing: sortPaths(missing), extra: sortPaths(extra) };
}
