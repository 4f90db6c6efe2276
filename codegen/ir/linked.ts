import type { ClassModel, Corpus } from "./types.js";

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
  kindOf(name: string): ClassKind | undefined;
  /** Base classes from the direct parent up to the root (Object), excluding `name` itself. */
  basesOf(name: string): readonly string[];
  get(name: string): ClassModel | undefined;
  isEmitted(name: string): boolean;
}
