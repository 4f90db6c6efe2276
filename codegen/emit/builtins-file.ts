import type { CodeBlockWriter } from "./writer.js";
import type { ClassModel, EnumModel } from "../ir/types.js";
import type { EmitContext } from "./emit-context.js";
import { docComment, writeDocumented } from "./emit-context.js";
import { newWriter } from "./writer.js";
import { BUILTINS_MODULE, FileScope } from "./file-scope.js";
import {
  assemble,
  codeSpan,
  writeEnumsAndConstants,
  writeInstanceMembers,
  writeInterface,
  writeNamespace,
  writeStaticInterface,
} from "./class-file.js";
import { topLevelName } from "./names.js";
import { renderParams } from "./signatures.js";
import { godotTypeName } from "../ir/type-names.js";

/** Builtins every output has, whether or not a member references them. */
const ALWAYS = ["Callable", "Signal"];

/**
 * `builtins.ts`: `freeze`, `Variant`, `Dictionary`, and an interface per built-in value class
 * (Vector2, Color, Callable...). A builtin in the emitted set (`--all`) gets its documented
 * members, constructors as `new` overloads on `<Name>Static`, and its operators listed in its
 * doc comment (JS has no operator overloading, so they cannot be members). A builtin that is only
 * referenced gets a documented stub interface.
 */
export function emitBuiltinsFile(ctx: EmitContext): string {
  const scope = new FileScope(BUILTINS_MODULE, ctx.view, ctx.usage);
  const w = newWriter();
  writeFreeze(w);
  for (const name of ALWAYS) if (ctx.view.get(name)) scope.classType(name);

  // Emitting one builtin can reference another (Vector2.floor() → Vector2i): work until done.
  const done = new Set<string>();
  const bodies = new Map<string, string>();
  for (
    let pending = pendingBuiltins(ctx, done);
    pending.length > 0;
    pending = pendingBuiltins(ctx, done)
  ) {
    for (const name of pending) {
      done.add(name);
      const body = newWriter();
      if (ctx.view.linked.isEmitted(name)) writeFullBuiltin(ctx, scope, name, body);
      else writeBuiltinStub(ctx, scope, name, body);
      bodies.set(name, body.toString());
    }
  }
  // Stub enums are only known once every file has been emitted; write them at the end.
  const names = [...done].sort();
  writeVariant(ctx, scope, names, w);
  for (const name of names) {
    w.write(bodies.get(name) ?? "");
    if (!ctx.view.linked.isEmitted(name))
      writeStubEnums(ctx, name, ctx.usage.builtins.get(name), w);
  }
  return assemble(scope, w);
}

function pendingBuiltins(ctx: EmitContext, done: ReadonlySet<string>): string[] {
  const names = new Set(ctx.usage.builtins.keys());
  for (const name of ctx.view.linked.emitted)
    if (ctx.view.isInterfaceBuiltin(name)) names.add(name);
  return [...names].filter((n) => !done.has(n)).sort();
}

function writeFreeze(w: CodeBlockWriter): void {
  w.writeLine("/**");
  w.writeLine(
    " * Freezes an enum or constants object. Generated code calls this instead of the JS global",
  );
  w.writeLine(" * `Object`, which a Godot class of the same name would shadow.");
  w.writeLine(" */");
  w.write("export function freeze<const T extends object>(value: T): Readonly<T>").block(() => {
    w.writeLine("return globalThis.Object.freeze(value);");
  });
  w.blankLine();
}

