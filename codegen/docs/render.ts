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

/**
 * Where rendering writes: the finished blocks so far and the paragraph being collected. Text is
 * appended as it is rendered, rather than collected as pieces and joined afterwards, because
 * this runs for every doc text of the corpus and the pieces were most of its allocation.
 */
class Output {
  /** Finished paragraphs and code blocks, separated by blank lines. */
  text = "";
  /** The current paragraph's text so far, untrimmed: `held`, then `paragraph`. */
  held = "";
  /** The part written inside the innermost container being rendered (see renderContainer). */
  paragraph = "";
  /** Paragraph breaks so far (code blocks included): a container sees if its content stayed inline. */
  breaks = 0;

  /** Ends the current paragraph; a blank one is dropped. */
  break(): void {
    this.breaks++;
    const text = (this.held + this.paragraph).trim();
    this.held = "";
    this.paragraph = "";
    if (text !== "") this.addBlock(text);
  }

  /** A code block, standing alone between paragraphs. */
  block(lines: readonly string[]): void {
    this.break();
    if (lines.length > 0) this.addBlock(lines.join("\n"));
  }

  finish(): string {
    this.break();
    return this.text;
  }

  private addBlock(block: string): void {
    this.text = this.text === "" ? block : `${this.text}\n\n${block}`;
  }
}

/** Renders a tree to TSDoc text: paragraphs and code blocks separated by blank lines. */
export function renderNodes(nodes: readonly BBNode[], state: RenderState): string {
  const out = new Output();
  renderInto(nodes, state, out);
  return out.finish();
}

function renderInto(nodes: readonly BBNode[], state: RenderState, out: Output): void {
  for (const node of nodes) renderNode(node, state, out);
}

function renderNode(node: BBNode, state: RenderState, out: Output): void {
  switch (node.kind) {
    case "text":
      pushText(node.text, out);
      return;
    case "lineBreak":
      out.break();
      return;
    case "code":
      out.paragraph += codeSpan(node.content);
      return;
    case "codeblock":
      out.block(fencedBlock(node.language, dedent(node.content)));
      return;
    case "reference":
      out.paragraph += renderReference(node.tag, node.target, state);
      return;
    case "bracketName":
      // `[Name]` is a class reference when it looks like one (Godot's docs build reports an
      // unknown one as an error too); `[word]` in lower case naming no class is just text.
      if (state.resolver.hasClass(node.name) || /^[A-Z@]/.test(node.name)) {
        out.paragraph += renderCrossReference("class", node.name, state);
      } else pushText(node.raw, out);
      return;
    case "container":
      renderContainer(node.tag, node.arg, node.children, state, out);
      return;
  }
}

/** Plain text: escaped, each newline a paragraph break, indentation dropped. */
function pushText(text: string, out: Output): void {
  // Escaping never touches tabs or newlines, so the whole text is escaped at once.
  const escaped = escapeText(text.includes("\t") ? text.replaceAll("\t", " ") : text);
  let start = 0;
  for (let end = escaped.indexOf("\n"); end !== -1; end = escaped.indexOf("\n", start)) {
    out.paragraph += escaped.slice(start, end);
    out.break();
    start = end + 1;
  }
  out.paragraph += start === 0 ? escaped : escaped.slice(start);
}

/** Emphasis markers for the styles TSDoc text can carry as markdown. */
const EMPHASIS: Readonly<Record<string, string>> = { b: "**", i: "_", s: "~~" };

function renderContainer(
  tag: string,
  arg: string,
  children: readonly BBNode[],
  state: RenderState,
  out: Output,
): void {
  switch (tag) {
    case "kbd":
      out.paragraph += codeSpan(plainText(children, state));
      return;
    case "url":
      out.paragraph += renderUrl(arg, children, state);
      return;
    case "codeblocks":
      // Only the code samples matter; the whitespace between them does not.
      for (const child of children) {
        if (child.kind === "text" && child.text.trim() === "") continue;
        renderNode(child, state, out);
      }
      return;
  }
  // The content is collected on its own (the paragraph before it is held aside) so that it
  // can be wrapped without slicing or rescanning the paragraph: a 5 MB line of tags stays linear.
  const marker = EMPHASIS[tag];
  const held = out.held;
  const before = out.paragraph;
  const breaks = out.breaks;
  out.held = held + before;
  out.paragraph = "";
  renderInto(children, state, out);
  // A break inside has already ended the held paragraph; the content's tail continues the next.
  if (out.breaks !== breaks) return;
  const inline = out.paragraph;
  out.held = held;
  out.paragraph = before + inline;
  // `[u]`, `[center]`, `[color]`... or emphasis across paragraphs: keep the content only.
  if (marker === undefined) return;
  const trimmed = inline.trim();
  if (trimmed === "") return;
  // Markdown emphasis must hug its text: keep surrounding spaces outside the markers.
  const lead = /^\s*/.exec(inline)?.[0] ?? "";
  const trail = /\s*$/.exec(inline)?.[0] ?? "";
  out.paragraph = `${before}${lead}${marker}${trimmed}${marker}${trail}`;
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
