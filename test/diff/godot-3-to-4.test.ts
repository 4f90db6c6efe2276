// The diff on the real class references: Godot 3.6 → 4.6.3 (read from ../shared/godot-docs).
import { beforeAll, describe, expect, it } from "vitest";
import { diffCorpora, filterReport } from "../../codegen/diff/index.js";
import type { DiffEntry, DiffReport } from "../../codegen/diff/index.js";
import { readCorpus } from "../../codegen/read/index.js";
import type { Corpus } from "../../codegen/ir/types.js";
import { docs3, docs4 } from "../codegen/paths.js";

let godot3: Corpus;
let godot4: Corpus;
let report: DiffReport;

beforeAll(async () => {
  [godot3, godot4] = await Promise.all([readCorpus({ root: docs3 }), readCorpus({ root: docs4 })]);
  report = diffCorpora(godot3, godot4);
});

function find(className: string, predicate: (e: DiffEntry) => boolean): DiffEntry {
  const found = report.entries.find((e) => e.className === className && predicate(e));
  expect(found, `entry in ${className}`).toBeDefined();
  return found as DiffEntry;
}

describe("HTTPClient 3.6 → 4.6.3", () => {
  it("connect_to_host: use_ssl / verify_host replaced by tls_options (breaking)", () => {
    const connect = find(
      "HTTPClient",
      (e) => e.member === "method" && e.name === "connect_to_host",
    );
    expect(connect.kind).toBe("changed");
    expect(connect.breaking).toBe(true);
    expect(connect.changes.find((c) => c.aspect === "parameters-replaced")).toMatchObject({
      old: "use_ssl, verify_host",
      new: "tls_options",
      breaking: true,
    });
    expect(connect.changes[0]?.detail).toBe(
      "(host: String, port: int = -1, use_ssl: bool = false, verify_host: bool = true) → (host: String, port: int = -1, tls_options: TLSOptions = null)",
    );
  });

  it("STATUS_SSL_HANDSHAKE_ERROR is renamed STATUS_TLS_HANDSHAKE_ERROR, not removed + added", () => {
    const status = find("HTTPClient", (e) => e.name === "STATUS_TLS_HANDSHAKE_ERROR");
    expect(status).toMatchObject({
      kind: "renamed",
      member: "enum-value",
      oldName: "STATUS_SSL_HANDSHAKE_ERROR",
      breaking: true,
    });
    expect(status.renameReason).toContain("same value 9");
    const httpClient = report.entries.filter((e) => e.className === "HTTPClient");
    expect(
      httpClient.some((e) => e.kind === "removed" && e.name === "STATUS_SSL_HANDSHAKE_ERROR"),
    ).toBe(false);
    expect(
      httpClient.some((e) => e.kind === "added" && e.name === "STATUS_TLS_HANDSHAKE_ERROR"),
    ).toBe(false);
  });

  it("inherits Reference → RefCounted, reported as a renamed base", () => {
    const own = find("HTTPClient", (e) => e.member === "class");
    expect(own.changes).toContainEqual(
      expect.objectContaining({
        aspect: "inherits",
        old: "Reference",
        new: "RefCounted",
        detail: "base class renamed Reference → RefCounted",
      }),
    );
  });

  it("PoolStringArray → PackedStringArray in get_response_headers is a type rename", () => {
    const headers = find(
      "HTTPClient",
      (e) => e.member === "method" && e.name === "get_response_headers",
    );
    expect(headers.changes).toEqual([
      expect.objectContaining({
        aspect: "return-type",
        old: "PoolStringArray",
        new: "PackedStringArray",
        detail: "type renamed PoolStringArray → PackedStringArray",
      }),
    ]);
  });
});

describe("class renames across the corpus", () => {
  it("Reference → RefCounted and PoolStringArray → PackedStringArray are class renames (breaking)", () => {
    expect(find("RefCounted", (e) => e.member === "class")).toMatchObject({
      kind: "renamed",
      oldName: "Reference",
      breaking: true,
    });
    expect(find("PackedStringArray", (e) => e.member === "class")).toMatchObject({
      kind: "renamed",
      oldName: "PoolStringArray",
    });
    expect(find("Node3D", (e) => e.member === "class")).toMatchObject({
      kind: "renamed",
      oldName: "Spatial",
    });
  });

  it("without the known-renames data file, the heuristics still pair Reference → RefCounted", () => {
    const heuristicOnly = diffCorpora(godot3, godot4, { knownRenames: { classes: {}, terms: {} } });
    const refCounted = heuristicOnly.entries.find(
      (e) => e.member === "class" && e.name === "RefCounted",
    );
    expect(refCounted).toMatchObject({ kind: "renamed", oldName: "Reference" });
    expect(refCounted?.renameReason).toMatch(/identical brief description/);
    const tls = heuristicOnly.entries.find(
      (e) => e.className === "HTTPClient" && e.name === "STATUS_TLS_HANDSHAKE_ERROR",
    );
    expect(tls).toMatchObject({ kind: "renamed", oldName: "STATUS_SSL_HANDSHAKE_ERROR" });
  });

  it("a corpus compared with itself has no entries", () => {
    expect(diffCorpora(godot4, godot4).entries).toEqual([]);
    expect(diffCorpora(godot3, godot3, { includeDescriptions: true }).entries).toEqual([]);
  });

  it("the whole-corpus report is consistent, and --classes narrows it", () => {
    expect(report.oldVersion).toBe("3.6");
    expect(report.newVersion).toBe("4.6.3");
    expect(report.summary.total).toBe(report.entries.length);
    expect(report.summary.classes.renamed).toBeGreaterThan(50);
    const narrowed = filterReport(report, { classes: ["HTTPClient"] });
    expect(new Set(narrowed.entries.map((e) => e.className))).toEqual(new Set(["HTTPClient"]));
  });
});
