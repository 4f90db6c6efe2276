/**
 * The elements and attributes a class file may contain: the union of Godot 4's `doc/class.xsd`
 * and what the Godot 3 reference writes (`<argument>`, the `version` attribute). Anything else is
 * rejected, so a schema change upstream fails loudly instead of being silently dropped.
 */

interface ElementRule {
  readonly attributes: ReadonlySet<string>;
  readonly children: ReadonlySet<string>;
  /** Whether non-whitespace character data is allowed. */
  readonly text: boolean;
}

const LIFECYCLE = ["deprecated", "experimental", "is_deprecated", "is_experimental", "keywords"];
const TYPED = ["type", "enum", "is_bitfield"];
const PARAMETER = ["index", "name", "default", "keywords", ...TYPED];
const CALLABLE_CHILDREN = ["return", "returns_error", "param", "argument", "description"];

function rule(
  attributes: readonly string[],
  children: readonly string[],
  text = false,
): ElementRule {
  return { attributes: new Set(attributes), children: new Set(children), text };
}

const callable = rule(["name", "qualifiers", ...LIFECYCLE], CALLABLE_CHILDREN);
const container = (child: string): ElementRule => rule([], [child]);
const textOnly = rule([], [], true);

export const CLASS_FILE_SCHEMA: ReadonlyMap<string, ElementRule> = new Map([
  [
    "class",
    rule(
      ["name", "inherits", "version", "xmlns:xsi", "xsi:noNamespaceSchemaLocation", ...LIFECYCLE],
      [
        "brief_description",
        "description",
        "tutorials",
        "constructors",
        "methods",
        "members",
        "signals",
        "constants",
        "annotations",
        "theme_items",
        "operators",
      ],
    ),
  ],
  ["brief_description", textOnly],
  ["description", textOnly],
  ["tutorials", container("link")],
  ["link", rule(["title"], [], true)],
  ["constructors", container("constructor")],
  ["methods", container("method")],
  ["operators", container("operator")],
  ["annotations", container("annotation")],
  ["members", container("member")],
  ["signals", container("signal")],
  ["constants", container("constant")],
  ["theme_items", container("theme_item")],
  ["constructor", callable],
  ["method", callable],
  ["operator", callable],
  ["annotation", callable],
  ["return", rule(TYPED, [])],
  ["returns_error", rule(["number"], [])],
  ["param", rule(PARAMETER, [])],
  ["argument", rule(PARAMETER, [])],
  ["signal", rule(["name", ...LIFECYCLE], ["param", "argument", "description"])],
  [
    "member",
    rule(["name", "setter", "getter", "overrides", "default", ...TYPED, ...LIFECYCLE], [], true),
  ],
  ["constant", rule(["name", "value", ...TYPED, ...LIFECYCLE], [], true)],
  ["theme_item", rule(["name", "data_type", "type", "default", ...LIFECYCLE], [], true)],
]);

/** The root element every class file must have. */
export const ROOT_ELEMENT = "class";
