import { describe, expect, it } from "vitest";
import { CorpusView } from "../../codegen/emit/corpus-view.js";
import { FileScope, Usage } from "../../codegen/emit/file-scope.js";
import { godotTypeName } from "../../codegen/ir/type-names.js";
import { parseGodotType, tsType } from "../../codegen/emit/type-map.js";
import type { TypeRef } from "../../codegen/ir/types.js";
import { T, baseClasses, cls, constant, link, method } from "./ir-builder.js";

/** A corpus with a bound class (Peer), an object class outside the set (Node), builtins. */
function scope(): FileScope {
  const classes = [
    ...baseClasses(),
    cls("Peer", "RefCounted", {
      constants: [constant("MODE_A", "0", "Mode"), constant("MODE_B", "1", "Mode")],
      methods: [method("get_node", T.cls("Node")), method("get_pos", T.cls("Vector2"))],
    }),
    cls("Node", "Object", { constants: [constant("P_X", "0", "ProcessMode")] }),
    cls("Vector2", null, { constants: [constant("AXIS_X", "0", "Axis")] }),
    cls("Color", null),
  ];
  return new FileScope("Other", new CorpusView(link(classes, ["Peer"])), new Usage());
}

const p = (element: string, written: string): TypeRef =>
  ({ kind: "packed", element, written }) as TypeRef;

describe("type mapping table (CONTRACT.md Types)", () => {
  const cases: [string, TypeRef, string][] = [
    ["void", T.void, "void"],
    ["int", T.int, "number"],
    ["float", T.float, "number"],
    ["bool", T.bool, "boolean"],
    ["String", T.string, "string"],
    ["StringName", { kind: "primitive", name: "StringName" }, "string"],
    ["NodePath", { kind: "primitive", name: "NodePath" }, "string"],
    ["PackedByteArray", p("byte", "PackedByteArray"), "Uint8Array"],
    ["PoolByteArray", p("byte", "PoolByteArray"), "Uint8Array"],
    ["PackedInt32Array", p("int32", "PackedInt32Array"), "Int32Array"],
    ["PackedInt64Array", p("int64", "PackedInt64Array"), "number[]"],
    ["PackedFloat32Array", p("float32", "PackedFloat32Array"), "Float32Array"],
    ["PackedFloat64Array", p("float64", "PackedFloat64Array"), "Float64Array"],
    ["PackedStringArray", p("string", "PackedStringArray"), "string[]"],
    ["PackedVector2Array", p("vector2", "PackedVector2Array"), "Vector2[]"],
    ["PackedColorArray", p("color", "PackedColorArray"), "Color[]"],
    ["Array", { kind: "array", element: null }, "Variant[]"],
    ["Array[int]", { kind: "array", element: T.int }, "number[]"],
    ["Array[Node]", { kind: "array", element: T.cls("Node") }, "Node[]"],
    [
      "Array[Array[int]]",
      { kind: "array", element: { kind: "array", element: T.int } },
      "number[][]",
    ],
    ["Dictionary", { kind: "dictionary", key: null, value: null }, "Dictionary"],
    [
      "Dictionary[String, int]",
      { kind: "dictionary", key: T.string, value: T.int },
      "Record<string, number>",
    ],
    [
      "Dictionary[Peer, int]",
      { kind: "dictionary", key: T.cls("Peer"), value: T.int },
      "Map<Peer, number>",
    ],
    ["Variant", T.variant, "Variant"],
    ["enum Peer.Mode", T.enum("Peer", "Mode"), "Peer.Mode"],
    ["bitfield", T.enum("Peer", "Mode", true), "number"],
    ["global enum Error", T.enum(null, "Error"), "Error"],
    ["stub enum Node.ProcessMode", T.enum("Node", "ProcessMode"), "Node.ProcessMode"],
    ["builtin enum Vector2.Axis", T.enum("Vector2", "Axis"), "Vector2.Axis"],
    ["object class (nullable)", T.cls("Peer"), "Peer | null"],
    ["stub object class", T.cls("Node"), "Node | null"],
    ["builtin value class (never null)", T.cls("Vector2"), "Vector2"],
  ];

  it.each(cases)("%s", (_label, ref, expected) => {
    expect(tsType(ref, scope(), { nullable: true })).toBe(expected);
  });

  it("object types drop `| null` when the override says non-null", () => {
    expect(tsType(T.cls("Peer"), scope(), { nullable: false })).toBe("Peer");
  });

  it("records the import each type needs, from the module that declares it", () => {
    const s = scope();
    for (const ref of [T.cls("Peer"), T.cls("Node"), T.cls("Vector2"), T.enum(null, "Error")]) {
      tsType(ref, s, { nullable: true });
    }
    tsType({ kind: "array", element: null }, s, { nullable: true });
    expect(s.importLines()).toEqual([
      'import type { Error } from "./GlobalScope.js";',
      'import type { Peer } from "./Peer.js";',
      'import type { Variant, Vector2 } from "./builtins.js";',
      'import type { Node } from "./stubs.js";',
    ]);
    expect([...s.usage.stubs.keys()]).toEqual(["Node"]);
    expect([...s.usage.globalEnums]).toEqual(["Error"]);
  });

  it("round-trips Godot spellings for metadata and overrides", () => {
    for (const text of [
      "int",
      "String",
      "PackedStringArray",
      "PoolByteArray",
      "Array[X509Certificate]",
      "Dictionary[String, int]",
      "TLSOptions",
      "Variant",
      "void",
    ]) {
      expect(godotTypeName(parseGodotType(text))).toBe(text);
    }
    expect(parseGodotType("enum:HTTPClient.Status")).toMatchObject({
      kind: "enum",
      owner: "HTTPClient",
      name: "Status",
    });
    expect(() => parseGodotType("Array[")).toThrow(/not a Godot type/);
  });
});
