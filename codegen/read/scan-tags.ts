import { decodeRawText } from "./xml-parser.js";

/**
 * fast-xml-parser reports no element positions, so this scan walks the text once and records the
 * line of every opening tag in document order; the tree builder pairs them up with the parsed
 * elements by index. The same pass checks tag balance, tag syntax and entity syntax, which is what
 * lets the reader skip the (slow) full validator on well-formed files. It also reads each tag's
 * attributes, which it walks anyway to find a repeated one: the fast parser skips them, its
 * attribute handling having been a third of its time on the corpus (a regex match, an entity pass
 * and two name transforms per attribute).
 */

export interface TagOpening {
  readonly name: string;
  readonly line: number;
  /** Attribute name → value, entities decoded as fast-xml-parser decodes them. */
  readonly attrs: Readonly<Record<string, string>>;
  /**
   * Where the element's content lies in the text, [contentStart, contentEnd): empty for a
   * self-closing tag; the end is set when the closing tag is met.
   */
  readonly contentStart: number;
  contentEnd: number;
}

export interface ScanProblem {
  readonly line: number;
  readonly message: string;
  /**
   * `truncated`: the text ends inside the markup at fault or with elements still open; the
   * scan's line is then the right one (a validator only sees an unclosed root).
   */
  readonly kind: "truncated" | "syntax";
}

export type ScanResult =
  | { readonly ok: true; readonly openings: readonly TagOpening[] }
  | { readonly ok: false; readonly problem: ScanProblem };

const NAME = String.raw`[A-Za-z_][\w.:-]*`;
const ATTRIBUTE = String.raw`\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*')`;
// Sticky and capture-free: each test matches in place and allocates nothing. The scan visits
// every tag of the corpus (~300,000), and match arrays with their captured strings were ~50 MB
// of garbage per whole-corpus run (sampled with the inspector's heap profiler).
const START_TAG = new RegExp(String.raw`<${NAME}(?:${ATTRIBUTE})*\s*/?>`, "y");
const END_TAG = new RegExp(String.raw`</${NAME}\s*>`, "y");
const PROCESSING_INSTRUCTION = /<\?[\s\S]*?\?>/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

export function scanTags(text: string): ScanResult {
  // The parser reads line ends as "\n" (XML's end-of-line handling); so must the attributes.
  const hasReturn = text.includes("\r");
  const openings: TagOpening[] = [];
  const open: TagOpening[] = [];
  let line = 1;
  let countedUpTo = 0;
  const lineAt = (position: number): number => {
    for (
      let i = text.indexOf("\n", countedUpTo);
      i !== -1 && i < position;
      i = text.indexOf("\n", i + 1)
    ) {
      line++;
    }
    countedUpTo = position;
    return line;
  };
  /** `closer` ends the construct at fault: when the text never has one, it was cut short. */
  const fail = (position: number, message: string, closer = ">"): ScanResult => ({
    ok: false,
    problem: {
      line: lineAt(position),
      message,
      kind: text.includes(closer, position) ? "syntax" : "truncated",
    },
  });

  /** Character data is only allowed inside the root element; outside it, whitespace only. */
  const strayText = (from: number, to: number): ScanResult | null => {
    if (open.length > 0) return null;
    const offset = text.slice(from, to).search(/\S/);
    return offset === -1 ? null : fail(from + offset, "text outside the root element");
  };

  let textStart = 0;
  // The next "<" and "&" at or after textStart, each found with indexOf (no match objects).
  let nextTag = text.indexOf("<");
  let nextAmpersand = text.indexOf("&");
  while (nextTag !== -1 || nextAmpersand !== -1) {
    const isAmpersand = nextTag === -1 || (nextAmpersand !== -1 && nextAmpersand < nextTag);
    const at = isAmpersand ? nextAmpersand : nextTag;
    const stray = strayText(textStart, at);
    if (stray !== null) return stray;
    let end: number;
    if (isAmpersand) {
      ENTITY.lastIndex = at;
      if (!ENTITY.test(text)) return fail(at, "unknown or unterminated entity reference", ";");
      end = ENTITY.lastIndex;
    } else {
      const next = text.charCodeAt(at + 1);
      if (next === 0x2f /* / */) {
        END_TAG.lastIndex = at;
        if (!END_TAG.test(text)) return fail(at, "malformed closing tag");
        end = END_TAG.lastIndex;
        const name = text.slice(at + 2, nameEnd(text, at + 2));
        const top = open.pop();
        if (top === undefined) return fail(at, `closing tag </${name}> without an opening tag`);
        if (top.name !== name) {
          return fail(
            at,
            `closing tag </${name}> does not match <${top.name}> opened on line ${top.line}`,
          );
        }
        top.contentEnd = at;
      } else if (next === 0x3f /* ? */) {
        end = skip(PROCESSING_INSTRUCTION, text, at);
        if (end < 0) return fail(at, "unterminated processing instruction");
      } else if (next === 0x21 /* ! */) {
        end = skip(COMMENT, text, at);
        if (end < 0) end = skip(CDATA, text, at);
        if (end < 0) return fail(at, "unsupported or unterminated markup declaration");
      } else {
        end = skip(START_TAG, text, at);
        if (end < 0) return fail(at, "malformed opening tag or stray '<'");
        const name = text.slice(at + 1, nameEnd(text, at + 1));
        const hasEntity = nextAmpersand !== -1 && nextAmpersand < end;
        if (hasEntity && BAD_AMPERSAND.test(text.slice(at, end)))
          return fail(at, "unknown or unterminated entity reference in an attribute");
        const attrs = readAttributes(text, at + 1 + name.length, end, hasEntity || hasReturn);
        if (typeof attrs === "string")
          return fail(at, `attribute "${attrs}" is repeated on <${name}>`);
        const opening: TagOpening = {
          name,
          line: lineAt(at),
          attrs,
          contentStart: end,
          contentEnd: end,
        };
        openings.push(opening);
        // The tag matched START_TAG, so it ends in "/>" exactly when it closes itself.
        if (text.charCodeAt(end - 2) !== 0x2f /* / */) open.push(opening);
      }
    }
    textStart = end;
    if (nextTag !== -1 && nextTag < end) nextTag = text.indexOf("<", end);
    if (nextAmpersand !== -1 && nextAmpersand < end) nextAmpersand = text.indexOf("&", end);
  }
  const trailing = strayText(textStart, text.length);
  if (trailing !== null) return trailing;
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    return {
      ok: false,
      problem: {
        line: unclosed.line,
        message: `<${unclosed.name}> is never closed`,
        kind: "truncated",
      },
    };
  }
  return { ok: true, openings };
}

