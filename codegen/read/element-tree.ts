import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawElement } from "../ir/raw.js";
import { NO_ATTRIBUTES, type TagOpening } from "./scan-tags.js";
import { CLASS_FILE_SCHEMA } from "./schema.js";
import { decodeRawText, originalName, RAW_TEXT_ELEMENTS, type OrderedNode } from "./xml-parser.js";

const ATTRIBUTES_KEY = ":@";
const TEXT_KEY = "#text";

/**
 * Turns fast-xml-parser's ordered output into RawElements checked against the schema. The
 * parser reports no positions, so each element takes the line of the tag scan's opening at the
 * same index in document order.
 */
export class ElementTreeBuilder {
  readonly #file: string;
  readonly #openings: readonly TagOpening[];
  /**
   * Set when the fast parser (classFileParser) made the nodes: the text it was given before
   * RAW_TEXT_ELEMENTS' contents were cut out. Those contents and every element's attributes then
   * come from the tag scan's openings.
   */
  readonly #source: string | null;
  #next = 0;

  constructor(file: string, openings: readonly TagOpening[], options: { source?: string } = {}) {
    this.#file = file;
    this.#openings = openings;
    this.#source = options.source ?? null;
  }

  /** Top-level elements (the scan already rejected text there). */
  buildRoots(nodes: readonly OrderedNode[]): RawElement[] {
    const roots: RawElement[] = [];
    for (const node of nodes) if (!(TEXT_KEY in node)) roots.push(this.#buildElement(node, null));
    return roots;
  }

  #buildElement(node: OrderedNode, parentName: string | null): RawElement {
    const key = elementKey(node);
    const name = originalName(key);
    const opening = this.#openings[this.#next++];
    if (opening?.name !== name) {
      // The scan and the parser disagree on document order: a reader bug, not an input problem.
      throw new Error(`${this.#file}: internal error pairing <${name}> with its line`);
    }
    const line = opening.line;
    const rule = CLASS_FILE_SCHEMA.get(name);
    if (rule === undefined) throw this.#error(`unknown element <${name}>`, line);
    if (parentName !== null && !CLASS_FILE_SCHEMA.get(parentName)?.children.has(name)) {
      throw this.#error(`element <${name}> is not allowed inside <${parentName}>`, line);
    }

    // The scan's or the parser's attribute object (names unprefixed, values strings:
    // parseAttributeValue is off), checked against the schema rather than copied.
    const attrs =
      this.#source !== null
        ? opening.attrs
        : ((node[ATTRIBUTES_KEY] ?? NO_ATTRIBUTES) as Readonly<Record<string, string>>);
    for (const attribute in attrs) {
      if (!rule.attributes.has(attribute)) {
        throw this.#error(`unknown attribute "${originalName(attribute)}" on <${name}>`, line);
      }
    }

    if (this.#source !== null && RAW_TEXT_ELEMENTS.has(name)) {
      const raw = this.#source.slice(opening.contentStart, opening.contentEnd);
      return { name, attrs, text: decodeRawText(raw), children: [], line };
    }
    const content = (node[key] ?? []) as OrderedNode[];
    const children: RawElement[] = [];
    let text = "";
    for (const child of content) {
      if (!(TEXT_KEY in child)) {
        children.push(this.#buildElement(child, name));
        continue;
      }
      const piece = String(child[TEXT_KEY]);
      if (!rule.text && piece.trim() !== "") {
        throw this.#error(`<${name}> may not contain text ("${piece.trim().slice(0, 40)}")`, line);
      }
      text += piece;
    }
    return { name, attrs, text, children, line };
  }

  #error(message: string, line: number): GeneratorInputError {
    return new GeneratorInputError(message, { file: this.#file, line });
  }
}

/** The one key of an element node that is not its attributes. */
function elementKey(node: OrderedNode): string {
  for (const key in node) if (key !== ATTRIBUTES_KEY) return key;
  return "";
}
