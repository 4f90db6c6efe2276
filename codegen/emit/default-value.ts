import { parseNumberLiteral } from "../ir/number-literal.js";

/** A default value that has a plain JS form (metadata `defaultValue`). */
export type MetaValue =
  null | boolean | number | string | readonly MetaValue[] | { readonly [key: string]: MetaValue };

/**
 * The JS value of a simple Godot default literal, or `undefined` when it has none
 * (`Color(1, 1, 1, 1)`, `Callable()`...): then `call()` must treat the parameter as required.
 * `&"name"` (StringName) and `^"path"` (NodePath) are strings in TS.
 */
export function defaultValueOf(written: string): MetaValue | undefined {
  const text = written.trim();
  if (text === "null") return null;
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "[]") return [];
  if (text === "{}") return {};
  const number = parseNumberLiteral(text);
  if (number !== null) return number;
  const quoted = /^[&^]?(".*")$/s.exec(text)?.[1];
  if (quoted !== undefined) {
    try {
      const value: unknown = JSON.parse(quoted);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
