import type { ClassModel, Corpus, SourceLocation } from "./types.js";

/** What a class name denotes once the whole corpus is known. */
export type ClassKind =
  /** Inherits from Object (directly or not), or is Object: an engine class with an interface. */
  | "object"
  /** A built-in value type (Vector2, Color, Callable, Signal, RID...): no `inherits`, not Object. */
  | "builtin"
  /** `@GlobalScope` (and `@GDScript` in 3.x): holds global enums, constants and functions. */
  | "global";

/**
 * The corpus after the resolve stage: every type reference checked, the emitted set closed over
 * bases and referenced types, and lookups the docs and emit stages need.
 */
export interface LinkedCorpus extends Corpus {
  /** Classes emitted in full, sorted by name. Includes every base of every member. */
  readonly emitted: readonly string[];
  /**
   * Classes referenced by emitted members but outside the emitted set, sorted. The emit stage
   * writes each as a declared, documented stub type (never `any`).
   */
  readonly stubs: readonly string[];
  /**
   * Built-in value classes (Vector2, Color, Callable...) referenced by emitted members but not
   * emitted themselves, sorted: `builtins.ts` declares one stub interface for each. `stubs` holds
   * object classes only.
   */
  readonly referencedBuiltins: readonly string[];
  /**
   * References to types that exist nowhere in the corpus, kept only when the run allowed them
   * (`allowUnknownTypes`; otherwise each is a GeneratorInputError). A missing class is treated as
   * an object class and stubbed; a missing enum has been replaced by its base type in the models.
   */
  readonly unresolved: readonly UnresolvedReference[];
  kindOf(name: string): ClassKind | undefined;
  /** Base classes from the direct parent up to the root (Object), excluding `name` itself. */
  basesOf(name: string): readonly string[];
  get(name: string): ClassModel | undefined;
  isEmitted(name: string): boolean;
}

/** A dangling type reference that the run was told to tolerate (see `LinkedCorpus.unresolved`). */
export interface UnresolvedReference {
  /** As written: `VisualScriptEditor`, `Vector3.Axis`. */
  readonly target: string;
  readonly kind: "class" | "enum";
  readonly loc: SourceLocation;
}
