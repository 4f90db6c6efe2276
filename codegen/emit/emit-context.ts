import type { CodeBlockWriter } from "./writer.js";
import type { LinkMiss } from "../ir/diagnostics.js";
import type { ClassPlanner } from "./class-plan.js";
import type { CorpusView } from "./corpus-view.js";
import type { DocRenderer, DocRequest } from "./doc-comments.js";
import type { FileScope, Usage } from "./file-scope.js";
import { GLOBALS_MODULE } from "./file-scope.js";
import { staticInterfaceName, topLevelName } from "./names.js";
import type { InheritanceIndex } from "./inheritance.js";
import type { Overrides } from "./overrides.js";

/** Shared state of one emit run. */
export interface EmitContext {
  readonly view: CorpusView;
  readonly planner: ClassPlanner;
  readonly inheritance: InheritanceIndex;
  readonly overrides: Overrides;
  readonly usage: Usage;
  readonly renderDoc: DocRenderer;
  readonly misses: LinkMiss[];
  /**
   * Rendered doc comments of the file being written, referenced from the writers' text by
   * `docSlot` placeholders; emptied once the file's slots are filled.
   */
  readonly docSlots: string[];
}

/**
 * Renders a doc comment, collects its link misses, and imports every `{@link}` target's head
 * (`TLSOptionsStatic`, `HTTPClient_Method`, `Error`) into the file so editor hovers resolve it.
 * A linked global enum is thereby also "used", so GlobalScope.ts declares it.
 */
export function docComment(ctx: EmitContext, scope: FileScope, request: DocRequest): string {
  const doc = ctx.renderDoc(request);
  // One push per miss: spreading an unbounded array as arguments overflows the stack.
  for (const miss of doc.misses) ctx.misses.push(miss);
  if (doc.comment === "") return "";
  const heads = linkHeads(doc.comment);
  // Most comments link nothing: the owners are sorted only for those that do.
  const owners = heads.length === 0 ? [] : [...doc.references].sort();
  for (const head of heads) {
    const global = ctx.view.globalEnumByTsName(head);
    if (global !== undefined) {
      ctx.usage.globalEnums.add(global);
      scope.importType(GLOBALS_MODULE, head);
      continue;
    }
    const owner = owners.find((o) => ownsSymbol(o, head));
    if (owner === undefined || !ctx.view.linked.isEmitted(owner)) continue;
    if (ctx.view.isObjectClass(owner) || ctx.view.isInterfaceBuiltin(owner)) {
      scope.importType(scope.moduleOfClass(owner), head);
    }
  }
  return docSlot(ctx, doc.comment);
}

/**
 * Doc comments are most of the output's bytes, and CodeBlockWriter inspects every character it
 * is given (string and comment state); measured, that was the largest cost of emitting the whole
 * corpus. So comments go in as one-line placeholders and `fillDocSlots` puts them back.
 */
function docSlot(ctx: EmitContext, comment: string): string {
  ctx.docSlots.push(comment);
  return `/**@doc ${ctx.docSlots.length - 1}*/`;
}

/**
 * Replaces each placeholder that starts a line with its comment, indented like the placeholder.
 * A declaration written on the placeholder's own line (writeDocumented) moves to the next line,
 * at the same indentation.
 */
export function fillDocSlots(ctx: EmitContext, text: string): string {
  return text.replace(
    /^([ \t]*)\/\*\*@doc (\d+)\*\/(.?)/gm,
    (_all, indent: string, index: string, next: string) => {
      const slot = ctx.docSlots[Number(index)] ?? "";
      const comment = indent === "" ? slot : slot.replace(/^/gm, indent);
      return next === "" ? comment : `${comment}\n${indent}${next}`;
    },
  );
}

/** The first identifier of each `{@link X.y}` target, sorted (URLs excluded). */
function linkHeads(comment: string): string[] {
  if (!comment.includes("{@link ")) return [];
  const heads = new Set<string>();
  // exec on one shared regex: matchAll would clone it and make an iterator for every comment.
  LINK_HEAD.lastIndex = 0;
  for (let m = LINK_HEAD.exec(comment); m !== null; m = LINK_HEAD.exec(comment)) {
    if (m[1] !== undefined) heads.add(m[1]);
  }
  return [...heads].sort();
}

const LINK_HEAD = /\{@link ([A-Za-z_$][\w$]*)(?![\w$]*:)/g;

/** The TS symbols one class declares: `C`, `CStatic`, `C_constants`, `C_<Enum>`. */
function ownsSymbol(owner: string, head: string): boolean {
  const ts = topLevelName(owner);
  return head === ts || head === staticInterfaceName(owner) || head.startsWith(`${ts}_`);
}

/**
 * Writes a doc comment (if any) followed by the declaration text, line by line. The comment is a
 * one-line placeholder (docSlot), written on the declaration's first line: CodeBlockWriter's cost
 * is mostly per line written (~95,000 for the whole corpus, ~35,000 of them placeholders), and
 * fillDocSlots puts the declaration back on a line of its own.
 */
export function writeDocumented(writer: CodeBlockWriter, comment: string, text: string): void {
  writeLines(writer, comment + text);
}

/** Most comments are one-line `docSlot` placeholders and most declarations one line: no split. */
function writeLines(writer: CodeBlockWriter, text: string): void {
  if (!text.includes("\n")) writer.writeLine(text);
  else for (const line of text.split("\n")) writer.writeLine(line);
}
