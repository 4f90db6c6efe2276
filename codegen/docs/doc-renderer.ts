/**
 * The docs stage behind the emit stage's `DocRenderer` interface (codegen/emit/doc-comments.ts),
 * so the emitter swaps its plain-text stand-in for real BBCode conversion in one line.
 */
import type { LinkedCorpus } from "../ir/linked.js";
import type { SourceLocation } from "../ir/types.js";
import type { DocRenderer, DocRequest, RenderedDoc } from "../emit/doc-comments.js";
import { buildDocComment } from "./comment.js";
import type { DocParts } from "./comment.js";
import { createLinkResolver } from "./link-resolver.js";

export interface DocRendererOptions {
  /** Versioned docs site for `$DOCS_URL`, e.g. `https://docs.godotengine.org/en/4.6`. */
  readonly docsUrl: string;
  /** Where each request's text came from, for miss locations (defaults to the class's file). */
  readonly locate?: (request: DocRequest) => SourceLocation | undefined;
}

export function createDocRenderer(linked: LinkedCorpus, options: DocRendererOptions): DocRenderer {
  const resolver = createLinkResolver(linked);
  const docsUrl = options.docsUrl;
  return render;

  function render(request: DocRequest): RenderedDoc {
    const loc = request.loc ?? options.locate?.(request) ?? linked.get(request.className)?.loc;
    const lifecycle = request.lifecycle;
    // Absent parts are left undefined rather than spread in conditionally: one object shape
    // for every request, and no temporary objects (buildDocComment treats both the same).
    const parts: DocParts = {
      brief: request.brief,
      description: request.description,
      tutorials: request.tutorials,
      defaultValue: request.defaultValue,
      deprecated: lifecycle?.deprecated,
      experimental: lifecycle?.experimental,
      notes: request.notes,
    };
    const doc = buildDocComment(parts, { className: request.className, resolver, docsUrl, loc });
    return {
      comment: doc.comment,
      references: doc.references,
      symbols: doc.symbols,
      misses: doc.misses,
    };
  }
}
