/**
 * printLiteral (codegen/emit/literal-printer.ts) must print exactly what prettier prints for the
 * same literal, so metadata.ts needs no formatting pass, and keep values JSON cannot hold.
 */
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { printLiteral } from "../../codegen/emit/literal-printer.js";
import type { MetaValue } from "../../codegen/emit/default-value.js";
import { prettierOptions } from "../../codegen/format/index.js";

async function prettierShape(text: string): Promise<string> {
  return format(`export const x = ${text};\n`, prettierOptions());
}

const protoKey = Object.create(null) as Record<string, MetaValue>;
protoKey["__proto__"] = 1;
protoKey["toString"] = "kept";

const cases: Record<string, MetaValue> = {
  "nested objects and arrays, empty ones": { a: { b: [1, 2, { c: [] }], d: {} }, e: [] },
  "keys that are not identifiers": { "rendering/textures": 1, "with space": 2, "3d": 3, $ok: 4 },
  "prettier's quote choice": {
    more_doubles: 'say "hi" and "bye"',
    more_singles: `it's "one"`,
    list: [{ q: '"a" "b"' }, { q: "plain" }],
  },
  "long strings: own line after a long key, not after a short one": {
    description: "x".repeat(120),
    desc: "y".repeat(120),
    nested: { deeper_key_name: `a "quoted" ${"z".repeat(100)}` },
  },
  scalars: { t: true, f: false, n: null, i: -12, x: 1e21, y: -2.5e30, small: 1e-7, frac: 0.5 },
  "a string that looks like an exponent stays as written": { s: "1e+21", n: 1e21 },
  "non-ASCII text, in values and keys": {
    zh: "中文說明",
    emoji: [{ text: "a 😀 b" }, { text: "😀" }],
    "clé é": "ü",
    description_long: `${"é".repeat(60)} ${"說".repeat(30)} and the ASCII after it`,
  },
};

describe("printLiteral", () => {
  for (const [name, value] of Object.entries(cases)) {
    it(`matches prettier: ${name}`, async () => {
      const printed = printLiteral(value);
      expect(await prettierShape(printed)).toBe(`export const x = ${printed};\n`);
      expect(new Function(`return (${printed});`)()).toEqual(value);
    });
  }

  it("keeps a __proto__ key as data, not as the prototype", async () => {
    const printed = printLiteral(protoKey);
    expect(printed).toContain('["__proto__"]: 1,');
    const back = new Function(`return (${printed});`)() as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back, "__proto__")?.value).toBe(1);
    expect(back.toString).toBe("kept");
    expect(await prettierShape(printed)).toBe(`export const x = ${printed};\n`);
  });

  it("leaves out undefined properties, as JSON does", () => {
    const value = { a: 1, gone: undefined, empty: { gone: undefined } } as unknown as MetaValue;
    expect(printLiteral(value)).toBe("{\n  a: 1,\n  empty: {},\n}");
  });

  it("prints -0, NaN and the infinities, which JSON cannot hold", () => {
    const printed = printLiteral({ z: -0, n: Number.NaN, p: Infinity, m: -Infinity, list: [-0] });
    expect(printed).toBe(
      "{\n  z: -0,\n  n: NaN,\n  p: Infinity,\n  m: -Infinity,\n  list: [\n    -0,\n  ],\n}",
    );
  });
});
