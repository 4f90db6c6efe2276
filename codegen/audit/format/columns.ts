import type { AuditReport, AuditTotals, ClassAudit, MemberRef } from "../audit.js";

/** The summary table's columns, shared by the text and markdown formats. */
export const HEADERS = [
  "class",
  "documented",
  "implemented",
  "missing",
  "unsupported",
  "differing",
  "parity",
] as const;

export function row(name: string, counts: AuditTotals): string[] {
  return [
    name,
    String(counts.documented),
    String(counts.implemented),
    String(counts.missing),
    String(counts.unsupported),
    String(counts.differing),
    `${counts.parity.toFixed(1)}%`,
  ];
}

export function classCounts(audit: ClassAudit): AuditTotals {
  return {
    documented: audit.documented,
    implemented: audit.implemented,
    missing: audit.missing.length,
    unsupported: audit.unsupported.length,
    differing: audit.differing.length,
    parity: audit.parity,
  };
}

export function rows(report: AuditReport): string[][] {
  return [
    ...report.classes.map((c) => row(c.className, classCounts(c))),
    row("TOTAL", report.totals),
  ];
}

export function memberLabel(member: MemberRef): string {
  return `${member.kind} ${member.name}`;
}

export function title(report: AuditReport): string {
  return `Parity audit against the Godot ${report.version ?? "(unknown version)"} class reference: ${report.classes.length} classes`;
}

export const NOTE =
  "Unsupported members count as missing. Virtual methods (hooks user code overrides) are outside the parity count.";
