/**
 * Layout of the SharedArrayBuffer shared by a BlockingSocket (main thread) and its worker.
 *
 * The buffer starts with a small Int32 header, then the inbound ring of `capacity` bytes. The
 * worker is the only writer of inbound data and of every status slot; the main thread is the only
 * writer of READ_COUNT and clears PAUSED. Counters grow forever and wrap at 2^32, so
 * `(written - read) >>> 0` is always the unread byte count (capacity is a power of two, < 2^31).
 */

/** Int32 header slots. */
export const Slot = {
  /** SocketState of the TCP connection. */
  STATE: 0,
  /** Bytes the main thread has consumed from the ring (wrapping counter). */
  READ_COUNT: 1,
  /** Bytes the worker has put into the ring (wrapping counter). */
  WRITE_COUNT: 2,
  /** Bumped on every change the main thread may wait for; the Atomics.wait/notify address. */
  SEQ: 3,
  /** 1 once the peer has ended its side (no more inbound bytes after the ring drains). */
  EOF: 4,
  /** 1 while the worker holds inbound bytes that did not fit in the ring (socket paused). */
  PAUSED: 5,
  /** Outbound bytes posted by the main thread and not yet flushed to the kernel. */
  OUTBOUND_QUEUED: 6,
  /** TlsState of the TLS layer, if one was started. */
  TLS: 7,
} as const;

export const HEADER_BYTES = 8 * Int32Array.BYTES_PER_ELEMENT;

export const SocketState = {
  IDLE: 0,
  /** Looking up the host name (the worker runs dns.lookup before connecting). */
  RESOLVING: 5,
  CONNECTING: 1,
  CONNECTED: 2,
  /** The connection failed or broke; details arrive as an "error" event. */
  ERROR: 3,
  /** Closed by us or by the peer. */
  CLOSED: 4,
} as const;
export type SocketState = (typeof SocketState)[keyof typeof SocketState];

export const TlsState = {
  NONE: 0,
  HANDSHAKING: 1,
  CONNECTED: 2,
  ERROR: 3,
  /** The certificate is valid but not for the expected host name. */
  ERROR_HOSTNAME_MISMATCH: 4,
} as const;
export type TlsState = (typeof TlsState)[keyof typeof TlsState];

/** Views over one shared buffer, identical on both threads. */
export interface SharedViews {
  readonly header: Int32Array;
  readonly ring: Uint8Array;
  readonly capacity: number;
}

export function createShared(capacity: number): SharedViews {
  if (
    !Number.isInteger(capacity) ||
    capacity < 1024 ||
    capacity > 2 ** 30 ||
    (capacity & (capacity - 1)) !== 0
  ) {
    throw new RangeError(
      `ring capacity must be a power of two between 1 KiB and 1 GiB, got ${capacity}`,
    );
  }
  return viewsOf(new SharedArrayBuffer(HEADER_BYTES + capacity));
}

export function viewsOf(buffer: SharedArrayBuffer): SharedViews {
  const capacity = buffer.byteLength - HEADER_BYTES;
  return {
    header: new Int32Array(buffer, 0, 8),
    ring: new Uint8Array(buffer, HEADER_BYTES, capacity),
    capacity,
  };
}

/** Unread bytes in the ring. */
export function unreadBytes(views: SharedViews): number {
  const written = Atomics.load(views.header, Slot.WRITE_COUNT);
  const read = Atomics.load(views.header, Slot.READ_COUNT);
  return (written - read) >>> 0;
}

/** Free space in the ring. */
export function ringFree(views: SharedViews): number {
  return views.capacity - unreadBytes(views);
}

/** Wakes every thread waiting on SEQ; called by whoever changed something worth waiting for. */
export function signalChange(views: SharedViews): void {
  Atomics.add(views.header, Slot.SEQ, 1);
  Atomics.notify(views.header, Slot.SEQ);
}

/** Producer side (worker): copies as much of `chunk` as fits, returns the number of bytes taken. */
export function ringPut(views: SharedViews, chunk: Uint8Array): number {
  const { header, ring, capacity } = views;
  const written = Atomics.load(header, Slot.WRITE_COUNT);
  const free = capacity - unreadBytes(views);
  const n = Math.min(free, chunk.length);
  if (n === 0) return 0;
  const start = (written >>> 0) & (capacity - 1);
  const firstPart = Math.min(n, capacity - start);
  ring.set(chunk.subarray(0, firstPart), start);
  if (n > firstPart) ring.set(chunk.subarray(firstPart, n), 0);
  // Publish only after the bytes are in place, so the consumer never sees unwritten bytes.
  Atomics.store(header, Slot.WRITE_COUNT, (written + n) | 0);
  return n;
}

/** Consumer side (main thread): removes up to `max` unread bytes and returns a copy of them. */
export function ringTake(views: SharedViews, max: number): Uint8Array {
  const { header, ring, capacity } = views;
  const n = Math.min(max, unreadBytes(views));
  const out = new Uint8Array(Math.max(0, n));
  if (n <= 0) return out;
  const read = Atomics.load(header, Slot.READ_COUNT);
  const start = (read >>> 0) & (capacity - 1);
  const firstPart = Math.min(n, capacity - start);
  out.set(ring.subarray(start, start + firstPart), 0);
  if (n > firstPart) out.set(ring.subarray(0, n - firstPart), firstPart);
  Atomics.store(header, Slot.READ_COUNT, (read + n) | 0);
  return out;
}
