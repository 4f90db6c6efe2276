// A FIFO of received buffers with a read offset. Bytes are never copied on the way in; on the way
// out they are handed back as subarrays of the pushed buffers whenever they sit in one piece, so
// body payload reaches the caller without a copy.

/**
 * Below this size a leading piece is joined with the following ones rather than returned alone, so
 * a peer that drips bytes does not turn into one read per byte.
 */
const JOIN_BELOW_BYTES = 4096;
/** Many tiny pieces make lookups walk a long list; past this count small queues are coalesced. */
const COALESCE_ABOVE_PIECES = 64;
const COALESCE_MAX_BYTES = 65536;

export class ByteQueue {
  private pieces: Uint8Array[] = [];
  /** Index in `pieces` of the first unconsumed piece. */
  private first = 0;
  /** Bytes already consumed from `pieces[first]`. */
  private offset = 0;
  private total = 0;

  get length(): number {
    return this.total;
  }

  push(chunk: Uint8Array): void {
    if (chunk.byteLength === 0) return;
    this.pieces.push(chunk);
    this.total += chunk.byteLength;
    if (
      this.pieces.length - this.first > COALESCE_ABOVE_PIECES &&
      this.total <= COALESCE_MAX_BYTES
    ) {
      this.coalesce();
    }
  }

  /** The byte at `position` (relative to the unconsumed start), or -1 past the end. */
  byteAt(position: number): number {
    if (position < 0 || position >= this.total) return -1;
    let remaining = position + this.offset;
    for (let i = this.first; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      if (remaining < piece.byteLength) return piece[remaining]!;
      remaining -= piece.byteLength;
    }
    return -1;
  }

  /** Position of the first `byte` at or after `from`, relative to the unconsumed start; -1 if absent. */
  indexOf(byte: number, from = 0): number {
    let skipped = 0;
    let start = from + this.offset;
    for (let i = this.first; i < this.pieces.length; i++) {
      const piece = this.pieces[i]!;
      if (start < piece.byteLength) {
        const found = piece.indexOf(byte, start);
        if (found >= 0) return skipped + found - this.offset;
        start = 0;
      } else {
        start -= piece.byteLength;
      }
      skipped += piece.byteLength;
    }
    return -1;
  }

  /** Removes and returns exactly `count` bytes (count ≤ length): a subarray when in one piece, else a copy. */
  take(count: number): Uint8Array {
    if (count > this.total) throw new RangeError("ByteQueue.take past the end");
    const piece = this.pieces[this.first];
    if (piece === undefined || count === 0) return new Uint8Array(0);
    if (piece.byteLength - this.offset >= count) {
      const out = piece.subarray(this.offset, this.offset + count);
      this.consume(count);
      return out;
    }
    const out = new Uint8Array(count);
    this.copyInto(out);
    this.consume(count);
    return out;
  }

  /**
   * Removes and returns between 1 and `max` bytes, preferring the zero-copy subarray of the first
   * piece. Only a short first piece (a dripping peer) is joined with the pieces after it, and only
   * with whole pieces, so every byte is copied at most once and big pieces never are.
   * Null when empty or max < 1.
   */
  takeUpTo(max: number): Uint8Array | null {
    if (this.total === 0 || max < 1) return null;
    const firstAvailable = this.pieces[this.first]!.byteLength - this.offset;
    const wanted = Math.min(max, this.total);
    if (firstAvailable >= wanted || firstAvailable >= JOIN_BELOW_BYTES) {
      return this.take(Math.min(wanted, firstAvailable));
    }
    let joined = firstAvailable;
    for (let i = this.first + 1; i < this.pieces.length; i++) {
      const next = this.pieces[i]!.byteLength;
      if (joined + next > wanted) break;
      joined += next;
    }
    return this.take(joined);
  }

  skip(count: number): void {
    if (count > this.total) throw new RangeError("ByteQueue.skip past the end");
    this.consume(count);
  }

  clear(): void {
    this.pieces = [];
    this.first = 0;
    this.offset = 0;
    this.total = 0;
  }

  private copyInto(out: Uint8Array): void {
    let written = 0;
    let start = this.offset;
    for (let i = this.first; i < this.pieces.length && written < out.byteLength; i++) {
      const piece = this.pieces[i]!;
      const n = Math.min(piece.byteLength - start, out.byteLength - written);
      out.set(piece.subarray(start, start + n), written);
      written += n;
      start = 0;
    }
  }

  private consume(count: number): void {
    this.total -= count;
    let remaining = count;
    while (remaining > 0) {
      const available = this.pieces[this.first]!.byteLength - this.offset;
      if (remaining < available) {
        this.offset += remaining;
        return;
      }
      remaining -= available;
      this.pieces[this.first] = EMPTY; // drop the reference so a consumed buffer can be collected
      this.first++;
      this.offset = 0;
    }
    if (this.first === this.pieces.length) {
      this.pieces.length = 0;
      this.first = 0;
    } else if (this.first >= 32 && this.first * 2 >= this.pieces.length) {
      this.pieces = this.pieces.slice(this.first);
      this.first = 0;
    }
  }

  private coalesce(): void {
    const joined = new Uint8Array(this.total);
    this.copyInto(joined);
    this.pieces = [joined];
    this.first = 0;
    this.offset = 0;
  }
}

const EMPTY = new Uint8Array(0);
