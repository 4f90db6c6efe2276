import { INDENT_UNIT, type CodeBlockWriter } from "./writer.js";
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
   * Declarations of the file being written, each with its doc comment, in the order of their
   * placeholders in the writer's text (writeDocumented); emptied once the file's slots are filled.
   */
  readonly slots: string[];
}

/**
 * Renders a doc comment ("" for none), collects its link misses, and imports every `{@link}`
 * target's head (`TLSOptionsStatic`, `HTTPClient_Method`, `Error`) into the file so editor hovers
 * resolve it: the renderer names them, as it resolved them. A linked global enum is thereby also
 * "used", so GlobalScope.ts declares it.
 */
export function docComment(ctx: EmitContext, scope: FileScope, request: DocRequest): string {
  const doc = ctx.renderDoc(request);
  // One push per miss: spreading an unbounded array as arguments overflows the stack.
  for (const miss of doc.misses) ctx.misses.push(miss);
  if (doc.comment === "") return "";
  if (doc.symbols.size === 0) return doc.comment;
  const owners = [...doc.references].sort();
  for (const head of [...doc.symbols].sort()) {
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
  return doc.comment;
}

const PLACEHOLDER = "/**@slot*/";

/**
 * Writes a declaration, after its doc comment if any, as a one-line placeholder that fillSlots
 * replaces. CodeBlockWriter inspects every character it is given, a Set lookup each, to track
 * string and comment state this output never needs, and declarations with their comments are
 * nearly all of the class files' text (~9 MB for the whole corpus): the writer lays out what is
 * between them (blocks, indentation, blank lines), and each declaration goes in afterwards where
 * the writer put its placeholder, after the indentation it wrote. Measured on the whole corpus:
 * emit ~30 ms less than with the declarations written through it (only comments were slotted
 * before), and ~23 ms less again once placeholders were found by `indexOf` and the declarations
 * indented here rather than by a regex replace over each file.
 */
export function writeDocumented(
  ctx: EmitContext,
  writer: CodeBlockWriter,
  comment: string,
  text: string,
): void {
  writer.writeLine(PLACEHOLDER);
  const indent = INDENT_UNIT.repeat(writer.getIndentationLevel());
  ctx.slots.push(indentInnerLines(comment === "" ? text : `${comment}\n${text}`, indent));
}

/** Every line after the first indented like it, empty lines left empty (as the writer does). */
function indentInnerLines(text: string, indent: string): string {
  if (indent === "" || !text.includes("\n")) return text;
  return text.replace(/\n(?!\n|$)/g, `\n${indent}`);
}

/**
 * The file's text with each placeholder replaced by its declaration, in order: the placeholder
 * text occurs nowhere else in what the writer wrote, and the declarations themselves are not
 * searched.
 */
export function fillSlots(ctx: EmitContext, text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const slot of ctx.slots) {
    const start = text.indexOf(PLACEHOLDER, copied);
    if (start === -1) throw new Error("emit: more declarations than placeholders");
    pieces.push(text.slice(copied, start), slot);
    copied = start + PLACEHOLDER.length;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** The TS symbols one class declares: `C`, `CStatic`, `C_constants`, `C_<Enum>`. */
function ownsSymbol(owner: string, head: string): boolean {
  const ts = topLevelName(owner);
  return head === ts || head === staticInterfaceName(owner) || head.startsWith(`${ts}_`);
}
