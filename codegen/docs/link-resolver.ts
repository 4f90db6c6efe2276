/**
 * Cross-reference resolution: a BBCode reference (`[method poll]`, `[constant OK]`, `[Node]`)
 * → the TSDoc declaration reference of what the emitter declares for it, or a miss.
 *
 * Search order, as GUIDE §4 fixes it: the qualified target (and that class's bases, which
 * declare its inherited members), else the current class, its bases, then `@GlobalScope`.
 */
import { parseNumberLiteral } from "../ir/number-literal.js";
import type { LinkedCorpus } from "../ir/linked.js";
import { GLOBAL_SCOPE } from "../ir/names.js";
import type { ClassModel } from "../ir/types.js";
import {
  constantsObjectName,
  enumObjectName,
  staticInterfaceName,
  topLevelName,
} from "../emit/names.js";
import { declaredTargets } from "./declared.js";
import { isPlainReferenceComponent } from "./tsdoc-syntax.js";
import type { ReferenceTag } from "./tree.js";

/** A reference to resolve: a cross-reference tag, or `class` for `[ClassName]`. */
export interface CrossReference {
  readonly tag: Exclude<ReferenceTag, "param"> | "class";
  /** As written: `poll`, `HTTPClient.poll`, `@GDScript.@export`, `Variant.Type`. */
  readonly target: string;
}

export type LinkResolution =
  | {
      readonly kind: "link";
      /** TSDoc declaration reference: `HTTPClient.poll`, `HTTPClient_Status.STATUS_CONNECTED`. */
      readonly declaration: string;
      /** Link text when the declaration alone would not say what is meant (annotations, operators...). */
      readonly label?: string;
      /** The Godot class that declares the target (what the emitter must import). */
      readonly owner: string;
      /** The top-level TS name the declaration starts with (`HTTPClient_Status`, `TLSOptionsStatic`). */
      readonly symbol: string;
    }
  | {
      readonly kind: "miss";
      /**
       * True: the target exists but the emitted API does not declare it (its class is outside
       * the emitted set, or it has no TS form: `int`, global functions, annotations).
       * False: it exists nowhere, a broken reference.
       */
      readonly outsideEmittedSet: boolean;
    };

export interface LinkResolver {
  /** Whether a class of that name exists at all (decides if `[Name]` is a reference or text). */
  hasClass(name: string): boolean;
  resolve(reference: CrossReference, fromClass: string): LinkResolution;
}

/** Annotations live in `@GDScript`, which is searched last for them. */
const GDSCRIPT_GLOBALS = "@GDScript";

/** What one class declares, by kind, for quick membership tests. */
interface MemberIndex {
  /** Method name → static? */
  readonly methods: ReadonlyMap<string, boolean>;
  readonly properties: ReadonlySet<string>;
  readonly signals: ReadonlySet<string>;
  readonly constants: ReadonlyMap<string, { readonly enum: string | null; readonly value: string }>;
  readonly enums: ReadonlySet<string>;
  readonly annotations: ReadonlySet<string>;
  readonly constructors: ReadonlySet<string>;
  readonly operators: ReadonlySet<string>;
  readonly themeItems: ReadonlySet<string>;
}

function indexClass(model: ClassModel): MemberIndex {
  return {
    methods: new Map(model.methods.map((m) => [m.name, m.qualifiers.static])),
    properties: new Set(model.properties.map((p) => p.name)),
    signals: new Set(model.signals.map((s) => s.name)),
    constants: new Map(model.constants.map((c) => [c.name, { enum: c.enum, value: c.value }])),
    enums: new Set(model.enums.map((e) => e.name)),
    annotations: new Set(model.annotations.map((a) => a.name)),
    constructors: new Set(model.constructors.map((c) => c.name)),
    operators: new Set(model.operators.map((o) => o.name)),
    themeItems: new Set(model.themeItems.map((t) => t.name)),
  };
}

/** A target found in the corpus: the declaring class, the member name, and how to spell it. */
interface Found {
  readonly owner: string;
  readonly parts: readonly string[];
  readonly label?: string;
  /** Set when the target is a global enum or one of its values: its Godot name. */
  readonly globalEnum?: string;
}

/** Numbers go into `<Class>_constants`; other values (`Vector2(0, 0)`) only onto `<Class>Static`. */
const isNumericConstant = (value: string): boolean => parseNumberLiteral(value) !== null;

