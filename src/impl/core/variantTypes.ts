/**
 * Godot engine facts the reflective lists need but the bound set's generated API does not carry
 * (Variant.Type, MethodFlags, PropertyUsageFlags live in @GlobalScope's enums for all classes).
 * Values are Godot 4.6.3's, from @GlobalScope.xml.
 */
import { classes } from "../../../generated/metadata.js";
import { inheritsFrom } from "./classMetadata.js";
import type { Dictionary } from "../../../generated/builtins.js";

/** Variant.Type, in engine order: the index is the value. */
const variantTypeNames = [
  "Nil",
  "bool",
  "int",
  "float",
  "String",
  "Vector2",
  "Vector2i",
  "Rect2",
  "Rect2i",
  "Vector3",
  "Vector3i",
  "Transform2D",
  "Vector4",
  "Vector4i",
  "Plane",
  "Quaternion",
  "AABB",
  "Basis",
  "Transform3D",
  "Projection",
  "Color",
  "StringName",
  "NodePath",
  "RID",
  "Object",
  "Callable",
  "Signal",
  "Dictionary",
  "Array",
  "PackedByteArray",
  "PackedInt32Array",
  "PackedInt64Array",
  "PackedFloat32Array",
  "PackedFloat64Array",
  "PackedStringArray",
  "PackedVector2Array",
  "PackedVector3Array",
  "PackedColorArray",
  "PackedVector4Array",
] as const;

export const TYPE_NIL = 0;
export const TYPE_INT = 2;
export const TYPE_OBJECT = 24;
export const TYPE_DICTIONARY = 27;
export const TYPE_ARRAY = 28;

export const MethodFlags = { NORMAL: 1, CONST: 4, VIRTUAL: 8, VARARG: 16, STATIC: 32 } as const;
export const PropertyUsage = {
  NONE: 0,
  STORAGE: 2,
  EDITOR: 4,
  DEFAULT: 6,
  CATEGORY: 128,
  SCRIPT_VARIABLE: 4096,
  NIL_IS_VARIANT: 131072,
} as const;
/** PropertyHint.PROPERTY_HINT_NONE / PROPERTY_HINT_RESOURCE_TYPE. */
const HINT_NONE = 0;
const HINT_RESOURCE_TYPE = 17;

/**
 * A property-info dictionary ({name, class_name, type, hint, hint_string, usage}) for a Godot type
 * string as the metadata spells it: `int`, `PackedByteArray`, `HTTPClient.Status`, `TLSOptions`,
 * `Array[String]`, `String[]`, `Dictionary[String, int]`, `Variant`.
 */
export function propertyInfo(
  name: string,
  godotType: string,
  usage: number = PropertyUsage.DEFAULT,
): Dictionary {
  const info = { name, class_name: "", type: TYPE_NIL, hint: HINT_NONE, hint_string: "", usage };
  const builtin = variantTypeNames.indexOf(godotType as (typeof variantTypeNames)[number]);
  if (godotType === "Variant") info.usage |= PropertyUsage.NIL_IS_VARIANT;
  else if (godotType === "void") info.type = TYPE_NIL;
  else if (builtin >= 0) info.type = builtin;
  else if (godotType.endsWith("[]") || godotType.startsWith("Array[")) info.type = TYPE_ARRAY;
  else if (godotType.startsWith("Dictionary[")) info.type = TYPE_DICTIONARY;
  else if (isEnumType(godotType)) {
    info.type = TYPE_INT;
    info.class_name = godotType;
  } else {
    info.type = TYPE_OBJECT;
    info.class_name = godotType;
    if (inheritsFrom(godotType, "Resource")) {
      info.hint = HINT_RESOURCE_TYPE;
      info.hint_string = godotType;
    }
  }
  return info;
}

/** `Error`, `Class.Enum` and bitfields: ints in the engine. */
function isEnumType(godotType: string): boolean {
  if (godotType === "Error") return true;
  const dot = godotType.indexOf(".");
  if (dot < 0) return false;
  const owner = classes[godotType.slice(0, dot)];
  return owner === undefined || godotType.slice(dot + 1) in owner.enums;
}

/** The Variant.Type of a JS value, for script variables and metadata entries. */
export function variantTypeOfValue(value: unknown): number {
  if (value === null || value === undefined) return TYPE_NIL;
  if (typeof value === "boolean") return 1;
  if (typeof value === "number") return Number.isInteger(value) ? TYPE_INT : 3;
  if (typeof value === "string") return 4;
  if (value instanceof Uint8Array) return 29;
  if (value instanceof Int32Array) return 30;
  if (value instanceof Float32Array) return 32;
  if (value instanceof Float64Array) return 33;
  if (Array.isArray(value)) return TYPE_ARRAY;
  if (typeof value === "function") return 25;
  if (typeof value === "object" && "get_instance_id" in value) return TYPE_OBJECT;
  return TYPE_DICTIONARY;
}
