import { describe, expect, it } from "vitest";
import { StreamPeer, type DataResult, type SendResult } from "../../src/impl/stream/StreamPeer.js";
import { Error as GodotError } from "../../src/impl/core/godotError.js";
import { GodotObject } from "../../src/impl/core/GodotObject.js";
import { captureEngineErrors } from "../core/engineErrors.js";

/** An in-memory byte queue under StreamPeer, to check the encodings byte for byte. */
class MemoryPeer extends StreamPeer {
  bytes: number[] = [];
  protected override transportPut(data: Uint8Array): SendResult {
    this.bytes.push(...data);
    return [GodotError.OK, data.length];
  }
  protected override transportGet(count: number, partial: boolean): DataResult {
    if (!partial && this.bytes.length < count) return [GodotError.ERR_FILE_EOF, new Uint8Array(0)];
    return [GodotError.OK, Uint8Array.from(this.bytes.splice(0, count))];
  }
  protected override transportAvailable(): number {
    return this.bytes.length;
  }
}

type Sized = "8" | "u8" | "16" | "u16" | "32" | "u32" | "64" | "u64" | "half" | "float" | "double";
// [kind, value written, little-endian bytes, value read back]
const cases: [Sized, number, number[], number][] = [
  ["8", -2, [0xfe], -2],
  ["u8", 200, [0xc8], 200],
  ["16", -2, [0xfe, 0xff], -2],
  ["u16", 0xbeef, [0xef, 0xbe], 0xbeef],
  ["32", -123456789, [0xeb, 0x32, 0xa4, 0xf8], -123456789],
  ["u32", 0xdeadbeef, [0xef, 0xbe, 0xad, 0xde], 0xdeadbeef],
  ["64", -2, [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], -2],
  ["64", 2 ** 40 + 5, [0x05, 0, 0, 0, 0, 0x01, 0, 0], 2 ** 40 + 5],
  ["u64", 2 ** 52, [0, 0, 0, 0, 0, 0, 0x10, 0], 2 ** 52],
  ["half", 1.5, [0x00, 0x3e], 1.5],
  ["half", -65504, [0xff, 0xfb], -65504],
  ["half", 2 ** -24, [0x01, 0x00], 2 ** -24],
  ["float", 1.5, [0x00, 0x00, 0xc0, 0x3f], 1.5],
  ["double", -0.1, [0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0xbf], -0.1],
];

function put(peer: StreamPeer, kind: Sized, value: number): void {
  const method = `put_${kind}` as const;
  (peer[method] as (v: number) => void)(value);
}
function get(peer: StreamPeer, kind: Sized): number {
  const method = `get_${kind}` as const;
  return (peer[method] as () => number)();
}

describe("StreamPeer sized numbers", () => {
  for (const bigEndian of [false, true]) {
    for (const [kind, value, little, expected] of cases) {
      it(`put_${kind}/get_${kind}(${value}) ${bigEndian ? "big" : "little"} endian`, () => {
        const peer = new MemoryPeer();
        peer.big_endian = bigEndian;
        put(peer, kind, value);
        expect(peer.bytes).toEqual(bigEndian ? [...little].reverse() : little);
        expect(get(peer, kind)).toBe(expected);
        expect(peer.get_available_bytes()).toBe(0);
      });
    }
  }

  it("truncates out-of-range integers as C casts do", () => {
    const peer = new MemoryPeer();
    peer.put_u8(0x1ff);
    peer.put_8(255);
    expect(peer.bytes).toEqual([0xff, 0xff]);
    expect(peer.get_u8()).toBe(255);
    expect(peer.get_8()).toBe(-1);
  });

  it("get_u64 reinterprets values from 2^63 as negative, like the engine's int", () => {
    const peer = new MemoryPeer();
    peer.put_u64(-1);
    expect(peer.bytes).toEqual(new Array(8).fill(0xff));
    expect(peer.get_u64()).toBe(-1);
  });

  it("big_endian is a property with its setter and getter methods", () => {
    const peer = new MemoryPeer();
    expect(peer.is_big_endian_enabled()).toBe(false);
    peer.set_big_endian(true);
    expect(peer.big_endian).toBe(true);
  });

  it("reading past the end yields 0, the engine's failure value", () => {
    const peer = new MemoryPeer();
    peer.bytes.push(1);
    expect(peer.get_32()).toBe(0);
  });
});

describe("StreamPeer strings", () => {
  it("put_string writes a u32 length and Latin-1 bytes without a NUL", () => {
    const peer = new MemoryPeer();
    peer.put_string("Hé");
    expect(peer.bytes).toEqual([2, 0, 0, 0, 0x48, 0xe9]);
    expect(peer.get_string()).toBe("Hé");
  });

  it("put_string follows big_endian for the length", () => {
    const peer = new MemoryPeer();
    peer.big_endian = true;
    peer.put_string("ab");
    expect(peer.bytes).toEqual([0, 0, 0, 2, 0x61, 0x62]);
    expect(peer.get_string()).toBe("ab");
  });

  it("put_utf8_string writes UTF-8 bytes and reads them back", () => {
    const peer = new MemoryPeer();
    peer.put_utf8_string("€1");
    expect(peer.bytes).toEqual([4, 0, 0, 0, 0xe2, 0x82, 0xac, 0x31]);
    expect(peer.get_utf8_string()).toBe("€1");
  });

  it("get_string(n) reads exactly n bytes and stops at a NUL", () => {
    const peer = new MemoryPeer();
    peer.put_data(Uint8Array.from([0x61, 0x00, 0x62, 0x63]));
    expect(peer.get_string(4)).toBe("a");
    expect(peer.get_available_bytes()).toBe(0);
  });
});

