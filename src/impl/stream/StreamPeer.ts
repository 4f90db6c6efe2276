import type { StreamPeer as StreamPeerApi } from "../../../generated/StreamPeer.js";
import type { Variant } from "../../../generated/builtins.js";
import { RefCounted } from "../core/RefCounted.js";
import { Error as GodotError } from "../core/godotError.js";
import { reportEngineError } from "../core/engineError.js";
import { fromHalfBits, toHalfBits } from "./float16.js";
import { decodeVariant, encodeVariant, VariantCodecError } from "./variantCodec.js";
import { DEFAULT_BLOCKING_TIMEOUT_MS } from "../net/blocking/index.js";
import { blockingTimeoutMs } from "./transportAccess.js";

/** [Error, bytes] as Godot's get_data/get_partial_data return it. */
export type DataResult = [GodotError, Uint8Array];
/** [Error, bytes sent] as Godot's put_partial_data returns it. */
export type SendResult = [GodotError, number];

/** The empty payload every stream peer returns with a failed or zero-byte read. */
export const EMPTY = new Uint8Array(0);

/**
 * Godot's StreamPeer: the typed put/get layer over a byte stream. Subclasses provide the
 * transport through transportPut/transportGet/transportAvailable; this class has none, so on its
 * own every transfer fails with ERR_UNCONFIGURED (the engine does not let it be instantiated).
 *
 * Encodings are the engine's: integers and floats in little endian unless `big_endian`; strings
 * as a u32 byte length (same endianness) followed by the bytes, with no terminating NUL on the
 * wire despite the docs' wording (stream_peer.cpp sends CharString::length() bytes).
 */
export class StreamPeer extends RefCounted implements StreamPeerApi {
  static override readonly godotClass: string = "StreamPeer";
  #bigEndian = false;
  /** Bound on every blocking call of this peer, in ms (non-Godot; see transportAccess.ts). */
  [blockingTimeoutMs]: number = DEFAULT_BLOCKING_TIMEOUT_MS;

  get big_endian(): boolean {
    return this.#bigEndian;
  }
  set big_endian(value: boolean) {
    this.#bigEndian = value;
  }
  set_big_endian(enable: boolean): void {
    this.#bigEndian = enable;
  }
  is_big_endian_enabled(): boolean {
    return this.#bigEndian;
  }

  // --- Transport hooks -------------------------------------------------------------------------

  /** Sends `data`: all of it (blocking) unless `partial`, then as much as goes without blocking. */
  protected transportPut(_data: Uint8Array, _partial: boolean): SendResult {
    return [GodotError.ERR_UNCONFIGURED, 0];
  }
  /** Receives `count` bytes: exactly that many (blocking) unless `partial`, then what is there. */
  protected transportGet(_count: number, _partial: boolean): DataResult {
    return [GodotError.ERR_UNCONFIGURED, EMPTY];
  }
  protected transportAvailable(): number {
    return 0;
  }

  // --- Raw data --------------------------------------------------------------------------------

  put_data(data: Uint8Array): GodotError {
    return this.transportPut(data, false)[0];
  }
  put_partial_data(data: Uint8Array): SendResult {
    return this.transportPut(data, true);
  }
  /** Blocks until `bytes` bytes arrived (bounded; ERR_TIMEOUT with nothing consumed when it runs out). */
  get_data(bytes: number): DataResult {
    if (!Number.isInteger(bytes) || bytes < 0) return [GodotError.ERR_INVALID_PARAMETER, EMPTY];
    if (bytes === 0) return [GodotError.OK, EMPTY];
    return this.transportGet(bytes, false);
  }
  get_partial_data(bytes: number): DataResult {
    if (!Number.isInteger(bytes) || bytes < 0) return [GodotError.ERR_INVALID_PARAMETER, EMPTY];
    if (bytes === 0) return [GodotError.OK, EMPTY];
    return this.transportGet(bytes, true);
  }
  get_available_bytes(): number {
    return this.transportAvailable();
  }

  // --- Sized numbers ---------------------------------------------------------------------------