function writeVariant(
  ctx: EmitContext,
  scope: FileScope,
  builtins: readonly string[],
  w: CodeBlockWriter,
): void {
  const members = [
    "null",
    "boolean",
    "number",
    "string",
    "Uint8Array",
    "Int32Array",
    "Float32Array",
    "Float64Array",
    "Variant[]",
    "Dictionary",
    ...builtins.map(topLevelName),
  ];
  if (ctx.view.get("Object") && ctx.view.isObjectClass("Object"))
    members.push(scope.classType("Object"));
  w.writeLine("/** Any value a Godot `Variant` can hold, in its TS form. */");
  w.writeLine(`export type Variant = ${members.join(" | ")};`).blankLine();
  w.writeLine(
    "/** Godot's untyped `Dictionary`: string keys (as JSON and GDScript literals use), any values. */",
  );
  w.write("export interface Dictionary").block(() => {
    w.writeLine("[key: string]: Variant;");
  });
  w.blankLine();
}

function writeFullBuiltin(
  ctx: EmitContext,
  scope: FileScope,
  name: string,
  w: CodeBlockWriter,
): void {
  const plan = ctx.planner.plan(name);
  const model = plan.model;
  writeEnumsAndConstants(ctx, scope, plan, w);
  const operators = model.operators.map((o) => {
    const params = o.params.map((p) => `${p.name}: ${godotTypeName(p.type)}`).join(", ");
    return codeSpan(`${o.name}(${params}) -> ${godotTypeName(o.returnType)}`);
  });
  const note =
    operators.length > 0 ? `\nOperators (no JS equivalent): ${operators.join(", ")}.` : "";
  const doc = docComment(ctx, scope, {
    className: name,
    brief: model.brief,
    description: model.description.trim() + note,
    tutorials: model.tutorials,
    lifecycle: model,
    loc: model.loc,
  });
  writeInterface(ctx, w, doc, `export interface ${topLevelName(name)}`, plan, () =>
    writeInstanceMembers(ctx, scope, plan, w),
  );
  writeNamespace(ctx, scope, plan, w);
  const constructors = model.constructors.map((c) => {
    const planned = ctx.planner.method(name, c);
    return `new ${renderParams(planned.params, planned.vararg, scope)}: ${topLevelName(name)};`;
  });
  writeStaticInterface(ctx, scope, plan, w, { constructible: false, constructors });
  w.blankLine();
}

function writeBuiltinStub(
  ctx: EmitContext,
  scope: FileScope,
  name: string,
  w: CodeBlockWriter,
): void {
  const model = ctx.view.get(name);
  writeDocumented(
    ctx,
    w,
    stubDoc(ctx, scope, name, model),
    `export interface ${topLevelName(name)} {}`,
  );
  w.blankLine();
}

/** The doc comment of a stub: the class's own brief, plus why its members are missing. */
export function stubDoc(
  ctx: EmitContext,
  scope: FileScope,
  name: string,
  model: ClassModel | undefined,
): string {
  return docComment(ctx, scope, {
    className: name,
    brief: model?.brief ?? "",
    description: `Stub: [code]${name}[/code] is outside the emitted set, so its members are not declared here.`,
  });
}

/** `export declare namespace X { type E = 0 | 1 }` for enums of a stub that members reference. */
export function writeStubEnums(
  ctx: EmitContext,
  name: string,
  enums: ReadonlySet<string> | undefined,
  w: CodeBlockWriter,
): void {
  const models = [...(enums ?? [])]
    .sort()
    .map((e) => ctx.view.get(name)?.enums.find((m) => m.name === e))
    .filter((e): e is EnumModel => e !== undefined);
  if (models.length === 0) return;
  w.write(`export declare namespace ${topLevelName(name)}`).block(() => {
    for (const e of models) {
      w.writeLine(`/** One of the \`${name}.${e.name}\` values (enum of a stub class). */`);
      w.writeLine(`type ${e.name} = ${enumUnion(e)};`);
    }
  });
  w.blankLine();
}

/** The literal union of an enum's values, or `number` for bit flags. */
function enumUnion(e: EnumModel): string {
  if (e.bitfield) return "number";
  const values = [...new Set(e.values.map((v) => v.value.trim()))].filter((v) => /^-?\d+$/.test(v));
  return values.length > 0 ? values.join(" | ") : "number";
}
