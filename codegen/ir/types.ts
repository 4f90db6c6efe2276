/**
 * The intermediate representation (IR): the hub every pipeline stage depends on.
 *
 *   read ──▶ RawClassFile ──model──▶ ClassModel ──resolve──▶ LinkedCorpus ──docs/emit──▶ files
 *
 * The model is schema-neutral: Godot 3 (`<argument>`, `Pool*Array`) and Godot 4 (`<param>`,
 * `Packed*Array`, typed containers) both land in the same shapes, so later stages never look at
 * which schema a file used. Every element keeps its source location so any stage can report an
 * error as `file:line`.
 */

/** Where an element came from, for error messages (`file:line`). */
export interface SourceLocation {
  readonly file: string;
  /** 1-based line of the element's opening tag. */
  readonly line: number;
}

/** Deprecated/experimental markers. `""` means "marked, with no explanation text". */
export interface Lifecycle {
  readonly deprecated?: string;
  readonly experimental?: string;
}

/** Godot's primitive value types that map straight onto TS primitives. */
export type PrimitiveName = "int" | "float" | "bool" | "String" | "StringName" | "NodePath";

/**
 * A Godot type as written in the XML (`type`, `enum`, `is_bitfield` attributes), parsed.
 * `class` covers both engine object classes (Object, RefCounted...) and built-in value classes
 * (Vector2, Color, Callable...); the resolve stage tells them apart.
 */
export type TypeRef =
  | { readonly kind: "void" }
  | { readonly kind: "variant" }
  | { readonly kind: "primitive"; readonly name: PrimitiveName }
  /**
   * `enum="HTTPClient.Status"` → owner "HTTPClient", name "Status"; `enum="Error"` → owner null
   * (a global enum from @GlobalScope). `base` is the underlying `type` attribute (usually int).
   */
  | {
      readonly kind: "enum";
      readonly owner: string | null;
      readonly name: string;
      readonly bitfield: boolean;
      readonly base: PrimitiveName;
    }
  /** `PackedByteArray` (4.x) and `PoolByteArray` (3.x) both become element "byte". */
  | { readonly kind: "packed"; readonly element: PackedElement; readonly written: string }
  /** `Array` → element null; `Array[int]` / `Node[]` → element set. */
  | { readonly kind: "array"; readonly element: TypeRef | null }
  /** `Dictionary` → both null; `Dictionary[String, int]` → both set. */
  | { readonly kind: "dictionary"; readonly key: TypeRef | null; readonly value: TypeRef | null }
  | { readonly kind: "class"; readonly name: string }
  /**
   * A raw C pointer from GDExtension virtual methods (`const uint8_t*`, `AudioFrame*`): `written`
   * keeps the spelling. It has no Variant representation, so emitters treat it as opaque.
   */
  | { readonly kind: "pointer"; readonly written: string };

export type PackedElement =
  | "byte"
  | "int32"
  | "int64"
  | "float32"
  | "float64"
  | "string"
  | "vector2"
  | "vector3"
  | "vector4"
  | "color";

export interface ParamModel {
  readonly name: string;
  readonly index: number;
  readonly type: TypeRef;
  /** The `default` attribute exactly as written (`-1`, `null`, `&""`, `Color(1, 1, 1, 1)`...). */
  readonly default: string | null;
  readonly loc: SourceLocation;
}

export interface MethodQualifiers {
  readonly static: boolean;
  readonly const: boolean;
  readonly vararg: boolean;
  readonly virtual: boolean;
  readonly required: boolean;
}

/** A method, constructor, operator or annotation: all share this shape. */
export interface MethodModel extends Lifecycle {
  readonly name: string;
  readonly returnType: TypeRef;
  readonly params: readonly ParamModel[];
  readonly qualifiers: MethodQualifiers;
  /** BBCode, leading tabs and surrounding blank lines removed, inner newlines kept. */
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface PropertyModel extends Lifecycle {
  readonly name: string;
  readonly type: TypeRef;
  readonly setter: string | null;
  readonly getter: string | null;
  readonly default: string | null;
  /** Set when the member only re-declares a base class property's default (`overrides="Base"`). */
  readonly overrides: string | null;
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface SignalModel extends Lifecycle {
  readonly name: string;
  readonly params: readonly ParamModel[];
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface ConstantModel extends Lifecycle {
  readonly name: string;
  /** The `value` attribute as written: usually an integer, sometimes an expression (`Vector2(0, 0)`). */
  readonly value: string;
  /** Name of the enum this constant belongs to, null for a plain constant. */
  readonly enum: string | null;
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface EnumModel {
  readonly name: string;
  readonly bitfield: boolean;
  /** In document order. */
  readonly values: readonly ConstantModel[];
}

export interface ThemeItemModel {
  readonly name: string;
  readonly dataType: string;
  readonly type: TypeRef;
  readonly default: string | null;
  readonly description: string;
  readonly loc: SourceLocation;
}

export interface TutorialLink {
  readonly title: string;
  /** As written, `$DOCS_URL` not yet expanded (the docs stage does that). */
  readonly url: string;
}

export interface ClassModel extends Lifecycle {
  readonly name: string;
  readonly inherits: string | null;
  readonly brief: string;
  readonly description: string;
  readonly tutorials: readonly TutorialLink[];
  readonly methods: readonly MethodModel[];
  readonly constructors: readonly MethodModel[];
  readonly operators: readonly MethodModel[];
  readonly annotations: readonly MethodModel[];
  readonly properties: readonly PropertyModel[];
  readonly signals: readonly SignalModel[];
  /** Every `<constant>`, enum members included, in document order. */
  readonly constants: readonly ConstantModel[];
  /** Enums gathered from the constants' `enum` attributes, in first-seen order. */
  readonly enums: readonly EnumModel[];
  readonly themeItems: readonly ThemeItemModel[];
  readonly loc: SourceLocation;
}

/** Which Godot XML dialect a corpus was written in. */
export type SchemaGeneration = 3 | 4;

/** All classes read from one docs root (or file list), keyed by class name. */
export interface Corpus {
  /** e.g. "4.6.3"; taken from the class files' `version` attribute or the folder name, else null. */
  readonly version: string | null;
  readonly generation: SchemaGeneration;
  readonly classes: ReadonlyMap<string, ClassModel>;
}
