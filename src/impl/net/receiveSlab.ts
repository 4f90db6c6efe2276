/**
 * Read buffers for net.Socket's `onread`: each read lands in the unused tail of a large slab, and
 * the filled part is handed on without a copy. The consumer may keep references to the slices
 * (the HTTP parser does), so the slab is never rewritten: once its tail is too small for a good
 * read, a fresh slab replaces it and the old one lives until its slices are released.
 *
 * 256 KiB rather than larger: streaming 1 GiB over loopback (scripts/bench), 2 MiB slabs reached
 * 0.78× of a raw socket that reuses one buffer and 256 KiB slabs 0.94× (bare read loop, medians of
 * five fresh processes). Smaller slabs stay cache-resident and are recycled warm by malloc instead
 * of being mapped and page-faulted afresh (minor faults fell by about half); below ~192 KiB the
 * extra reads cost more than that saves.
 */
export class ReceiveSlab {
  readonly #slabSize: number;
  readonly #minRead: number;
  #slab: Buffer;
  #offset = 0;

  constructor(slabSize = 256 * 1024, minRead = 64 * 1024) {
    this.#slabSize = slabSize;
    this.#minRead = minRead;
    this.#slab = Buffer.allocUnsafe(slabSize);
  }

  /** The buffer the next read goes into (called by libuv before each read). */
  next(): Buffer {
    if (this.#slabSize - this.#offset < this.#minRead) {
      this.#slab = Buffer.allocUnsafe(this.#slabSize);
      this.#offset = 0;
    }
    return this.#slab.subarray(this.#offset);
  }

  /** Always: a slab is never rewritten, so reading never has to wait for the consumer. */
  hasRoom(): boolean {
    return true;
  }

  /** Claims the first `length` bytes of the buffer last returned by next(). */
  take(buffer: Buffer, length: number): Buffer {
    this.#offset += length;
    return buffer.subarray(0, length);
  }
}
