import type { AuditReport } from "../audit.js";
import { HEADERS, memberLabel, NOTE, rows, title } from "./columns.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** A markdown table, then a section per class listing what is missing, unsupported or differs. */
export function formatMarkdown(report: AuditReport): string {
  const table = rows(report).map((line) => `| ${line.map(cell).join(" | ")} |`);
  const lines = [
    `## ${title(report)}`,
    "",
    `| ${HEADERS.join(" | ")} |`,
    `| ${HEADERS.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...table,
    "",
    NOTE,
  ];
  for (const audit of report.classes) {
    const problems = audit.missing.length + audit.unsupported.length + audit.differing.length;
    if (problems === 0 && audit.checkedOn === undefined) continue;
    lines.push("", `### ${audit.className}`, "");
    if (audit.checkedOn !== undefined)
      lines.push(`- not exported by the implementation; members checked on \`${audit.checkedOn}\``);
    for (const member of audit.missing) lines.push(`- missing: \`${memberLabel(member)}\``);
    for (const member of audit.unsupported)
      lines.push(`- unsupported: \`${memberLabel(member)}\`: ${member.reason}`);
    for (const member of audit.differing)
      lines.push(`- differs: \`${memberLabel(member)}\`: ${member.issues.join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}
