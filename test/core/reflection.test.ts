import { describe, expect, it } from "vitest";
import type { Dictionary, Variant } from "../../generated/builtins.js";
import { GodotObject } from "../../src/impl/core/GodotObject.js";
import { Error as GodotError } from "../../src/impl/core/godotError.js";
import { RefCounted } from "../../src/impl/core/RefCounted.js";
import { StreamPeerTCP } from "../../src/impl/stream/StreamPeerTCP.js";
import { StreamPeerTLS } from "../../src/impl/stream/StreamPeerTLS.js";
import { captureEngineErrors } from "./engineErrors.js";

/** Records the arguments each bind() call really received. */
class BindProbe extends StreamPeerTCP {
  readonly received: unknown[][] = [];
  override bind(...args: [number, string?]): GodotError {
    this.received.push(args);
    return GodotError.OK;
  }
}

/** A JS subclass in the role of a script: fields are properties, methods are callable by name. */
class Player extends RefCounted {
  hp = 10;
  stats: Record<string, unknown> = { speed: { max: 7 } };
  heal(amount: number): number {
    this.hp += amount;
    return this.hp;
  }
}

describe("class identity", () => {
  it("get_class and is_class walk Godot's inheritance chain", () => {
    const peer = new StreamPeerTCP();
    expect(peer.get_class()).toBe("StreamPeerTCP");
    for (const ancestor of [
      "StreamPeerTCP",
      "StreamPeerSocket",
      "StreamPeer",
      "RefCounted",
      "Object",
    ]) {
      expect(peer.is_class(ancestor)).toBe(true);
    }
    expect(peer.is_class("StreamPeerTLS")).toBe(false);
    expect(peer.is_class("Node")).toBe(false);
    expect(new Player().get_class()).toBe("RefCounted");
  });

  it("instance ids are unique and increasing; to_string is <Class#id>", () => {
    const first = new GodotObject();
    const second = new RefCounted();
    expect(second.get_instance_id()).toBeGreaterThan(first.get_instance_id());
    expect(second.to_string()).toBe(`<RefCounted#${second.get_instance_id()}>`);
    expect(String(first)).toBe(`<Object#${first.get_instance_id()}>`);
    class Named extends GodotObject {
      _to_string(): string {
        return "named";
      }
    }
    expect(new Named().to_string()).toBe("named");
  });

  it("constants are static, read-only and inherited along the class chain", () => {
    expect(StreamPeerTCP.CONNECT_ONE_SHOT).toBe(4);
    expect(StreamPeerTCP.STATUS_CONNECTED).toBe(2);
    expect(StreamPeerTLS.Status.STATUS_ERROR_HOSTNAME_MISMATCH).toBe(4);
    expect(GodotObject.ConnectFlags.CONNECT_DEFERRED).toBe(1);
    expect(() => {
      (GodotObject as unknown as Record<string, number>)["NOTIFICATION_PREDELETE"] = 5;
    }).toThrow(TypeError);
    expect(GodotObject.NOTIFICATION_PREDELETE).toBe(1);
  });
});

