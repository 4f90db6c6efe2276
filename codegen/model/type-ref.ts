import { GeneratorInputError } from "../ir/diagnostics.js";
import { isPrimitiveName, PACKED_ELEMENTS } from "../ir/type-names.js";
import type { PrimitiveName, SourceLocation, TypeRef } from "../ir/types.js";

const CLASS_NAME = /^@?[A-Za-z_][A-Za-z0-9_]*$/;

/** What a type attribute needs besides its text: the enum attributes and where it was written. */
export interface TypeAttributes {
  readonly type: string | undefined;
  readonly enum: string | undefined;
  readonly isBitfield: string | undefined;
  readonly loc: SourceLocation;
}

/**
 * Enum names that belong to @GlobalScope even though they contain a dot (`Variant.Type`), so
 * `enum="Variant.Type"` is a global enum rather than enum `Type` of a class `Variant`.
 */
export type GlobalEnumNames = ReadonlySet<string>;

export function parseTypeAttributes(attrs: TypeAttributes, globalEnums: GlobalEnumNames): TypeRef {
  const written = (attrs.type ?? "").trim();
  if (attrs.enum !== undefined && attrs.enum !== "") {
    return enumRef(attrs.enum, attrs.isBitfield === "true", written, globalEnums, attrs.loc);
  }
  if (written === "") throw new GeneratorInputError("missing type attribute", attrs.loc);
  return parseTypeString(written, attrs.loc);
}

function enumRef(
  qualified: string,
  bitfield: boolean,
  written: string,
  globalEnums: GlobalEnumNames,
  loc: SourceLocation,
): TypeRef {
  const base: PrimitiveName = isPrimitiveName(written) ? written : "int";
  const dot = qualified.lastIndexOf(".");
  if (globalEnums.has(qualified) || dot === -1)
    return { kind: "enum", owner: null, name: qualified, bitfield, base };
  const owner = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  if (!CLASS_NAME.test(owner) || !CLASS_NAME.test(name)) {
    throw new GeneratorInputError(`malformed enum reference "${qualified}"`, loc);
  }
  return { kind: "enum", owner, name, bitfield, base };
}

/** Parses a `type` attribute: `int`, `Array[Node]`, `Node[]`, `Dictionary[String, int]`, `const void*`... */
export function parseTypeString(written: string, loc: SourceLocation): TypeRef {
  const type = written.trim();
  if (type === "void") return { kind: "void" };
  if (type === "Variant") return { kind: "variant" };
  if (isPrimitiveName(type)) return { kind: "primitive", name: type };
  const packed = PACKED_ELEMENTS.get(type);
  if (packed !== undefined) return { kind: "packed", element: packed, written: type };
  if (type.endsWith("*")) return { kind: "pointer", written: type };
  if (type === "Array") return { kind: "array", element: null };
  if (type === "Dictionary") return { kind: "dictionary", key: null, value: null };
  if (type.endsWith("[]"))
    return { kind: "array", element: parseTypeString(type.slice(0, -2), loc) };
  const generic = /^(Array|Dictionary)\[(.*)\]$/.exec(type);
  if (generic !== null) {
    const args = splitTypeArguments(generic[2] ?? "");
    if (generic[1] === "Array" && args.length === 1 && args[0] !== undefined) {
      return { kind: "array", element: parseTypeString(args[0], loc) };
    }
    if (
      generic[1] === "Dictionary" &&
      args.length === 2 &&
      args[0] !== undefined &&
      args[1] !== undefined
    ) {
      return {
        kind: "dictionary",
        key: parseTypeString(args[0], loc),
        value: parseTypeString(args[1], loc),
      };
    }
    throw new GeneratorInputError(
      `malformed type "${written}": wrong number of type arguments`,
      loc,
    );
  }
  if (!CLASS_NAME.test(type)) throw new GeneratorInputError(`malformed type "${written}"`, loc);
  return { kind: "class", name: type };
}

/** Splits `String, Array[int]` at top-level commas only. */
function splitTypeArguments(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === "," && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((part) => part !== "");
}
