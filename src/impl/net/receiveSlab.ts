/**
 * Read buffers for net.Socket's `onread`: each read lands in the unused tail of a slab, and the
 * filled part is handed on without a copy. The consumer may keep references to the slices (the
 * HTTP parser does, and owned body chunks are such slices), so the slab is never rewritten: once
 * its tail is too small for a good read, a fresh slab replaces it and the old one lives until its
 * slices are released.
 *
 * Sizes, from reading 1 GiB over loopback (scripts/bench, each run's ratio to a raw socket read
 * just before it, fresh child processes): 2 MiB slabs reached ~0.67× of a raw socket that reuses
 * one buffer and 256 KiB slabs ~0.75× (smaller slabs stay cache-resident and are recycled warm by
 * malloc instead of being mapped and page-faulted afresh). Capping each read at 64 KiB, in
 * 128 KiB slabs, measured ~0.80× against ~0.75× for uncapped reads into 256 KiB slabs (medians of
 * three sets of 6–8 rounds; the ring of reuseReceiveBuffer gained more from 64 KiB reads, see
 * receiveRing.ts), probably because loopback delivers in segments of about that size.
 */
export class ReceiveSlab {
  readonly #slabSize: number;
  readonly #maxRead: number;
  #slab: Buffer;
  #offset = 0;

  constructor(slabSize = 128 * 1024, maxRead = 64 * 1024) {
    this.#slabSize = slabSize;
    this.#maxRead = Math.min(maxRead, slabSize);
    this.#slab = Buffer.allocUnsafe(slabSize);
  }

  /** The buffer the next read goes into (called by libuv before each read). */
  next(): Buffer {
    if (this.#slabSize - this.#offset < this.#maxRead) {
      this.#slab = Buffer.allocUnsafe(this.#slabSize);
      this.#offset = 0;
    }
    return this.#slab.subarray(this.#offset, this.#offset + this.#maxRead);
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
