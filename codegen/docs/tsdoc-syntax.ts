/**
 * Writing TSDoc that `@microsoft/tsdoc` parses without a single message. Every rule below was
 * checked against the parser: which characters need a backslash, which are forbidden inside a
 * link, when a declaration reference needs quotes.
 */

/**
 * Characters a backslash must escape in plain text. `@` would start a tag, braces an inline
 * tag, `<`/`>` HTML, a backtick a code span, `\` an escape; `*` is escaped so markdown renderers
 * do not read emphasis into prose. (`_` cannot be escaped: tsdoc rejects `\_`.)
 */
const TEXT_ESCAPES = /[\\{}@<>`*]/g;
/** The same class without `g`, so testing keeps no lastIndex between calls. */
const HAS_TEXT_ESCAPE = new RegExp(TEXT_ESCAPES.source);

/** Plain prose → TSDoc text. Newlines are kept; the caller decides what they mean. */
export function escapeText(text: string): string {
  // Most pieces need no escape; a test is cheaper than a replace that finds nothing.
  return HAS_TEXT_ESCAPE.test(text) ? text.replace(TEXT_ESCAPES, "\\$&") : text;
}

/** Neutralises a comment terminator inside literal content (code spans, code blocks). */
export function breakCommentEnd(text: string): string {
  // Called on every converted text and comment, which almost never hold one: test first.
  return text.includes("*/") ? text.replaceAll("*/", "*\\/") : text;
}

/**
 * Inline code. A tsdoc code span cannot hold a backtick or a newline and cannot be empty, so
 * content with a backtick falls back to an HTML `<code>` element with escaped text.
 */
export function codeSpan(content: string): string {
  const flat = content.replace(/\r?\n/g, " ");
  if (flat === "") return "";
  if (flat.includes("`")) return `<code>${escapeText(flat)}</code>`;
  return `\`${breakCommentEnd(flat)}\``;
}

/**
 * A fenced code block as lines. Three backticks inside the code could end the fence (tsdoc
 * even treats an indented run as a misplaced closing fence), so every run of three gets a
 * zero-width space after its second backtick. No Godot sample contains one; this keeps
 * arbitrary input safe. An empty block is dropped (tsdoc rejects it).
 */
export function fencedBlock(language: string, code: string): string[] {
  const lines = code.split("\n").map((line) =>
    breakCommentEnd(line)
      .replace(/``(?=`)/g, "``\u200b")
      .trimEnd(),
  );
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) return [];
  const info = /^[A-Za-z0-9_+#-]*$/.test(language) ? language : "";
  return ["```" + info, ...lines, "```"];
}

const TSDOC_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Words tsdoc reserves as selectors; as member names it would want them quoted. */
const SYSTEM_SELECTORS = new Set([
  "instance",
  "static",
  "constructor",
  "class",
  "enum",
  "function",
  "interface",
  "namespace",
  "type",
  "variable",
]);

/**
 * Whether a name can be one component of a `{@link}` declaration reference as is. tsdoc could
 * quote the others (`ProjectSettings."a/b"`, `X."type"`), but TypeScript resolves `{@link}`
 * names as dotted identifiers only, so a quoted component would never resolve.
 */
export function isPlainReferenceComponent(name: string): boolean {
  return TSDOC_IDENTIFIER.test(name) && !SYSTEM_SELECTORS.has(name);
}

/** Link text cannot be escaped, so it may not hold these at all. */
const LINK_TEXT_FORBIDDEN = /[{}|\\]|\*\//;

/** `{@link target}` or `{@link target | text}`; text that cannot be link text is left out. */
export function linkTag(target: string, text?: string): string {
  const label = text?.replace(/\s+/g, " ").trim();
  if (label === undefined || label === "" || label === target || LINK_TEXT_FORBIDDEN.test(label)) {
    return `{@link ${target}}`;
  }
  return `{@link ${target} | ${label}}`;
}

/** True when `text` can be used as `{@link}` text verbatim. */
export function isLinkText(text: string): boolean {
  return !LINK_TEXT_FORBIDDEN.test(text);
}

/** A URL tsdoc accepts as a link destination: a scheme, `://`, and no spaces or tsdoc syntax. */
const LINK_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s{}|\\"`<>]+$/;

export function isLinkableUrl(url: string): boolean {
  return LINK_URL.test(url) && !url.includes("*/");
}