/** Where the name starting at `from` ends; the caller's regex has already checked its syntax. */
function nameEnd(text: string, from: number): number {
  let i = from;
  for (let code = text.charCodeAt(i); !isNameEnd(code); code = text.charCodeAt(++i));
  return i;
}

/** Whitespace, "/", ">", "=" or past the end: what can follow a name in a well-formed tag. */
function isNameEnd(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x2f ||
    code === 0x3e ||
    code === 0x3d ||
    Number.isNaN(code)
  );
}

/** The attributes of a tag that has none, shared (the scan and the full parse's tree builder). */
export const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** The names seen so far in one tag, reused from tag to tag. */
const seenNames: string[] = [];

/**
 * The attributes of a tag START_TAG already matched (from `from` to `end`), as fast-xml-parser
 * gives them (decodeRawText, skipped when the tag holds no entity and the file no "\r"); or the
 * name of one given twice. XML allows each attribute once per tag ("Unique Att Spec"), where
 * fast-xml-parser would silently keep the last value.
 */
function readAttributes(
  text: string,
  from: number,
  end: number,
  needsDecoding: boolean,
): Readonly<Record<string, string>> | string {
  let attrs: Record<string, string> | null = null;
  let count = 0;
  let i = from;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0x2f || code === 0x3e || code <= 0x20) {
      i++;
      continue;
    }
    const nameStart = i;
    i = nameEnd(text, i);
    const name = text.slice(nameStart, i);
    for (let k = 0; k < count; k++) if (seenNames[k] === name) return name;
    seenNames[count++] = name;
    // Past "=" to the quote, then past the closing quote (values hold no quote of their own kind).
    while (text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x27) i++;
    const close = text.indexOf(text[i] as string, i + 1);
    const raw = text.slice(i + 1, close);
    const value = needsDecoding ? decodeRawText(raw) : raw;
    attrs ??= {};
    // A plain assignment to "__proto__" would set the prototype instead of an own property, and
    // the schema check would never see the name; defined, it is refused like any unknown name.
    if (name === "__proto__") Object.defineProperty(attrs, name, { value, enumerable: true });
    else attrs[name] = value;
    i = close + 1;
  }
  return attrs ?? NO_ATTRIBUTES;
}

function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
