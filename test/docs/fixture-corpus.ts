/**
 * A small hand-made corpus for the docs tests, resolved by the real resolve stage: HTTPClient
 * and its bases are emitted, Node exists but is not, and @GlobalScope holds `Error`, a plain
 * constant and Godot 4's dotted `Variant.Type` enum.
 */
import type { LinkedCorpus } from "../../codegen/ir/linked.js";
import type {
  ClassModel,
  ConstantModel,
  EnumModel,
  MethodModel,
  SourceLocation,
  TypeRef,
} from "../../codegen/ir/types.js";
import { resolveCorpus } from "../../codegen/resolve/index.js";
import { createLinkResolver } from "../../codegen/docs/index.js";
import type { DocContext, LinkResolver } from "../../codegen/docs/index.js";

export interface ClassSpec {
  /** Member name → global enum its type uses, so the enum is emitted in the bound set. */
  readonly enumTypes?: Readonly<Record<string, string>>;
  readonly inherits?: string;
  readonly methods?: readonly (string | { readonly name: string; readonly static: true })[];
  readonly properties?: readonly string[];
  readonly signals?: readonly string[];
  /** `NAME` for a plain constant, `Enum.NAME` for an enum member. */
  readonly constants?: readonly string[];
  readonly annotations?: readonly string[];
  readonly constructors?: readonly string[];
  readonly operators?: readonly string[];
  readonly themeItems?: readonly string[];
}

const loc = (name: string): SourceLocation => ({ file: `${name}.xml`, line: 2 });

const globalEnumType = (name: string | undefined): TypeRef =>
  name === undefined
    ? { kind: "primitive", name: "int" }
    : { kind: "enum", owner: null, name, bitfield: false, base: "int" };

function method(name: string, isStatic: boolean, owner: string, returns?: string): MethodModel {
  return {
    name,
    returnType: returns === undefined ? { kind: "void" } : globalEnumType(returns),
    params: [],
    qualifiers: { static: isStatic, const: false, vararg: false, virtual: false, required: false },
    description: "",
    loc: loc(owner),
  };
}

export function classModel(name: string, spec: ClassSpec): ClassModel {
  const constants: ConstantModel[] = (spec.constants ?? []).map((written, i) => {
    const [qualified = written, value = String(i)] = written.split("=");
    const dot = qualified.lastIndexOf(".");
    return {
      name: dot === -1 ? qualified : qualified.slice(dot + 1),
      value,
      enum: dot === -1 ? null : qualified.slice(0, dot),
      description: "",
      loc: loc(name),
    };
  });
  const enums: EnumModel[] = [];
  for (const c of constants) {
    if (c.enum === null) continue;
    const existing = enums.find((e) => e.name === c.enum);
    if (existing) (existing.values as ConstantModel[]).push(c);
    else enums.push({ name: c.enum, bitfield: false, values: [c] });
  }
  const members = (names: readonly string[] | undefined): MethodModel[] =>
    (names ?? []).map((n) => method(n, false, name));
  return {
    name,
    inherits: spec.inherits ?? null,
    brief: "",
    description: "",
    tutorials: [],
    methods: (spec.methods ?? []).map((m) =>
      typeof m === "string"
        ? method(m, false, name, spec.enumTypes?.[m])
        : method(m.name, m.static, name, spec.enumTypes?.[m.name]),
    ),
    constructors: members(spec.constructors),
    operators: members(spec.operators),
    annotations: members(spec.annotations),
    properties: (spec.properties ?? []).map((p) => ({
      name: p,
      type: globalEnumType(spec.enumTypes?.[p]),
      setter: null,
      getter: null,
      default: null,
      overrides: null,
      description: "",
      loc: loc(name),
    })),
    signals: (spec.signals ?? []).map((s) => ({
      name: s,
      params: [],
      description: "",
      loc: loc(name),
    })),
    constants,
    enums,
    themeItems: (spec.themeItems ?? []).map((t) => ({
      name: t,
      dataType: "constant",
      type: { kind: "primitive", name: "int" },
      default: null,
      description: "",
      loc: loc(name),
    })),
    loc: loc(name),
  };
}

const SPECS: Readonly<Record<string, ClassSpec>> = {
  "@GlobalScope": {
    methods: ["print"],
    constants: ["Error.OK", "Error.FAILED", "Variant.Type.TYPE_INT", "Unused.NOT_USED", "PI_ISH"],
  },
  Object: {
    methods: ["free", "get"],
    signals: ["script_changed"],
    constants: ["NOTIFICATION_POSTINITIALIZE"],
    properties: ["class"],
  },
  RefCounted: { inherits: "Object", methods: ["reference"] },
  HTTPClient: {
    inherits: "RefCounted",
    methods: ["poll", "connect_to_host", { name: "query_string_from_dict", static: true }],
    properties: ["read_chunk_size", "type", "network/limits/timeout"],
    enumTypes: { poll: "Error", type: "Variant.Type" },
    signals: ["status_changed"],
    constants: ["Status.STATUS_CONNECTED", "Status.STATUS_BODY", "RESPONSE_OK"],
    themeItems: ["font_color"],
  },
  TLSOptions: { inherits: "RefCounted", methods: [{ name: "client", static: true }] },
  Node: { inherits: "Object", methods: ["add_child"], constants: ["Mode.MODE_A"] },
  Vector2: {
    constructors: ["Vector2"],
    operators: ["operator +"],
    methods: ["length"],
    constants: ["ZERO=Vector2(0, 0)"],
  },
  int: {},
  "@GDScript": { annotations: ["@export"] },
  Variant: {},
};

/** Resolves hand-made classes with the real resolve stage; `roots` and their bases are emitted. */
export function linkedCorpus(
  specs: Readonly<Record<string, ClassSpec>>,
  roots: readonly string[] | "all",
): LinkedCorpus {
  const classes = new Map(
    Object.entries(specs).map(([name, spec]) => [name, classModel(name, spec)]),
  );
  return resolveCorpus(
    { version: "4.6.3", generation: 4, classes },
    roots === "all" ? "all" : { classes: roots },
  );
}

export function fixtureCorpus(
  emittedRoots: readonly string[] | "all" = ["HTTPClient", "TLSOptions", "Vector2", "@GDScript"],
): LinkedCorpus {
  return linkedCorpus(SPECS, emittedRoots);
}

export const DOCS_URL = "https://docs.godotengine.org/en/4.6";

let shared: LinkResolver | undefined;

/** A context in class `className` over the fixture corpus. */
export function fixtureContext(className = "HTTPClient"): DocContext {
  shared ??= createLinkResolver(fixtureCorpus());
  return {
    className,
    resolver: shared,
    docsUrl: DOCS_URL,
    loc: { file: `${className}.xml`, line: 7 },
  };
}

let sharedAll: LinkResolver | undefined;

/** Like {@link fixtureContext}, with every fixture class emitted (`--all`). */
export function fixtureContextAll(className = "HTTPClient"): DocContext {
  sharedAll ??= createLinkResolver(fixtureCorpus("all"));
  return {
    className,
    resolver: sharedAll,
    docsUrl: DOCS_URL,
    loc: { file: `${className}.xml`, line: 7 },
  };
}
