import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawClassFile, RawElement } from "../ir/raw.js";
import { ElementTreeBuilder } from "./element-tree.js";
import { ROOT_ELEMENT } from "./schema.js";
import { scanTags, type ScanProblem, type TagOpening } from "./scan-tags.js";
import {
  classFileParser,
  fullClassFileParser,
  RAW_TEXT_ELEMENTS,
  XMLValidator,
  type OrderedNode,
} from "./xml-parser.js";

/** Parses one class file's text; every problem becomes a GeneratorInputError naming `file:line`. */
export function parseClassFile(text: string, file: string): RawClassFile {
  // The scan finds every well-formedness problem the reader cares about, so the (slow) full
  // validator only runs on files that are already known to be malformed.
  const scan = scanTags(text);
  if (!scan.ok) throw malformed(text, file, scan.problem);
  const roots =
    parseStructure(text, file, scan.openings) ?? parseElementsInFull(text, file, scan.openings);
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

/**
 * The fast path: the parser reads the element structure, and text-only elements' contents come
 * from the text itself (RAW_TEXT_ELEMENTS). Null for whatever it cannot take (markup inside such
 * an element, or any error at all), which is left to the full parse: every result and every
 * error is the full parse's own.
 */
function parseStructure(
  text: string,
  file: string,
  openings: readonly TagOpening[],
): RawElement[] | null {
  const structure = withoutRawText(text, openings);
  if (structure === null) return null;
  try {
    const nodes = classFileParser.parse(structure) as OrderedNode[];
    return new ElementTreeBuilder(file, openings, { source: text }).buildRoots(nodes);
  } catch {
    return null;
  }
}

/**
 * The text with every raw-text element's content cut out, leaving the element structure for the
 * parser; null when such a content holds markup (the full parse's case).
 */
export function withoutRawText(text: string, openings: readonly TagOpening[]): string | null {
  const pieces: string[] = [];
  let copied = 0;
  for (const { name, contentStart, contentEnd } of openings) {
    if (contentEnd === contentStart || !RAW_TEXT_ELEMENTS.has(name)) continue;
    const markup = text.indexOf("<", contentStart);
    if (markup !== -1 && markup < contentEnd) return null;
    pieces.push(text.slice(copied, contentStart));
    copied = contentEnd;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** The full parse: every element through fast-xml-parser, no raw-text fast path. */
export function parseElementsInFull(
  text: string,
  file: string,
  openings: readonly TagOpening[],
): RawElement[] {
  let nodes: OrderedNode[];
  try {
    nodes = fullClassFileParser.parse(text) as OrderedNode[];
  } catch (error) {
    throw malformed(text, file, {
      line: 1,
      message: error instanceof Error ? error.message : String(error),
      kind: "syntax",
    });
  }
  return new ElementTreeBuilder(file, openings).buildRoots(nodes);
}

/**
 * The validator's wording and line are usually the more precise, except where the scan knows
 * better: for a text cut short (elements left open, or markup running into the end) the
 * validator blames line 1 ("Invalid '[...]' found."), while the scan names the unclosed element
 * or the cut markup at its own line.
 */
function malformed(text: string, file: string, problem: ScanProblem): GeneratorInputError {
  if (problem.kind !== "truncated") {
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
      return new GeneratorInputError(`malformed XML: ${verdict.err.msg}`, {
        file,
        line: verdict.err.line,
      });
    }
  }
  return new GeneratorInputError(`malformed XML: ${problem.message}`, {
    file,
    line: problem.line,
  });
}
