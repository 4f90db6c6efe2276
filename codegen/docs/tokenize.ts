/**
 * BBCode → tokens. Godot's class reference uses a small BBCode dialect: `[tag]`, `[tag arg]`,
 * `[tag=arg]`, `[/tag]`. Anything that does not look like a tag (`array[0]`, `[ ]`, a `[` with
 * no `]` on the same line) is text. Tags whose content is literal (`[code]`, code blocks) are
 * read up to their closing tag in one raw token, so brackets inside code are never parsed.
 */

export type Token =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "open"; readonly name: string; readonly arg: string; readonly raw: string }
  | { readonly kind: "close"; readonly name: string; readonly raw: string }
  /** A literal-content tag with its matching close found: `[code]...[/code]`. */
  | {
      readonly kind: "literal";
      readonly name: string;
      readonly arg: string;
      readonly content: string;
    };

/** Tags whose content is code, taken verbatim up to the matching closing tag. */
const LITERAL_TAGS: ReadonlySet<string> = new Set(["code", "codeblock", "gdscript", "csharp"]);

/** `name`, `/name`, `name arg`, `name=arg`. Names allow `@` for `[@GlobalScope]`. */
const TAG = /^(\/?)([A-Za-z_@][A-Za-z0-9_@]*)(?:(?:=|\s+)([^\]]*))?$/;

/** Splits `source` into tokens in one left-to-right pass. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let textStart = 0;
  let pos = 0;
  /** Literal tags with no closing tag anywhere after the current position. */
  const unclosed = new Set<string>();
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ kind: "text", text: source.slice(textStart, end) });
  };

  while (pos < source.length) {
    const open = source.indexOf("[", pos);
    if (open === -1) break;
    const close = findTagEnd(source, open + 1);
    const match = close === -1 ? null : TAG.exec(source.slice(open + 1, close));
    if (close === -1 || match === null) {
      pos = open + 1;
      continue;
    }
    const closing = match[1] === "/";
    const name = match[2] ?? "";
    const arg = (match[3] ?? "").trim();
    const raw = source.slice(open, close + 1);

    if (!closing && LITERAL_TAGS.has(name)) {
      const end = unclosed.has(name) ? -1 : source.indexOf(`[/${name}]`, close + 1);
      if (end === -1) {
        // Remembered, so a run of unclosed openers does not rescan the rest each time.
        unclosed.add(name);
        // No closing tag: the opener is plain text, like any unmatched tag.
        pos = close + 1;
        continue;
      }
      flushText(open);
      tokens.push({ kind: "literal", name, arg, content: source.slice(close + 1, end) });
      pos = end + name.length + 3;
      textStart = pos;
      continue;
    }

    flushText(open);
    tokens.push(closing ? { kind: "close", name, raw } : { kind: "open", name, arg, raw });
    pos = close + 1;
    textStart = pos;
  }
  flushText(source.length);
  return tokens;
}

/** Index of the `]` ending a tag that starts at `from`, or -1 if a `[` or newline comes first. */
function findTagEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5d /* ] */) return i;
    if (c === 0x5b /* [ */ || c === 0x0a /* \n */) return -1;
  }
  return -1;
}
