import { describe, expect, it } from "vitest";
import type { Dictionary } from "../../generated/builtins.js";
import { GodotObject } from "../../src/impl/core/GodotObject.js";
import { Error as GodotError } from "../../src/impl/core/godotError.js";
import { captureEngineErrors } from "./engineErrors.js";

const {
  CONNECT_DEFERRED,
  CONNECT_ONE_SHOT,
  CONNECT_REFERENCE_COUNTED,
  CONNECT_APPEND_SOURCE_OBJECT,
} = GodotObject;

function emitter(): GodotObject {
  const object = new GodotObject();
  object.add_user_signal("hit", [{ name: "damage", type: 2 }]);
  return object;
}

describe("connect / emit_signal / disconnect", () => {
  it("calls connected functions in order with the emitted arguments", () => {
    const object = emitter();
    const calls: string[] = [];
    expect(object.connect("hit", (damage: number) => calls.push(`a${damage}`))).toBe(GodotError.OK);
    object.connect("hit", (damage: number) => calls.push(`b${damage}`));
    expect(object.emit_signal("hit", 5)).toBe(GodotError.OK);
    expect(calls).toEqual(["a5", "b5"]);
  });

  it("refuses unknown signals, non-callables and duplicate connections", () => {
    const object = emitter();
    const handler = (): void => {};
    expect(captureEngineErrors(() => object.connect("nope", handler)).result).toBe(
      GodotError.ERR_INVALID_PARAMETER,
    );
    expect(captureEngineErrors(() => object.connect("hit", 42)).result).toBe(
      GodotError.ERR_INVALID_PARAMETER,
    );
    expect(object.connect("hit", handler)).toBe(GodotError.OK);
    expect(captureEngineErrors(() => object.connect("hit", handler)).result).toBe(
      GodotError.ERR_INVALID_PARAMETER,
    );
    expect(captureEngineErrors(() => object.emit_signal("nope")).result).toBe(
      GodotError.ERR_UNAVAILABLE,
    );
  });

  it("disconnect removes the connection; disconnecting twice reports an error", () => {
    const object = emitter();
    let count = 0;
    const handler = (): void => void count++;
    object.connect("hit", handler);
    expect(object.is_connected("hit", handler)).toBe(true);
    expect(object.has_connections("hit")).toBe(true);
    object.disconnect("hit", handler);
    expect(object.is_connected("hit", handler)).toBe(false);
    object.emit_signal("hit", 1);
    expect(count).toBe(0);
    expect(captureEngineErrors(() => object.disconnect("hit", handler)).errors).toHaveLength(1);
  });

  it("CONNECT_ONE_SHOT fires once", () => {
    const object = emitter();
    let count = 0;
    const handler = (): void => void count++;
    object.connect("hit", handler, CONNECT_ONE_SHOT);
    object.emit_signal("hit", 1);
    object.emit_signal("hit", 1);
    expect(count).toBe(1);
    expect(object.is_connected("hit", handler)).toBe(false);
  });

  it("CONNECT_DEFERRED calls in a microtask, not during emit", async () => {
    const object = emitter();
    const calls: number[] = [];
    object.connect("hit", (damage: number) => calls.push(damage), CONNECT_DEFERRED);
    object.emit_signal("hit", 9);
    expect(calls).toEqual([]);
    await Promise.resolve();
    expect(calls).toEqual([9]);
  });

  it("CONNECT_REFERENCE_COUNTED counts connects; the last disconnect removes it", () => {
    const object = emitter();
    let count = 0;
    const handler = (): void => void count++;
    expect(object.connect("hit", handler, CONNECT_REFERENCE_COUNTED)).toBe(GodotError.OK);
    expect(object.connect("hit", handler, CONNECT_REFERENCE_COUNTED)).toBe(GodotError.OK);
    object.emit_signal("hit", 1);
    expect(count).toBe(1);
    object.disconnect("hit", handler);
    expect(object.is_connected("hit", handler)).toBe(true);
    object.disconnect("hit", handler);
    expect(object.is_connected("hit", handler)).toBe(false);
  });

  it("CONNECT_APPEND_SOURCE_OBJECT appends the emitter", () => {
    const object = emitter();
    const seen: unknown[] = [];
    object.connect("hit", (...args: unknown[]) => seen.push(...args), CONNECT_APPEND_SOURCE_OBJECT);
    object.emit_signal("hit", 3);
    expect(seen).toEqual([3, object]);
  });

  it("blocked signals call nothing and return ERR_CANT_ACQUIRE_RESOURCE", () => {
    const object = emitter();
    let count = 0;
    object.connect("hit", () => void count++);
    object.set_block_signals(true);
    expect(object.is_blocking_signals()).toBe(true);
    expect(object.emit_signal("hit", 1)).toBe(GodotError.ERR_CANT_ACQUIRE_RESOURCE);
    object.set_block_signals(false);
    object.emit_signal("hit", 1);
    expect(count).toBe(1);
  });

  it("a throwing handler is reported and the next handlers still run", () => {
    const object = emitter();
    let ran = false;
    object.connect("hit", () => {
      throw new Error("boom");
    });
    object.connect("hit", () => void (ran = true));
    const emitted = captureEngineErrors(() => object.emit_signal("hit", 1));
    expect(emitted.result).toBe(GodotError.OK);
    expect(emitted.errors[0]).toMatch(/boom/);
    expect(ran).toBe(true);
  });

  it("a class signal without connections returns ERR_UNAVAILABLE, as the engine's signal map does", () => {
    const object = new GodotObject();
    const quiet = captureEngineErrors(() => object.emit_signal("script_changed"));
    expect(quiet.result).toBe(GodotError.ERR_UNAVAILABLE);
    expect(quiet.errors).toEqual([]);
    expect(emitter().emit_signal("hit", 1)).toBe(GodotError.OK);
  });

  it("adding and removing metadata emits property_list_changed", () => {
    const object = new GodotObject();
    let count = 0;
    object.connect("property_list_changed", () => void count++);
    object.set_meta("a", 1);
    object.set_meta("a", 2);
    object.remove_meta("a");
    object.remove_meta("a");
    expect(count).toBe(2);
  });

  it("class signals work too: notify_property_list_changed emits property_list_changed", () => {
    const object = new GodotObject();
    let count = 0;
    expect(object.has_signal("property_list_changed")).toBe(true);
    object.connect("property_list_changed", () => void count++);
    object.notify_property_list_changed();
    expect(count).toBe(1);
  });
});

