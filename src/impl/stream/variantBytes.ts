/** Little-endian byte cursors for the binary Variant format (variantCodec.ts). */

export class VariantCodecError extends Error {
  override readonly name = "VariantCodecError";
}

/** Growable little-endian byte writer. */
export class Writer {
  #bytes = new Uint8Array(64);
  #view = new DataView(this.#bytes.buffer);
  length = 0;

  #reserve(extra: number): void {
    if (this.length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + extra));
    grown.set(this.#bytes.subarray(0, this.length));
    this.#bytes = grown;
    this.#view = new DataView(grown.buffer);
  }
  u32(value: number): void {
    this.#reserve(4);
    this.#view.setUint32(this.length, value >>> 0, true);
    this.length += 4;
  }
  i32(value: number): void {
    this.#reserve(4);
    this.#view.setInt32(this.length, value, true);
    this.length += 4;
  }
  i64(value: number): void {
    this.#reserve(8);
    this.#view.setBigInt64(this.length, BigInt.asIntN(64, BigInt(Math.trunc(value))), true);
    this.length += 8;
  }
  f32(value: number): void {
    this.#reserve(4);
    this.#view.setFloat32(this.length, value, true);
    this.length += 4;
  }
  f64(value: number): void {
    this.#reserve(8);
    this.#view.setFloat64(this.length, value, true);
    this.length += 8;
  }
  bytes(data: Uint8Array): void {
    this.#reserve(data.length);
    this.#bytes.set(data, this.length);
    this.length += data.length;
  }
  padTo4(): void {
    while (this.length % 4 !== 0) this.bytes(Uint8Array.of(0));
  }
  result(): Uint8Array {
    return this.#bytes.slice(0, this.length);
  }
}

/** Bounds-checked little-endian reader over one encoded Variant. */
export class Reader {
  readonly #view: DataView;
  readonly #bytes: Uint8Array;
  offset = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  #need(count: number): void {
    if (this.offset + count > this.#bytes.length) {
      throw new VariantCodecError(
        `truncated Variant: needs ${count} bytes at offset ${this.offset} of ${this.#bytes.length}`,
      );
    }
  }
  u32(): number {
    this.#need(4);
    const value = this.#view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }
  i32(): number {
    this.#need(4);
    const value = this.#view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }
  i64(): number {
    this.#need(8);
    const value = Number(this.#view.getBigInt64(this.offset, true));
    this.offset += 8;
    return value;
  }
  f32(): number {
    this.#need(4);
    const value = this.#view.getFloat32(this.offset, true);
    this.offset += 4;
    return value;
  }
  f64(): number {
    this.#need(8);
    const value = this.#view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }
  bytes(count: number): Uint8Array {
    this.#need(count);
    const value = this.#bytes.slice(this.offset, this.offset + count);
    this.offset += count;
    return value;
  }
  skipPadding(): void {
    const padding = (4 - (this.offset % 4)) % 4;
    this.#need(padding);
    this.offset += padding;
  }
  /** A count of items of at least `itemSize` bytes each, checked against what is left. */
  count(itemSize: number): number {
    const count = this.u32();
    if (count * itemSize > this.#bytes.length - this.offset) {
      throw new VariantCodecError(
        `Variant claims ${count} items but only ${this.#bytes.length - this.offset} bytes remain`,
      );
    }
    return count;
  }
}
