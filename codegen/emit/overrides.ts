import { readFileSync } from "node:fs";
import { GeneratorInputError } from "../ir/diagnostics.js";

/**
 * Hand fixes to the API, kept as data (codegen/overrides.json) so regeneration applies them.
 * The XML carries no nullability and sometimes a wrong type; each entry says why it exists.
 *
 * Keys are `Class.member`. Types are written in Godot's spelling (`PackedStringArray`,
 * `Array[X509Certificate]`), so the metadata stays in Godot terms.
 */
export interface TypeFix {
  /** false: the value is never null (object types are `T | null` by default). */
  readonly nullable?: boolean;
  /** Replaces the XML's type (Godot spelling). */
  readonly type?: string;
}

export interface ParamFix extends TypeFix {
  /** Replaces the parameter's name, e.g. when two parameters would escape to the same name. */
  readonly name?: string;
}

export interface MethodOverride {
  readonly reason: string;
  readonly return?: TypeFix;
  readonly params?: Readonly<Record<string, ParamFix>>;
}

export interface PropertyOverride extends TypeFix {
  readonly reason: string;
}

export interface Overrides {
  readonly methods: Readonly<Record<string, MethodOverride>>;
  readonly properties: Readonly<Record<string, PropertyOverride>>;
  /** The file the overrides came from, for error messages. */
  readonly source?: string;
}

export const NO_OVERRIDES: Overrides = { methods: {}, properties: {} };

/** Reads and validates the overrides file; any bad content names the file and the entry. */
export function loadOverrides(file: string): Overrides {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new GeneratorInputError(`cannot read overrides: ${(error as Error).message}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GeneratorInputError(`invalid JSON: ${(error as Error).message}`, { file });
  }
  return parseOverrides(data, file);
}

/** Validates already-parsed JSON (exported for tests). */
export function parseOverrides(data: unknown, file: string): Overrides {
  const fail = (path: string, message: string): never => {
    throw new GeneratorInputError(`${path}: ${message}`, { file });
  };
  const root = expectObject(data, "(root)", fail);
  checkKeys(root, "(root)", ["$comment", "methods", "properties"], fail);
  // Prototype-free: looked up by Godot names, which may be `constructor` or `__proto__`.
  const methods = emptyRecord<MethodOverride>();
  const properties = emptyRecord<PropertyOverride>();

  for (const [key, value] of Object.entries(expectObject(root.methods ?? {}, "methods", fail))) {
    const path = `methods["${key}"]`;
    checkMemberKey(key, path, fail);
    const entry = expectObject(value, path, fail);
    checkKeys(entry, path, ["reason", "return", "params"], fail);
    const params = emptyRecord<ParamFix>();
    const rawParams = expectObject(entry.params ?? {}, `${path}.params`, fail);
    for (const [name, fix] of Object.entries(rawParams)) {
      params[name] = parseFix(fix, `${path}.params.${name}`, ["name"], fail);
    }
    methods[key] = {
      reason: expectReason(entry.reason, path, fail),
      ...(entry.return !== undefined
        ? { return: parseFix(entry.return, `${path}.return`, [], fail) }
        : {}),
      ...(entry.params !== undefined ? { params } : {}),
    };
  }
  for (const [key, value] of Object.entries(
    expectObject(root.properties ?? {}, "properties", fail),
  )) {
    const path = `properties["${key}"]`;
    checkMemberKey(key, path, fail);
    const entry = expectObject(value, path, fail);
    const fix = parseFix(entry, path, ["reason"], fail);
    properties[key] = { ...fix, reason: expectReason(entry.reason, path, fail) };
  }
  return { methods, properties, source: file };
}

type Fail = (path: string, message: string) => never;

function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function expectObject(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail(path, "expected an object");
  }
  return value as Record<string, unknown>;
}

function checkKeys(
  obj: Record<string, unknown>,
  path: string,
  allowed: string[],
  fail: Fail,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(path, `unknown key "${key}" (allowed: ${allowed.join(", ")})`);
  }
}

function checkMemberKey(key: string, path: string, fail: Fail): void {
  if (!/^[@A-Za-z_][\w]*\.[A-Za-z_]\w*$/.test(key)) fail(path, 'key must be "Class.member"');
}

function expectReason(value: unknown, path: string, fail: Fail): string {
  if (typeof value !== "string" || value.trim() === "") {
    return fail(path, 'every entry needs a non-empty "reason"');
  }
  return value;
}

function parseFix(value: unknown, path: string, extraKeys: string[], fail: Fail): ParamFix {
  const obj = expectObject(value, path, fail);
  checkKeys(obj, path, ["nullable", "type", ...extraKeys], fail);
  if (obj.nullable !== undefined && typeof obj.nullable !== "boolean") {
    fail(path, '"nullable" must be a boolean');
  }
  for (const key of ["type", "name"] as const) {
    if (obj[key] !== undefined && (typeof obj[key] !== "string" || obj[key] === "")) {
      fail(path, `"${key}" must be a non-empty string`);
    }
  }
  const fix: { nullable?: boolean; type?: string; name?: string } = {};
  if (typeof obj.nullable === "boolean") fix.nullable = obj.nullable;
  if (typeof obj.type === "string") fix.type = obj.type;
  if (typeof obj.name === "string") fix.name = obj.name;
  return fix;
}
