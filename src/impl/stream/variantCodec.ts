/**
 * Godot's binary Variant serialization (core/io/marshalls.cpp, `encode_variant`/`decode_variant`),
 * for the Variant forms this API has in JS: null, bool, int, float, String, Array, Dictionary and
 * the packed arrays with a JS counterpart. It is what StreamPeer.put_var/get_var and
 * var_to_bytes use on the wire: a u32 header (type in the low byte, flags above), then the
 * payload, little endian, padded to 4 bytes after strings and byte arrays.
 *
 * JS → Godot types: an integer number is an int (32-bit payload when it fits, else 64-bit with
 * ENCODE_FLAG_64), any other number a float (32-bit when exact as float32, else 64-bit);
 * Uint8Array/Int32Array/Float32Array/Float64Array are the packed arrays; JS arrays are Arrays;
 * plain objects are Dictionaries with String keys. Decoding yields the same forms;
 * PackedInt64Array decodes to number[], PackedStringArray to string[] and StringName to a string;
 * Dictionary keys that are not strings become their JSON text (the JS Dictionary is string-keyed).
 *
 * Not supported (VariantCodecError): Objects (ids or full objects), Callables, Signals, NodePath,
 * typed Arrays/Dictionaries and the math value types (Vector2, Color, ...), which have no JS
 * value form in this API.
 */

import { Reader, VariantCodecError, Writer } from "./variantBytes.js";

export { VariantCodecError };

const TYPE = {
  NIL: 0,
  BOOL: 1,
  INT: 2,
  FLOAT: 3,
  STRING: 4,
  STRING_NAME: 21,
  DICTIONARY: 27,
  ARRAY: 28,
  PACKED_BYTE_ARRAY: 29,
  PACKED_INT32_ARRAY: 30,
  PACKED_INT64_ARRAY: 31,
  PACKED_FLOAT32_ARRAY: 32,
  PACKED_FLOAT64_ARRAY: 33,
  PACKED_STRING_ARRAY: 34,
} as const;
const ENCODE_FLAG_64 = 1 << 16;
/** Typed Array / Dictionary element-type fields in the header (bits 16-19); untyped is 0. */
const CONTAINER_TYPE_MASK = 0b1111 << 16;
/** The engine refuses deeper nesting too (Variant MAX_RECURSION_DEPTH). */
const MAX_DEPTH = 1024;

export function encodeVariant(value: unknown): Uint8Array {
  const writer = new Writer();
  encodeInto(writer, value, 0);
  return writer.result();
}

function encodeString(writer: Writer, text: string): void {
  const utf8 = new TextEncoder().encode(text);
  writer.u32(utf8.length);
  writer.bytes(utf8);
  writer.padTo4();
}

function encodeInto(writer: Writer, value: unknown, depth: number): void {
  if (depth > MAX_DEPTH) throw new VariantCodecError("Variant nesting is too deep to encode");
  if (value === null || value === undefined) return writer.u32(TYPE.NIL);
  if (typeof value === "boolean") {
    writer.u32(TYPE.BOOL);
    return writer.u32(value ? 1 : 0);
  }
  if (typeof value === "number") return encodeNumber(writer, value);
  if (typeof value === "string") {
    writer.u32(TYPE.STRING);
    return encodeString(writer, value);
  }
  if (value instanceof Uint8Array) {
    writer.u32(TYPE.PACKED_BYTE_ARRAY);
    writer.u32(value.length);
    writer.bytes(value);
    return writer.padTo4();
  }
  if (value instanceof Int32Array)
    return encodePacked(writer, TYPE.PACKED_INT32_ARRAY, value, (v) => writer.i32(v));
  if (value instanceof Float32Array)
    return encodePacked(writer, TYPE.PACKED_FLOAT32_ARRAY, value, (v) => writer.f32(v));
  if (value instanceof Float64Array)
    return encodePacked(writer, TYPE.PACKED_FLOAT64_ARRAY, value, (v) => writer.f64(v));
  if (Array.isArray(value)) {
    writer.u32(TYPE.ARRAY);
    writer.u32(value.length);
    for (const element of value) encodeInto(writer, element, depth + 1);
    return;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    writer.u32(TYPE.DICTIONARY);
    writer.u32(entries.length);
    for (const [key, element] of entries) {
      writer.u32(TYPE.STRING);
      encodeString(writer, key);
      encodeInto(writer, element, depth + 1);
    }
    return;
  }
  throw new VariantCodecError(
    `cannot encode ${describe(value)}: no binary Variant form in this implementation`,
  );
}

