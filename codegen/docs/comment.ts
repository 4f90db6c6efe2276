/**
 * Whole doc comments: summary, remarks, block tags, each part converted from BBCode, in the
 * order TSDoc readers expect.
 */
import type { TutorialLink } from "../ir/types.js";
import { convertInto, newState } from "./convert.js";
import type { DocContext, DocText } from "./convert.js";
import { parameterName } from "../emit/names.js";
import { expandDocsUrl } from "./render.js";
import {
  breakCommentEnd,
  codeSpan,
  escapeText,
  isLinkText,
  isLinkableUrl,
  linkTag,
} from "./tsdoc-syntax.js";

export interface DocParam {
  /** Godot's parameter name; the comment uses its escaped TS name (`default` → `default_`). */
  readonly name: string;
  /** BBCode. */
  readonly description: string;
}

/** The documented parts of one declaration. Text parts are BBCode. */
export interface DocParts {
  /** Class brief description; becomes the summary. */
  readonly brief?: string;
  /** Becomes the summary when there is no brief, else `@remarks`. */
  readonly description?: string;
  /** Each becomes an `@see` link, `$DOCS_URL` expanded. */
  readonly tutorials?: readonly TutorialLink[];
  readonly params?: readonly DocParam[];
  readonly returns?: string;
  /** A Godot literal as written (`&""`, `Color(1, 1, 1, 1)`), shown as code. */
  readonly defaultValue?: string | null;
  /** `""` means deprecated without an explanation. */
  readonly deprecated?: string;
  /** `""` means experimental without an explanation. */
  readonly experimental?: string;
  /** Generator-written paragraphs, plain text (escaped here, not parsed as BBCode). */
  readonly notes?: readonly string[];
}

export interface DocComment extends Omit<DocText, "text"> {
  /** The complete `/** ... *\/` comment, or `""` when there is nothing to say. */
  readonly comment: string;
}

/** tsdoc requires a message after `@deprecated`; the XML sometimes gives none. */
const NO_DEPRECATION_MESSAGE = "Deprecated in the Godot class reference, without an explanation.";

export function buildDocComment(parts: DocParts, ctx: DocContext): DocComment {
  const state = newState(ctx);
  const convert = (bbcode: string | undefined): string =>
    bbcode ? convertInto(bbcode, state) : "";

  // Joined as they come rather than collected in arrays: this runs once per documented member,
  // and most have a description and nothing else.
  const brief = convert(parts.brief);
  const description = convert(parts.description);
  let notes = "";
  for (const note of parts.notes ?? []) {
    notes = paragraphs(notes, breakCommentEnd(escapeText(note.trim())));
  }
  const summary = brief !== "" ? brief : paragraphs(description, notes);
  const remarks = brief !== "" ? paragraphs(description !== brief ? description : "", notes) : "";

  let tags = "";
  const tag = (text: string): void => {
    tags = tags === "" ? text : `${tags}\n${text}`;
  };
  for (const param of parts.params ?? []) {
    const text = convert(param.description);
    tag(blockTag(`@param ${parameterName(param.name)} -`, text));
  }
  const returns = convert(parts.returns);
  if (returns !== "") tag(blockTag("@returns", returns));
  const defaultValue = parts.defaultValue != null ? codeSpan(parts.defaultValue) : "";
  if (defaultValue !== "") tag(`@defaultValue ${breakCommentEnd(defaultValue)}`);
  for (const tutorial of parts.tutorials ?? []) {
    tag(`@see ${tutorialLink(tutorial, ctx.docsUrl)}`);
  }
  if (parts.experimental !== undefined) {
    const text = convert(parts.experimental);
    tag(blockTag("@experimental", text));
  }
  if (parts.deprecated !== undefined) {
    const text = convert(parts.deprecated);
    tag(blockTag("@deprecated", deprecationMessage(text)));
  }

  const body = paragraphs(paragraphs(summary, remarks !== "" ? `@remarks\n${remarks}` : ""), tags);
  return {
    comment: formatComment(body),
    misses: state.misses,
    references: state.references,
    symbols: state.symbols,
  };
}

/** Two texts as paragraphs, either of which may be empty. */
function paragraphs(first: string, second: string): string {
  if (first === "") return second;
  return second === "" ? first : `${first}\n\n${second}`;
}

/**
 * tsdoc wants visible text after `@deprecated`, and a link without link text has none, so a
 * message made only of such links gets a lead-in.
 */
function deprecationMessage(text: string): string {
  if (text === "") return NO_DEPRECATION_MESSAGE;
  // Converted text never holds a literal `{@link` except in links (braces and `@` are escaped).
  const visible = text.replace(/\{@link [^}]*\}/g, "").trim();
  return visible === "" ? `Deprecated; see ${text}` : text;
}

/** A block tag and its text; a code fence must start its own line, so it goes on the next one. */
function blockTag(tag: string, text: string): string {
  if (text === "") return tag;
  return text.startsWith("```") ? `${tag}\n${text}` : `${tag} ${text}`;
}

function tutorialLink(tutorial: TutorialLink, docsUrl: string): string {
  const url = expandDocsUrl(tutorial.url.trim(), docsUrl);
  const title = tutorial.title.replace(/\s+/g, " ").trim();
  if (!isLinkableUrl(url))
    return title !== "" ? `${escapeText(title)} (${codeSpan(url)})` : codeSpan(url);
  if (title === "" || isLinkText(title)) return breakCommentEnd(linkTag(url, title));
  return `${breakCommentEnd(escapeText(title))} (${linkTag(url)})`;
}

/** Wraps TSDoc text in comment markers: one line when it fits, else ` * `-prefixed lines. */
export function formatComment(body: string): string {
  // Each part already escapes its own `*/`; this last pass covers joins between parts.
  const text = breakCommentEnd(body.trim());
  if (text === "") return "";
  if (!text.includes("\n") && !text.startsWith("@")) return `/** ${text} */`;
  const lines = text.split("\n").map((line) => (line === "" ? " *" : ` * ${line}`.trimEnd()));
  return ["/**", ...lines, " */"].join("\n");
}
