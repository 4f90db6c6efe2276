// The diff CLI as a user runs it: both real corpora, each output format, the filters, bad usage.
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../../codegen/diff/index.js";
import { repoRoot, runCli } from "../audit/run-cli.js";

const docs = path.resolve(repoRoot, "../shared/godot-docs");
const versions = [path.join(docs, "3.6"), path.join(docs, "4.6.3")];
const fixtures = [
  path.join(repoRoot, "test/diff/fixtures/v1"),
  path.join(repoRoot, "test/diff/fixtures/v2"),
];

describe("diff CLI", { timeout: 90_000 }, () => {
  it("JSON for HTTPClient, breaking only, on the whole 3.6 → 4.6.3 corpus", () => {
    const result = runCli([
      "diff",
      ...versions,
      "--classes",
      "HTTPClient",
      "--breaking-only",
      "--format",
      "json",
    ]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.entries.length).toBeGreaterThan(0);
    expect(report.entries.every((e) => e.breaking && e.className === "HTTPClient")).toBe(true);
    expect(report.entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(["connect_to_host", "STATUS_TLS_HANDSHAKE_ERROR"]),
    );
  });

  it("text and markdown reports", () => {
    const text = runCli(["diff", ...fixtures]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^API diff: 1\.0 → 2\.0$/m);
    expect(text.stdout).toContain("! > class OldThing → NewThing");
    const markdown = runCli(["diff", ...fixtures, "--format", "markdown", "--classes", "Widget"]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain("# API diff: 1.0 → 2.0");
    expect(markdown.stdout).toContain("## Widget");
    expect(markdown.stdout).not.toContain("## Mover");
  });

  it("bad usage exits 2, a missing docs root exits 1 naming it", () => {
    expect(runCli(["diff", fixtures[0] as string]).status).toBe(2);
    expect(runCli(["diff", ...fixtures, "--format", "xml"]).status).toBe(2);
    const missing = runCli(["diff", fixtures[0] as string, path.join(repoRoot, "no-such-docs")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no-such-docs");
  });
});
