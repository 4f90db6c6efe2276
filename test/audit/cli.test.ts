// The audit CLI on the real docs (../shared/godot-docs/4.6.3) and the real implementation (src/impl).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AuditReport, ClassAudit } from "../../codegen/audit/index.js";
import { repoRoot, runCli } from "./run-cli.js";

const docs = path.resolve(repoRoot, "../shared/godot-docs/4.6.3");
const manifest = JSON.parse(readFileSync(path.join(repoRoot, "codegen/manifest.json"), "utf8")) as {
  classes: string[];
};

function json(args: readonly string[]): AuditReport {
  const result = runCli(["audit", "--format", "json", ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as AuditReport;
}

const report = json(["--docs", docs]);
const temp = mkdtempSync(path.join(os.tmpdir(), "audit-docs-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Each CLI run reads the whole corpus and loads src/impl in a fresh process (a few seconds on 2 cores).
describe("audit CLI on the real tree", { timeout: 90_000 }, () => {
  it("JSON covers every manifest class and its bases up to Object", () => {
    const names = report.classes.map((c) => c.className);
    for (const name of [
      ...manifest.classes,
      "Object",
      "RefCounted",
      "Resource",
      "StreamPeerSocket",
    ])
      expect(names).toContain(name);
    expect(names[0]).toBe("Object");
    expect(report.version).toBe("4.6.3");
  });

  it("per class, documented = implemented + missing + unsupported, and parity matches", () => {
    for (const c of report.classes) {
      expect(c.implemented + c.missing.length + c.unsupported.length, c.className).toBe(
        c.documented,
      );
      expect(c.parity).toBe(
        c.documented === 0 ? 100 : Math.floor((c.implemented / c.documented) * 1000) / 10,
      );
    }
    const http = report.classes.find((c) => c.className === "HTTPClient") as ClassAudit;
    // 16 methods + 3 properties + 81 constants and enum values, no signals (4.6.3).
    expect(http.documented).toBe(100);
  });

  it("table and markdown formats show the same totals", () => {
    const table = runCli(["audit", "--docs", docs]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(
      /^class\s+documented\s+implemented\s+missing\s+unsupported\s+differing\s+parity$/m,
    );
    expect(table.stdout).toMatch(
      new RegExp(`^TOTAL\\s+${report.totals.documented}\\s+${report.totals.implemented}\\s`, "m"),
    );
    const markdown = runCli(["audit", "--docs", docs, "--format", "markdown"]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain(
      "| class | documented | implemented | missing | unsupported | differing | parity |",
    );
    expect(markdown.stdout).toContain(
      `| TOTAL | ${report.totals.documented} | ${report.totals.implemented} |`,
    );
  });

  it("--min exit codes around the current parity; bad --min is a usage error", () => {
    const parity = report.totals.parity;
    expect(runCli(["audit", "--docs", docs, "--min", String(parity)]).status).toBe(0);
    if (parity < 100)
      expect(
        runCli(["audit", "--docs", docs, "--min", String(Math.min(100, parity + 0.1))]).status,
      ).toBe(1);
    expect(runCli(["audit", "--min", "abc"]).status).toBe(2);
    expect(runCli(["audit", "--format", "xml"]).status).toBe(2);
  });

  it("a documented method no implementation has is counted as missing", () => {
    cpSync(docs, path.join(temp, "4.6.3"), { recursive: true });
    const file = path.join(temp, "4.6.3/doc/classes/HTTPClient.xml");
    const probe = `\t\t<method name="conformance_probe">\n\t\t\t<return type="void" />\n\t\t\t<description>\n\t\t\t</description>\n\t\t</method>\n\t</methods>`;
    writeFileSync(file, readFileSync(file, "utf8").replace("\t</methods>", probe));
    const extended = json(["--docs", path.join(temp, "4.6.3")]);
    const before = report.classes.find((c) => c.className === "HTTPClient") as ClassAudit;
    const after = extended.classes.find((c) => c.className === "HTTPClient") as ClassAudit;
    expect(after.documented).toBe(before.documented + 1);
    expect(after.implemented).toBe(before.implemented);
    expect(after.missing).toContainEqual({ kind: "method", name: "conformance_probe" });
    expect(extended.totals.parity).toBeLessThanOrEqual(report.totals.parity);
  });
});
