import type { DiffReport } from "../types.js";

/** The report as JSON, exactly the DiffReport structure (see ../types.ts). */
export function formatJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
