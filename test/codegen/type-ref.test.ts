import { describe, expect, it } from "vitest";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import type { TypeRef } from "../../codegen/ir/types.js";
import { parseTypeAttributes, parseTypeString } from "../../codegen/model/index.js";

const loc = { file: "types.xml", line: 7 };
const cls = (name: string): TypeRef => ({ kind: "class", name });
const int: TypeRef = { kind: "primitive", name: "int" };

describe("model: type strings", () => {
  const table: [written: string, expected: TypeRef][] = [
    ["void", { kind: "void" }],
    ["Variant", { kind: "variant" }],
    ["int", int],
    ["float", { kind: "primitive", name: "float" }],
    ["bool", { kind: "primitive", name: "bool" }],
    ["String", { kind: "primitive", name: "String" }],
    ["StringName", { kind: "primitive", name: "StringName" }],
    ["NodePath", { kind: "primitive", name: "NodePath" }],
    ["PackedByteArray", { kind: "packed", element: "byte", written: "PackedByteArray" }],
    ["PoolByteArray", { kind: "packed", element: "byte", written: "PoolByteArray" }],
    ["PackedInt64Array", { kind: "packed", element: "int64", written: "PackedInt64Array" }],
    ["PoolIntArray", { kind: "packed", element: "int32", written: "PoolIntArray" }],
    ["PoolRealArray", { kind: "packed", element: "float32", written: "PoolRealArray" }],
    ["PackedVector4Array", { kind: "packed", element: "vector4", written: "PackedVector4Array" }],
    ["PoolStringArray", { kind: "packed", element: "string", written: "PoolStringArray" }],
    ["PackedColorArray", { kind: "packed", element: "color", written: "PackedColorArray" }],
    ["Array", { kind: "array", element: null }],
    ["Array[int]", { kind: "array", element: int }],
    ["Array[Node]", { kind: "array", element: cls("Node") }],
    ["Node[]", { kind: "array", element: cls("Node") }],
    [
      "PackedByteArray[]",
      { kind: "array", element: { kind: "packed", element: "byte", written: "PackedByteArray" } },
    ],
    ["Array[Array[int]]", { kind: "array", element: { kind: "array", element: int } }],
    ["Dictionary", { kind: "dictionary", key: null, value: null }],
    [
      "Dictionary[String, Variant]",
      {
        kind: "dictionary",
        key: { kind: "primitive", name: "String" },
        value: { kind: "variant" },
      },
    ],
    [
      "Dictionary[StringName, Array[Node]]",
      {
        kind: "dictionary",
        key: { kind: "primitive", name: "StringName" },
        value: { kind: "array", element: cls("Node") },
      },
    ],
    ["Vector2", cls("Vector2")],
    ["RefCounted", cls("RefCounted")],
    ["const uint8_t*", { kind: "pointer", written: "const uint8_t*" }],
    ["const uint8_t **", { kind: "pointer", written: "const uint8_t **" }],
    ["AudioFrame*", { kind: "pointer", written: "AudioFrame*" }],
  ];
  it.each(table)("%s", (written, expected) => {
    expect(parseTypeString(written, loc)).toEqual(expected);
  });

  it.each(["Array[int", "Dictionary[int]", "Array[int, int]", "Foo Bar", "Array[]]", ""])(
    "rejects %j with file:line",
    (written) => {
      let caught: unknown;
      try {
        parseTypeAttributes(
          { type: written, enum: undefined, isBitfield: undefined, loc },
          new Set(),
        );
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GeneratorInputError);
      expect((caught as GeneratorInputError).message.startsWith("types.xml:7: ")).toBe(true);
    },
  );
});

describe("model: enum attributes", () => {
  const globals = new Set(["Error", "Variant.Type"]);
  const parse = (enumName: string, bitfield?: string) =>
    parseTypeAttributes({ type: "int", enum: enumName, isBitfield: bitfield, loc }, globals);

  it("splits a class enum into owner and name", () => {
    expect(parse("HTTPClient.Status")).toEqual({
      kind: "enum",
      owner: "HTTPClient",
      name: "Status",
      bitfield: false,
      base: "int",
    });
  });
  it("treats an undotted enum as global", () => {
    expect(parse("Error")).toEqual({
      kind: "enum",
      owner: null,
      name: "Error",
      bitfield: false,
      base: "int",
    });
  });
  it("keeps a dotted @GlobalScope enum global", () => {
    expect(parse("Variant.Type")).toMatchObject({ owner: null, name: "Variant.Type" });
  });
  it("reads is_bitfield", () => {
    expect(parse("Control.SizeFlags", "true")).toMatchObject({
      owner: "Control",
      name: "SizeFlags",
      bitfield: true,
    });
  });
});