describe("StreamPeer data methods", () => {
  it("returns Godot's [Error, PackedByteArray] and [Error, sent] arrays", () => {
    const peer = new MemoryPeer();
    expect(peer.put_partial_data(Uint8Array.from([1, 2, 3]))).toEqual([GodotError.OK, 3]);
    expect(peer.get_partial_data(10)).toEqual([GodotError.OK, Uint8Array.from([1, 2, 3])]);
    expect(peer.get_data(-1)[0]).toBe(GodotError.ERR_INVALID_PARAMETER);
  });

  it("a bare StreamPeer has no transport: ERR_UNCONFIGURED", () => {
    const peer = new StreamPeer();
    expect(peer.put_data(Uint8Array.of(1))).toBe(GodotError.ERR_UNCONFIGURED);
    expect(peer.get_data(1)[0]).toBe(GodotError.ERR_UNCONFIGURED);
  });
});

describe("StreamPeer put_var / get_var (Godot's binary Variant format)", () => {
  const le32 = (n: number): number[] => [
    n & 0xff,
    (n >>> 8) & 0xff,
    (n >>> 16) & 0xff,
    (n >>> 24) & 0xff,
  ];
  // [value, encoded Variant (without the u32 length put_var sends first), value read back]
  const variants: [string, unknown, number[], unknown][] = [
    ["null", null, [0, 0, 0, 0], null],
    ["bool", true, [1, 0, 0, 0, 1, 0, 0, 0], true],
    ["int32", -2, [2, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff], -2],
    ["int64", 2 ** 40, [2, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0], 2 ** 40],
    ["float32", 1.5, [3, 0, 0, 0, 0, 0, 0xc0, 0x3f], 1.5],
    ["float64", 0.1, [3, 0, 1, 0, 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f], 0.1],
    ["String (padded)", "hé", [4, 0, 0, 0, 3, 0, 0, 0, 0x68, 0xc3, 0xa9, 0], "hé"],
    [
      "Array",
      [1, "a"],
      [28, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0x61, 0, 0, 0],
      [1, "a"],
    ],
    [
      "Dictionary",
      { k: null },
      [27, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 0x6b, 0, 0, 0, 0, 0, 0, 0],
      { k: null },
    ],
    [
      "PackedByteArray",
      Uint8Array.of(1, 2, 3, 4, 5),
      [29, 0, 0, 0, 5, 0, 0, 0, 1, 2, 3, 4, 5, 0, 0, 0],
      Uint8Array.of(1, 2, 3, 4, 5),
    ],
    [
      "PackedInt32Array",
      Int32Array.of(-1),
      [30, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff],
      Int32Array.of(-1),
    ],
    [
      "PackedFloat32Array",
      Float32Array.of(1.5),
      [32, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0xc0, 0x3f],
      Float32Array.of(1.5),
    ],
    [
      "PackedFloat64Array",
      Float64Array.of(0.1),
      [33, 0, 0, 0, 1, 0, 0, 0, 0x9a, 0x99, 0x99, 0x99, 0x99, 0x99, 0xb9, 0x3f],
      Float64Array.of(0.1),
    ],
  ];

  for (const [label, value, encoded, decoded] of variants) {
    it(`put_var/get_var ${label}`, () => {
      const peer = new MemoryPeer();
      peer.put_var(value as never);
      expect(peer.bytes).toEqual([...le32(encoded.length), ...encoded]);
      expect(peer.get_var()).toEqual(decoded);
      expect(peer.get_available_bytes()).toBe(0);
    });
  }

  it("the length prefix follows big_endian; the Variant itself is always little endian", () => {
    const peer = new MemoryPeer();
    peer.big_endian = true;
    peer.put_var(-2);
    expect(peer.bytes).toEqual([0, 0, 0, 8, 2, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff]);
    expect(peer.get_var()).toBe(-2);
  });

  it("decodes PackedStringArray, PackedInt64Array and StringName to their JS forms", () => {
    const peer = new MemoryPeer();
    const strings = [34, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0x61, 0, 0, 0, 0, 0, 0, 0];
    const int64s = [31, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0];
    const name = [21, 0, 0, 0, 1, 0, 0, 0, 0x6e, 0, 0, 0];
    for (const encoded of [strings, int64s, name])
      peer.bytes.push(...le32(encoded.length), ...encoded);
    expect(peer.get_var()).toEqual(["a", ""]);
    expect(peer.get_var()).toEqual([5]);
    expect(peer.get_var()).toBe("n");
  });

  it("a value with no binary form is reported and nothing is sent", () => {
    const peer = new MemoryPeer();
    const attempt = captureEngineErrors(() => peer.put_var(new GodotObject()));
    expect(attempt.errors[0]).toMatch(/put_var/);
    expect(peer.bytes).toEqual([]);
  });

  it("truncated or unknown data reads as null with an error, as in the engine", () => {
    const peer = new MemoryPeer();
    peer.bytes.push(...le32(8), 4, 0, 0, 0, 9, 0, 0, 0);
    const truncated = captureEngineErrors(() => peer.get_var());
    expect(truncated.result).toBeNull();
    expect(truncated.errors[0]).toMatch(/decode/);
    peer.bytes.push(...le32(4), 5, 0, 0, 0);
    expect(captureEngineErrors(() => peer.get_var()).result).toBeNull();
  });
});
