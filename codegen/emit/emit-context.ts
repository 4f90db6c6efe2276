import { CodeBlockWriter } from "ts-morph";
import type { LinkMiss } from "../ir/diagnostics.js";
import type { ClassPlanner } from "./class-plan.js";
import type { CorpusView } from "./corpus-view.js";
import type { DocRenderer, DocRequest } from "./doc-comments.js";
import type { FileScope, Usage } from "./file-scope.js";
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
}

/** A writer configured like the project's prettier settings, so formatting has little to do. */
export function newWriter(): CodeBlockWriter {
  return new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: false, newLine: "\n" });
}

/**
 * Renders a doc comment, collects its link misses, and imports its `{@link}` targets into the
 * file so editor hovers resolve them.
 */
export function docComment(ctx: EmitContext, scope: FileScope, request: DocRequest): string {
  const doc = ctx.renderDoc(request);
  ctx.misses.push(...doc.misses);
  for (const ref of [...doc.references].sort()) {
    const head = ref.split(".")[0];
    if (head === undefined) continue;
    if (ctx.view.isObjectClass(head) || ctx.view.isInterfaceBuiltin(head)) scope.classType(head);
  }
  return doc.comment;
}

/** Writes a doc comment (if any) followed by the declaration text, line by line. */
export function writeDocumented(writer: CodeBlockWriter, comment: string, text: string): void {
  for (const line of comment ? comment.split("\n") : []) writer.writeLine(line);
  for (const line of text.split("\n")) writer.writeLine(line);
}
