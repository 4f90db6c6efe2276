import type { MetaValue } from "./default-value.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice, long strings on their own line),
 * so metadata.ts needs no formatting pass. test/emit/literal-printer.test.ts holds it to
 * prettier's output.
 *
 * One walk writes the final text. Earlier versions were slower on the whole-corpus metadata
 * (6.5 MB): collecting pieces in arrays and joining them (~160 ms, mostly the garbage), and
 * `JSON.stringify` followed by regex passes into prettier's shape (~100 ms: the pass that
 * unquotes ~215,000 keys alone took ~40 ms); this one takes ~50 ms. Values are JSON's plus -0,
 * NaN and the infinities; a property whose value is `undefined` is left out (MetaValue has none).
 * Arrays are always expanded, which is prettier's shape for the arrays metadata holds (of
 * objects, or empty); prettier would join a short array of scalars on one line.
 */
export function printLiteral(value: MetaValue): string {
  const out = new TextBuilder();
  printValue(out, value, "");
  return out.toString();
}

const PRINT_WIDTH = 100;
/** prettier keeps a long string beside a key shorter than this (tab width 2 + 3). */
const SHORT_KEY = 5;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends text as UTF-8 bytes into one growing buffer, decoded once at the end. Appending to a
 * JS string instead makes a rope of ~600,000 pieces for the whole-corpus metadata, and the
 * scavenger copies every live piece: measured 95 ms against 50 for the same output.
 */
class TextBuilder {
  #bytes = Buffer.allocUnsafe(1 << 16);
  #length = 0;

  add(text: string): void {
    const count = text.length;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (this.#length + count * 3 > this.#bytes.length) this.#grow(count * 3);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        // Rare (metadata is mostly ASCII): the rest of the piece goes through the encoder.
        at += bytes.write(text.slice(i), at, "utf8");
        break;
      }
      bytes[at++] = code;
    }
    this.#length = at;
  }

  #grow(extra: number): void {
    let size = this.#bytes.length * 2;
    while (size < this.#length + extra) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    this.#bytes.copy(bigger, 0, 0, this.#length);
    this.#bytes = bigger;
  }

  toString(): string {
    return this.#bytes.toString("utf8", 0, this.#length);
  }
}

function printValue(out: TextBuilder, value: MetaValue, indent: string): void {
  if (value === null || typeof value !== "object") {
    out.add(printScalar(value));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value as readonly MetaValue[];
    if (items.length === 0) {
      out.add("[]");
      return;
    }
    out.add("[");
    for (const item of items) {
      out.add("\n");
      out.add(inner);
      printValue(out, item, inner);
      out.add(",");
    }
    out.add("\n");
    out.add(indent);
    out.add("]");
    return;
  }
  const record = value as Readonly<Record<string, MetaValue>>;
  // for-in over own keys: the order JSON.stringify and prettier's input both follow (integer keys
  // first). As in JSON and the object's TS type, an undefined property is absent.
  let empty = true;
  for (const key in record) {
    const item = record[key];
    if (item === undefined || !Object.hasOwn(record, key)) continue;
    out.add(empty ? "{\n" : "\n");
    empty = false;
    const printedKey = printKey(key);
    out.add(inner);
    out.add(printedKey);
    if (typeof item === "string") {
      const printed = quote(item);
      const width = inner.length + printedKey.length + printed.length + 3; // ": " and ","
      if (width > PRINT_WIDTH && printedKey.length >= SHORT_KEY) {
        out.add(":\n");
        out.add(inner);
        out.add("  ");
      } else {
        out.add(": ");
      }
      out.add(printed);
    } else {
      out.add(": ");
      printValue(out, item, inner);
    }
    out.add(",");
  }
  if (empty) {
    out.add("{}");
    return;
  }
  out.add("\n");
  out.add(indent);
  out.add("}");
}

/** Identifiers unquoted; a plain `__proto__:` key would set the prototype, a computed one does not. */
function printKey(key: string): string {
  if (key === "__proto__") return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function printScalar(value: null | boolean | number | string): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") {
    if (Object.is(value, -0)) return "-0";
    // prettier writes `1e21`, where JS prints `1e+21`.
    const text = String(value);
    return text.includes("e+") ? text.replace("e+", "e") : text;
  }
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