describe("call / callv", () => {
  it("fills omitted arguments from the documented defaults", () => {
    const probe = new BindProbe();
    probe.call("bind", 8080);
    probe.callv("bind", [8081, "127.0.0.1"]);
    probe.bind(8082);
    expect(probe.received).toEqual([[8080, "*"], [8081, "127.0.0.1"], [8082]]);
  });

  it("returns the method's value, and null for void methods", () => {
    const peer = new StreamPeerTCP();
    expect(peer.call("get_class")).toBe("StreamPeerTCP");
    expect(peer.call("connect_to_host", "127.0.0.1", 0)).toBe(GodotError.ERR_INVALID_PARAMETER);
    expect(peer.call("set_big_endian", true)).toBeNull();
    expect(peer.is_big_endian_enabled()).toBe(true);
  });

  it("too few, too many arguments and unknown methods report an error and return null", () => {
    const peer = new StreamPeerTCP();
    const tooFew = captureEngineErrors(() => peer.call("connect_to_host", "127.0.0.1"));
    expect(tooFew.result).toBeNull();
    expect(tooFew.errors[0]).toMatch(/at least 2 arguments/);
    const tooMany = captureEngineErrors(() => peer.call("get_status", 1));
    expect(tooMany.result).toBeNull();
    expect(tooMany.errors).toHaveLength(1);
    const unknown = captureEngineErrors(() => peer.call("no_such_method"));
    expect(unknown.result).toBeNull();
    expect(unknown.errors[0]).toMatch(/Nonexistent function "no_such_method"/);
    // Implementation internals are not Godot methods.
    expect(captureEngineErrors(() => peer.call("transportAvailable")).errors).toHaveLength(1);
  });

  it("passes vararg extras through", () => {
    const object = new GodotObject();
    const seen: unknown[] = [];
    object.add_user_signal("moved");
    object.connect("moved", (x: number, y: number) => seen.push(x, y));
    expect(object.call("emit_signal", "moved", 3, 4)).toBe(GodotError.OK);
    expect(seen).toEqual([3, 4]);
  });

  it("has_method and get_method_argument_count know documented and script methods only", () => {
    const player = new Player();
    expect(player.has_method("get_reference_count")).toBe(true);
    expect(player.has_method("heal")).toBe(true);
    expect(player.has_method("nope")).toBe(false);
    expect(player.has_method("_get")).toBe(false);
    expect(new StreamPeerTCP().has_method("transportPut")).toBe(false);
    expect(new StreamPeerTCP().get_method_argument_count("bind")).toBe(2);
    expect(player.get_method_argument_count("heal")).toBe(1);
    expect(player.call("heal", 5)).toBe(15);
  });

  it("call_deferred runs in a microtask", async () => {
    const player = new Player();
    expect(player.call_deferred("heal", 1)).toBeNull();
    expect(player.hp).toBe(10);
    await Promise.resolve();
    expect(player.hp).toBe(11);
  });
});

describe("get / set", () => {
  it("go through the documented getter and setter methods", () => {
    const calls: string[] = [];
    class Watched extends StreamPeerTCP {
      override set_big_endian(enable: boolean): void {
        calls.push(`set ${enable}`);
        super.set_big_endian(enable);
      }
      override is_big_endian_enabled(): boolean {
        calls.push("get");
        return super.is_big_endian_enabled();
      }
    }
    const peer = new Watched();
    peer.set("big_endian", true);
    expect(peer.get("big_endian")).toBe(true);
    expect(calls).toEqual(["set true", "get"]);
  });

  it("ignore unknown properties and mismatched types; get returns null for unknown ones", () => {
    const peer = new StreamPeerTCP();
    peer.set("big_endian", "yes" as Variant);
    expect(peer.is_big_endian_enabled()).toBe(false);
    peer.set("no_such_property", 1);
    expect(peer.get("no_such_property")).toBeNull();
  });

  it("reach script fields, _get/_set, and nested values through get_indexed/set_indexed", () => {
    const player = new Player();
    expect(player.get("hp")).toBe(10);
    player.set("hp", 3);
    expect(player.hp).toBe(3);
    expect(player.get_indexed("stats:speed:max")).toBe(7);
    player.set_indexed("stats:speed:max", 9);
    expect(player.get_indexed("stats:speed:max")).toBe(9);

    class Virtual extends GodotObject {
      store = new Map<string, Variant>();
      _get(property: string): Variant {
        return this.store.get(property) ?? null;
      }
      _set(property: string, value: Variant): boolean {
        if (!property.startsWith("v_")) return false;
        this.store.set(property, value);
        return true;
      }
    }
    const virtual = new Virtual();
    virtual.set("v_x", 42);
    expect(virtual.get("v_x")).toBe(42);
  });
});

