/**
 * Godot's own spellings of types, shared by the stages that read them (the XML reader, the
 * overrides file) and those that write them back (runtime metadata, builtin operator docs, diff
 * reports), so every stage agrees on one table.
 */
import type { PackedElement, PrimitiveName, TypeRef } from "./types.js";

export const PRIMITIVE_NAMES: ReadonlySet<string> = new Set<PrimitiveName>([
  "int",
  "float",
  "bool",
  "String",
  "StringName",
  "NodePath",
]);

export function isPrimitiveName(name: string): name is PrimitiveName {
  return PRIMITIVE_NAMES.has(name);
}

/** Godot 4's `Packed*Array` and Godot 3's `Pool*Array` spellings. */
export const PACKED_ELEMENTS: ReadonlyMap<string, PackedElement> = new Map([
  ["PackedByteArray", "byte"],
  ["PackedInt32Array", "int32"],
  ["PackedInt64Array", "int64"],
  ["PackedFloat32Array", "float32"],
  ["PackedFloat64Array", "float64"],
  ["PackedStringArray", "string"],
  ["PackedVector2Array", "vector2"],
  ["PackedVector3Array", "vector3"],
  ["PackedVector4Array", "vector4"],
  ["PackedColorArray", "color"],
  ["PoolByteArray", "byte"],
  ["PoolIntArray", "int32"],
  ["PoolRealArray", "float32"],
  ["PoolStringArray", "string"],
  ["PoolVector2Array", "vector2"],
  ["PoolVector3Array", "vector3"],
  ["PoolColorArray", "color"],
]);

/** Godot's spelling of a type, as the XML writes it (`int`, `HTTPClient.Status`, `Array[int]`). */
export function godotTypeName(ref: TypeRef): string {
  switch (ref.kind) {
    case "void":
      return "void";
    case "variant":
      return "Variant";
    case "primitive":
      return ref.name;
    case "enum":
      return ref.owner === null ? ref.name : `${ref.owner}.${ref.name}`;
    case "packed":
      return ref.written;
    case "array":
      return ref.element === null ? "Array" : `Array[${godotTypeName(ref.element)}]`;
    case "dictionary":
      return ref.key === null || ref.value === null
        ? "Dictionary"
        : `Dictionary[${godotTypeName(ref.key)}, ${godotTypeName(ref.value)}]`;
    case "class":
      return ref.name;
    case "pointer":
      return ref.written;
  }
}
