import type { DiffReport } from "../types.js";
import { byClass, classHeading, subject, summaryLines, title } from "./describe.js";

const code = (name: string): string => `\`${name}\``;

/** A markdown report: a section per class, a bullet per entry, nested bullets for details. */
export function formatMarkdown(report: DiffReport): string {
  const lines = [
    `# ${title(report)}`,
    "",
    ...summaryLines(report.summary).map((line) => `- ${line}`),
    "",
  ];
  for (const group of byClass(report.entries).values()) {
    lines.push(`## ${classHeading(group)}`, "");
    for (const entry of group) {
      const flag = entry.breaking ? "**breaking** " : "";
      const reason = entry.renameReason === undefined ? "" : `: ${entry.renameReason}`;
      lines.push(`- ${flag}${entry.kind} ${subject(entry, code)}${reason}`);
      for (const change of entry.changes)
        lines.push(`  - ${change.breaking ? "**breaking** " : ""}${change.detail}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