function encodeNumber(writer: Writer, value: number): void {
  if (Number.isInteger(value)) {
    if (value >= -(2 ** 31) && value < 2 ** 31) {
      writer.u32(TYPE.INT);
      return writer.i32(value);
    }
    writer.u32(TYPE.INT | ENCODE_FLAG_64);
    return writer.i64(value);
  }
  if (Math.fround(value) === value || Number.isNaN(value)) {
    writer.u32(TYPE.FLOAT);
    return writer.f32(value);
  }
  writer.u32(TYPE.FLOAT | ENCODE_FLAG_64);
  writer.f64(value);
}

function encodePacked(
  writer: Writer,
  type: number,
  values: ArrayLike<number>,
  put: (value: number) => void,
): void {
  writer.u32(type);
  writer.u32(values.length);
  for (let i = 0; i < values.length; i++) put(values[i]!);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === "object" && value !== null) return value.constructor?.name ?? "object";
  return typeof value;
}

/** Decodes the Variant at the start of `bytes`; like the engine's get_var, bytes after it are ignored. */
export function decodeVariant(bytes: Uint8Array): unknown {
  return decodeFrom(new Reader(bytes), 0);
}

function decodeString(reader: Reader): string {
  const length = reader.count(1);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(reader.bytes(length));
  reader.skipPadding();
  return text;
}

function decodeFrom(reader: Reader, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new VariantCodecError("Variant nesting is too deep to decode");
  const header = reader.u32();
  const type = header & 0xff;
  const is64 = (header & ENCODE_FLAG_64) !== 0;
  switch (type) {
    case TYPE.NIL:
      return null;
    case TYPE.BOOL:
      return reader.u32() !== 0;
    case TYPE.INT:
      return is64 ? reader.i64() : reader.i32();
    case TYPE.FLOAT:
      return is64 ? reader.f64() : reader.f32();
    case TYPE.STRING:
    case TYPE.STRING_NAME:
      return decodeString(reader);
    case TYPE.ARRAY: {
      if (header & CONTAINER_TYPE_MASK)
        throw new VariantCodecError("typed Arrays are not supported");
      const count = reader.count(4);
      const array: unknown[] = [];
      for (let i = 0; i < count; i++) array.push(decodeFrom(reader, depth + 1));
      return array;
    }
    case TYPE.DICTIONARY: {
      if (header & CONTAINER_TYPE_MASK)
        throw new VariantCodecError("typed Dictionaries are not supported");
      const count = reader.count(8);
      const dictionary: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) {
        const key = decodeFrom(reader, depth + 1);
        dictionary[typeof key === "string" ? key : JSON.stringify(key)] = decodeFrom(
          reader,
          depth + 1,
        );
      }
      return dictionary;
    }
    case TYPE.PACKED_BYTE_ARRAY: {
      const data = reader.bytes(reader.count(1));
      reader.skipPadding();
      return data;
    }
    case TYPE.PACKED_INT32_ARRAY:
      return Int32Array.from({ length: reader.count(4) }, () => reader.i32());
    case TYPE.PACKED_INT64_ARRAY:
      return Array.from({ length: reader.count(8) }, () => reader.i64());
    case TYPE.PACKED_FLOAT32_ARRAY:
      return Float32Array.from({ length: reader.count(4) }, () => reader.f32());
    case TYPE.PACKED_FLOAT64_ARRAY:
      return Float64Array.from({ length: reader.count(8) }, () => reader.f64());
    case TYPE.PACKED_STRING_ARRAY:
      return Array.from({ length: reader.count(4) }, () => decodeString(reader));
    default:
      throw new VariantCodecError(`Variant type ${type} has no value form in this implementation`);
  }
}
