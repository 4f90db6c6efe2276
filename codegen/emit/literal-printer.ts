import type { MetaValue } from "./default-value.js";
import { propertyKey } from "./names.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice), so metadata.ts needs no
 * formatting pass. test/emit/format-corpus.test.ts holds it to prettier's output.
 */
export function printLiteral(value: MetaValue, indent = ""): string {
  // Pieces go into one array joined once: building nested strings level by level copied the
  // whole-corpus metadata (several MB) once per nesting level.
  const out: string[] = [];
  printInto(out, value, indent);
  return out.join("");
}

function printInto(out: string[], value: MetaValue, indent: string): void {
  if (value === null || typeof value !== "object") {
    out.push(printScalar(value));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly MetaValue[];
    if (items.length === 0) {
      out.push("[]");
      return;
    }
    out.push("[\n");
    for (const item of items) {
      out.push(inner);
      printInto(out, item, inner);
      out.push(",\n");
    }
    out.push(indent, "]");
    return;
  }
  const entries = Object.entries(value as Readonly<Record<string, MetaValue>>);
  if (entries.length === 0) {
    out.push("{}");
    return;
  }
  out.push("{\n");
  for (const [key, item] of entries) {
    printProperty(out, literalKey(key), item, inner);
    out.push(",\n");
  }
  out.push(indent, "}");
}

/** In an object literal a plain `__proto__:` key sets the prototype; a computed key does not. */
function literalKey(key: string): string {
  return key === "__proto__" ? '["__proto__"]' : propertyKey(key);
}

const PRINT_WIDTH = 100;

/**
 * `key: value`. A string too long for the line moves to the next one, indented, unless the key
 * is shorter than 5 characters (prettier's "short key" rule: tab width 2 + 3).
 */
function printProperty(out: string[], key: string, value: MetaValue, indent: string): void {
  if (typeof value !== "string") {
    out.push(indent, key, ": ");
    printInto(out, value, indent);
    return;
  }
  const printed = quote(value);
  const oneLine = indent.length + key.length + 2 + printed.length;
  if (oneLine + 1 <= PRINT_WIDTH || key.length < 5) out.push(indent, key, ": ", printed);
  else out.push(indent, key, ":\n", indent, "  ", printed);
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
