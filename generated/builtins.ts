import type { Object } from "./Object.js";
import type { Resource } from "./Resource.js";

/**
 * Freezes an enum or constants object. Generated code calls this instead of the JS global
 * `Object`, which a Godot class of the same name would shadow.
 */
export function freeze<const T extends object>(value: T): Readonly<T> {
  return globalThis.Object.freeze(value);
}

/** Any value a Godot `Variant` can hold, in its TS form. */
export type Variant =
  | null
  | boolean
  | number
  | string
  | Uint8Array
  | Int32Array
  | Float32Array
  | Float64Array
  | Variant[]
  | Dictionary
  | Callable
  | RID
  | Signal
  | Object;

/** Godot's untyped `Dictionary`: string keys (as JSON and GDScript literals use), any values. */
export interface Dictionary {
  [key: string]: Variant;
}

/**
 * A built-in type representing a method or a standalone function.
 *
 * @remarks
 * Stub: `Callable` is outside the emitted set, so its members are not declared here.
 */
export interface Callable {}

/**
 * A handle for a {@link Resource}'s unique identifier.
 *
 * @remarks
 * Stub: `RID` is outside the emitted set, so its members are not declared here.
 */
export interface RID {}

/**
 * A built-in type representing a signal of an {@link Object}.
 *
 * @remarks
 * Stub: `Signal` is outside the emitted set, so its members are not declared here.
 */
export interface Signal {}
