import { describe, expect, it } from "vitest";
import { ByteQueue } from "../../src/impl/http/parser/byte-queue.js";
import { bytes, text } from "./helpers.js";

function queueOf(...pieces: string[]): ByteQueue {
  const queue = new ByteQueue();
  for (const piece of pieces) queue.push(bytes(piece));
  return queue;
}

describe("ByteQueue", () => {
  it("finds bytes across pieces, from an offset, after partial consumption", () => {
    const queue = queueOf("ab", "", "c\n", "de\nf");
    expect(queue.length).toBe(8);
    expect(queue.indexOf(0x0a)).toBe(3);
    expect(queue.indexOf(0x0a, 4)).toBe(6);
    expect(queue.indexOf(0x7a)).toBe(-1);
    queue.skip(1);
    expect(queue.indexOf(0x0a)).toBe(2);
    expect(queue.byteAt(0)).toBe(0x62);
    expect(queue.byteAt(6)).toBe(0x66);
    expect(queue.byteAt(7)).toBe(-1);
  });

  it("copies only when a take spans pieces", () => {
    const first = bytes("hello");
    const queue = new ByteQueue();
    queue.push(first);
    queue.push(bytes("world"));
    const inOne = queue.take(3);
    expect(inOne.buffer).toBe(first.buffer);
    const spanning = queue.take(4);
    expect(spanning.buffer).not.toBe(first.buffer);
    expect(text(spanning)).toBe("lowo");
    expect(queue.length).toBe(3);
    expect(() => queue.take(4)).toThrow(RangeError);
  });

  it("takeUpTo joins a short first piece with whole pieces only, and never a long one", () => {
    const queue = queueOf("ab", "cdef", "gh");
    expect(text(queue.takeUpTo(7)!)).toBe("abcdef");
    expect(text(queue.takeUpTo(7)!)).toBe("gh");
    const split = queueOf("ab", "cdef");
    expect(text(split.takeUpTo(5)!)).toBe("ab");
    expect(text(split.takeUpTo(5)!)).toBe("cdef");
    const long = new Uint8Array(5000);
    const q2 = new ByteQueue();
    q2.push(long);
    q2.push(bytes("tail"));
    const piece = q2.takeUpTo(6000)!;
    expect(piece.byteLength).toBe(5000);
    expect(piece.buffer).toBe(long.buffer);
    expect(text(q2.takeUpTo(6000)!)).toBe("tail");
    expect(q2.takeUpTo(10)).toBeNull();
  });

  it("keeps content intact through coalescing of many tiny pieces", () => {
    const queue = new ByteQueue();
    let expected = "";
    for (let i = 0; i < 500; i++) {
      const piece = String.fromCharCode(97 + (i % 26));
      queue.push(bytes(piece));
      expected += piece;
      if (i % 7 === 6) expected = expected.slice(text(queue.take(3)).length);
    }
    expect(queue.length).toBe(expected.length);
    expect(text(queue.take(queue.length))).toBe(expected);
  });
});
