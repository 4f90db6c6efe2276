import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { documentedMembers } from "../../codegen/audit/documented.js";
import type { DocumentedConstant } from "../../codegen/audit/documented.js";
import { ClassPlanner } from "../../codegen/emit/class-plan.js";
import { CorpusView } from "../../codegen/emit/corpus-view.js";
import { defaultValueOf } from "../../codegen/emit/default-value.js";
import { plainDocRenderer } from "../../codegen/emit/doc-comments.js";
import { NO_OVERRIDES, emitProject } from "../../codegen/emit/index.js";
import { parseNumberLiteral } from "../../codegen/ir/number-literal.js";
import type { ClassModel } from "../../codegen/ir/types.js";
import { T, baseClasses, cls, constant, link, method, param } from "../emit/ir-builder.js";

const ACCEPTED: readonly (readonly [string, number])[] = [
  ["0", 0],
  ["12", 12],
  ["-1", -1],
  ["+7", 7],
  ["1.5", 1.5],
  [".5", 0.5],
  ["-.5", -0.5],
  ["5.", 5],
  ["1e-3", 0.001],
  ["-1e-3", -0.001],
  ["1E+06", 1e6],
  ["1e-05", 1e-5],
  ["0x1F", 31],
  ["0X1f", 31],
  ["0x7FFFFFFF", 2147483647],
  ["-0x10", -16],
  ["+0x10", 16],
  [" 12 ", 12],
  ["\t-0x10\n", -16],
];

const REJECTED: readonly string[] = [
  "",
  "   ",
  "inf",
  "-inf",
  "nan",
  "NaN",
  "Infinity",
  "0x",
  "-0x",
  "0xG",
  "1_000",
  "--1",
  "+-1",
  "1e",
  ".",
  "-",
  "0b101",
  "0o17",
  "1.2.3",
  "Vector2(0, 0)",
  '"12"',
];

describe("parseNumberLiteral", () => {
  it.each(ACCEPTED)("reads %j as %d", (written, value) => {
    expect(parseNumberLiteral(written)).toBe(value);
  });

  it.each(REJECTED)("rejects %j with null (never NaN)", (written) => {
    expect(parseNumberLiteral(written)).toBeNull();
  });
});

/** Every accepted form as a constant, an enum value and a parameter default, plus one expression. */
function corpus(): ClassModel[] {
  const forms = ACCEPTED.map(([written], i) => [`C${i}`, written] as const);
  return [
    ...baseClasses(),
    cls("Vector2", null),
    cls("Peer", "RefCounted", {
      constants: [
        ...forms.map(([name, written]) => constant(name, written)),
        constant("ORIGIN", "Vector2(0, 0)"),
        constant("MASK_LOW", "-0x10", "Mask"),
        constant("MASK_HIGH", "0X1f", "Mask"),
      ],
      methods: [
        method("seek", T.void, [param("offset", T.int, "-0x10"), param("mask", T.int, "0x1F")]),
      ],
    }),
  ];
}

const peerModel = (): ClassModel => {
  const peer = corpus().find((c) => c.name === "Peer");
  if (!peer) throw new Error("no Peer");
  return peer;
};

const expected = (name: string): number | null => {
  if (name === "ORIGIN") return null;
  if (name === "MASK_LOW") return -16;
  if (name === "MASK_HIGH") return 31;
  const entry = ACCEPTED[Number(name.slice(1))];
  if (entry === undefined) throw new Error(`unexpected constant ${name}`);
  return entry[1];
};

describe("the former numeric parsers now agree", () => {
  it("audit: documentedMembers gives each constant the parser's value (signed hex, +, .5, 5.)", () => {
    const constants = documentedMembers(peerModel()).filter(
      (m): m is DocumentedConstant => m.kind === "constant",
    );
    expect(constants).toHaveLength(ACCEPTED.length + 3);
    for (const c of constants) expect([c.name, c.value]).toEqual([c.name, expected(c.name)]);
  });

  it("class plan: planned constants carry the same numbers (-0x10 is -16, not NaN)", () => {
    const planner = new ClassPlanner(new CorpusView(link(corpus(), ["Peer"])), NO_OVERRIDES);
    const constants = planner.plan("Peer").constants;
    expect(constants).toHaveLength(ACCEPTED.length + 3);
    for (const c of constants) expect([c.name, c.number]).toEqual([c.name, expected(c.name)]);
  });

  it("defaults: defaultValueOf reads every accepted form, hex included, like the other two", () => {
    for (const [written, value] of ACCEPTED) expect(defaultValueOf(written)).toBe(value);
    expect(defaultValueOf("Vector2(0, 0)")).toBeUndefined();
    expect(defaultValueOf("inf")).toBeUndefined();
    // The non-numeric branches are unchanged.
    expect(defaultValueOf('&"name"')).toBe("name");
    expect(defaultValueOf("null")).toBeNull();
  });

  it("metadata: hex defaults get a defaultValue (so stay optional) and hex enum values are signed", async () => {
    const result = await emitProject(link(corpus(), ["Peer"]), {
      overrides: NO_OVERRIDES,
      facade: null,
      docsUrl: "https://docs.example/4.6",
      renderDoc: plainDocRenderer,
    });
    const source = result.files.get("metadata.ts");
    if (source === undefined) throw new Error("metadata.ts not emitted");
    const dir = mkdtempSync(path.join(tmpdir(), "number-literal-"));
    try {
      writeFileSync(path.join(dir, "metadata.ts"), source);
      const meta = (await import(
        pathToFileURL(path.join(dir, "metadata.ts")).href
      )) as typeof import("../../generated/metadata.js");
      const peer = meta.classes["Peer"];
      expect(peer?.methods["seek"]?.params).toEqual([
        { name: "offset", type: "int", default: "-0x10", defaultValue: -16 },
        { name: "mask", type: "int", default: "0x1F", defaultValue: 31 },
      ]);
      expect(peer?.methods["seek"]?.required).toBe(0);
      expect(peer?.enums["Mask"]?.values).toEqual({ MASK_LOW: -16, MASK_HIGH: 31 });
      const signedHex = ACCEPTED.findIndex(([written]) => written === "-0x10");
      expect(peer?.constants[`C${signedHex}`]).toBe(-16);
      expect(peer?.constants).not.toHaveProperty("ORIGIN");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
