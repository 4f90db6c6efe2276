/**
 * Descriptions in the XML are indented to the element's depth with tabs. Like Godot's make_rst.py
 * this removes the indentation every line shares and the blank lines around the text, keeping the
 * deeper indentation inside code blocks and every inner newline.
 */
export function dedentDescription(text: string): string {
  const lines = text.split("\n").map((line) => line.trimEnd());
  let first = 0;
  while (first < lines.length && lines[first] === "") first++;
  let last = lines.length - 1;
  while (last >= first && lines[last] === "") last--;
  if (first > last) return "";
  const body = lines.slice(first, last + 1);
  const indent = Math.min(...body.filter((line) => line !== "").map(leadingWhitespace));
  return body.map((line) => line.slice(indent)).join("\n");
}

function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === "\t" || line[i] === " ")) i++;
  return i;
}
