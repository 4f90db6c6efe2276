// Inputs for the generator robustness tests: small synthesized class files whose line numbers are
// known, a very large one, real class files from ../shared (read at test time, never copied), and
// the expected line of a truncated file's first problem.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { godotDocs } from "../codegen/paths.js";

/** A real class file of the Godot reference, read from the shared checkout. */
export function realClassFile(version: "4.6.3" | "3.6", name: string): Promise<string> {
  return readFile(path.join(godotDocs, version, "doc/classes", `${name}.xml`), "utf8");
}

/** Lines of a class file; `text()` joins them, and line n (1-based) is `lines[n - 1]`. */
export class ClassLines {
  readonly lines: string[];
  constructor(lines: readonly string[]) {
    this.lines = [...lines];
  }
  text(): string {
    return `${this.lines.join("\n")}\n`;
  }
  /** The 1-based number of the first line containing `needle`; throws when absent. */
  lineOf(needle: string): number {
    const index = this.lines.findIndex((line) => line.includes(needle));
    if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
    return index + 1;
  }
  /** A copy with line n (1-based) replaced. */
  replace(n: number, line: string): ClassLines {
    const copy = [...this.lines];
    copy[n - 1] = line;
    return new ClassLines(copy);
  }
  /** A copy with `line` inserted after line n (1-based; 0 inserts first). */
  insertAfter(n: number, line: string): ClassLines {
    const copy = [...this.lines];
    copy.splice(n, 0, line);
    return new ClassLines(copy);
  }
  /** A copy without line n (1-based). */
  remove(n: number): ClassLines {
    const copy = [...this.lines];
    copy.splice(n - 1, 1);
    return new ClassLines(copy);
  }
}

/** A minimal `Object`, so a synthesized class can inherit from it and be emitted as a class. */
export const OBJECT_CLASS = new ClassLines([
  '<?xml version="1.0" encoding="UTF-8" ?>',
  '<class name="Object">',
  "\t<brief_description>",
  "\t\tBase of all classes.",
  "\t</brief_description>",
  "\t<description>",
  "\t</description>",
  "\t<tutorials>",
  "\t</tutorials>",
  "</class>",
]);

/** A small valid class touching every common element (methods, members, signals, constants). */
export const WIDGET_CLASS = new ClassLines([
  '<?xml version="1.0" encoding="UTF-8" ?>',
  '<class name="Widget" inherits="Object">',
  "\t<brief_description>",
  "\t\tA widget.",
  "\t</brief_description>",
  "\t<description>",
  "\t\tWidgets do [b]things[/b] &amp; more.",
  "\t</description>",
  "\t<tutorials>",
  '\t\t<link title="Widgets">$DOCS_URL/widgets.html</link>',
  "\t</tutorials>",
  "\t<methods>",
  '\t\t<method name="spin">',
  '\t\t\t<return type="int" />',
  '\t\t\t<param index="0" name="times" type="int" default="1" />',
  "\t\t\t<description>",
  "\t\t\t\tSpins [param times] times.",
  "\t\t\t</description>",
  "\t\t</method>",
  "\t</methods>",
  "\t<members>",
  '\t\t<member name="speed" type="float" setter="set_speed" getter="get_speed" default="1.0">',
  "\t\t\tHow fast.",
  "\t\t</member>",
  "\t</members>",
  "\t<signals>",
  '\t\t<signal name="spun">',
  '\t\t\t<param index="0" name="times" type="int" />',
  "\t\t\t<description>",
  "\t\t\t\tAfter a spin.",
  "\t\t\t</description>",
  "\t\t</signal>",
  "\t</signals>",
  "\t<constants>",
  '\t\t<constant name="MAX_SPIN" value="10">',
  "\t\t\tThe most spins.",
  "\t\t</constant>",
  "\t</constants>",
  "</class>",
]);

/** A valid class named `name` with `count` methods (7 lines each), inheriting Object. */
export function hugeClass(name: string, count: number): ClassLines {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    `<class name="${name}" inherits="Object">`,
    "\t<brief_description>",
    "\t\tMany methods.",
    "\t</brief_description>",
    "\t<description>",
    "\t</description>",
    "\t<tutorials>",
    "\t</tutorials>",
    "\t<methods>",
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `\t\t<method name="method_${i}">`,
      '\t\t\t<return type="int" />',
      `\t\t\t<param index="0" name="value" type="int" default="${i}" />`,
      "\t\t\t<description>",
      `\t\t\t\tReturns [param value] plus [code]${i}[/code].`,
      "\t\t\t</description>",
      "\t\t</method>",
    );
  }
  lines.push("\t</methods>", "</class>");
  return new ClassLines(lines);
}

/** 1-based line number of character offset `at` in `text`. */
export function lineAtOffset(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * Where a reader may rightly point for a truncated class file: the line where the innermost
 * element still open at the cut was opened, or the end of the text (its last line, or the line
 * of its last character when it ends in a newline). Computed from the tags alone; class files
 * keep `<` out of text, so a regex over tags is enough here.
 */
export function truncationLines(text: string): number[] {
  const stack: number[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^<>"]|"[^"]*")*?(\/?)>/g;
  for (let match = tag.exec(text); match !== null; match = tag.exec(text)) {
    if (match[1] === "/") stack.pop();
    else if (match[3] !== "/") stack.push(lineAtOffset(text, match.index));
  }
  const ends = [lineAtOffset(text, text.length), lineAtOffset(text, text.trimEnd().length)];
  const innermost = stack.at(-1);
  return innermost === undefined ? ends : [innermost, ...ends];
}

/** sha256 over every file under `dir` (relative path and content), for before/after checks. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(`${path.relative(dir, file)}\0`);
    hash.update(await readFile(file));
    hash.update("\0");
  }
  return `${files.length} files ${hash.digest("hex")}`;
}
