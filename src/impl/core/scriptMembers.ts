/**
 * What a JS subclass ("script") adds to an implementation class: methods on its prototypes and
 * own fields. Implementation classes declare an own static `godotClass`; every prototype below
 * the nearest one that does belongs to a script.
 */
import { hasClass } from "./classMetadata.js";

export type AnyFunction = (...args: unknown[]) => unknown;

interface GodotClassCarrier {
  readonly godotClass: string;
}

/** The nearest class in the chain that the metadata describes ("Object" at worst). */
export function metadataClassOf(instance: object): string {
  for (
    let ctor: unknown = instance.constructor;
    typeof ctor === "function";
    ctor = Object.getPrototypeOf(ctor)
  ) {
    if (
      Object.hasOwn(ctor, "godotClass") &&
      hasClass((ctor as unknown as GodotClassCarrier).godotClass)
    ) {
      return (ctor as unknown as GodotClassCarrier).godotClass;
    }
  }
  return "Object";
}

function scriptPrototypes(instance: object): object[] {
  const prototypes: object[] = [];
  for (
    let proto: object | null = Object.getPrototypeOf(instance);
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.hasOwn((proto as { constructor: object }).constructor, "godotClass")) break;
    prototypes.push(proto);
  }
  return prototypes;
}

export function isScriptMethod(instance: object, name: string): boolean {
  if (name === "constructor") return false;
  return scriptPrototypes(instance).some(
    (proto) => typeof Object.getOwnPropertyDescriptor(proto, name)?.value === "function",
  );
}

export function scriptMethodNames(instance: object): string[] {
  const names = new Set<string>();
  for (const proto of scriptPrototypes(instance)) {
    for (const name of Object.getOwnPropertyNames(proto))
      if (isScriptMethod(instance, name)) names.add(name);
  }
  return [...names];
}

/** Own enumerable non-function fields: the script's variables. */
export function scriptFields(instance: object): string[] {
  return Object.keys(instance).filter(
    (key) => typeof (instance as Record<string, unknown>)[key] !== "function",
  );
}

export function isScriptField(instance: object, name: string): boolean {
  return (
    Object.hasOwn(instance, name) &&
    typeof (instance as Record<string, unknown>)[name] !== "function"
  );
}

export function methodOf(instance: object, name: string): AnyFunction | undefined {
  const value = (instance as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as AnyFunction) : undefined;
}