describe("reflective lists", () => {
  const byName = (list: Dictionary[], name: string): Dictionary | undefined =>
    list.find((entry) => entry["name"] === name);

  it("get_property_list: category entries per class and typed properties", () => {
    const list = new StreamPeerTCP().get_property_list();
    expect(byName(list, "big_endian")).toEqual({
      name: "big_endian",
      class_name: "",
      type: 1,
      hint: 0,
      hint_string: "",
      usage: 6,
    });
    const categories = list.filter((entry) => entry["usage"] === 128).map((entry) => entry["name"]);
    expect(categories).toEqual([
      "StreamPeerTCP",
      "StreamPeerSocket",
      "StreamPeer",
      "RefCounted",
      "Object",
    ]);
    const player = new Player();
    player.set_meta("team", "red");
    const playerList = player.get_property_list();
    expect(byName(playerList, "hp")?.["type"]).toBe(2);
    expect(byName(playerList, "metadata/team")?.["type"]).toBe(4);
  });

  it("get_method_list: args, defaults, flags and return as dictionaries", () => {
    const list = new StreamPeerTCP().get_method_list();
    const bind = byName(list, "bind")!;
    expect((bind["args"] as Dictionary[]).map((arg) => [arg["name"], arg["type"]])).toEqual([
      ["port", 2],
      ["host", 4],
    ]);
    expect(bind["default_args"]).toEqual(["*"]);
    expect((bind["return"] as Dictionary)["type"]).toBe(2);
    expect(byName(list, "get_connected_host")?.["flags"]).toBe(1 | 4);
    expect(byName(list, "call")?.["flags"]).toBe(1 | 16);
    expect(byName(list, "_notification")?.["flags"]).toBe(1 | 8);
    expect(byName(new Player().get_method_list(), "heal")).toBeDefined();
  });

  it("get_signal_list: class signals and user signals", () => {
    const object = new GodotObject();
    object.add_user_signal("hit", [{ name: "damage", type: 2 }]);
    const list = object.get_signal_list();
    expect(byName(list, "property_list_changed")).toBeDefined();
    const hit = byName(list, "hit")!;
    expect((hit["args"] as Dictionary[])[0]?.["name"]).toBe("damage");
  });
});

describe("metadata", () => {
  it("set/get/has/remove/list, null removes, default when missing", () => {
    const object = new GodotObject();
    object.set_meta("score", 5);
    expect(object.has_meta("score")).toBe(true);
    expect(object.get_meta("score")).toBe(5);
    expect(object.get_meta_list()).toEqual(["score"]);
    object.set_meta("score", null);
    expect(object.has_meta("score")).toBe(false);
    expect(object.get_meta("score", 1)).toBe(1);
    const missing = captureEngineErrors(() => object.get_meta("score"));
    expect(missing.result).toBeNull();
    expect(missing.errors).toHaveLength(1);
    expect(captureEngineErrors(() => object.set_meta("bad name", 1)).errors).toHaveLength(1);
    object.set_meta("x", 1);
    object.remove_meta("x");
    expect(object.get_meta_list()).toEqual([]);
  });
});

describe("notifications and lifetime", () => {
  class Base extends GodotObject {
    log: string[] = [];
    _notification(what: number): void {
      this.log.push(`base ${what}`);
    }
  }
  class Derived extends Base {
    keep = false;
    override _notification(what: number): void {
      this.log.push(`derived ${what}`);
      if (what === GodotObject.NOTIFICATION_PREDELETE && this.keep) this.cancel_free();
    }
  }

  it("notification calls every level's _notification, base first unless reversed", () => {
    const object = new Derived();
    object.notification(42);
    object.notification(7, true);
    expect(object.log).toEqual(["base 42", "derived 42", "derived 7", "base 7"]);
  });

  it("free sends NOTIFICATION_PREDELETE, can be cancelled, and ends the object's usefulness", () => {
    const object = new Derived();
    object.keep = true;
    object.free();
    expect(object.log).toEqual(["derived 1", "base 1"]);
    expect(object.call("get_class")).toBe("Object");
    object.keep = false;
    object.free();
    const after = captureEngineErrors(() => object.call("get_class"));
    expect(after.result).toBeNull();
    expect(after.errors[0]).toMatch(/freed/);
  });

  it("a RefCounted cannot be freed by hand", () => {
    const counted = new RefCounted();
    const attempt = captureEngineErrors(() => counted.free());
    expect(attempt.errors).toEqual(["Can't free a RefCounted object."]);
    expect(counted.call("get_reference_count")).toBe(1);
  });
});

describe("translation without catalogs", () => {
  it("returns the message unchanged, choosing the plural form by n", () => {
    const object = new GodotObject();
    expect(object.tr("Hello")).toBe("Hello");
    expect(object.tr_n("apple", "apples", 1)).toBe("apple");
    expect(object.tr_n("apple", "apples", 3)).toBe("apples");
    object.set_message_translation(false);
    expect(object.can_translate_messages()).toBe(false);
  });
});
