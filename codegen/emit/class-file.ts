import type { CodeBlockWriter } from "./writer.js";
import type { EnumModel } from "../ir/types.js";
import type { ClassPlan, PlannedConstant, PlannedMethod, PlannedProperty } from "./class-plan.js";
import type { EmitContext } from "./emit-context.js";
import { docComment, writeDocumented } from "./emit-context.js";
import { newWriter } from "./writer.js";
import { BUILTINS_MODULE, FileScope } from "./file-scope.js";
import {
  constantsObjectName,
  enumObjectName,
  propertyKey,
  staticInterfaceName,
  topLevelName,
} from "./names.js";
import {
  numberLiteral,
  renderMethod,
  renderProperty,
  renderSignal,
  staticMembers,
} from "./signatures.js";

/** `<Class>.ts` for one emitted object class (CONTRACT.md "One class"). */
export function emitClassFile(ctx: EmitContext, className: string): string {
  const scope = new FileScope(topLevelName(className), ctx.view, ctx.usage);
  const plan = ctx.planner.plan(className);
  const body = newWriter();
  writeEnumsAndConstants(ctx, scope, plan, body);
  writeInstanceInterface(ctx, scope, plan, body);
  writeNamespace(ctx, scope, plan, body);
  writeStaticInterface(ctx, scope, plan, body, { constructible: true });
  return assemble(scope, body);
}

/** A whole generated file: the imports the scope collected while the body was written, then the body. */
export function assemble(scope: FileScope, body: CodeBlockWriter): string {
  const imports = scope.importLines();
  return `${imports.join("\n")}${imports.length > 0 ? "\n\n" : ""}${body.toString()}`;
}

/** The frozen enum objects and `<Class>_constants`. */
export function writeEnumsAndConstants(
  ctx: EmitContext,
  scope: FileScope,
  plan: ClassPlan,
  w: CodeBlockWriter,
): void {
  const cls = plan.model.name;
  const numeric = plan.constants.filter((c) => c.number !== null);
  if (plan.enums.length > 0 || numeric.length > 0) scope.importValue(BUILTINS_MODULE, "freeze");
  for (const e of plan.enums) {
    const flags = e.bitfield ? " (bit flags: combine with `|`)" : "";
    w.writeLine(
      `/** Values of \`${cls}.${e.name}\`${flags}, frozen: \`${cls}.${e.name}.NAME\` at run time. */`,
    );
    w.write(`export const ${enumObjectName(cls, e.name)} = freeze(`).inlineBlock(() => {
      for (const c of constantsOf(plan, e)) writeConstantEntry(ctx, scope, cls, c, w);
    });
    w.write(" as const);").newLine().blankLine();
  }
  if (plan.enums.length === 0 && numeric.length === 0) return;
  w.writeLine(
    `/** Every constant of \`${cls}\`, enum members flattened in, plus one entry per enum object. */`,
  );
  w.write(`export const ${constantsObjectName(cls)} = freeze(`).inlineBlock(() => {
    const seen = new Set<string>();
    for (const e of plan.enums) {
      seen.add(e.name);
      w.writeLine(`${propertyKey(e.name)}: ${enumObjectName(cls, e.name)},`);
    }
    for (const c of numeric) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      writeConstantEntry(ctx, scope, cls, c, w);
    }
  });
  w.write(" as const);").newLine().blankLine();
}

/** An enum's members with a numeric value, each name once. */
function constantsOf(plan: ClassPlan, e: EnumModel): PlannedConstant[] {
  const seen = new Set<string>();
  return plan.constants.filter((c) => {
    if (c.enum !== e.name || c.number === null || seen.has(c.name)) return false;
    seen.add(c.name);
    return true;
  });
}

