import type { AuditReport } from "../audit.js";
import { details, HEADERS, NOTE, rows, title } from "./columns.js";

function aligned(table: readonly (readonly string[])[]): string[] {
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length))) ??
    [];
  // The class column reads left-aligned, numbers right-aligned.
  return table.map((line) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  "),
  );
}

/** A plain-text table, then the missing, unsupported and differing members of each class. */
export function formatTable(report: AuditReport): string {
  const lines = [title(report), "", ...aligned([[...HEADERS], ...rows(report)]), "", NOTE];
  for (const audit of report.classes) {
    const classDetails = details(audit);
    if (classDetails.length === 0) continue;
    lines.push("", `${audit.className}:`);
    for (const { label, member, text } of classDetails) {
      const subject = [member, text].filter((part) => part !== undefined).join(": ");
      lines.push(`  ${label.padEnd(16)} ${subject}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
