import { XMLParser, XMLValidator } from "fast-xml-parser";
import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawClassFile, RawElement } from "../ir/raw.js";
import { CLASS_FILE_SCHEMA, ROOT_ELEMENT } from "./schema.js";
import { scanTags, type TagOpening } from "./scan-tags.js";

/**
 * Tag names become object keys in fast-xml-parser's output, and a bare `constructor` key collides
 * with Object.prototype (the parser rejects it). Prefixing every tag keeps all names safe; the
 * prefix is stripped again when the tree is built. `<` cannot occur in an XML name, so the prefix
 * never meets a real name, and the transform is idempotent because the parser applies it twice
 * to self-closing tags.
 */
const TAG_PREFIX = "<";

const parser = new XMLParser({
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
  // No callback needs the element path; building it per attribute costs ~20% of parse time.
  jPath: false,
  transformTagName: (name) => (name.startsWith(TAG_PREFIX) ? name : TAG_PREFIX + name),
});

/** One node of fast-xml-parser's `preserveOrder` output. */
type OrderedNode = Record<string, unknown>;

/** Parses one class file's text; every problem becomes a GeneratorInputError naming `file:line`. */
export function parseClassFile(text: string, file: string): RawClassFile {
  const scan = scanTags(text);
  if (!scan.ok) throw malformed(text, file, scan.problem);
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (error) {
    throw malformed(text, file, {
      line: 1,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const builder = new TreeBuilder(file, scan.openings);
  const roots = builder.buildRoots(nodes);
  const root = roots[0];
  if (root === undefined) throw new GeneratorInputError("no root element", { file, line: 1 });
  if (roots.length > 1) {
    throw new GeneratorInputError("more than one root element", {
      file,
      line: roots[1]?.line ?? 1,
    });
  }
  if (root.name !== ROOT_ELEMENT) {
    throw new GeneratorInputError(`root element is <${root.name}>, expected <${ROOT_ELEMENT}>`, {
      file,
      line: root.line,
    });
  }
  return { file, root };
}

/** Prefers the full validator's diagnosis (precise message and line); falls back to the scan's. */
function malformed(
  text: string,
  file: string,
  fallback: { line: number; message: string },
): GeneratorInputError {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    return new GeneratorInputError(`malformed XML: ${verdict.err.msg}`, {
      file,
      line: verdict.err.line,
    });
  }
  return new GeneratorInputError(`malformed XML: ${fallback.message}`, {
    file,
    line: fallback.line,
  });
}

class TreeBuilder {
  readonly #file: string;
  readonly #openings: readonly TagOpening[];
  #next = 0;

  constructor(file: string, openings: readonly TagOpening[]) {
    this.#file = file;
    this.#openings = openings;
  }

  /** Top-level elements (text there was rejected before). */
  buildRoots(nodes: readonly OrderedNode[]): RawElement[] {
    return nodes.filter((node) => !("#text" in node)).map((node) => this.#buildElement(node, null));
  }

  #buildElement(node: OrderedNode, parent: RawElement | null): RawElement {
    const key = Object.keys(node).find((k) => k !== ":@") ?? "";
    const name = key.startsWith(TAG_PREFIX) ? key.slice(TAG_PREFIX.length) : key;
    const opening = this.#openings[this.#next++];
    if (opening?.name !== name) {
      // The scan and the parser disagree on document order: a reader bug, not an input problem.
      throw new Error(`${this.#file}: internal error pairing <${name}> with its line`);
    }
    const line = opening.line;
    const rule = CLASS_FILE_SCHEMA.get(name);
    if (rule === undefined) throw this.#error(`unknown element <${name}>`, line);
    if (parent !== null && !CLASS_FILE_SCHEMA.get(parent.name)?.children.has(name)) {
      throw this.#error(`element <${name}> is not allowed inside <${parent.name}>`, line);
    }

    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    const given = node[":@"] as Record<string, unknown> | undefined;
    if (given !== undefined) {
      for (const [attribute, value] of Object.entries(given)) {
        if (!rule.attributes.has(attribute)) {
          throw this.#error(`unknown attribute "${attribute}" on <${name}>`, line);
        }
        attrs[attribute] = String(value);
      }
    }

    const content = (node[key] ?? []) as OrderedNode[];
    const children: RawElement[] = [];
    const element: RawElement = { name, attrs, text: "", children, line };
    let text = "";
    for (const child of content) {
      if (!("#text" in child)) {
        children.push(this.#buildElement(child, element));
        continue;
      }
      const piece = String(child["#text"]);
      if (!rule.text && piece.trim() !== "") {
        throw this.#error(`<${name}> may not contain text ("${piece.trim().slice(0, 40)}")`, line);
      }
      text += piece;
    }
    return { ...element, text };
  }

  #error(message: string, line: number): GeneratorInputError {
    return new GeneratorInputError(message, { file: this.#file, line });
  }
}
