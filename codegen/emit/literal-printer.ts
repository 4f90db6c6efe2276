import type { MetaValue } from "./default-value.js";

/**
 * Prints plain data as a TS literal in the shape prettier gives it (objects expanded one key per
 * line, trailing commas, unquoted keys, prettier's quote choice, long strings on their own line),
 * so metadata.ts needs no formatting pass. test/emit/literal-printer.test.ts holds it to
 * prettier's output.
 *
 * Values are JSON's plus -0, NaN and the infinities; a property whose value is `undefined` is
 * left out (MetaValue has none). Arrays are always expanded, which is prettier's shape for the
 * arrays metadata holds (of objects, or empty); prettier would join a short array of scalars on
 * one line.
 */
export function printLiteral(value: MetaValue): string {
  const writer = new LiteralWriter();
  writeValue(writer, value);
  return writer.toString();
}

/** Writes `value` at the writer's current position (a top-level value, an array item or after a key). */
export function writeValue(writer: LiteralWriter, value: MetaValue): void {
  if (value === null || typeof value !== "object") {
    writer.scalar(value);
    return;
  }
  if (Array.isArray(value)) {
    writer.openArray();
    for (const item of value as readonly MetaValue[]) writeValue(writer, item);
    writer.close();
    return;
  }
  const record = value as Readonly<Record<string, MetaValue>>;
  writer.openObject();
  // for-in over own keys: the order JSON.stringify and prettier's input both follow (integer keys
  // first). As in JSON and the object's TS type, an undefined property is absent.
  for (const key in record) {
    const item = record[key];
    if (item === undefined || !Object.hasOwn(record, key)) continue;
    writer.key(key);
    writeValue(writer, item);
  }
  writer.close();
}

const PRINT_WIDTH = 100;
/** prettier keeps a long string beside a key shorter than this (tab width 2 + 3). */
const SHORT_KEY = 5;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a literal piece by piece in prettier's shape, so a caller that knows its data's shape
 * (the metadata file, 6.5 MB for the whole corpus) writes it straight from its model instead of
 * first building it as objects for a generic walk: measured on the whole corpus, emit took
 * ~15-20 ms less (A/B of interleaved runs). Separators, indentation and trailing commas
 * are the writer's; the caller only says what comes next: `openObject()`, `key()` then a value,
 * `openArray()` then values, `close()`.
 *
 * Earlier versions: collecting pieces in arrays and joining them (~160 ms, mostly the garbage),
 * `JSON.stringify` followed by regex passes into prettier's shape (~100 ms: the pass that unquotes
 * ~215,000 keys alone took ~40 ms).
 */
export class LiteralWriter {
  readonly #out = new TextBuilder();
  /** Per open container: its closing character and whether it has an entry yet. */
  readonly #closers: string[] = [];
  readonly #empty: boolean[] = [];
  /** The printed key an object entry's value follows; -1 when no key is waiting. */
  #keyLength = -1;

