/**
 * The cheap path of the format stage. The emitter already writes prettier's layout (2-space
 * indents, double quotes, semicolons, trailing commas, one blank line between declarations);
 * what is left for prettier is breaking the few code lines longer than the print width (a long
 * method signature, import or type alias) and the final newline. So only those lines go through
 * prettier, each inside a minimal wrapper that reproduces its context (an interface member, a
 * namespace type), all in one prettier call. A file holding a long line of any other shape is
 * left to prettier whole. test/emit/format-corpus.test.ts checks the result equals prettier's
 * own over both full Godot corpora.
 */

import { longLines } from "./text-lines.js";

/** How to put one long line back in context so prettier lays it out as in its file. */
interface Wrapper {
  readonly before: string;
  readonly after: string;
  /** Lines of prettier's output to drop at the start and end of the snippet. */
  readonly dropStart: number;
  readonly dropEnd: number;
}

const TOP_LEVEL: Wrapper = { before: "", after: "", dropStart: 0, dropEnd: 0 };
/** A block opener (`export interface X extends Omit<...> {`): a dummy member keeps it open. */
const BLOCK_OPENER: Wrapper = { before: "", after: "\n  __fmt: 0;\n}", dropStart: 0, dropEnd: 2 };
const INTERFACE_MEMBER: Wrapper = {
  before: "interface __fmt {\n",
  after: "\n}",
  dropStart: 1,
  dropEnd: 1,
};
const NAMESPACE_MEMBER: Wrapper = {
  before: "declare namespace __fmt {\n",
  after: "\n}",
  dropStart: 1,
  dropEnd: 1,
};
const NESTED_MEMBER: Wrapper = {
  before: "declare namespace __fmt {\n  interface __fmt {\n",
  after: "\n  }\n}",
  dropStart: 2,
  dropEnd: 2,
};

function isComment(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith("*") || t.startsWith("/*") || t.startsWith("//");
}

/**
 * Lines prettier leaves long because a string cannot break: `key: "..."` with a key shorter than
 * 5 characters (prettier's "short key" rule; longer keys break after the colon, which
 * codegen/emit/literal-printer.ts does itself), or a string alone on its line.
 */
const STRING = `(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*')`;
const UNBREAKABLE_PROPERTY = new RegExp(`^ +(?:[\\w$]{1,4}: )?${STRING},$`);

/** The wrapper for a long code line, or null when its shape is not one this path knows. */
function wrapperFor(line: string): Wrapper | null {
  if (/^import (type )?\{.*\} from "[^"]+";$/.test(line)) return TOP_LEVEL;
  if (/^export type \w+ = .*;$/.test(line)) return TOP_LEVEL;
  if (/^export (interface|declare namespace) [^{]*\{$/.test(line)) return BLOCK_OPENER;
  if (/^export interface [^{]*\{\}$/.test(line)) return TOP_LEVEL;
  if (/^ {2}type \w+ = .*;$/.test(line)) return NAMESPACE_MEMBER;
  if (/^ {2}[^ ].*;$/.test(line)) return INTERFACE_MEMBER;
  if (/^ {4}[^ ].*;$/.test(line)) return NESTED_MEMBER;
  return null;
}

export interface LongLine {
  readonly file: string;
  /** Where the line starts in its file's text, and where it ends (its newline excluded). */
  readonly start: number;
  readonly end: number;
  readonly wrapper: Wrapper;
  readonly line: string;
}

/**
 * The long code lines of a file's text, or null when one of them has a shape this path does not
 * know.
 */
export function findLongLines(file: string, text: string, width: number): LongLine[] | null {
  const found: LongLine[] = [];
  for (const [start, end] of longLines(text, width)) {
    const line = text.slice(start, end);
    if (isComment(line) || UNBREAKABLE_PROPERTY.test(line)) continue;
    const wrapper = wrapperFor(line);
    if (wrapper === null) return null;
    found.push({ file, start, end, wrapper, line });
  }
  return found;
}

const MARKER = /^\/\/ @@fmt (\d+)$/;

/** One source text holding every long line in its wrapper, each after a numbered marker. */
export function snippetSource(longLines: readonly LongLine[]): string {
  return longLines
    .map((l, i) => `// @@fmt ${i}\n${l.wrapper.before}${l.line}${l.wrapper.after}\n`)
    .join("\n");
}

/** Splits prettier's output of `snippetSource` back into each line's replacement lines. */
export function splitSnippets(formatted: string, longLines: readonly LongLine[]): string[][] {
  const segments: string[][] = longLines.map(() => []);
  let current: string[] | undefined;
  for (const line of formatted.split("\n")) {
    const marker = MARKER.exec(line);
    if (marker) {
      current = segments[Number(marker[1])];
      continue;
    }
    current?.push(line);
  }
  return segments.map((segment, i) => {
    const lines = [...segment];
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    const wrapper = longLines[i]?.wrapper ?? TOP_LEVEL;
    return lines.slice(wrapper.dropStart, lines.length - wrapper.dropEnd);
  });
}
