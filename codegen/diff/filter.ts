import { summarize } from "./diff-corpora.js";
import type { DiffReport } from "./types.js";

export interface DiffFilter {
  /** Keep only entries of these classes (matched by old or new name). */
  readonly classes?: readonly string[];
  readonly breakingOnly?: boolean;
}

/** Narrows a report; the summary is recomputed so it always describes the entries shown. */
export function filterReport(report: DiffReport, filter: DiffFilter): DiffReport {
  const wanted =
    filter.classes === undefined || filter.classes.length === 0 ? null : new Set(filter.classes);
  const entries = report.entries.filter(
    (entry) =>
      (wanted === null || wanted.has(entry.className) || wanted.has(entry.oldClassName)) &&
      (filter.breakingOnly !== true || entry.breaking),
  );
  return { ...report, summary: summarize(entries), entries };
}
