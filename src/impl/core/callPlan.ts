/**
 * How Object.call/callv resolve a method name to a function and a full argument list, with the
 * engine's checks: documented methods take at most their parameter count (unless vararg) and
 * get omitted arguments from their defaults; script methods take the arguments as given.
 */
import type { Variant } from "../../../generated/builtins.js";
import { findMethod, type MethodMeta } from "./classMetadata.js";
import { isScriptMethod, metadataClassOf, methodOf, type AnyFunction } from "./scriptMembers.js";

export interface CallPlan {
  readonly fn: AnyFunction;
  readonly self: object;
  readonly args: unknown[];
}

/** The call to make, or the engine-style message explaining why the call is invalid. */
export function planCall(
  instance: object,
  className: string,
  method: string,
  args: readonly Variant[],
): CallPlan | string {
  const meta = findMethod(metadataClassOf(instance), method);
  if (meta && !meta.virtual) {
    const self = meta.static ? instance.constructor : instance;
    const fn = methodOf(self, method);
    if (!fn) return `Invalid call. Method "${method}" is not implemented in ${className}`;
    const full = fillDefaults(meta, args);
    if (typeof full === "string") return `Invalid call to ${className}.${method}: ${full}`;
    return { fn, self, args: full };
  }
  // Virtual methods count only when a script implements them, like any script method.
  const fn =
    meta !== undefined || isScriptMethod(instance, method) ? methodOf(instance, method) : undefined;
  if (!fn) return `Invalid call. Nonexistent function "${method}" in base "${className}"`;
  return { fn, self: instance, args: [...args] };
}

/** Arguments with the documented defaults appended, or why the call is invalid. */
function fillDefaults(meta: MethodMeta, args: readonly Variant[]): unknown[] | string {
  if (args.length > meta.params.length && !meta.vararg) {
    return `expected at most ${meta.params.length} arguments, got ${args.length}`;
  }
  const full: unknown[] = [...args];
  for (let index = args.length; index < meta.params.length; index++) {
    const param = meta.params[index]!;
    if (!("defaultValue" in param))
      return `expected at least ${index + 1} arguments, got ${args.length}`;
    // Defaults such as [] and {} must not be shared between calls.
    full.push(structuredClone(param.defaultValue));
  }
  return full;
}
