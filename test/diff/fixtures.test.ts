// Unit tests of the diff on two small hand-written corpora (test/diff/fixtures/v1 → v2): one
// element per change kind, each checked for its kind and its breaking flag.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  diffCorpora,
  filterReport,
  formatJson,
  formatMarkdown,
  formatText,
} from "../../codegen/diff/index.js";
import type { DiffEntry, DiffReport, MemberKind } from "../../codegen/diff/index.js";
import { readCorpus } from "../../codegen/read/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures");

let report: DiffReport;

beforeAll(async () => {
  const [oldCorpus, newCorpus] = await Promise.all([
    readCorpus({ root: path.join(fixtures, "v1") }),
    readCorpus({ root: path.join(fixtures, "v2") }),
  ]);
  report = diffCorpora(oldCorpus, newCorpus, { includeDescriptions: true });
});

function entry(className: string, member: MemberKind, name: string): DiffEntry {
  const found = report.entries.filter(
    (e) => e.className === className && e.member === member && e.name === name,
  );
  expect(found, `${className} ${member} ${name}`).toHaveLength(1);
  return found[0] as DiffEntry;
}

function aspects(e: DiffEntry): string[] {
  return e.changes.map((change) => change.aspect);
}

describe("classes", () => {
  it("reports an added class as not breaking and a removed one as breaking", () => {
    expect(entry("Added", "class", "Added")).toMatchObject({ kind: "added", breaking: false });
    expect(entry("Removed", "class", "Removed")).toMatchObject({ kind: "removed", breaking: true });
  });

  it("pairs a renamed class by its unique brief instead of add + remove", () => {
    const renamed = entry("NewThing", "class", "NewThing");
    expect(renamed).toMatchObject({ kind: "renamed", oldName: "OldThing", breaking: true });
    expect(renamed.renameReason).toMatch(/identical brief/);
    expect(
      report.entries.some(
        (e) => e.member === "class" && e.name === "OldThing" && e.kind === "removed",
      ),
    ).toBe(false);
  });

  it("flags a base class change as breaking, and a renamed base as not", () => {
    expect(entry("Mover", "class", "Mover")).toMatchObject({ kind: "changed", breaking: true });
    expect(entry("Mover", "class", "Mover").changes[0]).toMatchObject({
      aspect: "inherits",
      old: "Base",
      new: "Other",
    });
    const sub = entry("Sub", "class", "Sub");
    expect(sub).toMatchObject({ kind: "changed", breaking: false });
    expect(sub.changes[0]?.detail).toBe("base class renamed OldThing → NewThing");
  });
});

describe("methods", () => {
  it("added / removed", () => {
    expect(entry("Widget", "method", "fresh")).toMatchObject({ kind: "added", breaking: false });
    expect(entry("Widget", "method", "gone")).toMatchObject({ kind: "removed", breaking: true });
  });

  it("leaves unchanged methods out", () => {
    expect(report.entries.some((e) => e.name === "keep")).toBe(false);
  });

  it("parameter type change and return type change are breaking", () => {
    expect(entry("Widget", "method", "retyped")).toMatchObject({ kind: "changed", breaking: true });
    expect(aspects(entry("Widget", "method", "retyped"))).toContain("parameter-type");
    expect(entry("Widget", "method", "ret").changes).toEqual([
      { aspect: "return-type", detail: "int → String", old: "int", new: "String", breaking: true },
    ]);
  });

  it("a new optional parameter is not breaking, a new required one is", () => {
    expect(entry("Widget", "method", "more")).toMatchObject({ breaking: false });
    expect(aspects(entry("Widget", "method", "more"))).toContain("parameter-added");
    expect(entry("Widget", "method", "needs")).toMatchObject({ breaking: true });
  });

  it("an optional parameter becoming required is breaking; a changed default is not", () => {
    expect(entry("Widget", "method", "optional_to_required")).toMatchObject({ breaking: true });
    const defaulted = entry("Widget", "method", "defaulted");
    expect(defaulted.breaking).toBe(false);
    expect(defaulted.changes.find((c) => c.aspect === "parameter-default")).toMatchObject({
      old: "1",
      new: "2",
    });
  });

  it("static flip and vararg loss are breaking; const is not", () => {
    expect(entry("Widget", "method", "flip")).toMatchObject({ breaking: true });
    expect(aspects(entry("Widget", "method", "flip"))).toEqual(["static"]);
    expect(entry("Widget", "method", "va")).toMatchObject({ breaking: true });
    expect(entry("Widget", "method", "constness")).toMatchObject({ breaking: false });
    expect(aspects(entry("Widget", "method", "constness"))).toEqual(["const"]);
  });

  it("a parameter rename alone is not breaking (arguments are positional)", () => {
    const renamed = entry("Widget", "method", "param_renamed");
    expect(renamed.breaking).toBe(false);
    expect(renamed.changes.find((c) => c.aspect === "parameter-name")).toMatchObject({
      old: "old_name",
      new: "new_name",
    });
  });

  it("reports replaced trailing parameters as one replacement", () => {
    const connect = entry("Widget", "method", "connect_to");
    expect(connect.breaking).toBe(true);
    const replaced = connect.changes.find((c) => c.aspect === "parameters-replaced");
    expect(replaced).toMatchObject({
      old: "use_ssl, verify_host",
      new: "tls_options",
      breaking: true,
    });
  });

  it("detects a method rename through a known word substitution (ssl → tls)", () => {
    const renamed = entry("Widget", "method", "get_tls_mode");
    expect(renamed).toMatchObject({ kind: "renamed", oldName: "get_ssl_mode", breaking: true });
  });

  it("a same-family type rename is reported as a rename, not a type change", () => {
    const lines = entry("Widget", "method", "lines");
    expect(lines.breaking).toBe(false);
    expect(lines.changes[0]?.detail).toBe("type renamed PoolStringArray → PackedStringArray");
  });

  it("int → int-based enum is compatible", () => {
    expect(entry("Widget", "method", "to_enum")).toMatchObject({ breaking: false });
  });

  it("description-only change is reported only when asked, and never breaking", () => {
    expect(entry("Widget", "method", "documented")).toMatchObject({
      breaking: false,
      changes: [{ aspect: "description" }],
    });
  });
});

