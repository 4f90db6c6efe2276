import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawElement } from "../ir/raw.js";
import type { TagOpening } from "./scan-tags.js";
import { CLASS_FILE_SCHEMA } from "./schema.js";

/**
 * Builds the element tree of a class file that `scanTags` already found well-formed, in one
 * regex pass over the text. It replaces fast-xml-parser on the read path: that parser re-did
 * the scan's tokenizing and then built a tree this module had to walk again (measured ~0.35 s of
 * the ~0.45 s read stage for the 4.6.3 corpus; this pass takes a fraction of it). It decodes
 * exactly what fast-xml-parser decoded with the reader's old options (`&amp; &lt; &gt; &quot;
 * &apos;`; numeric references stay as written; comments dropped with the text around them
 * joined; CDATA kept verbatim), and test/codegen/read-tree.test.ts holds the two trees equal
 * over the full 4.6.3 and 3.6 corpora. Malformed files never get here: the scan rejects them and
 * the full validator explains why.
 */
const NAME = String.raw`[A-Za-z_][\w.:-]*`;
const TOKEN = new RegExp(
  [
    String.raw`<!--[\s\S]*?-->`,
    String.raw`<!\[CDATA\[([\s\S]*?)\]\]>`,
    String.raw`<\?[\s\S]*?\?>`,
    String.raw`<\/(${NAME})\s*>`,
    String.raw`<(${NAME})((?:\s+${NAME}\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>`,
  ].join("|"),
  "g",
);
const ATTRIBUTE = new RegExp(String.raw`(${NAME})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decode(text: string): string {
  return text.includes("&")
    ? text.replace(ENTITY, (_all, name: string) => ENTITIES[name] ?? "")
    : text;
}

interface Open {
  readonly element: {
    name: string;
    attrs: Record<string, string>;
    text: string;
    children: RawElement[];
    line: number;
  };
  readonly allowsText: boolean;
}

/** The top-level elements of a well-formed class file, checked against the schema. */
export function buildTree(
  text: string,
  file: string,
  openings: readonly TagOpening[],
): RawElement[] {
  const roots: RawElement[] = [];
  const stack: Open[] = [];
  let next = 0;
  let pending = "";
  const error = (message: string, line: number): GeneratorInputError =>
    new GeneratorInputError(message, { file, line });

  /** A run of character data (comments inside it already dropped) ends: check and keep it. */
  const flush = (): void => {
    const top = stack[stack.length - 1];
    const piece = pending;
    pending = "";
    if (top === undefined || piece === "") return;
    if (!top.allowsText && piece.trim() !== "") {
      throw error(
        `<${top.element.name}> may not contain text ("${piece.trim().slice(0, 40)}")`,
        top.element.line,
      );
    }
    top.element.text += piece;
  };

  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    if (match.index > last) pending += decode(text.slice(last, match.index));
    last = TOKEN.lastIndex;
    const [, cdata, closing, opening, attributes, selfClosing] = match;
    if (cdata !== undefined) {
      // fast-xml-parser gives CDATA its own text node: flush around it to match.
      flush();
      pending = cdata;
      flush();
      continue;
    }
    if (closing !== undefined) {
      flush();
      const done = stack.pop();
      if (done !== undefined && stack.length === 0) roots.push(done.element);
      continue;
    }
    if (opening === undefined) continue; // comment or processing instruction
    flush();
    const name = opening;
    const paired = openings[next++];
    if (paired?.name !== name) {
      // The scan and this pass disagree on document order: a reader bug, not an input problem.
      throw new Error(`${file}: internal error pairing <${name}> with its line`);
    }
    const line = paired.line;
    const rule = CLASS_FILE_SCHEMA.get(name);
    if (rule === undefined) throw error(`unknown element <${name}>`, line);
    const parent = stack[stack.length - 1];
    if (parent !== undefined && !CLASS_FILE_SCHEMA.get(parent.element.name)?.children.has(name)) {
      throw error(`element <${name}> is not allowed inside <${parent.element.name}>`, line);
    }
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    if (attributes !== undefined && attributes !== "") {
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(attributes); a !== null; a = ATTRIBUTE.exec(attributes)) {
        const attribute = a[1] ?? "";
        if (!rule.attributes.has(attribute))
          throw error(`unknown attribute "${attribute}" on <${name}>`, line);
        // A repeated attribute: the last one wins, as it did with fast-xml-parser.
        attrs[attribute] = decode(a[2] ?? a[3] ?? "");
      }
    }
    const element = { name, attrs, text: "", children: [] as RawElement[], line };
    parent?.element.children.push(element);
    if (selfClosing === "/") {
      if (parent === undefined) roots.push(element);
    } else {
      stack.push({ element, allowsText: rule.text });
    }
  }
  return roots;
}
