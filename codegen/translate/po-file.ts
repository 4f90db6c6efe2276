import { GeneratorInputError } from "../ir/diagnostics.js";

/**
 * A gettext catalogue reduced to what translation needs: msgid → msgstr for the entries that
 * count as translated (make_rst.py and polib's `translated_entries()` agree): not fuzzy, not
 * obsolete (`#~`), with a non-empty msgstr. Entries with a msgctxt are keyed `ctxt\u0004msgid`,
 * gettext's own convention. The header (msgid "") is not an entry.
 *
 * Handwritten rather than gettext-parser: that library took 3.3 s on the 5 MB zh_Hant.po of
 * Godot 4.6.3 (more than a whole-corpus generation), and the PO syntax needed here is small.
 * test/docs/translate.test.ts holds this reader equal to gettext-parser on that file.
 */
export type Catalog = ReadonlyMap<string, string>;

export const CONTEXT_SEPARATOR = "\u0004";

interface Entry {
  context: string | null;
  id: string | null;
  plural: string | null;
  strings: string[];
  fuzzy: boolean;
  /** Which field the next continuation line ("...") extends. */
  field: "context" | "id" | "plural" | number | null;
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")\s*$/;
const CONTINUATION = /^".*"\s*$/;

export function parsePo(text: string, file: string): Catalog {
  const catalog = new Map<string, string>();
  let entry = emptyEntry();
  const finish = (): void => {
    if (entry.id !== null && entry.id !== "" && !entry.fuzzy) {
      const translated = entry.strings[0] ?? "";
      if (translated !== "") {
        const key =
          entry.context === null ? entry.id : `${entry.context}${CONTEXT_SEPARATOR}${entry.id}`;
        catalog.set(key, translated);
      }
    }
    entry = emptyEntry();
  };

  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const fail = (message: string): never => {
      throw new GeneratorInputError(message, { file, line: index + 1 });
    };
    if (line === "") return;
    if (line.startsWith("#")) {
      // Obsolete entries (`#~ msgid ...`) and comments say nothing about live entries, except
      // the flags line of the entry that follows.
      if (line.startsWith("#,")) {
        if (entry.strings.length > 0) finish();
        if (
          line
            .slice(2)
            .split(",")
            .some((flag) => flag.trim() === "fuzzy")
        )
          entry.fuzzy = true;
      }
      return;
    }
    const keyword = KEYWORD.exec(line);
    if (keyword !== null) {
      const [, name = "", index_, quoted = ""] = keyword;
      const value = unquote(quoted, fail);
      if (name === "msgctxt" || (name === "msgid" && entry.strings.length > 0)) {
        // A new entry starts; the previous one (if any) is complete.
        if (entry.id !== null) finish();
      }
      if (name === "msgctxt") {
        entry.context = value;
        entry.field = "context";
      } else if (name === "msgid") {
        entry.id = value;
        entry.field = "id";
      } else if (name === "msgid_plural") {
        entry.plural = value;
        entry.field = "plural";
      } else {
        const slot = index_ === undefined ? 0 : Number(index_);
        if (entry.id === null) fail("msgstr without a msgid");
        entry.strings[slot] = value;
        entry.field = slot;
      }
      return;
    }
    if (CONTINUATION.test(line)) {
      const value = unquote(line, fail);
      const field = entry.field;
      if (field === null) fail("string continuation outside an entry");
      else if (field === "context") entry.context = (entry.context ?? "") + value;
      else if (field === "id") entry.id = (entry.id ?? "") + value;
      else if (field === "plural") entry.plural = (entry.plural ?? "") + value;
      else entry.strings[field] = (entry.strings[field] ?? "") + value;
      return;
    }
    fail(`not a PO line: ${line.slice(0, 40)}`);
  });
  finish();
  return catalog;
}

function emptyEntry(): Entry {
  return { context: null, id: null, plural: null, strings: [], fuzzy: false, field: null };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  '"': '"',
  "'": "'",
  "?": "?",
};

/** A C string literal as PO writes it: `"..."` with backslash escapes. */
function unquote(quoted: string, fail: (message: string) => never): string {
  const body = quoted.trim();
  if (body.length < 2 || !body.endsWith('"')) return fail("unterminated string");
  const inner = body.slice(1, -1);
  if (!inner.includes("\\")) {
    if (inner.includes('"')) fail("unescaped quote inside a string");
    return inner;
  }
  return inner.replace(
    /\\(?:([0-7]{1,3})|x([0-9a-fA-F]+)|(.))|(")/g,
    (_all, octal?: string, hex?: string, simple?: string, quote?: string) => {
      if (quote !== undefined) return fail("unescaped quote inside a string");
      if (octal !== undefined) return String.fromCharCode(Number.parseInt(octal, 8));
      if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
      const replacement = SIMPLE_ESCAPES[simple ?? ""];
      return replacement ?? fail(`unknown escape \\${simple ?? ""}`);
    },
  );
}
