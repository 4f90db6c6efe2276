// idlharness-style conformance: one test per documented member of every bound class, driven by
// the 4.6.3 class reference XML, checked against the classes src/impl/index.ts exports.
// Members on the implementation's explicit unsupported list are skipped here (named with their
// reason) and counted as missing by the audit; any other missing member fails.
import { describe, expect, it } from "vitest";
import {
  auditCorpus,
  carrierOf,
  findInstanceMember,
  findStaticMember,
  functionOf,
  type ClassObject,
  type DocumentedConstant,
  type DocumentedMethod,
  type DocumentedProperty,
  type DocumentedSignal,
} from "../../codegen/audit/index.js";
import { freshInstance, literalValue, loadConformance, type ConformanceCase } from "./harness.js";

const conformance = await loadConformance();
const { classes, implementation } = conformance;
const supported = conformance.cases.filter((c) => c.unsupported === undefined);
const unsupported = conformance.cases.filter((c) => c.unsupported !== undefined);
/** `[label, case]` rows, so each test is named after its member without quoting. */
const ofKind = (kind: ConformanceCase["member"]["kind"]): [string, ConformanceCase][] =>
  supported.filter((c) => c.member.kind === kind).map((c) => [c.label, c]);

type Dynamic = Record<string, unknown>;
type Method = (...args: unknown[]) => unknown;
const OK = 0;

/**
 * The class to check a member on: the class itself, or, when src/impl does not export that base
 * (its own test below fails for it), the nearest exported bound subclass, so the member results
 * stay informative.
 */
function carrier(c: ConformanceCase): ClassObject {
  const found = carrierOf(conformance.corpus, c.member.className, implementation);
  if (found === undefined)
    throw new Error(
      `${c.member.className} is not exported by src/impl/index.ts, nor any subclass of it`,
    );
  return found.cls;
}

function call(target: object, name: string, ...args: unknown[]): unknown {
  const fn = (target as Dynamic)[name];
  expect(fn, `${name}()`).toBeTypeOf("function");
  return (fn as Method).apply(target, args);
}

describe("bound set", () => {
  it("reads the bound set from the XML: manifest classes plus bases up to Object", () => {
    expect(classes[0]).toBe("Object");
    expect(classes).toEqual(expect.arrayContaining(["RefCounted", "HTTPClient", "StreamPeerTLS"]));
    expect(conformance.cases.length).toBeGreaterThan(200);
  });

  it.each(classes)("%s is exported by src/impl/index.ts under its Godot name", (name) => {
    expect(implementation.classes.get(name), name).toBeTypeOf("function");
  });
});

describe("methods", () => {
  it.each(ofKind("method"))("%s", (_label, c) => {
    const member = c.member as DocumentedMethod;
    const cls = carrier(c);
    const here = member.static
      ? findStaticMember(cls, member.name)
      : findInstanceMember(cls, member.name);
    const there = member.static
      ? findInstanceMember(cls, member.name)
      : findStaticMember(cls, member.name);
    expect(
      functionOf(there),
      `${member.name} must not be ${member.static ? "an instance" : "a static"} method`,
    ).toBeUndefined();
    const fn = functionOf(here);
    // Virtual methods are hooks user code overrides: optional, but shaped right when present.
    if (member.virtual && fn === undefined) return;
    expect(fn, `${member.static ? "static" : "instance"} method ${member.name}`).toBeTypeOf(
      "function",
    );
    expect(fn?.length, "fn.length = required parameters").toBe(member.required);
  });
});

/** A different valid value to write, by type; undefined where no safe generic choice exists. */
function otherValue(
  property: DocumentedProperty,
  current: unknown,
): { value: unknown } | undefined {
  const type = property.model.type;
  if (type.kind !== "primitive") return undefined;
  if (type.name === "bool" && typeof current === "boolean") return { value: !current };
  if (type.name === "int" && typeof current === "number") return { value: current + 1 };
  if (type.name === "float" && typeof current === "number") return { value: current + 0.5 };
  if (type.name === "String" || type.name === "StringName") return { value: "conformance" };
  return undefined;
}