export function createLinkResolver(linked: LinkedCorpus): LinkResolver {
  const declared = declaredTargets(linked);
  const indexes = new Map<string, MemberIndex | null>();
  const indexOf = (name: string): MemberIndex | null => {
    let index = indexes.get(name);
    if (index === undefined) {
      const model = linked.get(name);
      index = model === undefined ? null : indexClass(model);
      indexes.set(name, index);
    }
    return index;
  };
  const withBases = (name: string): string[] =>
    linked.get(name) ? [name, ...linked.basesOf(name)] : [];
  const isGlobal = (owner: string): boolean => linked.kindOf(owner) === "global";

  const findIn = (tag: CrossReference["tag"], owner: string, name: string): Found | null => {
    const index = indexOf(owner);
    if (index === null) return null;
    const cls = topLevelName(owner);
    switch (tag) {
      case "method": {
        const isStatic = index.methods.get(name);
        if (isStatic === undefined) return null;
        return { owner, parts: [isStatic ? staticInterfaceName(owner) : cls, name] };
      }
      case "member":
        return index.properties.has(name) ? { owner, parts: [cls, name] } : null;
      case "signal":
        return index.signals.has(name) ? { owner, parts: [cls, "Signals", name] } : null;
      case "constant": {
        const constant = index.constants.get(name);
        if (constant === undefined) return null;
        if (constant.enum !== null) {
          return isGlobal(owner)
            ? { owner, parts: [topLevelName(constant.enum), name], globalEnum: constant.enum }
            : { owner, parts: [enumObjectName(owner, constant.enum), name] };
        }
        // Every global pseudo-class's plain constants land in the one `GlobalScope_constants`.
        if (isGlobal(owner)) return { owner, parts: [constantsObjectName(GLOBAL_SCOPE), name] };
        const holder = isNumericConstant(constant.value)
          ? constantsObjectName(owner)
          : staticInterfaceName(owner);
        return { owner, parts: [holder, name] };
      }
      case "enum":
        if (!index.enums.has(name)) return null;
        return isGlobal(owner)
          ? { owner, parts: [topLevelName(name)], globalEnum: name }
          : { owner, parts: [cls, name] };
      // Annotations, constructors, operators and theme items have no TS declaration of their
      // own: the link goes to the class, labelled with the member.
      case "annotation":
        return index.annotations.has(name) ? { owner, parts: [cls], label: name } : null;
      case "constructor":
        return index.constructors.has(name) ? { owner, parts: [cls], label: `${name}()` } : null;
      case "operator":
        return index.operators.has(name)
          ? { owner, parts: [cls], label: `${owner}.${name}` }
          : null;
      case "theme_item":
        return index.themeItems.has(name) ? { owner, parts: [cls], label: name } : null;
      case "class":
        return { owner, parts: [cls] };
    }
  };

  const search = (reference: CrossReference, fromClass: string): Found | null => {
    const { tag, target } = reference;
    if (tag === "class") return linked.get(target) ? findIn("class", target, target) : null;

    const dot = target.indexOf(".");
    if (dot > 0) {
      const qualifier = target.slice(0, dot);
      const name = target.slice(dot + 1);
      for (const owner of withBases(qualifier)) {
        const found = findIn(tag, owner, name);
        if (found) return found;
      }
      // Godot 4 declares `Variant.Type` and `Variant.Operator` as dotted global enums.
      if (tag === "enum") return findIn("enum", GLOBAL_SCOPE, target);
      return null;
    }

    const owners = [...withBases(fromClass), GLOBAL_SCOPE];
    if (tag === "annotation") owners.push(GDSCRIPT_GLOBALS);
    for (const owner of owners) {
      const found = findIn(tag, owner, target);
      if (found) return found;
    }
    return null;
  };

  /** Whether the emitted API declares what `found` names, so a link to it resolves. */
  const isDeclared = (found: Found, tag: CrossReference["tag"]): boolean => {
    if (!isGlobal(found.owner)) return declared.classDeclared(found.owner);
    if (!linked.isEmitted(found.owner)) return false;
    if (found.globalEnum !== undefined) return declared.globalEnumDeclared(found.globalEnum);
    // Global functions, singletons and annotations have no TS declaration at all.
    return tag === "constant" && declared.globalConstantsDeclared;
  };

  const resolve = (reference: CrossReference, fromClass: string): LinkResolution => {
    const found = search(reference, fromClass);
    if (found === null) return { kind: "miss", outsideEmittedSet: false };
    const link = isDeclared(found, reference.tag) ? linkTarget(found) : null;
    if (link === null) return { kind: "miss", outsideEmittedSet: true };
    const symbol = found.parts[0] ?? "";
    return link.label === undefined
      ? { kind: "link", declaration: link.declaration, owner: found.owner, symbol }
      : {
          kind: "link",
          declaration: link.declaration,
          label: link.label,
          owner: found.owner,
          symbol,
        };
  };

  // The whole 4.6.3 corpus makes ~30,000 references, ~8,900 of them distinct ([int], [Node], a
  // class's own members again and again), and each search walks the class's bases; answers are
  // immutable, so each is found once. Qualified targets and class names do not depend on the
  // class the reference is written in.
  const answers = new Map<string, LinkResolution>();
  return {
    hasClass: (name) => linked.get(name) !== undefined,
    resolve(reference, fromClass) {
      const { tag, target } = reference;
      const key =
        tag === "class" || target.includes(".")
          ? `${tag} ${target}`
          : `${tag} ${target} ${fromClass}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = resolve(reference, fromClass);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

/**
 * The declaration reference for a target. A member whose name is no plain identifier
 * (`ProjectSettings.rendering/textures/decals/filter`, a property called `type`) links to what
 * holds it instead, labelled with the full name, so the link still resolves.
 */
function linkTarget(found: Found): { declaration: string; label?: string } | null {
  let plain = 0;
  while (plain < found.parts.length && isPlainReferenceComponent(found.parts[plain] ?? "")) plain++;
  if (plain === found.parts.length) {
    const declaration = found.parts.join(".");
    return found.label === undefined ? { declaration } : { declaration, label: found.label };
  }
  if (plain === 0) return null;
  return {
    declaration: found.parts.slice(0, plain).join("."),
    label: found.label ?? found.parts.join("."),
  };
}