describe("properties, signals, constants, enums", () => {
  it("properties: type change breaking, default change not, setter loss breaking", () => {
    expect(entry("Widget", "property", "label")).toMatchObject({ breaking: true });
    expect(entry("Widget", "property", "size")).toMatchObject({
      breaking: false,
      changes: [{ aspect: "default", old: "1", new: "2" }],
    });
    expect(entry("Widget", "property", "ro")).toMatchObject({
      breaking: true,
      changes: [{ aspect: "setter" }],
    });
    expect(entry("Widget", "property", "new_prop")).toMatchObject({
      kind: "added",
      breaking: false,
    });
    expect(entry("Widget", "property", "old_prop")).toMatchObject({
      kind: "removed",
      breaking: true,
    });
  });

  it("signals: added, removed, new parameter (breaking for handlers)", () => {
    expect(entry("Widget", "signal", "joined")).toMatchObject({ kind: "added", breaking: false });
    expect(entry("Widget", "signal", "left")).toMatchObject({ kind: "removed", breaking: true });
    expect(entry("Widget", "signal", "pinged")).toMatchObject({ kind: "changed", breaking: true });
  });

  it("constants: value change breaking, added, removed", () => {
    expect(entry("Widget", "constant", "LIMIT")).toMatchObject({
      breaking: true,
      changes: [{ aspect: "value", old: "5", new: "6" }],
    });
    expect(entry("Widget", "constant", "NEW_K")).toMatchObject({ kind: "added" });
    expect(entry("Widget", "constant", "OLD_K")).toMatchObject({ kind: "removed", breaking: true });
  });

  it("enums and enum values: rename by value, added value, bitfield flip, added/removed enum", () => {
    expect(entry("Widget", "enum-value", "MODE_TLS")).toMatchObject({
      kind: "renamed",
      oldName: "MODE_SSL",
      breaking: true,
    });
    expect(entry("Widget", "enum-value", "MODE_C")).toMatchObject({
      kind: "added",
      breaking: false,
    });
    expect(entry("Widget", "enum", "Flags")).toMatchObject({
      kind: "changed",
      changes: [{ aspect: "bitfield", new: "true" }],
    });
    expect(entry("Widget", "enum", "Fresh")).toMatchObject({ kind: "added" });
    expect(entry("Widget", "enum", "Gone")).toMatchObject({ kind: "removed", breaking: true });
  });
});

describe("report", () => {
  it("summary counts match the entries", () => {
    const { summary, entries } = report;
    expect(summary.total).toBe(entries.length);
    expect(summary.breaking).toBe(entries.filter((e) => e.breaking).length);
    expect(summary.classes.renamed).toBe(1);
  });

  it("filters by class and by breaking flag, recomputing the summary", () => {
    const onlyMover = filterReport(report, { classes: ["Mover"] });
    expect(onlyMover.entries.map((e) => e.className)).toEqual(["Mover"]);
    const breaking = filterReport(report, { breakingOnly: true });
    expect(breaking.entries.length).toBeGreaterThan(0);
    expect(breaking.entries.every((e) => e.breaking)).toBe(true);
    expect(breaking.summary.total).toBe(breaking.entries.length);
    // A class filter matches the old name of a renamed class too.
    expect(filterReport(report, { classes: ["OldThing"] }).entries).toHaveLength(1);
  });

  it("renders text, markdown and JSON", () => {
    const text = formatText(report);
    expect(text).toContain("! > enum-value MODE_SSL → MODE_TLS");
    expect(text).toContain("NewThing (was OldThing)");
    const markdown = formatMarkdown(report);
    expect(markdown).toContain("## Widget");
    expect(markdown).toContain("- **breaking** renamed method `get_ssl_mode` → `get_tls_mode`");
    expect(JSON.parse(formatJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("leaves description changes out by default", async () => {
    const [oldCorpus, newCorpus] = await Promise.all([
      readCorpus({ root: path.join(fixtures, "v1") }),
      readCorpus({ root: path.join(fixtures, "v2") }),
    ]);
    const quiet = diffCorpora(oldCorpus, newCorpus);
    expect(quiet.entries.some((e) => e.name === "documented")).toBe(false);
  });
});
