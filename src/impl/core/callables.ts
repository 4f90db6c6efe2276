/**
 * Callables as this implementation accepts them wherever Godot takes a `Callable`:
 * - a JS function: called with the arguments as given;
 * - `{ object, method }`: Godot's `Callable(object, "method")`, called through `object.callv` so
 *   omitted arguments get their documented defaults. Two such callables are equal when they name
 *   the same object and method, as in the engine.
 */
export type CallableFunction = (...args: never[]) => unknown;

export interface MethodCallable {
  readonly object: object;
  readonly method: string;
}

export type CallableValue = CallableFunction | MethodCallable;

export function asCallable(value: unknown): CallableValue | null {
  if (typeof value === "function") return value as CallableFunction;
  if (typeof value === "object" && value !== null && "object" in value && "method" in value) {
    const { object, method } = value as { object: unknown; method: unknown };
    if (typeof object === "object" && object !== null && typeof method === "string")
      return { object, method };
  }
  return null;
}

export function sameCallable(a: CallableValue, b: CallableValue): boolean {
  if (typeof a === "function" || typeof b === "function") return a === b;
  return a.object === b.object && a.method === b.method;
}

/** The object a callable is bound to (for get_incoming_connections), or null for a plain function. */
export function callableTarget(callable: CallableValue): object | null {
  return typeof callable === "function" ? null : callable.object;
}

export function invokeCallable(callable: CallableValue, args: readonly unknown[]): unknown {
  if (typeof callable === "function") return (callable as (...a: unknown[]) => unknown)(...args);
  const target = callable.object as {
    callv?: (method: string, args: unknown[]) => unknown;
  } & Record<string, unknown>;
  if (typeof target.callv === "function") return target.callv(callable.method, [...args]);
  const fn = target[callable.method];
  if (typeof fn !== "function")
    throw new TypeError(`Callable target has no method "${callable.method}"`);
  return (fn as (...a: unknown[]) => unknown).apply(target, [...args]);
}
