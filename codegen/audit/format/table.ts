import type { AuditReport } from "../audit.js";
import { HEADERS, memberLabel, NOTE, rows, title } from "./columns.js";

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
    const problems = audit.missing.length + audit.unsupported.length + audit.differing.length;
    if (problems === 0 && audit.checkedOn === undefined) continue;
    lines.push("", `${audit.className}:`);
    if (audit.checkedOn !== undefined)
      lines.push(`  not exported by the implementation; members checked on ${audit.checkedOn}`);
    for (const member of audit.missing) lines.push(`  missing      ${memberLabel(member)}`);
    for (const member of audit.unsupported)
      lines.push(`  unsupported  ${memberLabel(member)}: ${member.reason}`);
    for (const member of audit.differing)
      lines.push(`  differs      ${memberLabel(member)}: ${member.issues.join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}
