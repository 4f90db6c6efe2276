// The audit CLI on fixture docs and a fixture implementation (test/audit/fixtures): one member per
// outcome, so every count and every listed member is known exactly.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditReport, ClassAudit } from "../../codegen/audit/index.js";
import { repoRoot, runCli } from "./run-cli.js";

const config = path.join(repoRoot, "test/audit/fixtures/config.json");

function auditJson(): AuditReport {
  const result = runCli(["audit", "--config", config, "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as AuditReport;
}

describe("audit on fixture docs and implementation", { timeout: 60_000 }, () => {
  const report = auditJson();
  const gadget = report.classes.find((c) => c.className === "Gadget") as ClassAudit;

  it("covers the manifest class and its bases, bases first", () => {
    expect(report.classes.map((c) => c.className)).toEqual(["Object", "Base", "Gadget"]);
  });

  it("checks a base the implementation does not export on its exported subclass", () => {
    expect(report.classes[1]).toMatchObject({
      className: "Base",
      checkedOn: "Gadget",
      documented: 1,
      implemented: 1,
    });
    expect(report.classes[0]?.checkedOn).toBeUndefined();
  });

  it("counts documented members, enum values as constants, hooks apart", () => {
    // 6 methods + 3 properties + 1 signal + 5 constants (2 of them enum values).
    expect(gadget.documented).toBe(15);
    const object = report.classes[0] as ClassAudit;
    expect(object.documented).toBe(2);
    expect(object.hooks).toEqual({
      documented: 1,
      implemented: 0,
      unsupported: [{ kind: "method", name: "_hook", reason: "fixture: the core never calls it" }],
    });
    // A hook on the list stays outside the parity count.
    expect(object.unsupported).toEqual([]);
  });

  it("lists missing members: absent method, property and signal", () => {
    expect(gadget.missing).toEqual([
      { kind: "method", name: "absent" },
      { kind: "property", name: "gone_prop" },
      { kind: "signal", name: "never" },
    ]);
  });

  it("reports unsupported members with their reason and counts them as missing", () => {
    expect(gadget.unsupported).toEqual([
      { kind: "method", name: "placeholder", reason: "fixture: needs an engine" },
    ]);
    expect(gadget.implemented).toBe(15 - 3 - 1);
    expect(gadget.parity).toBe(73.3);
  });

  it("lists members whose run-time shape differs from the docs", () => {
    expect(gadget.differing).toEqual([
      {
        kind: "method",
        name: "wrong_static",
        issues: ["on the instance prototype, documented static"],
      },
      { kind: "method", name: "short", issues: ["fn.length 1, documented 2 required parameters"] },
      {
        kind: "property",
        name: "half_done",
        issues: ["set_half_done() missing", "get_half_done() missing"],
      },
      { kind: "constant", name: "WRONG", issues: ["value 3, documented 4"] },
      { kind: "constant", name: "LOOSE", issues: ["writable"] },
    ]);
  });

  it("totals add up", () => {
    expect(report.totals).toEqual({
      documented: 18,
      implemented: 14,
      missing: 3,
      unsupported: 1,
      differing: 5,
      parity: 77.7,
    });
  });

  it("--min: exit 0 at or above the parity, 1 below", () => {
    expect(runCli(["audit", "--config", config, "--min", "77.7"]).status).toBe(0);
    const below = runCli(["audit", "--config", config, "--min", "77.8"]);
    expect(below.status).toBe(1);
    expect(below.stderr).toContain("parity 77.7% is below --min 77.8%");
  });
});
