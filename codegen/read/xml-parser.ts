import { createRequire } from "node:module";

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
export const RENAMED_TAG_PREFIX = "<";

const RESERVED_NAMES: ReadonlySet<string> = new Set(["constructor", "__proto__", "prototype"]);

const rename = (name: string): string => RENAMED_TAG_PREFIX + name;

/** One node of fast-xml-parser's `preserveOrder` output. */
export type OrderedNode = Record<string, unknown>;

/**
 * Tuned for the class reference: document order kept (`preserveOrder`, so elements pair with the
 * tag scan's lines by index), no value parsing or trimming (descriptions keep their whitespace),
 * the five XML entities only, and no element paths (`jPath: false`: building one per attribute
 * cost ~20 % of parse time). Attribute names come unprefixed, so each element's attribute object
 * is used as it is instead of being copied under stripped names.
 */
export const classFileParser = new XMLParser({
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
  transformTagName: (name) => (RESERVED_NAMES.has(name) ? rename(name) : name),
  transformAttributeName: (name) => (RESERVED_NAMES.has(name) ? rename(name) : name),
  onDangerousProperty: rename,
});
