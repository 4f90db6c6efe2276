import type { LinkMiss } from "../ir/diagnostics.js";
import type { LinkedCorpus } from "../ir/linked.js";
import { ClassPlanner } from "./class-plan.js";
import { emitClassFile } from "./class-file.js";
import { emitBuiltinsFile } from "./builtins-file.js";
import { CorpusView } from "./corpus-view.js";
import { createDocRenderer } from "../docs/doc-renderer.js";
import type { DocRenderer } from "./doc-comments.js";
import type { EmitContext } from "./emit-context.js";
import { fillSlots } from "./emit-context.js";
import { emitFacadeFile } from "./facade-file.js";
import type { FacadeOptions } from "./facade-file.js";
import { BUILTINS_MODULE, GLOBALS_MODULE, STUBS_MODULE, Usage } from "./file-scope.js";
import { emitGlobalScopeFile, globalScopeContent } from "./global-scope-file.js";
import { InheritanceIndex } from "./inheritance.js";
import { emitMetadataFile } from "./metadata-file.js";
import { topLevelName } from "./names.js";
import type { Overrides } from "./overrides.js";
import { checkOverrides } from "./overrides-check.js";
import { emitStubsFile } from "./stubs-file.js";

export { loadOverrides, parseOverrides, NO_OVERRIDES } from "./overrides.js";
export type {
  Overrides,
  MethodOverride,
  PropertyOverride,
  ParamFix,
  TypeFix,
} from "./overrides.js";
export {
  escapeIdentifier,
  parameterName,
  topLevelName,
  propertyKey,
  RESERVED_WORDS,
} from "./names.js";
export type { FacadeOptions } from "./facade-file.js";
export type { DocRenderer, DocRequest, RenderedDoc } from "./doc-comments.js";
export { plainDocRenderer } from "./doc-comments.js";

export interface EmitOptions {
  readonly overrides: Overrides;
  /** Bound set only: the implemented classes and where their implementations live. */
  readonly facade: FacadeOptions | null;
  /** The versioned docs site that `$DOCS_URL` expands to. */
  readonly docsUrl: string;
  /** Turns BBCode docs into comments; defaults to the docs stage (codegen/docs). */
  readonly renderDoc?: DocRenderer;
}

export interface EmitResult {
  /** Path relative to the out dir → TS source text (unformatted). */
  readonly files: Map<string, string>;
  readonly misses: LinkMiss[];
  /** The docs stage, which runs inside emit (one comment at a time): comments rendered, time. */
  readonly docs: { readonly comments: number; readonly ms: number };
}

/**
 * The emit stage: the linked corpus → one TS source per generated file (CONTRACT.md "Files in
 * generated/"). Class files come first because they record what the shared files (builtins,
 * stubs, GlobalScope) must declare.
 */
export async function emitProject(linked: LinkedCorpus, options: EmitOptions): Promise<EmitResult> {
  const view = new CorpusView(linked);
  checkOverrides(view, options.overrides, options.facade !== null);
  const planner = new ClassPlanner(view, options.overrides);
  const render = options.renderDoc ?? createDocRenderer(linked, { docsUrl: options.docsUrl });
  const docs = { comments: 0, ms: 0 };
  // Timed per comment (~36,000 for the whole corpus, ~2 ms of clock reads) so the docs stage
  // can be reported apart from the emit stage that calls it.
  const renderDoc: DocRenderer = (request) => {
    const start = performance.now();
    const doc = render(request);
    docs.ms += performance.now() - start;
    docs.comments += 1;
    return doc;
  };
  const ctx: EmitContext = {
    view,
    planner,
    inheritance: new InheritanceIndex(planner),
    overrides: options.overrides,
    usage: new Usage(),
    renderDoc,
    misses: [],
    slots: [],
  };
  const classNames = linked.emitted.filter((name) => view.isObjectClass(name));
  const files = new Map<string, string>();
  // Each file's slots are filled as soon as it is written, so the declarations die young
  // instead of surviving, all of them, until the end of the stage.
  const emit = (write: () => string): string => {
    const text = fillSlots(ctx, write());
    ctx.slots.length = 0;
    return text;
  };
  const put = (path: string, write: () => string): void => void files.set(path, emit(write));
  for (const name of classNames) put(`${topLevelName(name)}.ts`, () => emitClassFile(ctx, name));
  put(`${BUILTINS_MODULE}.ts`, () => emitBuiltinsFile(ctx));
  put(`${STUBS_MODULE}.ts`, () => emitStubsFile(ctx));
  // GlobalScope.ts's own docs can link further global enums, which then must be declared too.
  const missesBefore = ctx.misses.length;
  let globals = globalScopeContent(ctx);
  let globalsText = emit(() => emitGlobalScopeFile(ctx, globals));
  for (let round = 0; round < 5; round++) {
    const grown = globalScopeContent(ctx);
    if (grown.enums.length === globals.enums.length) break;
    ctx.misses.length = missesBefore;
    globals = grown;
    globalsText = emit(() => emitGlobalScopeFile(ctx, globals));
  }
  files.set(`${GLOBALS_MODULE}.ts`, globalsText);
  const facade = options.facade;
  if (facade !== null) put("facade.ts", () => emitFacadeFile(ctx, facade));
  // Printed from plain data, never through docComment, so they hold no doc slots: metadata.ts
  // is ~40% of the output's bytes, which the slot scan need not read.
  files.set("metadata.ts", emitMetadataFile(ctx, classNames, globals));
  files.set("index.ts", indexFile(classNames));
  return { files: sortedByPath(files), misses: ctx.misses, docs };
}

function indexFile(classNames: readonly string[]): string {
  const modules = [
    ...classNames.map(topLevelName),
    BUILTINS_MODULE,
    GLOBALS_MODULE,
    "metadata",
    STUBS_MODULE,
  ].sort();
  return [
    "// The generated API: every class, the shared value types, stubs and runtime metadata.",
    ...modules.map((m) => `export * from "./${m}.js";`),
    "",
  ].join("\n");
}

function sortedByPath(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
