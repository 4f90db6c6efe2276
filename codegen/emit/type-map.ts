import { isPrimitiveName, PACKED_ELEMENTS } from "../ir/type-names.js";
import type { PackedElement, PrimitiveName, TypeRef } from "../ir/types.js";
import type { FileScope } from "./file-scope.js";
import { BUILTINS_MODULE } from "./file-scope.js";

/**
 * The type mapping table of CONTRACT.md "Types", in one place. Also parses the Godot spelling
 * used by overrides.
 */

const PRIMITIVES: Readonly<Record<PrimitiveName, string>> = {
  int: "number",
  float: "number",
  bool: "boolean",
  String: "string",
  StringName: "string",
  NodePath: "string",
};

const PACKED: Readonly<Record<PackedElement, string>> = {
  byte: "Uint8Array",
  int32: "Int32Array",
  // JS numbers, not bigint: Godot's int64 values beyond 2^53 are rare and JSON-unfriendly.
  int64: "number[]",
  float32: "Float32Array",
  float64: "Float64Array",
  string: "string[]",
  vector2: "Vector2[]",
  vector3: "Vector3[]",
  vector4: "Vector4[]",
  color: "Color[]",
};

const PACKED_BUILTIN: Partial<Record<PackedElement, string>> = {
  vector2: "Vector2",
  vector3: "Vector3",
  vector4: "Vector4",
  color: "Color",
};

export interface TypeOptions {
  /** Object types become `T | null` (the default for parameters and returns). */
  readonly nullable: boolean;
}

/** The TS type for a Godot type, recording the imports it needs in `scope`. */
export function tsType(ref: TypeRef, scope: FileScope, options: TypeOptions): string {
  switch (ref.kind) {
    case "void":
      return "void";
    case "variant":
      return builtin(scope, "Variant");
    case "primitive":
      return PRIMITIVES[ref.name];
    case "enum": {
      if (ref.bitfield) return "number";
      return scope.enumType(ref.owner, ref.name) ?? "number";
    }
    case "packed": {
      const element = PACKED_BUILTIN[ref.element];
      if (element !== undefined) scope.classType(element);
      return PACKED[ref.element];
    }
    case "array": {
      if (ref.element === null) return `${builtin(scope, "Variant")}[]`;
      return `${wrapForArray(tsType(ref.element, scope, { nullable: false }))}[]`;
    }
    case "dictionary": {
      if (ref.key === null || ref.value === null) return builtin(scope, "Dictionary");
      const key = tsType(ref.key, scope, { nullable: false });
      const value = tsType(ref.value, scope, { nullable: false });
      return isRecordKey(ref.key) ? `Record<${key}, ${value}>` : `Map<${key}, ${value}>`;
    }
    case "class":
      return classType(ref.name, scope, options);
    case "pointer":
      // A raw C pointer of a GDExtension virtual method: it has no JS representation.
      return "unknown";
  }
}

function classType(name: string, scope: FileScope, options: TypeOptions): string {
  // Builtins the model may still pass by name: map them as the table says.
  // hasOwn: Godot names such as `constructor` must not find Object.prototype members.
  const mapped = Object.hasOwn(MAPPED_BY_NAME, name) ? MAPPED_BY_NAME[name] : undefined;
  if (mapped !== undefined) return tsType(mapped, scope, options);
  const type = scope.classType(name);
  return options.nullable && scope.view.isObjectClass(name) ? `${type} | null` : type;
}

const MAPPED_BY_NAME: Readonly<Record<string, TypeRef>> = {
  Variant: { kind: "variant" },
  Array: { kind: "array", element: null },
  Dictionary: { kind: "dictionary", key: null, value: null },
  int: { kind: "primitive", name: "int" },
  float: { kind: "primitive", name: "float" },
  bool: { kind: "primitive", name: "bool" },
  String: { kind: "primitive", name: "String" },
  StringName: { kind: "primitive", name: "StringName" },
  NodePath: { kind: "primitive", name: "NodePath" },
};

function builtin(scope: FileScope, name: "Variant" | "Dictionary"): string {
  scope.importType(BUILTINS_MODULE, name);
  return name;
}

/** `A | null` or a function type needs parentheses before `[]`. */
function wrapForArray(type: string): string {
  return /^[\w.]+(\[\])*$/.test(type) ? type : `(${type})`;
}

function isRecordKey(ref: TypeRef): boolean {
  return ref.kind === "primitive" || ref.kind === "enum";
}

/**
 * Parses the Godot spelling used in overrides: primitives, `void`, `Variant`, packed arrays,
 * `Array`, `Array[T]`, `Dictionary`, `Dictionary[K, V]` and class names. Enums are written
 * `enum:Owner.Name` (or `enum:Error`).
 */
export function parseGodotType(text: string): TypeRef {
  const t = text.trim();
  if (t === "void") return { kind: "void" };
  if (t === "Variant") return { kind: "variant" };
  if (isPrimitiveName(t)) return { kind: "primitive", name: t };
  const packed = PACKED_ELEMENTS.get(t);
  if (packed !== undefined) return { kind: "packed", element: packed, written: t };
  if (t.startsWith("enum:")) {
    const full = t.slice("enum:".length);
    const dot = full.lastIndexOf(".");
    return {
      kind: "enum",
      owner: dot < 0 ? null : full.slice(0, dot),
      name: dot < 0 ? full : full.slice(dot + 1),
      bitfield: false,
      base: "int",
    };
  }
  const array = /^Array\[(.+)\]$/.exec(t);
  if (array?.[1] !== undefined) return { kind: "array", element: parseGodotType(array[1]) };
  if (t === "Array") return { kind: "array", element: null };
  const dict = /^Dictionary\[([^,]+),(.+)\]$/.exec(t);
  if (dict?.[1] !== undefined && dict[2] !== undefined) {
    return { kind: "dictionary", key: parseGodotType(dict[1]), value: parseGodotType(dict[2]) };
  }
  if (t === "Dictionary") return { kind: "dictionary", key: null, value: null };
  if (!/^[A-Za-z_]\w*$/.test(t)) throw new Error(`not a Godot type: "${text}"`);
  return { kind: "class", name: t };
}
