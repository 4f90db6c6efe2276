import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadOverrides, parseOverrides } from "../../codegen/emit/index.js";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "overrides-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("codegen/overrides.json", () => {
  it("the repository's file is valid and every entry gives a reason", () => {
    const overrides = loadOverrides(path.join(repoRoot, "codegen/overrides.json"));
    expect(overrides.methods["TLSOptions.client"]?.return?.nullable).toBe(false);
    for (const entry of [
      ...Object.values(overrides.methods),
      ...Object.values(overrides.properties),
    ]) {
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ["not JSON", "{", /overrides-.*bad\.json: invalid JSON/],
    ["unknown top-level key", '{"nullable": {}}', /\(root\): unknown key "nullable"/],
    [
      "missing reason",
      '{"methods": {"A.b": {"return": {"nullable": false}}}}',
      /methods\["A.b"\]: every entry needs a non-empty "reason"/,
    ],
    ["bad key", '{"methods": {"nodot": {"reason": "x"}}}', /key must be "Class.member"/],
    [
      "bad nullable",
      '{"properties": {"A.b": {"reason": "x", "nullable": "no"}}}',
      /"nullable" must be a boolean/,
    ],
    [
      "unknown fix key",
      '{"methods": {"A.b": {"reason": "x", "params": {"p": {"optional": true}}}}}',
      /params\.p: unknown key "optional"/,
    ],
  ])("rejects %s, naming the file", (_label, text, message) => {
    const file = write("bad.json", text);
    let error: unknown;
    try {
      loadOverrides(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeneratorInputError);
    expect((error as GeneratorInputError).file).toBe(file);
    expect((error as Error).message).toMatch(message);
  });

  it("names a missing file", () => {
    expect(() => loadOverrides(path.join(dir, "absent.json"))).toThrow(
      /absent\.json: cannot read overrides/,
    );
  });

  it("keeps only the given fields", () => {
    const parsed = parseOverrides(
      { methods: { "A.b": { reason: "r", params: { p: { name: "q" } } } } },
      "x.json",
    );
    expect(parsed).toEqual({
      methods: { "A.b": { reason: "r", params: { p: { name: "q" } } } },
      properties: {},
      source: "x.json",
    });
  });
});
