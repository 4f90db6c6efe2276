import { createRequire } from "node:module";
import { CLASS_FILE_SCHEMA } from "./schema.js";

/**
 * fast-xml-parser is loaded through its CommonJS build (`lib/fxp.cjs`, one bundled file) rather
 * than its ES modules (`src/`, a tree of small files that also pulls in the builder and the v6
 * parser): ~5 ms instead of ~25 ms of every generating run's start-up. Both builds parse the
 * corpus equally fast (measured, cold and warm).
 */
const { XMLParser, XMLValidator } = createRequire(import.meta.url)(
  "fast-xml-parser",
) as typeof import("fast-xml-parser");

export { XMLValidator };

/**
 * fast-xml-parser turns tag and attribute names into object keys, and its version 5 refuses the
 * names that would reach Object.prototype (`constructor`, `__proto__`, `prototype` throw;
 * `toString` and the like go through `onDangerousProperty`). Godot's schema has a `<constructor>`
 * element, so those names get a prefix here and lose it again in the tree builder, which also
 * refuses such attributes as unknown at their line (instead of the parser failing the file on
 * line 1). `<` cannot occur in an XML name, so the prefix never meets a real name, and renaming
 * twice is harmless (the parser applies `transformTagName` twice to self-closing tags).
 */
const RENAMED_TAG_PREFIX = "<";

const RESERVED_NAMES: ReadonlySet<string> = new Set(["constructor", "__proto__", "prototype"]);

const rename = (name: string): string => RENAMED_TAG_PREFIX + name;

/** A tag or attribute name as the file spells it, without the prefix `rename` gave it. */
export function originalName(name: string): string {
  return name.startsWith(RENAMED_TAG_PREFIX) ? name.slice(RENAMED_TAG_PREFIX.length) : name;
}

/** One node of fast-xml-parser's `preserveOrder` output. */
export type OrderedNode = Record<string, unknown>;

/**
 * Tuned for the class reference: document order kept (`preserveOrder`, so elements pair with the
 * tag scan's lines by index), no value parsing or trimming (descriptions keep their whitespace),
 * the five XML entities only, and no element paths (`jPath: false`: building one per attribute
 * cost ~20 % of parse time). Attribute names come unprefixed, so each element's attribute object
 * is used as it is instead of being copied under stripped names.
 */
const FULL_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  jPath: false,
  transformTagName: (name: string) => (RESERVED_NAMES.has(name) ? rename(name) : name),
  transformAttributeName: (name: string) => (RESERVED_NAMES.has(name) ? rename(name) : name),
  onDangerousProperty: rename,
} as const;

/** Parses every element in full; the reader falls back to it (see RAW_TEXT_ELEMENTS). */
export const fullClassFileParser = new XMLParser(FULL_OPTIONS);

/**
 * The elements that hold only text (descriptions, members, constants, tutorial links, theme
 * items): most of a class file's bytes. fast-xml-parser collects character data one character at
 * a time, appending each to a string, so the fast path does not give it their content at all:
 * the tag scan knows where each one's content lies, the parser gets the text with those contents
 * cut out, and the tree builder takes each as one substring of the original text and decodes it
 * (decodeRawText). Should such an element hold markup after all (a comment, CDATA, a misplaced
 * element), the file is parsed in full with fullClassFileParser, so results and errors are
 * exactly the full parse's.
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(
  [...CLASS_FILE_SCHEMA]
    .filter(([, rule]) => rule.text && rule.children.size === 0)
    .map(([name]) => name),
);

/**
 * The fast path's parser sees the element structure only: the raw-text elements' contents are cut
 * out (RAW_TEXT_ELEMENTS), the tag scan reads the attributes (scan-tags.ts; the parser's
 * attribute handling was a third of its time on the corpus), and no entity pass runs over what is
 * left (`processEntities`), which the schema allows to be whitespace only: anything else sends
 * the file to the full parse. The scan has already refused a DOCTYPE, so the five named entities
 * are the only ones a file can use.
 */
export const classFileParser = new XMLParser({
  ...FULL_OPTIONS,
  ignoreAttributes: true,
  processEntities: false,
});

const LINE_END = /\r\n?/g;
const XML_ENTITY = /&(lt|gt|amp|quot|apos);/g;
const XML_ENTITY_TEXT: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Character data or an attribute value, taken from the text as written, the way fast-xml-parser
 * gives it in the full parse: line ends read as "\n" (XML's end-of-line handling, which it
 * applies to the whole text first), and the five named XML entities decoded in one pass
 * (`&amp;lt;` becomes `&lt;`), character references left as written (its `htmlEntities: false`
 * turns their decoding off). test/codegen/read-elements.test.ts holds the two to the same result.
 */
export function decodeRawText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(LINE_END, "\n") : raw;
  return text.includes("&")
    ? text.replace(XML_ENTITY, (_all, name: string) => XML_ENTITY_TEXT[name] as string)
    : text;
}
