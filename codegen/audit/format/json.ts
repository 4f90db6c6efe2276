import type { AuditReport } from "../audit.js";

/** The AuditReport structure as JSON (see ../audit.ts). */
export function formatJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
