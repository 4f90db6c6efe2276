/**
 * Hand-built IR for emit tests: small ClassModels linked by the real resolve stage, so a test
 * states exactly the Godot shape it exercises (a property without documented accessors, a
 * redeclared base method...) without an XML fixture per case.
 */
import type { LinkedCorpus } from "../../codegen/ir/linked.js";
import type {
  ClassModel,
  ConstantModel,
  EnumModel,
  MethodModel,
  MethodQualifiers,
  ParamModel,
  PropertyModel,
  SignalModel,
  TypeRef,
} from "../../codegen/ir/types.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";

const loc = { file: "test.xml", line: 1 };

export const T = {
  void: { kind: "void" } as TypeRef,
  variant: { kind: "variant" } as TypeRef,
  int: { kind: "primitive", name: "int" } as TypeRef,
  float: { kind: "primitive", name: "float" } as TypeRef,
  bool: { kind: "primitive", name: "bool" } as TypeRef,
  string: { kind: "primitive", name: "String" } as TypeRef,
  cls: (name: string): TypeRef => ({ kind: "class", name }),
  enum: (owner: string | null, name: string, bitfield = false): TypeRef => ({
    kind: "enum",
    owner,
    name,
    bitfield,
    base: "int",
  }),
};

export function param(
  name: string,
  type: TypeRef,
  def: string | null = null,
  index = 0,
): ParamModel {
  return { name, index, type, default: def, loc };
}

export function method(
  name: string,
  returnType: TypeRef,
  params: ParamModel[] = [],
  qualifiers: Partial<MethodQualifiers> = {},
  extra: Partial<MethodModel> = {},
): MethodModel {
  return {
    name,
    returnType,
    params: params.map((p, index) => ({ ...p, index })),
    qualifiers: {
      static: false,
      const: false,
      vararg: false,
      virtual: false,
      required: false,
      ...qualifiers,
    },
    description: `Does ${name}.`,
    loc,
    ...extra,
  };
}

export function property(
  name: string,
  type: TypeRef,
  setter: string | null,
  getter: string | null,
  def: string | null = null,
  extra: Partial<PropertyModel> = {},
): PropertyModel {
  return {
    name,
    type,
    setter,
    getter,
    default: def,
    overrides: null,
    description: `The ${name}.`,
    loc,
    ...extra,
  };
}

export function signal(name: string, params: ParamModel[] = []): SignalModel {
  return { name, params, description: `Emitted on ${name}.`, loc };
}

export function constant(
  name: string,
  value: string,
  enumName: string | null = null,
): ConstantModel {
  return { name, value, enum: enumName, description: `Constant ${name}.`, loc };
}

/** A class; `enums` are derived from the constants' `enum` fields as the model stage does. */
export function cls(
  name: string,
  inherits: string | null,
  parts: Partial<Omit<ClassModel, "name" | "inherits" | "enums">> & {
    bitfields?: readonly string[];
  } = {},
): ClassModel {
  const constants = parts.constants ?? [];
  const enums: EnumModel[] = [];
  for (const c of constants) {
    if (c.enum === null) continue;
    let e = enums.find((x) => x.name === c.enum);
    if (!e) {
      e = { name: c.enum, bitfield: parts.bitfields?.includes(c.enum) ?? false, values: [] };
      enums.push(e);
    }
    (e.values as ConstantModel[]).push(c);
  }
  return {
    name,
    inherits,
    brief: `The ${name} class.`,
    description: "",
    tutorials: [],
    methods: [],
    constructors: [],
    operators: [],
    annotations: [],
    properties: [],
    signals: [],
    themeItems: [],
    loc,
    ...parts,
    constants,
    enums,
  };
}

/** The minimal roots every corpus needs: Object, RefCounted and @GlobalScope with `Error`. */
export function baseClasses(): ClassModel[] {
  return [
    cls("Object", null, { methods: [method("get_class", T.string)] }),
    cls("RefCounted", "Object"),
    cls("@GlobalScope", null, {
      constants: [
        constant("OK", "0", "Error"),
        constant("FAILED", "1", "Error"),
        constant("KEY_NONE", "0", "Key"),
      ],
    }),
    cls("Callable", null),
    cls("Signal", null),
  ];
}

export function link(
  classes: readonly ClassModel[],
  selection: readonly string[] | "all",
): LinkedCorpus {
  const map = new Map(classes.map((c) => [c.name, c] as const));
  return resolveCorpus(
    { version: "4.6.3", generation: 4, classes: map },
    selection === "all" ? "all" : { classes: selection },
  );
}
