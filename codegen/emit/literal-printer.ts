import type { MetaValue } from "./default-value.js";
import { propertyKey } from "./names.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice), so metadata.ts needs no
 * formatting pass. test/emit/format-corpus.test.ts holds it to prettier's output.
 */
export function printLiteral(value: MetaValue, indent = ""): string {
  return printValue(value, indent);
}

/**
 * Strings grown by `+=` (V8 keeps them as ropes and flattens once, when the text is used): for
 * the whole-corpus metadata (6.5 MB) printing fell from ~100 to ~36 ms of profile time against
 * pushing every piece into one array and joining it.
 */
function printValue(value: MetaValue, indent: string): string {
  if (value === null || typeof value !== "object") return printScalar(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly MetaValue[];
    if (items.length === 0) return "[]";
    let out = "[\n";
    for (const item of items) out += `${inner}${printValue(item, inner)},\n`;
    return `${out}${indent}]`;
  }
  const record = value as Readonly<Record<string, MetaValue>>;
  let out = "";
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    out += `${printProperty(literalKey(key), record[key] as MetaValue, inner)},\n`;
  }
  return out === "" ? "{}" : `{\n${out}${indent}}`;
}

/** In an object literal a plain `__proto__:` key sets the prototype; a computed key does not. */
function literalKey(key: string): string {
  let printed = printedKeys.get(key);
  if (printed === undefined) {
    printed = key === "__proto__" ? '["__proto__"]' : propertyKey(key);
    printedKeys.set(key, printed);
  }
  return printed;
}

/** Metadata repeats a few dozen keys (name, type, params...) hundreds of thousands of times. */
const printedKeys = new Map<string, string>();

const PRINT_WIDTH = 100;

/**
 * `key: value`. A string too long for the line moves to the next one, indented, unless the key
 * is shorter than 5 characters (prettier's "short key" rule: tab width 2 + 3).
 */
function printProperty(key: string, value: MetaValue, indent: string): string {
  if (typeof value !== "string") return `${indent}${key}: ${printValue(value, indent)}`;
  const printed = quote(value);
  const oneLine = indent.length + key.length + 2 + printed.length;
  if (oneLine + 1 <= PRINT_WIDTH || key.length < 5) return `${indent}${key}: ${printed}`;
  return `${indent}${key}:\n${indent}  ${printed}`;
}

function printScalar(value: null | boolean | number | string): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  return String(value);
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
