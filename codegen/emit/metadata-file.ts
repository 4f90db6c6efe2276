import type { ParamModel } from "../ir/types.js";
import type { ClassPlan, PlannedMethod, PlannedParam } from "./class-plan.js";
import type { EmitContext } from "./emit-context.js";
import type { GlobalScopeContent } from "./global-scope-file.js";
import { defaultValueOf } from "./default-value.js";
import type { MetaValue } from "./default-value.js";
import { godotTypeName } from "../ir/type-names.js";
import { parseNumberLiteral } from "../ir/number-literal.js";
import { printLiteral } from "./literal-printer.js";

/**
 * `metadata.ts`: the runtime description of every emitted class (CONTRACT.md "Metadata"), in
 * Godot's names and spelling, keys in document order. Built as plain data, then printed once.
 */

const DECLARATIONS = `/** A parameter default with a plain JS value (absent for \`Color(1, 1, 1, 1)\`-style literals). */
export type MetaValue =
  null | boolean | number | string | readonly MetaValue[] | { readonly [key: string]: MetaValue };
export interface ParamMeta {
  readonly name: string;
  readonly type: string;
  readonly default?: string;
  readonly defaultValue?: MetaValue;
}
export interface MethodMeta {
  readonly name: string;
  readonly returnType: string;
  readonly params: readonly ParamMeta[];
  /** Parameters without a usable default: what \`fn.length\` and \`call()\` require. */
  readonly required: number;
  readonly static: boolean;
  readonly const: boolean;
  readonly vararg: boolean;
  readonly virtual: boolean;
}
export interface PropertyMeta {
  readonly name: string;
  readonly type: string;
  readonly setter?: string;
  readonly getter?: string;
  readonly default?: string;
}
export interface SignalMeta {
  readonly name: string;
  readonly params: readonly ParamMeta[];
}
export interface EnumMeta {
  readonly name: string;
  readonly bitfield: boolean;
  readonly values: Readonly<Record<string, number>>;
}
export interface ClassMeta {
  readonly name: string;
  readonly inherits: string | null;
  readonly methods: Readonly<Record<string, MethodMeta>>;
  readonly properties: Readonly<Record<string, PropertyMeta>>;
  readonly signals: Readonly<Record<string, SignalMeta>>;
  readonly constants: Readonly<Record<string, number>>;
  readonly enums: Readonly<Record<string, EnumMeta>>;
}
export interface GlobalScopeMeta {
  readonly constants: Readonly<Record<string, number>>;
  readonly enums: Readonly<Record<string, EnumMeta>>;
}
`;

type Json = MetaValue;

export function emitMetadataFile(
  ctx: EmitContext,
  classNames: readonly string[],
  globals: GlobalScopeContent,
): string {
  const classes = emptyRecord();
  for (const name of classNames) classes[name] = classMeta(ctx.planner.plan(name));

  const globalEnums = emptyRecord();
  const globalConstants = emptyRecord();
  for (const name of globals.enums) {
    const e = ctx.view.globalEnum(name);
    if (!e) continue;
    const values = emptyRecord();
    for (const v of e.values) {
      const n = parseNumberLiteral(v.value);
      if (n === null) continue;
      values[v.name] ??= n;
      globalConstants[v.name] ??= n;
    }
    globalEnums[name] = { name, bitfield: e.bitfield, values };
  }
  for (const c of globals.constants) globalConstants[c.name] ??= parseNumberLiteral(c.value);

  return [
    DECLARATIONS,
    "/** Every emitted class by Godot name. */",
    `export const classes: Readonly<Record<string, ClassMeta>> = ${print(classes)};`,
    "",
    "/** The `@GlobalScope` enums and constants emitted in GlobalScope.ts. */",
    `export const globalScope: GlobalScopeMeta = ${print({ constants: globalConstants, enums: globalEnums })};`,
    "",
  ].join("\n");
}

function classMeta(plan: ClassPlan): Json {
  const methods = emptyRecord();
  for (const m of plan.methods) methods[m.name] ??= methodMeta(m);
  const properties = emptyRecord();
  for (const p of plan.properties) {
    if (properties[p.name] !== undefined) continue;
    const meta: { [key: string]: Json } = { name: p.name, type: godotTypeName(p.type) };
    if (p.setter) meta.setter = p.setter;
    if (p.getter) meta.getter = p.getter;
    if (p.default !== null) meta.default = p.default;
    properties[p.name] = meta;
  }
  const signals = emptyRecord();
  for (const s of plan.signals) {
    signals[s.name] ??= { name: s.name, params: s.params.map(signalParam) };
  }
  const constants = emptyRecord();
  for (const c of plan.constants) if (c.number !== null) constants[c.name] ??= c.number;
  const enums = emptyRecord();
  for (const e of plan.enums) {
    const values = emptyRecord();
    for (const v of e.values) {
      const n = parseNumberLiteral(v.value);
      if (n !== null) values[v.name] ??= n;
    }
    enums[e.name] = { name: e.name, bitfield: e.bitfield, values };
  }
  return {
    name: plan.model.name,
    inherits: plan.model.inherits,
    methods,
    properties,
    signals,
    constants,
    enums,
  };
}

function methodMeta(m: PlannedMethod): Json {
  const params: Json[] = [];
  // Required = up to the last parameter whose default has no JS value (CONTRACT.md).
  let required = 0;
  m.params.forEach((p: PlannedParam, i) => {
    const value = jsDefault(p.default);
    if (value === undefined) required = i + 1;
    params.push(paramJson(p.godotName, godotTypeName(p.type), p.default, value));
  });
  return {
    name: m.name,
    returnType: godotTypeName(m.returnType),
    params,
    required,
    static: m.static,
    const: m.const,
    vararg: m.vararg,
    virtual: m.virtual,
  };
}

function signalParam(p: ParamModel): Json {
  return paramJson(p.name, godotTypeName(p.type), p.default, jsDefault(p.default));
}

/** A parameter default's JS value; undefined when there is no default or it has no JS form. */
function jsDefault(written: string | null): MetaValue | undefined {
  return written === null ? undefined : defaultValueOf(written);
}

/** `value` is the default's JS value, computed once by the caller (it also decides `required`). */
function paramJson(
  name: string,
  type: string,
  written: string | null,
  value: MetaValue | undefined,
): Json {
  if (written === null) return { name, type };
  return value === undefined
    ? { name, type, default: written }
    : { name, type, default: written, defaultValue: value };
}

/** Deterministic printing: keys in insertion order, which follows the document. */
function print(value: Json): string {
  return printLiteral(value);
}

/**
 * Keyed by Godot names, which may be `constructor`, `toString` or `__proto__`: a plain object
 * would already "have" those (and `??=` would skip them) or change its prototype instead.
 */
function emptyRecord(): Record<string, Json> {
  return Object.create(null) as Record<string, Json>;
}
