/**
 * Descriptions in the XML are indented to the element's depth with tabs. Like Godot's make_rst.py
 * this removes the indentation every line shares and the blank lines around the text, keeping the
 * deeper indentation inside code blocks and every inner newline. Trailing whitespace is cut from
 * every line, as `trimEnd` cuts it.
 *
 * It runs on every description of the corpus (~35,000 texts in 4.6.3), so lines are found by offsets instead of
 * split into arrays (one slice for the usual one-line text); test/codegen/model.test.ts holds it
 * to the split-and-trim form over every text of both corpora.
 */
export function dedentDescription(text: string): string {
  let indent = Infinity;
  let first = -1;
  let last = -1;
  let lines = 0;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = contentEnd(text, start, lineEnd);
    if (end > start) {
      if (first === -1) first = start;
      last = end;
      lines++;
      indent = Math.min(indent, leadingWhitespace(text, start, end));
    }
    start = lineEnd + 1;
  }
  if (first === -1) return "";
  if (lines === 1) return text.slice(first + indent, last);
  const out: string[] = [];
  for (let start = first; start <= last;) {
    const newline = text.indexOf("\n", start);
    const lineEnd = newline === -1 || newline > last ? last : newline;
    const end = contentEnd(text, start, lineEnd);
    out.push(end > start ? text.slice(start + indent, end) : "");
    start = lineEnd + 1;
  }
  return out.join("\n");
}

/** Where `text[start, end)` ends once trailing whitespace is cut, as `trimEnd` cuts it. */
function contentEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** What `\s` and `trimEnd` count as whitespace: ASCII tested directly, the rest by the regex. */
function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

const WHITESPACE = /\s/;

/** Tabs and spaces at the start of a line that is not blank. */
function leadingWhitespace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x20)) i++;
  return i - start;
}
