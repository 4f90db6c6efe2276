import type { ClassModel, EnumModel } from "../ir/types.js";
import type { LinkedCorpus } from "../ir/linked.js";
import { PACKED_ELEMENTS, PRIMITIVE_NAMES } from "../ir/type-names.js";
import { topLevelName } from "./names.js";

/**
 * Builtins whose Godot type maps onto a TS type of its own (CONTRACT.md "Types"): they never get
 * an interface, their members are JS's (`string`, `number[]`...).
 */
export const MAPPED_BUILTINS: ReadonlySet<string> = new Set([
  ...PRIMITIVE_NAMES,
  "Array",
  "Dictionary",
  "Variant",
  "Nil",
  ...PACKED_ELEMENTS.keys(),
]);

/** Where an enum referenced by a type lives. */
export type EnumHome =
  | { readonly scope: "class"; readonly owner: string; readonly model: EnumModel }
  /** A `@GlobalScope` enum, possibly dotted (`Variant.Type`). */
  | { readonly scope: "global"; readonly godotName: string; readonly model: EnumModel };

/** Lookups over the linked corpus that every emitter needs. */
export class CorpusView {
  readonly linked: LinkedCorpus;
  readonly globals: readonly ClassModel[];
  readonly #globalEnums = new Map<string, EnumModel>();
  /** TS name → Godot name, the first declared winning; asked for every `{@link}` of every doc. */
  #globalEnumsByTsName: Map<string, string> | undefined;

  constructor(linked: LinkedCorpus) {
    this.linked = linked;
    const globals: ClassModel[] = [];
    for (const name of [...linked.classes.keys()].sort()) {
      if (linked.kindOf(name) !== "global") continue;
      const model = linked.get(name);
      if (!model) continue;
      globals.push(model);
      for (const e of model.enums)
        if (!this.#globalEnums.has(e.name)) this.#globalEnums.set(e.name, e);
    }
    this.globals = globals;
  }

  get(name: string): ClassModel | undefined {
    return this.linked.get(name);
  }

  isObjectClass(name: string): boolean {
    return this.linked.kindOf(name) === "object";
  }

  /** An object class emitted in full (has its own file). */
  isEmittedObject(name: string): boolean {
    return this.linked.isEmitted(name) && this.isObjectClass(name);
  }

  /** A builtin value class that gets an interface in builtins.ts (Vector2, Color, Callable...). */
  isInterfaceBuiltin(name: string): boolean {
    return this.linked.kindOf(name) === "builtin" && !MAPPED_BUILTINS.has(name);
  }

  /** Resolves `enum="Owner.Name"` / `enum="Name"` to where it is declared. */
  findEnum(owner: string | null, name: string): EnumHome | null {
    if (owner !== null) {
      const model = this.linked.get(owner)?.enums.find((e) => e.name === name);
      if (model) return { scope: "class", owner, model };
      const dotted = this.#globalEnums.get(`${owner}.${name}`);
      return dotted ? { scope: "global", godotName: `${owner}.${name}`, model: dotted } : null;
    }
    const global = this.#globalEnums.get(name);
    return global ? { scope: "global", godotName: name, model: global } : null;
  }

  /** The Godot name of the global enum whose TS name is `tsName` (`Variant_Type` → `Variant.Type`). */
  globalEnumByTsName(tsName: string): string | undefined {
    if (this.#globalEnumsByTsName === undefined) {
      this.#globalEnumsByTsName = new Map();
      for (const name of this.#globalEnums.keys()) {
        const ts = topLevelName(name);
        if (!this.#globalEnumsByTsName.has(ts)) this.#globalEnumsByTsName.set(ts, name);
      }
    }
    return this.#globalEnumsByTsName.get(tsName);
  }

  globalEnum(godotName: string): EnumModel | undefined {
    return this.#globalEnums.get(godotName);
  }

  /** Every global enum in declaration order (used by `--all` mode). */
  allGlobalEnums(): readonly string[] {
    return [...this.#globalEnums.keys()];
  }
}
