/** Value checks and indexing used by Object.set / get_indexed / set_indexed. */
import type { Variant } from "../../../generated/builtins.js";

/** The checks Object.set applies before calling a setter: the engine ignores mismatched types. */
export function valueFitsType(value: Variant, godotType: string): boolean {
  switch (godotType) {
    case "bool":
      return typeof value === "boolean";
    case "int":
    case "float":
      return typeof value === "number";
    case "String":
    case "StringName":
    case "NodePath":
      return typeof value === "string";
    case "PackedByteArray":
      return value instanceof Uint8Array;
    default:
      return true;
  }
}

/** One step of a NodePath subname: an Object's property, an Array index or a Dictionary key. */
export function indexInto(value: Variant, key: string): Variant {
  if (value !== null && typeof value === "object" && "get_instance_id" in value && "get" in value) {
    return (value as { get(property: string): Variant }).get(key);
  }
  if (Array.isArray(value)) return (value[Number(key)] ?? null) as Variant;
  if (value !== null && typeof value === "object")
    return ((value as Record<string, unknown>)[key] ?? null) as Variant;
  return null;
}
