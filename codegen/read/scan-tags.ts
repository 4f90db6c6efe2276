/**
 * fast-xml-parser reports no element positions, so this scan walks the text once and records the
 * line of every opening tag in document order; the tree builder pairs them up with the parsed
 * elements by index. The same pass checks tag balance, tag syntax and entity syntax, which is what
 * lets the reader skip the (slow) full validator on well-formed files.
 */

export interface TagOpening {
  readonly name: string;
  readonly line: number;
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
const START_TAG = new RegExp(String.raw`<(${NAME})(?:${ATTRIBUTE})*\s*(/?)>`, "y");
const END_TAG = new RegExp(String.raw`</(${NAME})\s*>`, "y");
const PROCESSING_INSTRUCTION = /<\?[\s\S]*?\?>/y;
const COMMENT = /<!--[\s\S]*?-->/y;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/y;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const MARKUP_START = /[<&]/g;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

export function scanTags(text: string): ScanResult {
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
  MARKUP_START.lastIndex = 0;
  for (let match = MARKUP_START.exec(text); match !== null; match = MARKUP_START.exec(text)) {
    const at = match.index;
    const stray = strayText(textStart, at);
    if (stray !== null) return stray;
    let end: number;
    if (match[0] === "&") {
      ENTITY.lastIndex = at;
      if (!ENTITY.test(text)) return fail(at, "unknown or unterminated entity reference", ";");
      end = ENTITY.lastIndex;
    } else {
      const next = text.charCodeAt(at + 1);
      if (next === 0x2f /* / */) {
        END_TAG.lastIndex = at;
        const close = END_TAG.exec(text);
        if (close === null) return fail(at, "malformed closing tag");
        const top = open.pop();
        if (top === undefined) return fail(at, `closing tag </${close[1]}> without an opening tag`);
        if (top.name !== close[1]) {
          return fail(
            at,
            `closing tag </${close[1]}> does not match <${top.name}> opened on line ${top.line}`,
          );
        }
        end = END_TAG.lastIndex;
      } else if (next === 0x3f /* ? */) {
        end = skip(PROCESSING_INSTRUCTION, text, at);
        if (end < 0) return fail(at, "unterminated processing instruction");
      } else if (next === 0x21 /* ! */) {
        end = skip(COMMENT, text, at);
        if (end < 0) end = skip(CDATA, text, at);
        if (end < 0) return fail(at, "unsupported or unterminated markup declaration");
      } else {
        START_TAG.lastIndex = at;
        const start = START_TAG.exec(text);
        if (start === null) return fail(at, "malformed opening tag or stray '<'");
        if (BAD_AMPERSAND.test(start[0]))
          return fail(at, "unknown or unterminated entity reference in an attribute");
        const repeated = repeatedAttribute(start[0]);
        if (repeated !== null)
          return fail(at, `attribute "${repeated}" is repeated on <${start[1] ?? ""}>`);
        const opening = { name: start[1] ?? "", line: lineAt(at) };
        openings.push(opening);
        if (start[2] !== "/") open.push(opening);
        end = START_TAG.lastIndex;
      }
    }
    MARKUP_START.lastIndex = end;
    textStart = end;
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

/** One attribute at a time, value included, so names are never looked for inside values. */
const EACH_ATTRIBUTE = new RegExp(String.raw`\s+(${NAME})\s*=\s*(?:"[^"<]*"|'[^'<]*')`, "g");

/**
 * XML allows each attribute once per tag ("Unique Att Spec"); fast-xml-parser would silently keep
 * the last value. Most tags have one attribute or none, so the name check runs only past that.
 */
function repeatedAttribute(tag: string): string | null {
  const first = tag.indexOf("=");
  if (first === -1 || tag.indexOf("=", first + 1) === -1) return null;
  const seen = new Set<string>();
  EACH_ATTRIBUTE.lastIndex = 0;
  for (let m = EACH_ATTRIBUTE.exec(tag); m !== null; m = EACH_ATTRIBUTE.exec(tag)) {
    const name = m[1] ?? "";
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return null;
}

function skip(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}
