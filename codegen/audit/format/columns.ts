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

function classCounts(audit: ClassAudit): AuditTotals {
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

function memberLabel(member: MemberRef): string {
  return `${member.kind} ${member.name}`;
}

export function title(report: AuditReport): string {
  return `Parity audit against the Godot ${report.version ?? "(unknown version)"} class reference: ${report.classes.length} classes`;
}

export const NOTE =
  "Unsupported members count as missing. Virtual methods (hooks user code overrides) are outside the parity count; hooks on the unsupported list are shown.";

/** One line of a class's details: what is missing, unsupported, different, or where it was checked. */
export interface Detail {
  readonly label: "note" | "missing" | "unsupported" | "differs" | "hook unsupported";
  /** `method connect`; absent for notes. */
  readonly member?: string;
  readonly text?: string;
}

export function details(audit: ClassAudit): Detail[] {
  const lines: Detail[] = [];
  if (audit.checkedOn !== undefined) {
    lines.push({
      label: "note",
      text: `not exported by the implementation; members checked on ${audit.checkedOn}`,
    });
  }
  for (const member of audit.missing) lines.push({ label: "missing", member: memberLabel(member) });
  for (const member of audit.unsupported)
    lines.push({ label: "unsupported", member: memberLabel(member), text: member.reason });
  for (const member of audit.differing)
    lines.push({ label: "differs", member: memberLabel(member), text: member.issues.join("; ") });
  for (const member of audit.hooks.unsupported) {
    lines.push({ label: "hook unsupported", member: memberLabel(member), text: member.reason });
  }
  return lines;
}
