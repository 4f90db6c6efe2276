/**
 * Godot names are used as keys in the emitter's tables and in metadata.ts. Names that
 * Object.prototype already has (`constructor`, `toString`) or that change an object's prototype
 * (`__proto__`) must come out as ordinary members, in the emitted types and at run time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { emitProject, parseOverrides } from "../../codegen/emit/index.js";
import { plainDocRenderer } from "../../codegen/emit/doc-comments.js";
import { T, baseClasses, cls, constant, link, method, param } from "./ir-builder.js";

const KEYS = ["constructor", "__proto__", "toString"];

async function emitKeys(): Promise<Map<string, string>> {
  const corpus = [
    ...baseClasses(),
    cls("Keys", "RefCounted", {
      constants: KEYS.map((name, i) => constant(name, String(i + 1))),
      methods: [
        ...KEYS.map((name) => method(name, T.int)),
        method("take", T.int, [param("constructor", T.int)]),
      ],
    }),
  ];
  const overrides = parseOverrides(
    { methods: { "Keys.take": { reason: "test", params: { constructor: { name: "ctor" } } } } },
    "o.json",
  );
  const result = await emitProject(link(corpus, ["Keys"]), {
    overrides,
    facade: null,
    docsUrl: "https://docs.example/4.6",
    renderDoc: plainDocRenderer,
  });
  return result.files;
}

describe("emit: Godot names that are Object.prototype keys", () => {
  it("keeps them as members of the class and of its run-time metadata", async () => {
    const files = await emitKeys();
    const keys = files.get("Keys.ts") ?? "";
    for (const name of KEYS) expect(keys).toContain(`${name}(): number;`);
    // The override for the parameter named `constructor` applied (and nothing else did).
    expect(keys).toContain("take(ctor: number): number;");

    const dir = mkdtempSync(path.join(tmpdir(), "emit-proto-keys-"));
    try {
      writeFileSync(path.join(dir, "metadata.ts"), files.get("metadata.ts") ?? "");
      const meta = (await import(
        pathToFileURL(path.join(dir, "metadata.ts")).href
      )) as typeof import("../../generated/metadata.js");
      const entry = meta.classes["Keys"];
      expect(entry).toBeDefined();
      for (const name of KEYS) {
        expect(Object.hasOwn(entry?.methods ?? {}, name), name).toBe(true);
        expect(entry?.methods[name]?.returnType).toBe("int");
      }
      expect(Object.getPrototypeOf(entry?.methods)).toBe(Object.prototype);
      expect(Object.entries(entry?.constants ?? {})).toEqual([
        ["constructor", 1],
        ["__proto__", 2],
        ["toString", 3],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
