import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { NO_OVERRIDES, emitProject, parseOverrides } from "../../codegen/emit/index.js";
import { GeneratorInputError } from "../../codegen/ir/diagnostics.js";
import type { EmitOptions } from "../../codegen/emit/index.js";
import { plainDocRenderer } from "../../codegen/emit/doc-comments.js";
import type { ClassModel } from "../../codegen/ir/types.js";
import {
  T,
  baseClasses,
  cls,
  constant,
  link,
  method,
  param,
  property,
  signal,
} from "./ir-builder.js";
import { typecheckFiles } from "./typecheck.js";

/** One class per Godot feature the emitter must handle. */
function corpus(): ClassModel[] {
  return [
    ...baseClasses(),
    cls("Options", "RefCounted"),
    cls("Node", "Object", {
      constants: [
        constant("PROCESS_INHERIT", "0", "ProcessMode"),
        constant("PROCESS_ALWAYS", "3", "ProcessMode"),
      ],
    }),
    cls("Vector2", null, {
      constants: [constant("AXIS_X", "0", "Axis"), constant("AXIS_Y", "1", "Axis")],
    }),
    cls("Peer", "RefCounted", {
      bitfields: ["Flags"],
      constants: [
        constant("MODE_A", "0", "Mode"),
        constant("MODE_B", "1", "Mode"),
        constant("F_A", "1", "Flags"),
        constant("F_B", "2", "Flags"),
        constant("LIMIT", "16"),
      ],
      methods: [
        method("connect_to", T.enum(null, "Error"), [
          param("host", T.string),
          param("port", T.int, "-1"),
          param("opts", T.cls("Options"), "null"),
        ]),
        method("send", T.void, [
          param("data", { kind: "packed", element: "byte", written: "PackedByteArray" }),
        ]),
        method("emit_all", T.void, [param("name", T.string)], { vararg: true }),
        method("_process", T.void, [param("delta", T.float)], { virtual: true }),
        method("create", T.cls("Peer"), [], { static: true }),
        method("old", T.void, [], {}, { deprecated: "Use [method send] instead." }),
        method("with_default", T.int, [param("default", T.int)]),
        method("size", T.int),
        method("is_enabled", T.bool, [], { const: true }),
        method("get_mode", T.enum("Peer", "Mode")),
        method("get_flags", T.enum("Peer", "Flags", true)),
        method("get_axis", T.enum("Vector2", "Axis")),
        method("get_process_mode", T.enum("Node", "ProcessMode")),
        method("get_owner", T.cls("Node")),
      ],
      properties: [
        property("chunk", T.int, "set_chunk", "get_chunk", "65536"),
        property("enabled", T.bool, "set_enabled", "is_enabled", "false"),
        property("size", T.int, null, "get_size"),
      ],
      signals: [signal("done", [param("code", T.int)])],
    }),
    cls("Derived", "Peer", {
      constants: [constant("MODE_A", "5")],
      methods: [method("send", T.void, [param("data", T.string)])],
    }),
  ];
}

async function emit(options: Partial<EmitOptions> = {}): Promise<Map<string, string>> {
  const result = await emitProject(link(corpus(), ["Peer", "Derived"]), {
    overrides: NO_OVERRIDES,
    facade: null,
    docsUrl: "https://docs.example/4.6",
    renderDoc: plainDocRenderer,
    ...options,
  });
  return result.files;
}

function file(files: Map<string, string>, name: string): string {
  const text = files.get(name);
  if (text === undefined)
    throw new Error(`${name} not emitted; got ${[...files.keys()].join(", ")}`);
  return text;
}

const oneClassFiles = await emit();

