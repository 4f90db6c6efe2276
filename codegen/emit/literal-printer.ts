import type { MetaValue } from "./default-value.js";
import { propertyKey } from "./names.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice), so metadata.ts needs no
 * formatting pass. test/emit/format-corpus.test.ts holds it to prettier's output.
 */
export function printLiteral(value: MetaValue, indent = ""): string {
  if (value === null || typeof value !== "object") return printScalar(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly MetaValue[];
    if (items.length === 0) return "[]";
    return `[\n${items.map((v) => `${inner}${printLiteral(v, inner)},\n`).join("")}${indent}]`;
  }
  const entries = Object.entries(value as Readonly<Record<string, MetaValue>>);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v]) => `${printProperty(propertyKey(k), v, inner)},\n`);
  return `{\n${lines.join("")}${indent}}`;
}

const PRINT_WIDTH = 100;

/**
 * `key: value`. A string too long for the line moves to the next one, indented, unless the key
 * is shorter than 5 characters (prettier's "short key" rule: tab width 2 + 3).
 */
function printProperty(key: string, value: MetaValue, indent: string): string {
  const printed = printLiteral(value, indent);
  const oneLine = `${indent}${key}: ${printed}`;
  if (typeof value !== "string" || oneLine.length + 1 <= PRINT_WIDTH || key.length < 5) {
    return oneLine;
  }
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
  const doubles = (text.match(/"/g) ?? []).length;
  const singles = (text.match(/'/g) ?? []).length;
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
