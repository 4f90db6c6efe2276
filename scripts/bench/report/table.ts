import type { BenchReport } from "./types.js";

const HEADER = ["case", "subject", "median", "min..max", "unit", "ratio", "target", "result"];

/** The report as a plain-text table (also valid Markdown), one row per subject. */
export function formatTable(report: BenchReport): string {
  const lines: string[][] = [];
  for (const result of report.cases) {
    for (const row of result.rows) {
      const isBaseline = row.subject === result.baseline;
      lines.push([
        result.title,
        row.subject,
        figure(row.median),
        `${figure(row.min)}..${figure(row.max)}`,
        row.unit,
        isBaseline ? "1.00 (baseline)" : `${row.ratio.toFixed(2)}×`,
        row.checks
          .map(
            (c) =>
              `${c.target.text}${c.target.kind === "ratio" ? ` (${c.value.toFixed(2)}×)` : ""}`,
          )
          .join("; "),
        row.pass === null ? "" : row.pass ? "PASS" : "FAIL",
      ]);
    }
    for (const failed of result.failed) {
      const error = failed.error.split("\n")[0]?.slice(0, 160) ?? "";
      lines.push([
        result.title,
        failed.subject,
        "",
        "",
        "",
        "",
        failed.targeted ? "(targeted)" : "",
        `FAIL: ${error}`,
      ]);
    }
  }
  for (const skipped of report.skipped) {
    lines.push([skipped.title, "—", "", "", "", "", "", `not available: ${skipped.reason}`]);
  }
  return markdownTable(HEADER, lines);
}

function figure(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(3);
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