describe("emitProject: one class", () => {
  const files = oneClassFiles;
  const peer = file(files, "Peer.ts");

  it("writes the file set of CONTRACT.md", () => {
    expect([...files.keys()]).toEqual([
      "Derived.ts",
      "GlobalScope.ts",
      "Object.ts",
      "Peer.ts",
      "RefCounted.ts",
      "builtins.ts",
      "index.ts",
      "metadata.ts",
      "stubs.ts",
    ]);
  });

  it("maps parameters: defaults optional, `null` default nullable, vararg rest, reserved names escaped", () => {
    expect(peer).toContain(
      "connect_to(host: string, port?: number, opts?: Options | null): Error;",
    );
    expect(peer).toContain("emit_all(name: string, ...args: Variant[]): void;");
    expect(peer).toContain("with_default(default_: number): number;");
    expect(peer).not.toMatch(/=\s*-1\)/); // never an initializer
  });

  it("makes virtual methods optional and static methods members of the static interface", () => {
    expect(peer).toContain("_process?(delta: number): void;");
    const staticSide = peer.slice(peer.indexOf("export interface PeerStatic"));
    expect(staticSide).toContain("create(): Peer | null;");
    const instanceSide = peer.slice(
      peer.indexOf("export interface Peer "),
      peer.indexOf("export interface PeerStatic"),
    );
    expect(instanceSide).not.toContain("create()");
  });

  it("turns setter/getter properties into accessors, synthesizing undocumented accessor methods once", () => {
    expect(peer).toContain("get chunk(): number;\n  set chunk(value: number);");
    expect(peer).toContain("set_chunk(value: number): void;");
    expect(peer).toContain("get_chunk(): number;");
    expect(peer).toContain("set_enabled(value: boolean): void;");
    // is_enabled is documented among the methods: not declared a second time.
    expect(peer.match(/is_enabled\(\)/g)).toHaveLength(1);
    expect(peer).toMatch(/@defaultValue `65536`[\s\S]*get chunk\(\)/);
  });

  it("lets a method win over a property of the same name", () => {
    expect(peer).toContain("size(): number;");
    expect(peer).not.toContain("get size()");
  });

  it("emits frozen enum objects, literal-union enum types, bitfields as number, and the constants object", () => {
    expect(peer).toMatch(
      /export const Peer_Mode = freeze\(\{[\s\S]*MODE_A: 0,[\s\S]*MODE_B: 1,[\s\S]*\} as const\);/,
    );
    expect(peer).toContain("type Mode = (typeof Peer_Mode)[keyof typeof Peer_Mode];");
    expect(peer).toContain("type Flags = number;");
    expect(peer).toMatch(
      /export const Peer_constants = freeze\(\{\n\s+Mode: Peer_Mode,\n\s+Flags: Peer_Flags,/,
    );
    expect(peer).toContain("LIMIT: 16,");
    expect(peer).toContain("readonly MODE_B: 1;");
    expect(peer).toContain("readonly Mode: typeof Peer_Mode;");
    expect(peer).toContain("get_mode(): Peer.Mode;");
    expect(peer).toContain("get_flags(): number;");
  });

  it("types signals by name and handler signature", () => {
    expect(peer).toMatch(/interface Signals \{[\s\S]*done\(code: number\): void;/);
  });

  it("marks deprecated members", () => {
    expect(peer).toMatch(/@deprecated Use send instead\.[\s\S]*old\(\): void;/);
  });

  it("extends the base through Omit<> only for incompatible redeclarations", () => {
    const derived = file(files, "Derived.ts");
    expect(derived).toContain('export interface Derived extends Omit<Peer, "send"> {');
    expect(derived).toContain(
      'export interface DerivedStatic extends Omit<PeerStatic, "MODE_A"> {',
    );
  });

  it("declares referenced classes outside the set as documented stubs extending their emitted base", () => {
    expect(file(files, "stubs.ts")).toMatch(
      /\/\*\*[^/]*The Options class\.[^/]*\*\/\nexport interface Options extends RefCounted \{\}/,
    );
    expect(file(files, "Peer.ts")).toContain('import type { Node, Options } from "./stubs.js";');
  });

  it("types enums of stub and builtin classes as literal unions in their namespaces", () => {
    expect(peer).toContain("get_axis(): Vector2.Axis;");
    expect(peer).toContain("get_process_mode(): Node.ProcessMode;");
    expect(file(files, "builtins.ts")).toMatch(
      /export interface Vector2 \{\}[\s\S]*export declare namespace Vector2 \{[\s\S]*type Axis = 0 \| 1;/,
    );
    expect(file(files, "stubs.ts")).toMatch(
      /export interface Node extends Object \{\}[\s\S]*export declare namespace Node \{[\s\S]*type ProcessMode = 0 \| 3;/,
    );
    expect(file(files, "builtins.ts")).toMatch(
      /export type Variant = .*\| Callable \| Signal \| Vector2 \| Object;/,
    );
  });

  it("keeps only the used global enums in GlobalScope.ts", () => {
    const globals = file(files, "GlobalScope.ts");
    expect(globals).toContain("export const Error = freeze(");
    expect(globals).toContain("export type Error = (typeof Error)[keyof typeof Error];");
    expect(globals).not.toContain("Key");
  });

  it("is deterministic", async () => {
    expect(await emit()).toEqual(files);
  });

  it("type-checks under the gate options, including a consumer using it as GDScript would", () => {
    const consumer = [
      'import type { PeerStatic, Peer, Error } from "./index.js";',
      "declare const Peer: PeerStatic;",
      "const p: Peer = new Peer();",
      'const e: Error = p.connect_to("h", 80, null);',
      "const m: Peer.Mode = Peer.Mode.MODE_B;",
      "p.chunk = 5;",
      "const flags: number = Peer.F_A | Peer.F_B;",
      "// @ts-expect-error: accessors keep their type",
      'p.chunk = "x";',
      "// @ts-expect-error: 7 is not a Mode",
      "const bad: Peer.Mode = 7;",
      "// @ts-expect-error: constants are readonly",
      "Peer.MODE_A = 1;",
      "export { e, m, flags, bad };",
    ].join("\n");
    expect(typecheckFiles(files, new Map([["consumer.ts", consumer]]))).toEqual([]);
  });
});

const overriddenFiles = await emit({
  overrides: parseOverrides(
    {
      methods: {
        "Peer.create": { reason: "factory", return: { nullable: false } },
        "Peer.connect_to": { reason: "test", params: { host: { name: "hostname" } } },
      },
      properties: { "Peer.chunk": { reason: "test", type: "float" } },
    },
    "overrides.json",
  ),
});

describe("emitProject: overrides and metadata", () => {
  const files = overriddenFiles;

  it("applies nullability, renames and type fixes", () => {
    const peer = file(files, "Peer.ts");
    expect(peer).toContain("create(): Peer;");
    expect(peer).toContain("connect_to(hostname: string,");
  });

  it("describes members at run time in Godot terms", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "emit-meta-"));
    try {
      writeFileSync(path.join(dir, "metadata.ts"), file(files, "metadata.ts"));
      const meta = (await import(
        pathToFileURL(path.join(dir, "metadata.ts")).href
      )) as typeof import("../../generated/metadata.js");
      const peer = meta.classes["Peer"];
      expect(peer?.inherits).toBe("RefCounted");
      expect(peer?.methods["connect_to"]).toEqual({
        name: "connect_to",
        returnType: "Error",
        params: [
          { name: "host", type: "String" },
          { name: "port", type: "int", default: "-1", defaultValue: -1 },
          { name: "opts", type: "Options", default: "null", defaultValue: null },
        ],
        required: 1,
        static: false,
        const: false,
        vararg: false,
        virtual: false,
      });
      expect(peer?.methods["set_chunk"]?.params).toEqual([{ name: "value", type: "float" }]);
      expect(peer?.properties["chunk"]).toEqual({
        name: "chunk",
        type: "float",
        setter: "set_chunk",
        getter: "get_chunk",
        default: "65536",
      });
      expect(peer?.enums["Flags"]).toEqual({
        name: "Flags",
        bitfield: true,
        values: { F_A: 1, F_B: 2 },
      });
      expect(peer?.constants).toEqual({ MODE_A: 0, MODE_B: 1, F_A: 1, F_B: 2, LIMIT: 16 });
      expect(peer?.signals["done"]).toEqual({
        name: "done",
        params: [{ name: "code", type: "int" }],
      });
      expect(Object.keys(meta.classes)).toEqual(["Derived", "Object", "Peer", "RefCounted"]);
      expect(meta.globalScope.enums["Error"]?.values).toEqual({ OK: 0, FAILED: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("emitProject: overrides are checked against the corpus", () => {
  it.each([
    [{ methods: { "Peer.nope": { reason: "r" } } }, /Peer\.nope: Peer has no method "nope"/],
    [
      { methods: { "Peer.connect_to": { reason: "r", params: { hots: { nullable: false } } } } },
      /Peer has no parameter|Peer\.connect_to has no parameter "hots"/,
    ],
    [{ properties: { "Peer.chunks": { reason: "r" } } }, /Peer has no property "chunks"/],
    [{ properties: { "Peer.chunk": { reason: "r", type: "Array[" } } }, /not a Godot type/],
  ])("rejects an entry that matches nothing, naming the overrides file", async (data, message) => {
    const overrides = parseOverrides(data, "my-overrides.json");
    let error: unknown;
    try {
      await emit({ overrides, facade: { implementationModule: "./impl.js", classes: ["Peer"] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeneratorInputError);
    expect((error as Error).message).toMatch(/^my-overrides\.json: /);
    expect((error as Error).message).toMatch(message);
  });

  it("ignores entries that match nothing outside the bound-set run (other versions, --all)", async () => {
    const overrides = parseOverrides(
      { methods: { "Absent.x": { reason: "r" }, "Peer.only_in_4": { reason: "r" } } },
      "o.json",
    );
    expect((await emit({ overrides })).has("Peer.ts")).toBe(true);
  });
});
