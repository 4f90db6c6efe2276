import type { EmitContext } from "./emit-context.js";
import { writeDocumented } from "./emit-context.js";
import { newWriter } from "./writer.js";
import { FileScope, STUBS_MODULE } from "./file-scope.js";
import { assemble } from "./class-file.js";
import { stubDoc, writeStubEnums } from "./builtins-file.js";
import { topLevelName } from "./names.js";

/**
 * `stubs.ts`: a declared, documented interface for every object class that emitted members
 * reference but that is outside the emitted set. Each extends its nearest emitted base, so a
 * stub is still an `Object` to the type checker; it is never `any`.
 */
export function emitStubsFile(ctx: EmitContext): string {
  const scope = new FileScope(STUBS_MODULE, ctx.view, ctx.usage);
  const w = newWriter();
  const names = new Set<string>(ctx.usage.stubs.keys());
  for (const name of ctx.view.linked.stubs) if (ctx.view.isObjectClass(name)) names.add(name);
  for (const name of [...names].sort()) {
    if (ctx.view.isEmittedObject(name)) continue;
    const model = ctx.view.get(name);
    const base = ctx.view.linked.basesOf(name).find((b) => ctx.view.isEmittedObject(b));
    const heritage = base !== undefined ? ` extends ${scope.classType(base)}` : "";
    writeDocumented(
      ctx,
      w,
      stubDoc(ctx, scope, name, model),
      `export interface ${topLevelName(name)}${heritage} {}`,
    );
    w.blankLine();
    writeStubEnums(ctx, name, ctx.usage.stubs.get(name), w);
  }
  return assemble(scope, w);
}