  put_8(value: number): void {
    this.#putNumber(1, (view) => view.setInt8(0, value));
  }
  put_u8(value: number): void {
    this.#putNumber(1, (view) => view.setUint8(0, value));
  }
  put_16(value: number): void {
    this.#putNumber(2, (view, little) => view.setInt16(0, value, little));
  }
  put_u16(value: number): void {
    this.#putNumber(2, (view, little) => view.setUint16(0, value, little));
  }
  put_32(value: number): void {
    this.#putNumber(4, (view, little) => view.setInt32(0, value, little));
  }
  put_u32(value: number): void {
    this.#putNumber(4, (view, little) => view.setUint32(0, value, little));
  }
  put_64(value: number): void {
    this.#putNumber(8, (view, little) => view.setBigInt64(0, toInt64(value), little));
  }
  put_u64(value: number): void {
    this.#putNumber(8, (view, little) =>
      view.setBigUint64(0, BigInt.asUintN(64, toInt64(value)), little),
    );
  }
  put_half(value: number): void {
    this.#putNumber(2, (view, little) => view.setUint16(0, toHalfBits(value), little));
  }
  put_float(value: number): void {
    this.#putNumber(4, (view, little) => view.setFloat32(0, value, little));
  }
  put_double(value: number): void {
    this.#putNumber(8, (view, little) => view.setFloat64(0, value, little));
  }

  get_8(): number {
    return this.#getNumber(1, (view) => view.getInt8(0));
  }
  get_u8(): number {
    return this.#getNumber(1, (view) => view.getUint8(0));
  }
  get_16(): number {
    return this.#getNumber(2, (view, little) => view.getInt16(0, little));
  }
  get_u16(): number {
    return this.#getNumber(2, (view, little) => view.getUint16(0, little));
  }
  get_32(): number {
    return this.#getNumber(4, (view, little) => view.getInt32(0, little));
  }
  get_u32(): number {
    return this.#getNumber(4, (view, little) => view.getUint32(0, little));
  }
  /** JS numbers are exact up to 2^53; larger 64-bit values come back rounded. */
  get_64(): number {
    return this.#getNumber(8, (view, little) => Number(view.getBigInt64(0, little)));
  }
  /**
   * As in the engine, where the uint64 lands in a signed 64-bit int: values from 2^63 up come
   * back negative.
   */
  get_u64(): number {
    return this.#getNumber(8, (view, little) => Number(view.getBigInt64(0, little)));
  }
  get_half(): number {
    return this.#getNumber(2, (view, little) => fromHalfBits(view.getUint16(0, little)));
  }
  get_float(): number {
    return this.#getNumber(4, (view, little) => view.getFloat32(0, little));
  }
  get_double(): number {
    return this.#getNumber(8, (view, little) => view.getFloat64(0, little));
  }

  // --- Strings ---------------------------------------------------------------------------------

  /** Latin-1 bytes after a u32 length; characters above U+00FF become a space, as String::ascii(). */
  put_string(value: string): void {
    const bytes = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      bytes[i] = code <= 0xff ? code : 0x20;
    }
    this.put_u32(bytes.length);
    this.put_data(bytes);
  }
  put_utf8_string(value: string): void {
    const bytes = new TextEncoder().encode(value);
    this.put_u32(bytes.length);
    this.put_data(bytes);
  }
  /** With `bytes` < 0, reads the u32 length first (the reverse of put_string). Stops at a NUL. */
  get_string(bytes: number = -1): string {
    const data = this.#stringBytes(bytes);
    let text = "";
    for (const byte of data) {
      if (byte === 0) break;
      text += String.fromCharCode(byte);
    }
    return text;
  }
  get_utf8_string(bytes: number = -1): string {
    const data = this.#stringBytes(bytes);
    const end = data.indexOf(0);
    return new TextDecoder().decode(end >= 0 ? data.subarray(0, end) : data);
  }

  // --- Variants ------------------------------------------------------------------------------

  /**
   * Sends `value` in Godot's binary Variant format after a u32 byte length (see variantCodec.ts
   * for the forms supported). A value with no binary form (an Object, a function, ...) is
   * reported and nothing is sent, as on the engine's encode failure.
   */
  put_var(value: Variant, _full_objects: boolean = false): void {
    let encoded: Uint8Array;
    try {
      encoded = encodeVariant(value);
    } catch (error) {
      if (!(error instanceof VariantCodecError)) throw error;
      return reportEngineError(`StreamPeer.put_var: ${error.message}; nothing was sent`);
    }
    this.put_32(encoded.length);
    this.put_data(encoded);
  }

  /**
   * Reads a u32 byte length and that many bytes, and decodes them as a Variant. On a read or
   * decode failure: the error is reported and null returned, as in the engine. Objects are never
   * decoded (`allow_objects` has nothing to allow here).
   */
  get_var(_allow_objects: boolean = false): Variant {
    const length = this.get_32();
    if (length < 0) {
      reportEngineError(`${this.get_class()}.get_var: invalid length ${length}`);
      return null;
    }
    const [error, data] = this.get_data(length);
    if (error !== GodotError.OK) {
      reportEngineError(
        `${this.get_class()}.get_var: reading ${length} bytes failed with error ${error}`,
      );
      return null;
    }
    try {
      return decodeVariant(data) as Variant;
    } catch (failure) {
      if (!(failure instanceof VariantCodecError)) throw failure;
      reportEngineError(
        `${this.get_class()}.get_var: error when trying to decode Variant: ${failure.message}`,
      );
      return null;
    }
  }

  #putNumber(size: number, write: (view: DataView, littleEndian: boolean) => void): void {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer), !this.#bigEndian);
    this.put_data(bytes);
  }

  /** Like the engine, a failed read yields 0 (after reporting the error). */
  #getNumber(size: number, read: (view: DataView, littleEndian: boolean) => number): number {
    const [error, bytes] = this.get_data(size);
    if (error !== GodotError.OK || bytes.length < size) {
      reportEngineError(`${this.get_class()}: reading ${size} bytes failed with error ${error}`);
      return 0;
    }
    return read(new DataView(bytes.buffer, bytes.byteOffset, size), !this.#bigEndian);
  }

  #stringBytes(bytes: number): Uint8Array {
    const length = bytes < 0 ? this.get_u32() : bytes;
    const [error, data] = this.get_data(length);
    if (error !== GodotError.OK) {
      reportEngineError(
        `${this.get_class()}: reading a ${length}-byte string failed with error ${error}`,
      );
      return EMPTY;
    }
    return data;
  }
}

/** Godot ints are int64; JS numbers beyond 2^53 are already approximate, so truncate and wrap. */
function toInt64(value: number): bigint {
  if (!Number.isFinite(value)) return 0n;
  return BigInt.asIntN(64, BigInt(Math.trunc(value)));
}
