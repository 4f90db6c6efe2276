import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawClassFile } from "../ir/raw.js";
import type { ClassModel, TutorialLink } from "../ir/types.js";
import { childText, lifecycleOf, locOf, requiredAttr, sectionItems } from "./elements.js";
import {
  constantOf,
  enumsOf,
  methodOf,
  propertyOf,
  signalOf,
  themeItemOf,
  type MemberContext,
} from "./members.js";
import type { GlobalEnumNames } from "./type-ref.js";

/** Turns one parsed class file into the schema-neutral ClassModel. */
export function modelClass(raw: RawClassFile, globalEnums: GlobalEnumNames): ClassModel {
  const { root, file } = raw;
  const context: MemberContext = { file, globalEnums };
  const constantElements = sectionItems(root, "constants");
  const constants = constantElements.map((element) => constantOf(context, element));
  const inherits = root.attrs["inherits"];
  return {
    name: classNameOf(raw),
    inherits: inherits === undefined || inherits === "" ? null : inherits,
    brief: childText(root, "brief_description"),
    description: childText(root, "description"),
    tutorials: sectionItems(root, "tutorials").map((link): TutorialLink => ({
      title: link.attrs["title"] ?? "",
      url: link.text.trim(),
    })),
    methods: sectionItems(root, "methods").map((element) => methodOf(context, element)),
    constructors: sectionItems(root, "constructors").map((element) => methodOf(context, element)),
    operators: sectionItems(root, "operators").map((element) => methodOf(context, element)),
    annotations: sectionItems(root, "annotations").map((element) => methodOf(context, element)),
    properties: sectionItems(root, "members").map((element) => propertyOf(context, element)),
    signals: sectionItems(root, "signals").map((element) => signalOf(context, element)),
    constants,
    enums: enumsOf(constants, constantElements),
    themeItems: sectionItems(root, "theme_items").map((element) => themeItemOf(context, element)),
    loc: locOf(file, root),
    ...lifecycleOf(root),
  };
}

/**
 * Godot class names are identifiers, plus `@`-prefixed pseudo-classes (`@GlobalScope`,
 * `@GDScript`). The name becomes a file name and a TS identifier downstream, so anything else
 * (`a b`, `a/b`, `*\/`) is refused here, where the `<class>` line is still known.
 */
const CLASS_NAME = /^@?[A-Za-z_][A-Za-z0-9_]*$/;

function classNameOf({ root, file }: RawClassFile): string {
  const name = requiredAttr(file, root, "name");
  if (!CLASS_NAME.test(name)) {
    throw new GeneratorInputError(
      `class name ${JSON.stringify(name)} is not an identifier`,
      locOf(file, root),
    );
  }
  return name;
}
