import { MessageChannel } from "node:worker_threads";

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
 *
 * Loading this module primes the allocator (at the end of this file): with glibc's default
 * thresholds, slab memory goes back to the kernel between collections and is faulted in afresh,
 * which was most of the gap between owned chunks and the raw socket.
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

/**
 * Priming the allocator, once per process (a module is evaluated once): one block of 16 MiB is
 * allocated and freed, untouched (one mmap, no resident memory). Why: slabs are malloc'd, and a
 * collection frees megabytes of them at once. With glibc's starting thresholds, freed memory that
 * reaches the top of the heap is given back to the kernel as soon as a few hundred KiB are free
 * there (M_TRIM_THRESHOLD), so the next slabs fault their pages in again. When a freed mmapped
 * block is larger than the current mmap threshold, glibc raises that threshold to the block's
 * size and the trim threshold to twice it (mallopt(3), "dynamic mmap threshold"; 32 MiB is the
 * largest it adopts). So once this block is freed, up to 32 MiB of freed slabs stay in the
 * heap and are reused warm. Any process that frees a 16 MiB Buffer gets the same.
 *
 * It runs when this module loads, and the block is freed at once, not whenever a collection would
 * get to it: a dropped ArrayBuffer is only freed by the collection after it, which in a program
 * that starts a download right away comes ~100 MB into the body (traced with strace), and until
 * then slabs fault as before. An ArrayBuffer transferred to a closed MessagePort is freed as soon
 * as the port has closed, before the event loop's next I/O. Measured on 1 GiB over loopback
 * (fresh child processes, interleaved rounds, 2026-11-27): minor faults 20,000-44,000 →
 * 14,000-17,000 per GiB, owned chunks ~0.8× → 0.87-1.07× of the raw socket, the same as
 * MALLOC_TRIM_THRESHOLD_ / MALLOC_MMAP_THRESHOLD_ set at start-up; peak RSS a few MB higher.
 * Other allocators (musl, macOS, Windows) just allocate and free one block.
 * test/net/allocator-priming.test.ts counts the faults.
 */
function primeAllocator(): void {
  try {
    const block = new ArrayBuffer(16 * 1024 * 1024);
    const { port1, port2 } = new MessageChannel();
    port2.close();
    port1.postMessage(null, [block]);
    port1.close();
  } catch {
    // Only a speed-up: a runtime that refuses any of this loads the module unprimed.
  }
}

primeAllocator();
