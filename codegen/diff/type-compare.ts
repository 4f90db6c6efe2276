import { godotTypeName } from "../ir/type-names.js";
import type { TypeRef } from "../ir/types.js";

/** Renames known when member types are compared: classes first, then enums (found per class pair). */
export interface RenameContext {
  /** Old class name → new class name (renamed classes and built-in types only). */
  readonly classes: ReadonlyMap<string, string>;
  /** Old `Owner.Enum` (or `Enum` for a global enum) → new qualified name. */
  readonly enums: ReadonlyMap<string, string>;
}

/** How two types relate across versions. */
export type TypeRelation =
  | { readonly kind: "same" }
  /** Same type under a renamed name (`PoolStringArray` → `PackedStringArray`, `Reference` → `RefCounted`). */
  | { readonly kind: "renamed" }
  /** A different type that existing callers can still use (e.g. `int` → an int-based enum). */
  | { readonly kind: "compatible"; readonly why: string }
  | { readonly kind: "changed" };

/** Where a type appears: a parameter accepts more than a return value may produce. */
export type TypePosition = "parameter" | "result";

/** The type spelled in new-version names, so a pure rename compares equal. */
function canonical(type: TypeRef, renames: RenameContext | null): string {
  switch (type.kind) {
    case "void":
    case "variant":
    case "primitive":
      return godotTypeName(type);
    case "enum": {
      const qualified = godotTypeName(type);
      return `enum:${renames?.enums.get(qualified) ?? qualified}`;
    }
    case "packed":
      // Pool*Array (3.x) and Packed*Array (4.x) share the element model, so they meet here.
      return `packed:${type.element}`;
    case "array":
      return type.element === null ? "Array" : `Array[${canonical(type.element, renames)}]`;
    case "dictionary":
      return type.key === null || type.value === null
        ? "Dictionary"
        : `Dictionary[${canonical(type.key, renames)}, ${canonical(type.value, renames)}]`;
    case "class":
      return `class:${renames?.classes.get(type.name) ?? type.name}`;
    case "pointer":
      return `pointer:${type.written}`;
  }
}

const STRING_LIKE: ReadonlySet<string> = new Set(["String", "StringName", "NodePath"]);

function isIntLike(type: TypeRef): boolean {
  return (
    (type.kind === "primitive" && type.name === "int") ||
    (type.kind === "enum" && type.base === "int")
  );
}

function isUntypedContainerPair(a: TypeRef, b: TypeRef): boolean {
  if (a.kind === "array" && b.kind === "array") return a.element === null || b.element === null;
  if (a.kind === "dictionary" && b.kind === "dictionary") return a.key === null || b.key === null;
  return false;
}

/**
 * Compares a type from the old version with one from the new. Compatibility rules are few and
 * explicit; anything else is a breaking change.
 */
export function relateTypes(
  oldType: TypeRef,
  newType: TypeRef,
  renames: RenameContext,
  position: TypePosition,
): TypeRelation {
  if (godotTypeName(oldType) === godotTypeName(newType)) return { kind: "same" };
  if (canonical(oldType, renames) === canonical(newType, renames)) return { kind: "renamed" };
  // An int-based enum is an int at run time: code passing or reading plain ints keeps working.
  if (
    isIntLike(oldType) &&
    isIntLike(newType) &&
    (oldType.kind !== "enum" || newType.kind !== "enum")
  ) {
    return { kind: "compatible", why: "int and an int-based enum are interchangeable" };
  }
  // GDScript converts between String, StringName and NodePath implicitly.
  if (oldType.kind === "primitive" && newType.kind === "primitive") {
    if (STRING_LIKE.has(oldType.name) && STRING_LIKE.has(newType.name)) {
      return { kind: "compatible", why: `${oldType.name} converts implicitly to ${newType.name}` };
    }
    if (position === "parameter" && oldType.name === "int" && newType.name === "float") {
      return { kind: "compatible", why: "a float parameter still accepts an int" };
    }
  }
  // Untyped → typed containers (or back) keep the same run-time representation.
  if (isUntypedContainerPair(oldType, newType)) {
    return { kind: "compatible", why: "typed and untyped containers share a representation" };
  }
  return { kind: "changed" };
}
