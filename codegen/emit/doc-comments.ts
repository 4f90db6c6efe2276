import type { Lifecycle, SourceLocation, TutorialLink } from "../ir/types.js";
import type { LinkMiss } from "../ir/diagnostics.js";

/**
 * The emit stage's view of the docs stage: what a member's doc comment is made of, and a
 * renderer that turns it into a complete `/** ... *\/` block. The BBCode → TSDoc conversion
 * itself belongs to codegen/docs; `plainDocRenderer` is a minimal stand-in for callers that
 * test the emitter on its own, without that stage's link resolution.
 */
export interface DocRequest {
  /** The class whose docs hold the text (for resolving relative references). */
  readonly className: string;
  readonly brief?: string;
  /** BBCode. */
  readonly description: string;
  readonly tutorials?: readonly TutorialLink[];
  readonly lifecycle?: Lifecycle;
  /** Godot literal shown as `@defaultValue`, as written. */
  readonly defaultValue?: string | null;
  /** Extra plain-text paragraphs written by the generator (safe text, no BBCode). */
  readonly notes?: readonly string[];
  /**
   * The element the text comes from (a member's opening tag), so a link miss names its line;
   * without it misses point at the class's file and line.
   */
  readonly loc?: SourceLocation;
}

export interface RenderedDoc {
  /** The complete comment, or "" when there is nothing to say. */
  readonly comment: string;
  /** The Godot classes that declare the comment's `{@link}` targets. */
  readonly references: ReadonlySet<string>;
  /**
   * The top-level TS names those targets start with (`TLSOptionsStatic`, `HTTPClient_Method`,
   * `Error`); the file imports them so editor hovers resolve.
   */
  readonly symbols: ReadonlySet<string>;
  readonly misses: readonly LinkMiss[];
}

export type DocRenderer = (request: DocRequest) => RenderedDoc;

/** Escapes what TSDoc or a comment terminator would misread. */
function escapeDocText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\*\//g, "*\\/")
    .replace(/([@{}<>`])/g, "\\$1");
}

const TAG = /\[(\/?)([a-z_]+)(?:[= ]([^\]]*))?\]|\[([A-Z@][\w@]*)\]/g;

/** Strips BBCode to plain text; references become their target's name. */
function plainText(bbcode: string): string {
  return bbcode.replace(TAG, (_all, _close: string, tag?: string, arg?: string, cls?: string) => {
    if (cls !== undefined) return cls;
    if (tag === "lb") return "[";
    if (tag === "rb") return "]";
    if (tag === "br") return "\n";
    return arg !== undefined && tag !== "url" && tag !== "color" && tag !== "font" ? arg : "";
  });
}

/** A stand-in renderer: plain text, escaped, with the standard block tags. */
export const plainDocRenderer: DocRenderer = (request) => {
  const paragraphs: string[] = [];
  const brief = request.brief?.trim();
  if (brief) paragraphs.push(escapeDocText(plainText(brief)));
  const description = request.description.trim();
  if (description) paragraphs.push(escapeDocText(plainText(description)));
  for (const note of request.notes ?? []) paragraphs.push(escapeDocText(note));
  const tags: string[] = [];
  for (const link of request.tutorials ?? []) {
    tags.push(`@see ${escapeDocText(link.title)}: ${escapeDocText(link.url)}`);
  }
  if (request.defaultValue != null) {
    tags.push(`@defaultValue \`${request.defaultValue.replace(/`/g, "'")}\``);
  }
  const life = request.lifecycle;
  if (life?.deprecated !== undefined) {
    tags.push(`@deprecated ${escapeDocText(plainText(life.deprecated)) || "Deprecated."}`);
  }
  if (life?.experimental !== undefined) {
    tags.push("@experimental");
    if (life.experimental) paragraphs.push(escapeDocText(plainText(life.experimental)));
  }
  return {
    comment: formatComment([...paragraphs, ...tags]),
    references: new Set(),
    symbols: new Set(),
    misses: [],
  };
};

/** Lays out blocks as a JSDoc comment, one blank line between blocks. */
export function formatComment(blocks: readonly string[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length > 0) lines.push("");
    lines.push(...block.split("\n").map((l) => l.trimEnd()));
  }
  if (lines.length === 0) return "";
  return ["/**", ...lines.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"].join("\n");
}
