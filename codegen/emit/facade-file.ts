import type { EmitContext } from "./emit-context.js";
import { newWriter } from "./writer.js";
import { topLevelName } from "./names.js";

export interface FacadeOptions {
  /** Specifier of the implementations' module, relative to the out dir (`../src/impl/index.js`). */
  readonly implementationModule: string;
  readonly classes: readonly string[];
  /** Class → a type the implementation module exports with the project's extra members. */
  readonly extensions?: Readonly<Record<string, string>>;
}

/**
 * `facade.ts` (CONTRACT.md "Facade"): binds each implementation class to its generated types.
 * The `: <Class>Static` annotation is the compile-time conformance check of the static side.
 */
export function emitFacadeFile(ctx: EmitContext, options: FacadeOptions): string {
  const w = newWriter();
  const classes = [...new Set(options.classes)].sort();
  w.writeLine(
    `// Binds the implementations in ${options.implementationModule} to their generated API.`,
  );
  const impls = classes.map((c) => `${topLevelName(c)} as ${topLevelName(c)}Impl`);
  w.writeLine(
    `import { ${impls.join(", ")} } from ${JSON.stringify(options.implementationModule)};`,
  );
  const extensions = options.extensions ?? {};
  const extensionTypes = classes.flatMap((c) => (extensions[c] ? [extensions[c]] : []));
  if (extensionTypes.length > 0) {
    w.writeLine(
      `import type { ${extensionTypes.join(", ")} } from ${JSON.stringify(options.implementationModule)};`,
    );
  }
  for (const c of classes) {
    const ts = topLevelName(c);
    w.writeLine(`import type { ${ts} as ${ts}Api, ${ts}Static } from "./${ts}.js";`);
  }
  for (const c of classes) {
    const ts = topLevelName(c);
    const plan = ctx.planner.plan(c);
    w.blankLine();
    w.writeLine(
      `/** The \`${c}\` class: its implementation, checked against the generated API. */`,
    );
    const extension = extensions[c];
    if (extension) {
      // The extra construct signature comes first so `new X()` resolves to the extended type.
      w.writeLine(`export const ${ts}: (new () => ${ts}) & ${ts}Static = ${ts}Impl;`);
      w.writeLine(`export type ${ts} = ${ts}Api & ${extension};`);
    } else {
      w.writeLine(`export const ${ts}: ${ts}Static = ${ts}Impl;`);
      w.writeLine(`export type ${ts} = ${ts}Api;`);
    }
    if (plan.enums.length === 0 && plan.signals.length === 0) continue;
    w.write(`export declare namespace ${ts}`).block(() => {
      for (const e of plan.enums) w.writeLine(`type ${e.name} = ${ts}Api.${e.name};`);
      if (plan.signals.length > 0) w.writeLine(`type Signals = ${ts}Api.Signals;`);
    });
  }
  return w.toString();
}
