import type { DiffReport } from "../types.js";
import { byClass, classHeading, subject, summaryLines, title } from "./describe.js";

const MARK = { added: "+", removed: "-", changed: "~", renamed: ">" } as const;

/** A plain-text report: one block per class, one line per entry, indented change details. */
export function formatText(report: DiffReport): string {
  const lines = [
    title(report),
    ...summaryLines(report.summary),
    "legend: + added  - removed  ~ changed  > renamed  ! breaking",
    "",
  ];
  for (const group of byClass(report.entries).values()) {
    lines.push(classHeading(group));
    for (const entry of group) {
      const reason = entry.renameReason === undefined ? "" : ` (${entry.renameReason})`;
      lines.push(`  ${entry.breaking ? "!" : " "} ${MARK[entry.kind]} ${subject(entry)}${reason}`);
      for (const change of entry.changes)
        lines.push(`        ${change.breaking ? "!" : " "} ${change.detail}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
