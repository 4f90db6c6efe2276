/** BBCode text → TSDoc text: parse, render, and make sure no comment terminator survives. */
import type { LinkMiss } from "../ir/diagnostics.js";
import type { SourceLocation } from "../ir/types.js";
import type { LinkResolver } from "./link-resolver.js";
import { renderNodes } from "./render.js";
import type { RenderState } from "./render.js";
import { parseBBCode } from "./tree.js";
import { breakCommentEnd } from "./tsdoc-syntax.js";

export interface DocContext {
  /** The class whose docs are being converted: unqualified references resolve against it. */
  readonly className: string;
  readonly resolver: LinkResolver;
  /** Versioned docs site that `$DOCS_URL` stands for, e.g. `https://docs.godotengine.org/en/4.6`. */
  readonly docsUrl: string;
  /** Where the text came from, copied into each `LinkMiss`. */
  readonly loc?: SourceLocation;
}

export interface DocText {
  /** TSDoc text without comment markers; paragraphs and code blocks separated by blank lines. */
  readonly text: string;
  readonly misses: LinkMiss[];
  /** Godot classes the text links into (the emitter imports their declarations). */
  readonly references: Set<string>;
  /** Top-level TS names the links start with (`HTTPClient_Status`, `TLSOptionsStatic`, `Error`). */
  readonly symbols: Set<string>;
}

/** Converts one BBCode text. Never throws on any input. */
export function bbcodeToTsdoc(bbcode: string, ctx: DocContext): DocText {
  const state = newState(ctx);
  const text = convertInto(bbcode, state);
  return { text, misses: state.misses, references: state.references, symbols: state.symbols };
}

/** Same as {@link bbcodeToTsdoc}, reporting into an existing state (one comment, many texts). */
export function convertInto(bbcode: string, state: RenderState): string {
  // Godot's XML almost never holds a carriage return; checking first skips a regex pass.
  const normalized = bbcode.includes("\r") ? bbcode.replace(/\r\n?/g, "\n") : bbcode;
  // A `*` escaped as `\*` can still meet a `/`, and emphasis markers can too: the last pass
  // over the finished text catches every `*/`, wherever it came from.
  return breakCommentEnd(renderNodes(parseBBCode(normalized), state));
}

export function newState(ctx: DocContext): RenderState {
  return {
    className: ctx.className,
    resolver: ctx.resolver,
    docsUrl: ctx.docsUrl,
    loc: ctx.loc,
    misses: [],
    references: new Set(),
    symbols: new Set(),
  };
}
