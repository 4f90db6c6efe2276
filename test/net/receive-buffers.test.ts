/**
 * The read buffers Transport hands to net.Socket's `onread`. The sizes are tuned by the bench;
 * what these pin is the contract the HTTP client relies on: a read never gets more room than one
 * region, delivered slices are views (no copy), an owned slice is never written again, and the
 * ring only offers room that holds no unreleased bytes.
 */
import { describe, expect, it } from "vitest";
import {
  RECEIVE_REGION_BYTES,
  RECEIVE_RING_BYTES,
  ReceiveRing,
} from "../../src/impl/net/receiveRing.js";
import { ReceiveSlab } from "../../src/impl/net/receiveSlab.js";

// Small enough to reason about, and at least 4 KiB so Buffer.allocUnsafe does not carve them out
// of Node's shared pool (where `.buffer` identity would mean nothing).
const SLAB = 8192;
const READ = 2048;

/** What libuv does for one read of `length` bytes: fill the offered buffer's start, then take it. */
function readInto(receiver: ReceiveSlab | ReceiveRing, length: number, fill: number): Buffer {
  const room = receiver.next();
  expect(room.length).toBeGreaterThanOrEqual(length);
  room.fill(fill, 0, length);
  return receiver.take(room, length);
}

describe("ReceiveSlab (owned chunks)", () => {
  it("offers at most 64 KiB per read, in 128 KiB slabs", () => {
    const slab = new ReceiveSlab();
    const room = slab.next();
    expect(room.length).toBe(64 * 1024);
    expect(room.buffer.byteLength).toBeGreaterThanOrEqual(128 * 1024);
  });

  it("never writes over a slice it delivered: later reads go to fresh memory", () => {
    const slab = new ReceiveSlab(SLAB, READ);
    const kept: Array<{ slice: Buffer; fill: number }> = [];
    const lengths = [READ, 10, READ, 1600, READ, READ, 1, READ, READ, 100];
    lengths.forEach((length, i) =>
      kept.push({ slice: readInto(slab, length, i + 1), fill: i + 1 }),
    );
    for (const { slice, fill } of kept) expect(slice.every((byte) => byte === fill)).toBe(true);
    // Delivered slices of one slab do not overlap.
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const a = kept[i]!.slice;
        const b = kept[j]!.slice;
        if (a.buffer !== b.buffer) continue;
        const apart =
          a.byteOffset + a.length <= b.byteOffset || b.byteOffset + b.length <= a.byteOffset;
        expect(apart, `slices ${i} and ${j}`).toBe(true);
      }
    }
  });

  it("starts a new slab when the tail is shorter than one read", () => {
    const slab = new ReceiveSlab(SLAB, READ);
    const first = readInto(slab, READ, 1);
    readInto(slab, READ, 2);
    readInto(slab, READ, 3);
    const fourth = readInto(slab, READ - 100, 4); // the tail after it is 100 bytes
    expect(fourth.buffer).toBe(first.buffer);
    expect(slab.next().buffer).not.toBe(first.buffer);
  });
});

describe("ReceiveRing (reuseReceiveBuffer)", () => {
  it("offers at most one 64 KiB region per read, in one 512 KiB ring", () => {
    const ring = new ReceiveRing();
    expect(RECEIVE_REGION_BYTES).toBe(64 * 1024);
    const room = ring.next();
    expect(room.length).toBe(RECEIVE_REGION_BYTES);
    expect(room.buffer.byteLength).toBeGreaterThanOrEqual(RECEIVE_RING_BYTES);
  });

  it("reuses the same memory once bytes are released, and offers no room over unreleased ones", () => {
    const ring = new ReceiveRing(SLAB, READ, READ);
    const slices: Buffer[] = [];
    for (let i = 0; i < 4; i++) slices.push(readInto(ring, READ, i + 1));
    // Every byte unreleased: the next region (back at offset 0) would overwrite slice 0.
    expect(ring.hasRoom()).toBe(false);
    ring.release(READ);
    expect(ring.hasRoom()).toBe(true);
    const again = readInto(ring, READ, 9);
    expect(again.buffer).toBe(slices[0]!.buffer);
    expect(again.byteOffset).toBe(slices[0]!.byteOffset);
    // Slices 1..3 were not touched by the reuse.
    slices.slice(1).forEach((slice, i) => expect(slice.every((byte) => byte === i + 2)).toBe(true));
  });
});
