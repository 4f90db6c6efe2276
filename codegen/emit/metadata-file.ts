import type { EnumModel, SignalModel } from "../ir/types.js";
import type { ClassPlan, PlannedMethod, PlannedParam, PlannedProperty } from "./class-plan.js";
import type { EmitContext } from "./emit-context.js";
import type { GlobalScopeContent } from "./global-scope-file.js";
import { defaultValueOf } from "./default-value.js";
import type { MetaValue } from "./default-value.js";
import { godotTypeName } from "../ir/type-names.js";
import { parseNumberLiteral } from "../ir/number-literal.js";
import { LiteralWriter, writeValue } from "./literal-printer.js";

/**
 * `metadata.ts`: the runtime description of every emitted class (CONTRACT.md "Metadata"), in
 * Godot's names and spelling, keys in document order. Written straight from the class plans in
 * prettier's shape (literal-printer.ts), without building the data as objects first.
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

export function emitMetadataFile(
  ctx: EmitContext,
  classNames: readonly string[],
  globals: GlobalScopeContent,
): string {
  // One writer for the whole file, decoded into a string once (~6.5 MB for the whole corpus).
  const w = new LiteralWriter();
  w.text(DECLARATIONS);
  w.text("\n/** Every emitted class by Godot name. */\n");
  w.text("export const classes: Readonly<Record<string, ClassMeta>> = ");
  const plans = classNames.map((name) => ({ name, plan: ctx.planner.plan(name) }));
  writeRecord(w, plans, ({ plan }) => writeClassMeta(w, plan));
  w.text(";\n\n/** The `@GlobalScope` enums and constants emitted in GlobalScope.ts. */\n");
  w.text("export const globalScope: GlobalScopeMeta = ");
  writeGlobalScopeMeta(w, ctx, globals);
  w.text(";\n");
  return w.toString();
}

/**
 * An object keyed by each item's Godot name, the first occurrence kept. The names may be
 * `constructor`, `toString` or `__proto__`, so "seen" is a Set, not a lookup on an object.
 */
function writeRecord<T extends { readonly name: string }>(
  w: LiteralWriter,
  items: Iterable<T>,
  writeItem: (item: T) => void,
): void {
  w.openObject();
  const seen = new Set<string>();
  for (const item of items) {
    const name = item.name;
    if (seen.has(name)) continue;
    seen.add(name);
    w.key(name);
    writeItem(item);
  }
  w.close();
}

/** Enums by name: a later enum of the same name replaces an earlier one in place, as assignment to a record would. */
function writeEnums(w: LiteralWriter, enums: Iterable<EnumModel>): void {
  const byName = new Map<string, EnumModel>();
  for (const e of enums) byName.set(e.name, e);
  w.openObject();
  for (const [name, e] of byName) {
    const values = new Map<string, number>();
    for (const v of e.values) {
      const n = parseNumberLiteral(v.value);
      if (n !== null && !values.has(v.name)) values.set(v.name, n);
    }
    w.key(name);
    w.openObject();
    w.field("name", e.name);
    w.field("bitfield", e.bitfield);
    w.key("values");
    writeNumbers(w, values);
    w.close();
  }
  w.close();
}

function writeGlobalScopeMeta(
  w: LiteralWriter,
  ctx: EmitContext,
  globals: GlobalScopeContent,
): void {
  const enums: EnumModel[] = [];
  // `??=` semantics: the first number for a name is kept, but a null (no number) gives way.
  const constants = new Map<string, number | null>();
  const addConstant = (name: string, value: number | null): void => {
    if ((constants.get(name) ?? null) === null) constants.set(name, value);
  };
  // Every global enum value is also a global constant, listed before the plain constants.
  for (const name of globals.enums) {
    const e = ctx.view.globalEnum(name);
    if (!e) continue;
    enums.push({ ...e, name });
    for (const v of e.values) {
      const n = parseNumberLiteral(v.value);
      if (n !== null) addConstant(v.name, n);
    }
  }
  for (const c of globals.constants) addConstant(c.name, parseNumberLiteral(c.value));

  w.openObject();
  w.key("constants");
  writeNumbers(w, constants);
  w.key("enums");
  writeEnums(w, enums);
  w.close();
}

function writeClassMeta(w: LiteralWriter, plan: ClassPlan): void {
  w.openObject();
  w.field("name", plan.model.name);
  w.field("inherits", plan.model.inherits);
  w.key("methods");
  writeRecord(w, plan.methods, (m) => writeMethodMeta(w, m));
  w.key("properties");
  writeRecord(w, plan.properties, (p) => writePropertyMeta(w, p));
  w.key("signals");
  writeRecord(w, plan.signals, (s) => writeSignalMeta(w, s));
  w.key("constants");
  const constants = new Map<string, number>();
  for (const c of plan.constants) {
    if (c.number !== null && !constants.has(c.name)) constants.set(c.name, c.number);
  }
  writeNumbers(w, constants);
  w.key("enums");
  writeEnums(w, plan.enums);
  w.close();
}

function writeMethodMeta(w: LiteralWriter, m: PlannedMethod): void {
  // Required = up to the last parameter whose default has no JS value (CONTRACT.md).
  const values = m.params.map((p: PlannedParam) => jsDefault(p.default));
  const required = values.findLastIndex((value) => value === undefined) + 1;
  w.openObject();
  w.field("name", m.name);
  w.field("returnType", godotTypeName(m.returnType));
  w.key("params");
  w.openArray();
  m.params.forEach((p, i) =>
    writeParamMeta(w, p.godotName, godotTypeName(p.type), p.default, values[i]),
  );
  w.close();
  w.field("required", required);
  w.field("static", m.static);
  w.field("const", m.const);
  w.field("vararg", m.vararg);
  w.field("virtual", m.virtual);
  w.close();
}

function writePropertyMeta(w: LiteralWriter, p: PlannedProperty): void {
  w.openObject();
  w.field("name", p.name);
  w.field("type", godotTypeName(p.type));
  if (p.setter) w.field("setter", p.setter);
  if (p.getter) w.field("getter", p.getter);
  if (p.default !== null) w.field("default", p.default);
  w.close();
}

function writeSignalMeta(w: LiteralWriter, s: SignalModel): void {
  w.openObject();
  w.field("name", s.name);
  w.key("params");
  w.openArray();
  for (const p of s.params) {
    writeParamMeta(w, p.name, godotTypeName(p.type), p.default, jsDefault(p.default));
  }
  w.close();
  w.close();
}

/** `value` is the default's JS value, computed once by the caller (it also decides `required`). */
function writeParamMeta(
  w: LiteralWriter,
  name: string,
  type: string,
  written: string | null,
  value: MetaValue | undefined,
): void {
  w.openObject();
  w.field("name", name);
  w.field("type", type);
  if (written !== null) {
    w.field("default", written);
    if (value !== undefined) {
      w.key("defaultValue");
      writeValue(w, value);
    }
  }
  w.close();
}

function writeNumbers(w: LiteralWriter, record: ReadonlyMap<string, number | null>): void {
  w.openObject();
  for (const [key, value] of record) w.field(key, value);
  w.close();
}

/** A parameter default's JS value; undefined when there is no default or it has no JS form. */
function jsDefault(written: string | null): MetaValue | undefined {
  return written === null ? undefined : defaultValueOf(written);
}
