import { applyEdits, longLines, type TextEdit } from "../text-lines.js";
import type { MetaValue } from "./default-value.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice), so metadata.ts needs no
 * formatting pass. test/emit/format-corpus.test.ts holds it to prettier's output.
 *
 * JSON.stringify does the walk (native: ~20 ms for the whole-corpus metadata's 6.5 MB); a few
 * passes over its text then give prettier's shape. A printer walking the value in JS took ~160 ms
 * for the same text, most of it collecting the pieces it allocated. Values are JSON's: a property
 * whose value is `undefined` is left out (MetaValue has none). Arrays are always expanded, which
 * is prettier's shape for the arrays metadata holds (of objects, or empty); prettier would join a
 * short array of scalars on one line.
 */
export function printLiteral(value: MetaValue): string {
  const special = hasSpecialNumber(value);
  let text = JSON.stringify(value, special ? markSpecialNumbers : undefined, 2);
  // A plain `__proto__:` key would set the prototype; a computed one does not.
  if (text.includes('"__proto__": '))
    text = text.replace(/^( *)"__proto__": /gm, '$1["__proto__"]: ');
  text = text
    .replace(/^( *)"([A-Za-z_$][A-Za-z0-9_$]*)": /gm, "$1$2: ")
    // Every entry ends with a comma; only opening lines and the last line do not.
    .replace(/([^,[{\n])\n/g, "$1,\n");
  text = mapLinesContaining(text, '\\"', requoteLine);
  if (special) text = text.replace(SPECIAL_MARK, "$1");
  // prettier writes `1e21`, where JS (and JSON) print `1e+21`.
  text = mapLinesContaining(text, "e+", (line) => line.replace(NUMBER_WITH_PLUS_EXPONENT, "$1e$2"));
  return breakLongProperties(text);
}

const PRINT_WIDTH = 100;
const KEY = String.raw`[A-Za-z_$][A-Za-z0-9_$]*|"(?:[^"\\]|\\.)*"|\["__proto__"\]`;
const DOUBLE_QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const QUOTED = String.raw`${DOUBLE_QUOTED}|'(?:[^'\\]|\\.)*'`;

/** A line holding a string value, after an optional key: `indent key: "text",`. */
const STRING_LINE = new RegExp(`^( *)(?:(${KEY}): )?(${DOUBLE_QUOTED})(,?)$`);
/** A number written with an exponent sign, alone as a value: `indent key: 1e+21,`. */
const NUMBER_WITH_PLUS_EXPONENT = new RegExp(
  `^( *(?:(?:${KEY}): )?-?\\d+(?:\\.\\d+)?)e\\+(\\d+,?)$`,
);
/** A property with a string value: `indent key: "text",` or with single quotes. */
const STRING_PROPERTY = new RegExp(`^( *)(${KEY}): (${QUOTED}),$`);

/** prettier's quote choice for a line's string value (JSON always writes double quotes). */
function requoteLine(line: string): string {
  const match = STRING_LINE.exec(line);
  if (match === null) return line;
  const [, indent, key, json, comma] = match;
  const printed = quote(JSON.parse(json as string) as string);
  return `${indent}${key === undefined ? "" : `${key}: `}${printed}${comma}`;
}

/**
 * `text` with `map` applied to each line holding `needle` (once per line). Such lines are rare,
 * so they are found with indexOf: a multiline regex over the whole 6.5 MB cost ~15 ms a pass.
 */
function mapLinesContaining(text: string, needle: string, map: (line: string) => string): string {
  const edits: TextEdit[] = [];
  for (let at = text.indexOf(needle); at !== -1;) {
    const start = text.lastIndexOf("\n", at) + 1;
    const newline = text.indexOf("\n", at);
    const end = newline === -1 ? text.length : newline;
    edits.push({ start, end, text: map(text.slice(start, end)) });
    at = text.indexOf(needle, end);
  }
  return applyEdits(text, edits);
}

/**
 * A string too long for the line moves to the next one, indented, unless the key is shorter than
 * 5 characters (prettier's "short key" rule: tab width 2 + 3).
 */
function breakLongProperties(text: string): string {
  const edits: TextEdit[] = [];
  for (const [start, end] of longLines(text, PRINT_WIDTH)) {
    const [, indent, key, printed] = STRING_PROPERTY.exec(text.slice(start, end)) ?? [];
    if (key !== undefined && key.length >= 5)
      edits.push({ start, end, text: `${indent}${key}:\n${indent}  ${printed},` });
  }
  return applyEdits(text, edits);
}

/** Double quotes unless the text holds more double than single quotes (prettier's rule). */
export function quote(text: string): string {
  const json = JSON.stringify(text);
  if (!text.includes('"')) return json;
  const doubles = (text.match(/"/g) ?? []).length;
  const singles = (text.match(/'/g) ?? []).length;
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

// JSON has no -0, NaN or Infinity: such numbers travel as marked strings and are put back.
const MARK = "\u0000godot-typed-number:";
const SPECIAL_MARK = /"\\u0000godot-typed-number:(-0|NaN|Infinity|-Infinity)"/g;

function isSpecial(value: number): boolean {
  return !Number.isFinite(value) || Object.is(value, -0);
}

function markSpecialNumbers(_key: string, value: unknown): unknown {
  return typeof value === "number" && isSpecial(value)
    ? `${MARK}${Object.is(value, -0) ? "-0" : String(value)}`
    : value;
}

function hasSpecialNumber(value: MetaValue): boolean {
  if (typeof value === "number") return isSpecial(value);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return (value as readonly MetaValue[]).some(hasSpecialNumber);
  for (const key in value) {
    if (
      Object.hasOwn(value, key) &&
      hasSpecialNumber((value as Record<string, MetaValue>)[key] as MetaValue)
    )
      return true;
  }
  return false;
}
