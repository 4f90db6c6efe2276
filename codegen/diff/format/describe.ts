/** Wording shared by the text and markdown reports. */
import type { DiffEntry, DiffReport, DiffSummary, EntryKind } from "../types.js";

function versionLabel(version: string | null, fallback: string): string {
  return version ?? fallback;
}

export function title(report: DiffReport): string {
  return `API diff: ${versionLabel(report.oldVersion, "old")} → ${versionLabel(report.newVersion, "new")}`;
}

function counts(record: Readonly<Record<EntryKind, number>>): string {
  return `${record.added} added, ${record.removed} removed, ${record.renamed} renamed, ${record.changed} changed`;
}

export function summaryLines(summary: DiffSummary): string[] {
  return [
    `classes: ${counts(summary.classes)}`,
    `members: ${counts(summary.members)}`,
    `breaking: ${summary.breaking} of ${summary.total} entries`,
  ];
}

/** `enum-value STATUS_SSL_HANDSHAKE_ERROR → STATUS_TLS_HANDSHAKE_ERROR`, or just the name. */
export function subject(
  entry: DiffEntry,
  quote: (name: string) => string = (name) => name,
): string {
  const name =
    entry.kind === "renamed" ? `${quote(entry.oldName)} → ${quote(entry.name)}` : quote(entry.name);
  // Operator names already read "operator ==".
  return entry.member === "operator" ? name : `${entry.member} ${name}`;
}

/** Groups entries by class, keeping the report's order. */
export function byClass(entries: readonly DiffEntry[]): Map<string, DiffEntry[]> {
  const groups = new Map<string, DiffEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.className);
    if (group === undefined) groups.set(entry.className, [entry]);
    else group.push(entry);
  }
  return groups;
}

/** The heading for a class group: notes a class rename. */
export function classHeading(group: readonly DiffEntry[]): string {
  const first = group[0];
  if (first === undefined) return "";
  return first.oldClassName === first.className
    ? first.className
    : `${first.className} (was ${first.oldClassName})`;
}
