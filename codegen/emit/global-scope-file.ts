import type { ConstantModel, EnumModel } from "../ir/types.js";
import type { EmitContext } from "./emit-context.js";
import { docComment, writeDocumented } from "./emit-context.js";
import { newWriter } from "./writer.js";
import { BUILTINS_MODULE, FileScope, GLOBALS_MODULE } from "./file-scope.js";
import { assemble } from "./class-file.js";
import { parseNumberLiteral } from "../ir/number-literal.js";
import { propertyKey, topLevelName } from "./names.js";
import { numberLiteral } from "./signatures.js";

export interface GlobalScopeContent {
  /** Godot enum names in declaration order (`Error`, `Variant.Type`). */
  readonly enums: readonly string[];
  /** Plain (non-enum) numeric constants, included only when the global class is emitted. */
  readonly constants: readonly ConstantModel[];
}

/**
 * What `GlobalScope.ts` holds: every global enum and constant when the whole corpus is emitted
 * (`--all`), otherwise only the enums that emitted members use.
 */
export function globalScopeContent(ctx: EmitContext): GlobalScopeContent {
  // The resolve stage always puts @GlobalScope in the emitted set (for its enums), so "emit it
  // all" is recognised as "the whole corpus is emitted" (`--all`).
  const linked = ctx.view.linked;
  const full = linked.classes.size > 0 && linked.emitted.length >= linked.classes.size;
  const enums = ctx.view.allGlobalEnums().filter((name) => full || ctx.usage.globalEnums.has(name));
  const constants: ConstantModel[] = [];
  if (full) {
    for (const g of ctx.view.globals) {
      for (const c of g.constants)
        if (c.enum === null && parseNumberLiteral(c.value) !== null) constants.push(c);
    }
  }
  return { enums, constants };
}

/**
 * `GlobalScope.ts`: each global enum as a frozen object and a type under its verbatim name
 * (`Error`; dotted names such as `Variant.Type` become `Variant_Type`), plus
 * `GlobalScope_constants` with every member flattened in.
 */
export function emitGlobalScopeFile(ctx: EmitContext, content: GlobalScopeContent): string {
  const scope = new FileScope(GLOBALS_MODULE, ctx.view, ctx.usage);
  const w = newWriter();
  const owner = ctx.view.globals[0]?.name ?? "@GlobalScope";
  const models = content.enums
    .map((name) => [name, ctx.view.globalEnum(name)] as const)
    .filter((pair): pair is readonly [string, EnumModel] => pair[1] !== undefined);
  if (models.length > 0 || content.constants.length > 0)
    scope.importValue(BUILTINS_MODULE, "freeze");

  for (const [godotName, e] of models) {
    const ts = topLevelName(godotName);
    w.writeLine(`/** Values of the global enum \`${godotName}\`, frozen. */`);
    w.write(`export const ${ts} = freeze(`).inlineBlock(() => {
      const seen = new Set<string>();
      for (const c of e.values) {
        if (seen.has(c.name)) continue;
        seen.add(c.name);
        writeEntry(ctx, scope, owner, c, w);
      }
    });
    w.write(" as const);").newLine();
    w.writeLine(
      e.bitfield
        ? `/** A bitmask of \`${godotName}\` members: any combination with \`|\` is valid. */`
        : `/** One of the \`${godotName}\` values. */`,
    );
    w.writeLine(
      e.bitfield
        ? `export type ${ts} = number;`
        : `export type ${ts} = (typeof ${ts})[keyof typeof ${ts}];`,
    );
    w.blankLine();
  }
  if (models.length === 0 && content.constants.length === 0) return assemble(scope, w);

  w.writeLine(
    "/** Every global constant emitted here, enum members flattened in, plus each enum object. */",
  );
  w.write("export const GlobalScope_constants = freeze(").inlineBlock(() => {
    const seen = new Set<string>();
    for (const [godotName] of models) {
      seen.add(godotName);
      w.writeLine(`${propertyKey(godotName)}: ${topLevelName(godotName)},`);
    }
    for (const [, e] of models) {
      for (const c of e.values) {
        const value = parseNumberLiteral(c.value);
        if (seen.has(c.name) || value === null) continue;
        seen.add(c.name);
        w.writeLine(`${propertyKey(c.name)}: ${numberLiteral(value)},`);
      }
    }
    for (const c of content.constants) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      writeEntry(ctx, scope, owner, c, w);
    }
  });
  w.write(" as const);").newLine();
  return assemble(scope, w);
}

function writeEntry(
  ctx: EmitContext,
  scope: FileScope,
  owner: string,
  c: ConstantModel,
  w: ReturnType<typeof newWriter>,
): void {
  const value = parseNumberLiteral(c.value);
  if (value === null) return;
  const doc = docComment(ctx, scope, {
    className: owner,
    description: c.description,
    lifecycle: c,
    loc: c.loc,
  });
  writeDocumented(ctx, w, doc, `${propertyKey(c.name)}: ${numberLiteral(value)},`);
}
