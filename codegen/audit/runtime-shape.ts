/**
 * Reflection over an implementation class at run time: where a member lives (instance prototype
 * chain or the class object and its bases) and what its descriptor says. Lookups stop before
 * JS's own `Object.prototype` / `Function.prototype`, so `call`, `apply`, `bind`, `toString`...
 * from JS never pass for Godot members.
 */

/** A constructor as far as reflection is concerned. */
export type ClassObject = abstract new (...args: never[]) => unknown;

export interface FoundMember {
  readonly descriptor: PropertyDescriptor;
  /** The object the descriptor is defined on (a prototype or a class object). */
  readonly owner: object;
}

function lookup(start: object | null, name: string, stopAt: object): FoundMember | undefined {
  for (
    let current = start;
    current !== null && current !== stopAt;
    current = Object.getPrototypeOf(current) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor !== undefined) return { descriptor, owner: current };
  }
  return undefined;
}

/** A member of instances: found on the prototype chain. */
export function findInstanceMember(cls: ClassObject, name: string): FoundMember | undefined {
  return lookup(cls.prototype as object, name, Object.prototype);
}

/** A static member: found on the class object or a base class object. */
export function findStaticMember(cls: ClassObject, name: string): FoundMember | undefined {
  return lookup(cls, name, Function.prototype);
}

/** The function a data descriptor holds, if it holds one. */
export function functionOf(
  found: FoundMember | undefined,
): ((...args: unknown[]) => unknown) | undefined {
  const value: unknown = found?.descriptor.value;
  return typeof value === "function" ? (value as (...args: unknown[]) => unknown) : undefined;
}

/** Read-only: a non-writable data property, or an accessor with no setter. */
export function isReadOnly(found: FoundMember): boolean {
  const { descriptor } = found;
  return "value" in descriptor ? descriptor.writable === false : descriptor.set === undefined;
}

/** Tries `new cls()`: abstract classes (StreamPeer in Godot) may refuse, which is fine. */
export function tryInstantiate(cls: ClassObject): object | null {
  try {
    return new (cls as unknown as new () => object)();
  } catch {
    return null;
  }
}
