/**
 * The dictionaries Object.get_method_list / get_property_list / get_signal_list return, in the
 * engine's shapes (object.cpp, ClassDB): most derived class first, each class's entries in
 * metadata (alphabetical) order.
 */
import type { Dictionary, Variant } from "../../../generated/builtins.js";
import { classChain, type MethodMeta, type SignalMeta } from "./classMetadata.js";
import {
  MethodFlags,
  PropertyUsage,
  propertyInfo,
  TYPE_NIL,
  variantTypeOfValue,
} from "./variantTypes.js";

function defaultArgs(meta: MethodMeta | SignalMeta): Variant[] {
  return meta.params
    .filter((param) => param.default !== undefined)
    .map((param) => (param.defaultValue ?? null) as Variant);
}

function methodFlags(meta: MethodMeta): number {
  let flags = MethodFlags.NORMAL;
  if (meta.const) flags |= MethodFlags.CONST;
  if (meta.virtual) flags |= MethodFlags.VIRTUAL;
  if (meta.vararg) flags |= MethodFlags.VARARG;
  if (meta.static) flags |= MethodFlags.STATIC;
  return flags;
}

export function methodDictionary(meta: MethodMeta, id: number): Dictionary {
  return {
    name: meta.name,
    args: meta.params.map((param) => propertyInfo(param.name, param.type)),
    default_args: defaultArgs(meta),
    flags: methodFlags(meta),
    id,
    return: propertyInfo("", meta.returnType),
  };
}

/** A method a JS subclass ("script") defines: its parameters are known only by count. */
export function scriptMethodDictionary(
  name: string,
  fn: (...args: never[]) => unknown,
  id: number,
): Dictionary {
  const args = Array.from({ length: fn.length }, (_, index) =>
    propertyInfo(`arg${index}`, "Variant"),
  );
  return {
    name,
    args,
    default_args: [],
    flags: MethodFlags.NORMAL,
    id,
    return: propertyInfo("", "Variant"),
  };
}

export function classMethodList(className: string, firstId: number): Dictionary[] {
  const list: Dictionary[] = [];
  for (const meta of classChain(className)) {
    for (const method of Object.values(meta.methods))
      list.push(methodDictionary(method, firstId + list.length));
  }
  return list;
}

export function signalDictionary(
  name: string,
  params: readonly { name: string; type: string }[],
): Dictionary {
  return {
    name,
    args: params.map((param) => propertyInfo(param.name, param.type)),
    default_args: [],
    flags: MethodFlags.NORMAL,
    id: 0,
    return: {
      name: "",
      class_name: "",
      type: TYPE_NIL,
      hint: 0,
      hint_string: "",
      usage: PropertyUsage.DEFAULT,
    },
  };
}

export function classSignalList(className: string): Dictionary[] {
  const list: Dictionary[] = [];
  for (const meta of classChain(className)) {
    for (const signal of Object.values(meta.signals))
      list.push(signalDictionary(signal.name, signal.params));
  }
  return list;
}

/** Each class contributes a category entry (named after it) followed by its properties. */
export function classPropertyList(className: string): Dictionary[] {
  const list: Dictionary[] = [];
  for (const meta of classChain(className)) {
    list.push({
      ...propertyInfo(meta.name, "Nil", PropertyUsage.CATEGORY),
      hint_string: meta.name,
    });
    for (const property of Object.values(meta.properties))
      list.push(propertyInfo(property.name, property.type));
  }
  return list;
}

export function valuePropertyInfo(name: string, value: unknown, usage: number): Dictionary {
  return { name, class_name: "", type: variantTypeOfValue(value), hint: 0, hint_string: "", usage };
}