function writeConstantEntry(
  ctx: EmitContext,
  scope: FileScope,
  cls: string,
  c: PlannedConstant,
  w: CodeBlockWriter,
): void {
  const doc = docComment(ctx, scope, {
    className: cls,
    description: c.description,
    lifecycle: c,
    loc: c.loc,
  });
  writeDocumented(ctx, w, doc, `${propertyKey(c.name)}: ${numberLiteral(c.number ?? 0)},`);
}

function writeInstanceInterface(
  ctx: EmitContext,
  scope: FileScope,
  plan: ClassPlan,
  w: CodeBlockWriter,
): void {
  const model = plan.model;
  const doc = docComment(ctx, scope, {
    className: model.name,
    brief: model.brief,
    description: model.description,
    tutorials: model.tutorials,
    lifecycle: model,
    loc: model.loc,
  });
  const base = model.inherits && ctx.view.get(model.inherits) ? model.inherits : null;
  let heritage = "";
  if (base !== null) {
    const baseType = scope.classType(base);
    const omitted = ctx.inheritance.instanceConflicts(model.name);
    heritage = ` extends ${omit(baseType, omitted)}`;
  }
  writeInterface(ctx, w, doc, `export interface ${topLevelName(model.name)}${heritage}`, plan, () =>
    writeInstanceMembers(ctx, scope, plan, w),
  );
}

/** `opener {` members `}`, or `opener {}` when there are none (as prettier writes it). */
export function writeInterface(
  ctx: EmitContext,
  w: CodeBlockWriter,
  doc: string,
  opener: string,
  plan: ClassPlan,
  members: () => void,
): void {
  const empty =
    !plan.methods.some((m) => !m.static) && !plan.properties.some((p) => p.shape !== "hidden");
  if (empty) {
    writeDocumented(ctx, w, doc, `${opener} {}`);
  } else {
    writeDocumented(ctx, w, doc, `${opener} {`);
    w.indent(members);
    w.writeLine("}");
  }
  w.blankLine();
}

export function writeInstanceMembers(
  ctx: EmitContext,
  scope: FileScope,
  plan: ClassPlan,
  w: CodeBlockWriter,
): void {
  for (const m of plan.methods) if (!m.static) writeMethod(ctx, scope, plan.model.name, m, w);
  for (const p of plan.properties) writeProperty(ctx, scope, plan.model.name, p, w);
}

function omit(type: string, names: readonly string[]): string {
  if (names.length === 0) return type;
  return `Omit<${type}, ${names.map((n) => JSON.stringify(n)).join(" | ")}>`;
}

function writeMethod(
  ctx: EmitContext,
  scope: FileScope,
  cls: string,
  m: PlannedMethod,
  w: CodeBlockWriter,
): void {
  // Generator-written sentences go in as BBCode so references become links like the XML's own.
  // Lines are appended to a string: this runs for every method of the corpus.
  let description = m.description.trim();
  const addLine = (line: string): void => {
    description = description === "" ? line : `${description}\n${line}`;
  };
  if (m.synthesizedFor !== null) {
    addLine(
      `${m.params.length > 0 ? "Setter" : "Getter"} of [member ${m.synthesizedFor}] (implied by the property, not listed among the methods).`,
    );
  }
  let defaults = "";
  for (const p of m.params) {
    if (p.default == null) continue;
    defaults += `${defaults === "" ? "" : ", "}[param ${p.godotName}] = ${codeSpan(p.default)}`;
  }
  if (defaults !== "") addLine(`Defaults: ${defaults}.`);
  const doc = docComment(ctx, scope, { className: cls, description, lifecycle: m, loc: m.loc });
  writeDocumented(ctx, w, doc, renderMethod(m, scope));
}

function writeProperty(
  ctx: EmitContext,
  scope: FileScope,
  cls: string,
  p: PlannedProperty,
  w: CodeBlockWriter,
): void {
  const text = renderProperty(p, scope);
  if (!text) return;
  const doc = docComment(ctx, scope, {
    className: cls,
    description: p.description,
    lifecycle: p,
    defaultValue: p.default,
    loc: p.loc,
  });
  writeDocumented(ctx, w, doc, text);
}