  /** Text outside any literal (declarations, `export const x = `), written as it is. */
  text(raw: string): void {
    if (this.#closers.length > 0) throw new Error("text() inside an open container");
    this.#out.add(raw);
  }

  openObject(): void {
    this.#open("{", "}");
  }

  openArray(): void {
    this.#open("[", "]");
  }

  /** Ends the innermost container, with prettier's trailing comma when it is not empty. */
  close(): void {
    const closer = this.#closers.pop();
    const empty = this.#empty.pop();
    if (closer === undefined) throw new Error("close() with nothing open");
    if (empty === false) this.#out.add(NEXT_ENTRY.at(this.#closers.length));
    this.#out.add(closer);
  }

  /** Starts an object entry; its value comes next. Identifiers unquoted, `__proto__` computed. */
  key(name: string): void {
    const printed = printKey(name);
    this.#startEntry();
    this.#out.add(printed);
    this.#keyLength = printed.length;
  }

  /** An object entry with a plain value: `key(name)` then `scalar(value)`. */
  field(name: string, value: null | boolean | number | string): void {
    this.key(name);
    this.scalar(value);
  }

  scalar(value: null | boolean | number | string): void {
    if (typeof value !== "string") {
      this.#beforeValue();
      this.#out.add(printScalar(value));
      return;
    }
    const printed = quote(value);
    const keyLength = this.#keyLength;
    if (keyLength >= 0) {
      this.#keyLength = -1;
      const inner = INDENTATION.at(this.#closers.length);
      const width = inner.length + keyLength + printed.length + 3; // ": " and ","
      if (width > PRINT_WIDTH && keyLength >= SHORT_KEY) {
        this.#out.add(":\n");
        this.#out.add(inner);
        this.#out.add("  ");
      } else {
        this.#out.add(": ");
      }
    } else {
      this.#beforeValue();
    }
    this.#out.add(printed);
  }

  toString(): string {
    if (this.#closers.length > 0) throw new Error("toString() with a container still open");
    return this.#out.toString();
  }

  #open(opener: string, closer: string): void {
    this.#beforeValue();
    this.#out.add(opener);
    this.#closers.push(closer);
    this.#empty.push(true);
  }

  /** What goes before a value: ": " after a key, or an array item's line. */
  #beforeValue(): void {
    if (this.#keyLength >= 0) {
      this.#keyLength = -1;
      this.#out.add(": ");
    } else if (this.#closers.length > 0) {
      this.#startEntry();
    }
  }

  #startEntry(): void {
    const last = this.#empty.length - 1;
    const depth = this.#closers.length;
    this.#out.add(this.#empty[last] === true ? FIRST_ENTRY.at(depth) : NEXT_ENTRY.at(depth));
    this.#empty[last] = false;
  }
}

/** `prefix` followed by two spaces per level, each built once. */
class DepthStrings {
  readonly #byDepth: string[];

  constructor(prefix: string) {
    this.#byDepth = [prefix];
  }

  at(depth: number): string {
    const byDepth = this.#byDepth;
    while (byDepth.length <= depth) byDepth.push(`${byDepth[byDepth.length - 1] as string}  `);
    return byDepth[depth] as string;
  }
}

/**
 * Two spaces per level of nesting, as prettier indents. A separator's line break is kept joined
 * with the indentation after it, so each is one add() (~1.2 million for the whole corpus).
 */
const INDENTATION = new DepthStrings("");
const FIRST_ENTRY = new DepthStrings("\n");
/** Also what ends a non-empty container: prettier's trailing comma, then the closer's line. */
const NEXT_ENTRY = new DepthStrings(",\n");

/**
 * Appends text as UTF-8 bytes into one growing buffer, decoded once at the end. Appending to a
 * JS string instead makes a rope of ~600,000 pieces for the whole-corpus metadata, and the
 * scavenger copies every live piece: measured 95 ms against 50 for the same output. (Flushing
 * short strings into the buffer, every 512 B to 64 KiB, measured slower than this loop.)
 *
 * The pieces come in every string representation V8 has (literals, concatenations, slices,
 * JSON.stringify results), so `text.charCodeAt` is a megamorphic property load on each character
 * and its call cannot be inlined. Called through `String.prototype.charCodeAt` itself, the target
 * is known and TurboFan compiles it to a direct character load: add() went from ~43 to ~17-28 ms
 * of self time on the whole corpus, emit ~35 ms less (A/B, `perf` showed the megamorphic loads).
 */
const charCodeAt = String.prototype.charCodeAt;

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
      const code = charCodeAt.call(text, i);
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
    // By four: each step copies what was written and faults in fresh pages, and the metadata
    // file grows to ~6.5 MB from 64 KiB.
    let size = this.#bytes.length * 4;
    while (size < this.#length + extra) size *= 4;
    const bigger = Buffer.allocUnsafe(size);
    this.#bytes.copy(bigger, 0, 0, this.#length);
    this.#bytes = bigger;
  }

  toString(): string {
    return this.#bytes.toString("utf8", 0, this.#length);
  }
}

/** Identifiers unquoted; a plain `__proto__:` key would set the prototype, a computed one does not. */
function printKey(key: string): string {
  if (key === "__proto__") return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function printScalar(value: null | boolean | number): string {
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