describe("properties", () => {
  const roundTripped: string[] = [];
  it.each(ofKind("property"))("%s", (_label, c) => {
    const member = c.member as DocumentedProperty;
    const cls = carrier(c);
    const accessor = findInstanceMember(cls, member.name);
    expect(accessor?.descriptor.get, `get ${member.name}`).toBeTypeOf("function");
    if (member.setter !== null)
      expect(accessor?.descriptor.set, `set ${member.name}`).toBeTypeOf("function");
    if (member.setter !== null)
      expect(functionOf(findInstanceMember(cls, member.setter))?.length, `${member.setter}()`).toBe(
        1,
      );
    if (member.getter !== null)
      expect(functionOf(findInstanceMember(cls, member.getter))?.length, `${member.getter}()`).toBe(
        0,
      );

    const instance = freshInstance(cls);
    if (instance === null) return; // An abstract class: the shape above is all that can be checked.
    const object = instance as Dynamic;
    const documented = literalValue(member.model.default);
    if (documented !== undefined && member.model.type.kind === "primitive") {
      expect(
        object[member.name],
        `fresh ${member.name} = documented default ${member.model.default}`,
      ).toEqual(documented.value);
    }
    if (member.getter !== null) expect(call(instance, member.getter)).toEqual(object[member.name]);
    if (member.setter === null || member.getter === null) return;

    const original = object[member.name];
    const other = otherValue(member, original);
    if (other === undefined) return;
    object[member.name] = other.value;
    expect(
      call(instance, member.getter),
      `${member.getter}() after assigning ${member.name}`,
    ).toEqual(other.value);
    call(instance, member.setter, original);
    expect(object[member.name], `${member.name} after ${member.setter}()`).toEqual(original);
    roundTripped.push(c.label);
  });

  // Guards against a vacuous pass: the early returns above must leave real round trips.
  it("round-tripped the primitive properties of constructible classes", () => {
    expect(roundTripped).toEqual(
      expect.arrayContaining([
        "HTTPClient.read_chunk_size (property)",
        "HTTPClient.blocking_mode_enabled (property)",
      ]),
    );
  });
});

describe("constants and enum values", () => {
  it.each(ofKind("constant"))("%s", (_label, c) => {
    const member = c.member as DocumentedConstant;
    const cls = carrier(c) as unknown as Dynamic;
    expect(
      findStaticMember(cls as unknown as ClassObject, member.name),
      `static ${member.name}`,
    ).toBeDefined();
    if (member.value !== null) expect(cls[member.name]).toBe(member.value);
    const before = cls[member.name];
    // Test files are ES modules, so strict mode: writing a read-only property throws.
    expect(() => {
      cls[member.name] = -12345;
    }).toThrow(TypeError);
    expect(cls[member.name]).toBe(before);
    if (member.enumName !== null) {
      const enumObject = cls[member.enumName] as Dynamic | undefined;
      expect(enumObject, `${member.enumName} enum object`).toBeTypeOf("object");
      expect(enumObject?.[member.name], `${member.enumName}.${member.name}`).toBe(before);
      expect(Object.isFrozen(enumObject), `${member.enumName} is frozen`).toBe(true);
    }
  });
});

describe("signals", () => {
  const signals = ofKind("signal");
  it.each(signals)("%s can be connected, emitted and disconnected", (_label, c) => {
    const member = c.member as DocumentedSignal;
    const instance = freshInstance(carrier(c));
    expect(instance, "an instance to connect to").not.toBeNull();
    const target = instance as object;
    expect(call(target, "has_signal", member.name)).toBe(true);
    const received: unknown[][] = [];
    const handler = (...args: unknown[]): void => {
      received.push(args);
    };
    expect(call(target, "connect", member.name, handler)).toBe(OK);
    expect(call(target, "is_connected", member.name, handler)).toBe(true);
    const args = member.model.params.map((_, i) => i + 1);
    expect(call(target, "emit_signal", member.name, ...args)).toBe(OK);
    expect(received).toEqual([args]);
    call(target, "disconnect", member.name, handler);
    expect(call(target, "is_connected", member.name, handler)).toBe(false);
    call(target, "emit_signal", member.name, ...args);
    expect(received).toHaveLength(1);
  });

  it("Object documents two signals, both checked above", () => {
    expect(
      signals
        .filter(([, c]) => c.member.className === "Object")
        .map(([, c]) => c.member.name)
        .sort(),
    ).toEqual(["property_list_changed", "script_changed"]);
  });
});

describe("unsupported members", () => {
  // Listed by the implementation with a reason: excluded from the pass requirement.
  it.skip.each(unsupported.map((c) => [`${c.label}: unsupported (${c.unsupported ?? ""})`]))(
    "%s",
    () => {},
  );

  it("are counted as missing by the audit, with their reason", () => {
    const report = auditCorpus(conformance.corpus, classes, implementation);
    for (const c of unsupported) {
      const audit = report.classes.find((a) => a.className === c.member.className);
      expect(audit?.unsupported, c.label).toContainEqual({
        kind: c.member.kind,
        name: c.member.name,
        reason: c.unsupported,
      });
    }
    expect(report.totals.unsupported).toBe(
      unsupported.filter((c) => !(c.member.kind === "method" && c.member.virtual)).length,
    );
  });
});
