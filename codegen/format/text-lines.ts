/**
 * Line edits of large generated texts by offsets (the whole corpus is ~17 MB, metadata.ts alone
 * 6.5 MB): splitting them into lines allocated hundreds of thousands of strings only to change a
 * few hundred lines. Used by the format stage for long code lines.
 */

/** A range of a text, `end` excluded, and what replaces it. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The lines of `text` longer than `width`, as [start, end) offsets (the newline excluded). */
export function* longLines(text: string, width: number): Generator<readonly [number, number]> {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > width) yield [start, end];
    start = end + 1;
  }
}

/** `text` with `edits` (in ascending, non-overlapping order) applied; `text` itself when none. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    pieces.push(text.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}
