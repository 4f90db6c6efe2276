import { describe, expect, it } from "vitest";
import { RefCounted } from "../../src/impl/core/RefCounted.js";

describe("RefCounted", () => {
  it("starts at 1, like RefCounted.new() held in a GDScript variable", () => {
    expect(new RefCounted().get_reference_count()).toBe(1);
  });

  it("reference/unreference count, and unreference says when the count reaches zero", () => {
    const counted = new RefCounted();
    expect(counted.reference()).toBe(true);
    expect(counted.get_reference_count()).toBe(2);
    expect(counted.unreference()).toBe(false);
    expect(counted.unreference()).toBe(true);
    expect(counted.get_reference_count()).toBe(0);
  });

  it("a count at zero cannot be revived", () => {
    const counted = new RefCounted();
    counted.unreference();
    expect(counted.reference()).toBe(false);
    expect(counted.init_ref()).toBe(false);
    expect(counted.get_reference_count()).toBe(0);
  });

  it("init_ref after the creation reference was taken acts like reference()", () => {
    const counted = new RefCounted();
    expect(counted.init_ref()).toBe(true);
    expect(counted.get_reference_count()).toBe(2);
  });
});