describe("{ object, method } callables", () => {
  class Receiver extends GodotObject {
    total = 0;
    add(amount: number, bonus = 0): void {
      this.total += amount + bonus;
    }
  }

  it("call the method by name, compare by object and method, and show up as incoming", () => {
    const source = emitter();
    const receiver = new Receiver();
    expect(source.connect("hit", { object: receiver, method: "add" })).toBe(GodotError.OK);
    expect(source.is_connected("hit", { object: receiver, method: "add" })).toBe(true);
    source.emit_signal("hit", 4);
    expect(receiver.total).toBe(4);

    const incoming = receiver.get_incoming_connections();
    expect(incoming).toHaveLength(1);
    expect((incoming[0]!["signal"] as unknown as Dictionary)["name"]).toBe("hit");
    const outgoing = source.get_signal_connection_list("hit");
    expect(outgoing[0]).toMatchObject({ flags: 0, callable: { object: receiver, method: "add" } });

    source.disconnect("hit", { object: receiver, method: "add" });
    expect(receiver.get_incoming_connections()).toEqual([]);
  });

  it("freeing the receiver drops its incoming connections", () => {
    const source = emitter();
    const receiver = new Receiver();
    source.connect("hit", { object: receiver, method: "add" });
    receiver.free();
    expect(source.has_connections("hit")).toBe(false);
  });
});

describe("user signals", () => {
  it("add, has, remove (which drops its connections); class signals cannot be re-added", () => {
    const object = new GodotObject();
    object.add_user_signal("ping");
    expect(object.has_user_signal("ping")).toBe(true);
    expect(object.has_signal("ping")).toBe(true);
    object.connect("ping", () => {});
    object.remove_user_signal("ping");
    expect(object.has_signal("ping")).toBe(false);
    expect(object.has_connections("ping")).toBe(false);
    expect(captureEngineErrors(() => object.add_user_signal("script_changed")).errors).toHaveLength(
      1,
    );
    expect(object.has_user_signal("script_changed")).toBe(false);
  });
});
