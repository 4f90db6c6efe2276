import type { AuditReport } from "../audit.js";
import { details, HEADERS, NOTE, rows, title } from "./columns.js";

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
    const classDetails = details(audit);
    if (classDetails.length === 0) continue;
    lines.push("", `### ${audit.className}`, "");
    for (const { label, member, text } of classDetails) {
      const subject = [member === undefined ? undefined : `\`${member}\``, text]
        .filter((part) => part !== undefined)
        .join(": ");
      lines.push(`- ${label}: ${subject}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
