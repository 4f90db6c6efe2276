// codegen/manifest.json: the bound set, the implementation module, and per-class extension types.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../codegen/config/index.js";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";

function manifestFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("readManifest", () => {
  it("reads the repository's manifest: bases listed, HTTPClient extended", async () => {
    const manifest = await readManifest(
      resolve(import.meta.dirname, "../../codegen/manifest.json"),
    );
    expect(manifest.classes).toContain("Object");
    expect(manifest.classes).toContain("HTTPClient");
    expect(manifest.extensions).toEqual({ HTTPClient: "HTTPClientExtensions" });
  });

  it("defaults extensions to none", async () => {
    const file = manifestFile({ classes: ["A"], implementation: "../impl.js" });
    expect((await readManifest(file)).extensions).toEqual({});
  });

  it.each([
    [{ classes: ["A"], implementation: "x.js", extensions: { B: "BExt" } }, /names B/],
    [{ classes: ["A"], implementation: "x.js", extensions: { A: "not a name" } }, /extensions/],
    [{ classes: ["A"], implementation: "x.js", extensions: ["A"] }, /extensions/],
    [{ classes: [], implementation: "x.js" }, /classes/],
    [{ classes: ["A"] }, /implementation/],
  ])("rejects a bad manifest, naming the file: %j", async (content, message) => {
    const file = manifestFile(content);
    const error = await readManifest(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorInputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(file);
  });
});
