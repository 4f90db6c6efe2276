/**
 * Tree → TSDoc text. Inline pieces are collected into paragraphs; a newline in Godot's text is a
 * paragraph break (Godot's docs put one paragraph per line); code blocks stand alone between
 * blank lines so their fences start a line, as tsdoc requires.
 */
import type { LinkMiss } from "../ir/diagnostics.js";
import type { SourceLocation } from "../ir/types.js";
import type { CrossReference, LinkResolver } from "./link-resolver.js";
import type { BBNode, ReferenceTag } from "./tree.js";
import {
  codeSpan,
  escapeText,
  fencedBlock,
  isLinkText,
  isLinkableUrl,
  linkTag,
} from "./tsdoc-syntax.js";

/** Everything rendering needs, plus the sinks it reports into. */
export interface RenderState {
  readonly className: string;
  readonly resolver: LinkResolver;
  readonly docsUrl: string;
  readonly loc?: SourceLocation;
  readonly misses: LinkMiss[];
  /** Godot classes that links point into. */
  readonly references: Set<string>;
  /** Top-level TS names that links start with. */
  readonly symbols: Set<string>;
}

const BREAK = Symbol("paragraph break");
type Piece = string | typeof BREAK | { readonly block: readonly string[] };

/** Renders a tree to TSDoc text: paragraphs and code blocks separated by blank lines. */
export function renderNodes(nodes: readonly BBNode[], state: RenderState): string {
  const pieces: Piece[] = [];
  renderInto(nodes, state, pieces);
  return joinPieces(pieces);
}

function joinPieces(pieces: readonly Piece[]): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = paragraph.join("").trim();
    if (text !== "") blocks.push(text);
    paragraph = [];
  };
  for (const piece of pieces) {
    if (piece === BREAK) flush();
    else if (typeof piece === "string") paragraph.push(piece);
    else {
      flush();
      if (piece.block.length > 0) blocks.push(piece.block.join("\n"));
    }
  }
  flush();
  return blocks.join("\n\n");
}

function renderInto(nodes: readonly BBNode[], state: RenderState, out: Piece[]): void {
  for (const node of nodes) renderNode(node, state, out);
}

function renderNode(node: BBNode, state: RenderState, out: Piece[]): void {
  switch (node.kind) {
    case "text":
      pushText(node.text, out);
      return;
    case "lineBreak":
      out.push(BREAK);
      return;
    case "code":
      out.push(codeSpan(node.content));
      return;
    case "codeblock":
      out.push({ block: fencedBlock(node.language, dedent(node.content)) });
      return;
    case "reference":
      out.push(renderReference(node.tag, node.target, state));
      return;
    case "bracketName":
      // `[Name]` is a class reference when it looks like one (Godot's docs build reports an
      // unknown one as an error too); `[word]` in lower case naming no class is just text.
      if (state.resolver.hasClass(node.name) || /^[A-Z@]/.test(node.name)) {
        out.push(renderCrossReference("class", node.name, state));
      } else pushText(node.raw, out);
      return;
    case "container":
      renderContainer(node.tag, node.arg, node.children, state, out);
      return;
  }
}

/** Plain text: escaped, each newline a paragraph break, indentation dropped. */
function pushText(text: string, out: Piece[]): void {
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (i > 0) out.push(BREAK);
    if (line !== "") out.push(escapeText(line.replace(/\t/g, " ")));
  });
}

/** Emphasis markers for the styles TSDoc text can carry as markdown. */
const EMPHASIS: Readonly<Record<string, string>> = { b: "**", i: "_", s: "~~" };

function renderContainer(
  tag: string,
  arg: string,
  children: readonly BBNode[],
  state: RenderState,
  out: Piece[],
): void {
  switch (tag) {
    case "kbd":
      out.push(codeSpan(plainText(children, state)));
      return;
    case "url":
      out.push(renderUrl(arg, children, state));
      return;
    case "codeblocks":
      // Only the code samples matter; the whitespace between them does not.
      for (const child of children) {
        if (child.kind === "text" && child.text.trim() === "") continue;
        renderNode(child, state, out);
      }
      return;
  }
  const marker = EMPHASIS[tag];
  const inner: Piece[] = [];
  renderInto(children, state, inner);
  const inline = inner.every((p) => typeof p === "string") ? (inner as string[]).join("") : null;
  if (marker !== undefined && inline !== null && inline.trim() !== "") {
    // Markdown emphasis must hug its text: keep surrounding spaces outside the markers.
    const lead = /^\s*/.exec(inline)?.[0] ?? "";
    const trail = /\s*$/.exec(inline)?.[0] ?? "";
    out.push(`${lead}${marker}${inline.trim()}${marker}${trail}`);
  } else {
    // `[u]`, `[center]`, `[color]`... or emphasis across paragraphs: keep the content only.
    out.push(...inner);
  }
}

function renderUrl(arg: string, children: readonly BBNode[], state: RenderState): string {
  const text = plainText(children, state).replace(/\s+/g, " ").trim();
  const href = expandDocsUrl(arg !== "" ? arg : text, state.docsUrl);
  if (!isLinkableUrl(href)) {
    if (text === "" || text === href) return codeSpan(href);
    return `${escapeText(text)} (${codeSpan(href)})`;
  }
  if (text === "" || text === href) return linkTag(href);
  return isLinkText(text) ? linkTag(href, text) : `${escapeText(text)} (${linkTag(href)})`;
}

export function expandDocsUrl(url: string, docsUrl: string): string {
  return url.replaceAll("$DOCS_URL", docsUrl.replace(/\/+$/, ""));
}

function renderReference(tag: ReferenceTag, target: string, state: RenderState): string {
  if (tag === "param") return codeSpan(target);
  return renderCrossReference(tag, target, state);
}

function renderCrossReference(
  tag: CrossReference["tag"],
  target: string,
  state: RenderState,
): string {
  const resolution = state.resolver.resolve({ tag, target }, state.className);
  if (resolution.kind === "link") {
    state.references.add(resolution.owner);
    state.symbols.add(resolution.symbol);
    return linkTag(resolution.declaration, resolution.label);
  }
  const miss: LinkMiss = {
    className: state.className,
    tag,
    target,
    outsideEmittedSet: resolution.outsideEmittedSet,
    ...(state.loc ? { loc: state.loc } : {}),
  };
  state.misses.push(miss);
  return codeSpan(target);
}

/** The visible text of a subtree, for places that only take text (link text, `[kbd]`). */
function plainText(nodes: readonly BBNode[], state: RenderState): string {
  let text = "";
  for (const node of nodes) {
    switch (node.kind) {
      case "text":
        text += node.text;
        break;
      case "code":
      case "codeblock":
        text += node.content;
        break;
      case "reference":
        text += node.target;
        break;
      case "bracketName":
        text += state.resolver.hasClass(node.name) ? node.name : node.raw;
        break;
      case "lineBreak":
        text += " ";
        break;
      case "container":
        text += plainText(node.children, state);
        break;
    }
  }
  return text;
}

/**
 * Code block content: the blank edges trimmed, leading tabs as 4 spaces, and the indentation
 * common to all lines removed (the XML indents code by its nesting in the file).
 */
export function dedent(code: string): string {
  const lines = code
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/^[\t ]+/, (ws) => ws.replace(/\t/g, "    ")).trimEnd());
  let common = Infinity;
  for (const line of lines) {
    if (line === "") continue;
    const indent = line.length - line.trimStart().length;
    if (indent < common) common = indent;
  }
  const cut = common === Infinity ? 0 : common;
  return lines.map((line) => line.slice(cut)).join("\n");
}
