/**
 * The one name-escaping rule of the generated API (CONTRACT.md "Names"), shared by the emit stage,
 * the docs stage and the audit.
 *
 * Godot's spelling is kept verbatim. Only an identifier that cannot be a TS binding name gets a
 * trailing underscore: `default` → `default_`. The rule applies to parameter names and top-level
 * names (classes, global enums); method, property and constant names are property keys, where any
 * identifier is legal, so they are never escaped.
 */

/**
 * Words that cannot name a binding: ECMAScript reserved words, strict-mode reserved words and
 * restricted names, and TS type keywords (a class named `number` could never be used as a type).
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // ECMAScript reserved words
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  // Strict mode (modules are always strict)
  "await",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "arguments",
  "eval",
  // TS type keywords: legal as values, but not as type names
  "any",
  "unknown",
  "never",
  "object",
  "number",
  "bigint",
  "string",
  "boolean",
  "symbol",
  "undefined",
]);

/** `default` → `default_`; any other valid identifier unchanged. */
export function escapeIdentifier(name: string): string {
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/**
 * Parameter names are bindings, so they follow the escape rule. The XML has a few names that
 * are not identifiers at all (3.6's `Rect2.grow_individual` has `" bottom"`): surrounding
 * space is dropped and any other invalid character becomes `_`.
 */
export function parameterName(godotName: string): string {
  let cached = parameterNames.get(godotName);
  if (cached === undefined) {
    let name = godotName.trim().replace(/[^\w$]/g, "_");
    if (!/^[A-Za-z_$]/.test(name)) name = `_${name}`;
    cached = escapeIdentifier(name);
    parameterNames.set(godotName, cached);
  }
  return cached;
}

/** Every parameter of every method is named on each run, from a few thousand distinct names. */
const parameterNames = new Map<string, string>();

/**
 * Godot's pseudo-classes holding global enums and functions become valid identifiers.
 * `@GDScript` (3.x) is not `GDScript` because a real class of that name exists there.
 */
const GLOBAL_CLASS_NAMES: ReadonlyMap<string, string> = new Map([
  ["@GlobalScope", "GlobalScope"],
  ["@GDScript", "GDScriptGlobals"],
]);

/** The TS name of a top-level Godot name (class, global enum). */
export function topLevelName(godotName: string): string {
  let name = topLevelNames.get(godotName);
  if (name === undefined) {
    // Dotted global enums (`Variant.Type`) are exported flat (`Variant_Type`).
    name = GLOBAL_CLASS_NAMES.get(godotName) ?? escapeIdentifier(godotName.replaceAll(".", "_"));
    topLevelNames.set(godotName, name);
  }
  return name;
}

/** Called for every type reference of the corpus: worth remembering. */
const topLevelNames = new Map<string, string>();

// The emitter declares these and doc links point at them: one spelling serves both stages.

/** A class's static-side interface (`TLSOptionsStatic`). */
export function staticInterfaceName(godotClass: string): string {
  return `${topLevelName(godotClass)}Static`;
}

/** The frozen object holding one class enum's values (`HTTPClient_Status`). */
export function enumObjectName(godotClass: string, enumName: string): string {
  return `${topLevelName(godotClass)}_${enumName}`;
}

/** The frozen object holding a class's numeric constants (`HTTPClient_constants`). */
export function constantsObjectName(godotClass: string): string {
  return `${topLevelName(godotClass)}_constants`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in an object literal or interface: quoted only when it must be. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