export function writeNamespace(
  ctx: EmitContext,
  scope: FileScope,
  plan: ClassPlan,
  w: CodeBlockWriter,
): void {
  const cls = plan.model.name;
  if (plan.enums.length === 0 && plan.signals.length === 0) return;
  w.writeLine(`/** Types scoped to \`${cls}\`: its enums and signals. */`);
  w.write(`export declare namespace ${topLevelName(cls)}`).block(() => {
    for (const e of plan.enums) {
      const obj = enumObjectName(cls, e.name);
      const note = e.bitfield
        ? `A bitmask of \`${cls}.${e.name}\` members: any combination with \`|\` is valid.`
        : `One of the \`${cls}.${e.name}\` values.`;
      w.writeLine(`/** ${note} */`);
      w.writeLine(
        e.bitfield
          ? `type ${e.name} = number;`
          : `type ${e.name} = (typeof ${obj})[keyof typeof ${obj}];`,
      );
    }
    if (plan.signals.length > 0) {
      w.writeLine(`/** Signal names → handler signatures. */`);
      w.write("interface Signals").block(() => {
        for (const s of plan.signals) {
          const doc = docComment(ctx, scope, {
            className: cls,
            description: s.description,
            lifecycle: s,
            loc: s.loc,
          });
          writeDocumented(ctx, w, doc, renderSignal(s, scope));
        }
      });
    }
  });
  w.blankLine();
}

export function writeStaticInterface(
  ctx: EmitContext,
  scope: FileScope,
  plan: ClassPlan,
  w: CodeBlockWriter,
  options: { constructible: boolean; constructors?: readonly string[] },
): void {
  const model = plan.model;
  const name = topLevelName(model.name);
  const base = model.inherits && ctx.view.get(model.inherits) ? model.inherits : null;
  let heritage = "";
  if (base !== null) {
    const baseStatic = `${scope.classType(base)}Static`;
    scope.importType(scope.moduleOfClass(base), baseStatic);
    heritage = ` extends ${omit(baseStatic, ctx.inheritance.staticConflicts(model.name))}`;
  }
  w.writeLine(
    `/** The \`${model.name}\` class object: constructor, static methods, constants and enum objects. */`,
  );
  const hasMembers =
    (options.constructors !== undefined
      ? options.constructors.length > 0
      : options.constructible) ||
    plan.enums.length > 0 ||
    plan.constants.length > 0 ||
    plan.methods.some((m) => m.static);
  const declaration = `export interface ${staticInterfaceName(model.name)}${heritage}`;
  if (!hasMembers) {
    w.writeLine(`${declaration} {}`);
    return;
  }
  w.write(declaration).block(() => {
    if (options.constructors) for (const c of options.constructors) w.writeLine(c);
    else if (options.constructible) w.writeLine(`new (): ${name};`);
    const docs = new Map<string, string>();
    for (const c of plan.constants) {
      if (docs.has(c.name)) continue;
      const value = c.number === null ? `\nValue: ${codeSpan(c.written)}.` : "";
      docs.set(
        c.name,
        docComment(ctx, scope, {
          className: model.name,
          description: c.description.trim() + value,
          lifecycle: c,
          loc: c.loc,
        }),
      );
    }
    const fields = new Set<string>();
    for (const member of staticMembers(plan)) {
      if (member.kind === "method") continue;
      fields.add(member.key);
      writeDocumented(ctx, w, docs.get(member.key) ?? "", member.render(scope));
    }
    for (const m of plan.methods) {
      if (m.static && !fields.has(m.name)) writeMethod(ctx, scope, model.name, m, w);
    }
  });
}

/** A Godot literal as a BBCode code span (its content is taken verbatim, brackets included). */
export function codeSpan(literal: string): string {
  return `[code]${literal}[/code]`;
}
