/** Link resolution order: qualified target, current class, its bases, @GlobalScope; then a miss. */
import { describe, expect, it } from "vitest";
import { createLinkResolver } from "../../codegen/docs/index.js";
import type { CrossReference } from "../../codegen/docs/index.js";
import { linkedCorpus } from "./fixture-corpus.js";

// `shared` exists at every level so each test shows which level wins.
const corpus = linkedCorpus(
  {
    "@GlobalScope": { methods: ["shared", "global_only"], constants: ["Error.OK", "SHARED_K"] },
    Object: { methods: ["shared", "base_only"], constants: ["SHARED_K"] },
    Base: { inherits: "Object", methods: ["shared", "mid_only"] },
    // Child.shared returns an Error, which puts the Error enum into GlobalScope.ts.
    Child: {
      inherits: "Base",
      methods: ["shared"],
      constants: ["Mode.SHARED_K"],
      enumTypes: { shared: "Error" },
    },
    Other: { inherits: "Object", methods: ["shared"] },
    Outside: { inherits: "Object", methods: ["far"] },
  },
  ["Child", "Other"],
);
const resolver = createLinkResolver(corpus);
const resolve = (tag: CrossReference["tag"], target: string, from = "Child") =>
  resolver.resolve({ tag, target }, from);

describe("createLinkResolver", () => {
  it("emits what the test expects", () => {
    expect(corpus.emitted).toEqual(["@GlobalScope", "Base", "Child", "Object", "Other"]);
    expect(corpus.isEmitted("Outside")).toBe(false);
  });

  it("prefers the qualified target over the current class", () => {
    expect(resolve("method", "Other.shared")).toMatchObject({
      kind: "link",
      declaration: "Other.shared",
      owner: "Other",
    });
  });

  it("finds a qualified target's inherited member in its declaring base", () => {
    expect(resolve("method", "Child.base_only", "Other")).toMatchObject({
      kind: "link",
      declaration: "Object.base_only",
      owner: "Object",
    });
  });

  it("looks in the current class first", () => {
    expect(resolve("method", "shared")).toMatchObject({ declaration: "Child.shared" });
    expect(resolve("constant", "SHARED_K")).toMatchObject({ declaration: "Child_Mode.SHARED_K" });
  });

  it("then in the bases, nearest first", () => {
    expect(resolve("method", "mid_only")).toMatchObject({
      declaration: "Base.mid_only",
      owner: "Base",
    });
    expect(resolve("method", "base_only")).toMatchObject({
      declaration: "Object.base_only",
      owner: "Object",
    });
    expect(resolve("constant", "SHARED_K", "Base")).toMatchObject({
      declaration: "Object_constants.SHARED_K",
    });
  });

  it("then in @GlobalScope", () => {
    expect(resolve("constant", "OK")).toMatchObject({
      declaration: "Error.OK",
      owner: "@GlobalScope",
      symbol: "Error",
    });
    // Found there, but global functions have no TS declaration to link to.
    expect(resolve("method", "global_only")).toEqual({ kind: "miss", outsideEmittedSet: true });
  });

  it("misses a target outside the emitted set, marking it as existing", () => {
    expect(resolve("method", "Outside.far")).toEqual({ kind: "miss", outsideEmittedSet: true });
    expect(resolve("class", "Outside")).toEqual({ kind: "miss", outsideEmittedSet: true });
  });

  it("misses a target that exists nowhere, marking it as broken", () => {
    expect(resolve("method", "nowhere")).toEqual({ kind: "miss", outsideEmittedSet: false });
    expect(resolve("method", "Missing.shared")).toEqual({ kind: "miss", outsideEmittedSet: false });
    expect(resolve("member", "shared")).toEqual({ kind: "miss", outsideEmittedSet: false });
    expect(resolve("class", "Missing")).toEqual({ kind: "miss", outsideEmittedSet: false });
  });

  it("does not fall back from a qualified target to the current class", () => {
    // Child (the current class) inherits mid_only from Base; Outside does not.
    expect(resolve("method", "Outside.mid_only")).toEqual({
      kind: "miss",
      outsideEmittedSet: false,
    });
  });

  it("answers a repeated reference as the first time, per class for unqualified targets", () => {
    const fresh = createLinkResolver(corpus);
    const from = (cls: string) => fresh.resolve({ tag: "method", target: "shared" }, cls);
    for (let round = 0; round < 2; round++) {
      expect(from("Child")).toMatchObject({ declaration: "Child.shared", owner: "Child" });
      expect(from("Other")).toMatchObject({ declaration: "Other.shared", owner: "Other" });
      expect(from("Base")).toMatchObject({ declaration: "Base.shared", owner: "Base" });
    }
    const qualified = { tag: "method", target: "Base.mid_only" } as const;
    expect(fresh.resolve(qualified, "Child")).toEqual(fresh.resolve(qualified, "Other"));
    expect(fresh.resolve({ tag: "method", target: "mid_only" }, "Other")).toMatchObject({
      kind: "miss",
    });
    expect(fresh.resolve({ tag: "method", target: "mid_only" }, "Child")).toMatchObject({
      kind: "link",
      owner: "Base",
    });
  });

  it("knows which names are classes", () => {
    expect(resolver.hasClass("Outside")).toBe(true);
    expect(resolver.hasClass("@GlobalScope")).toBe(true);
    expect(resolver.hasClass("Nope")).toBe(false);
  });
});
