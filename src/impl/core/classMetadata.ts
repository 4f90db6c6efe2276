/**
 * Lookups in the generated runtime metadata along Godot's inheritance chain. Everything the
 * reflective core knows about engine classes (methods, defaults, properties, signals) comes from
 * here, never from the implementation classes' JS shape.
 */
import {
  classes,
  type ClassMeta,
  type MethodMeta,
  type PropertyMeta,
  type SignalMeta,
} from "../../../generated/metadata.js";

export type { ClassMeta, MethodMeta, PropertyMeta, SignalMeta };

const CLASS_COUNT = Object.keys(classes).length;
/** get/set/call look up the chain on every call, and the metadata never changes: walk it once. */
const chainCache = new Map<string, readonly ClassMeta[]>();

/** The class and its ancestors, most derived first; empty for a class the metadata lacks. */
export function classChain(className: string): readonly ClassMeta[] {
  const cached = chainCache.get(className);
  if (cached !== undefined) return cached;
  const chain: ClassMeta[] = [];
  // Bounded by the number of classes, so a malformed (cyclic) metadata file cannot loop forever.
  let current: ClassMeta | undefined = classes[className];
  for (let guard = 0; current && guard <= CLASS_COUNT; guard++) {
    chain.push(current);
    current = current.inherits ? classes[current.inherits] : undefined;
  }
  // Only names the metadata knows are kept, so the cache stays as small as the metadata.
  if (hasClass(className)) chainCache.set(className, chain);
  return chain;
}

export function hasClass(className: string): boolean {
  return className in classes;
}

export function inheritsFrom(className: string, ancestor: string): boolean {
  return classChain(className).some((meta) => meta.name === ancestor);
}

export function findMethod(className: string, method: string): MethodMeta | undefined {
  for (const meta of classChain(className)) {
    const found = meta.methods[method];
    if (found) return found;
  }
  return undefined;
}

export function findProperty(className: string, property: string): PropertyMeta | undefined {
  for (const meta of classChain(className)) {
    const found = meta.properties[property];
    if (found) return found;
  }
  return undefined;
}

export function findSignal(className: string, signal: string): SignalMeta | undefined {
  for (const meta of classChain(className)) {
    const found = meta.signals[signal];
    if (found) return found;
  }
  return undefined;
}
