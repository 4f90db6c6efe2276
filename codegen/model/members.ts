import { GeneratorInputError } from "../ir/diagnostics.js";
import type { RawElement } from "../ir/raw.js";
import type {
  ConstantModel,
  EnumModel,
  MethodModel,
  MethodQualifiers,
  ParamModel,
  PropertyModel,
  SignalModel,
  ThemeItemModel,
} from "../ir/types.js";
import {
  childText,
  childrenNamed,
  lifecycleOf,
  locOf,
  optionalAttr,
  requiredAttr,
} from "./elements.js";
import { parseTypeAttributes, type GlobalEnumNames } from "./type-ref.js";
import { dedentDescription } from "./text.js";

/** Everything a member builder needs to know besides the element itself. */
export interface MemberContext {
  readonly file: string;
  readonly globalEnums: GlobalEnumNames;
}

const QUALIFIERS = ["static", "const", "vararg", "virtual", "required"] as const;

function typeOf(context: MemberContext, element: RawElement) {
  return parseTypeAttributes(
    {
      type: element.attrs["type"],
      enum: element.attrs["enum"],
      isBitfield: element.attrs["is_bitfield"],
      loc: locOf(context.file, element),
    },
    context.globalEnums,
  );
}

function paramsOf(context: MemberContext, owner: RawElement): ParamModel[] {
  const params = childrenNamed(owner, "param", "argument").map((element, position): ParamModel => {
    const indexText = element.attrs["index"];
    const index = indexText === undefined ? position : Number(indexText);
    if (!Number.isInteger(index) || index < 0) {
      throw new GeneratorInputError(
        `bad parameter index "${indexText}"`,
        locOf(context.file, element),
      );
    }
    return {
      name: requiredAttr(context.file, element, "name"),
      index,
      type: typeOf(context, element),
      default: optionalAttr(element, "default"),
      loc: locOf(context.file, element),
    };
  });
  // Godot writes parameters in index order; sorting guards against hand-edited files.
  return params.sort((a, b) => a.index - b.index);
}

function qualifiersOf(context: MemberContext, element: RawElement): MethodQualifiers {
  const words = (element.attrs["qualifiers"] ?? "").split(/\s+/).filter((word) => word !== "");
  for (const word of words) {
    if (!(QUALIFIERS as readonly string[]).includes(word)) {
      throw new GeneratorInputError(`unknown qualifier "${word}"`, locOf(context.file, element));
    }
  }
  const has = (word: string) => words.includes(word);
  return {
    static: has("static"),
    const: has("const"),
    vararg: has("vararg"),
    virtual: has("virtual"),
    required: has("required"),
  };
}

/** `<method>`, `<constructor>`, `<operator>` and `<annotation>` share one shape. */
export function methodOf(context: MemberContext, element: RawElement): MethodModel {
  const returns = childrenNamed(element, "return");
  if (returns.length > 1) {
    throw new GeneratorInputError(
      "more than one <return>",
      locOf(context.file, returns[1] ?? element),
    );
  }
  const returnElement = returns[0];
  return {
    name: requiredAttr(context.file, element, "name"),
    returnType: returnElement === undefined ? { kind: "void" } : typeOf(context, returnElement),
    params: paramsOf(context, element),
    qualifiers: qualifiersOf(context, element),
    description: childText(element, "description"),
    loc: locOf(context.file, element),
    ...lifecycleOf(element),
  };
}

export function propertyOf(context: MemberContext, element: RawElement): PropertyModel {
  return {
    name: requiredAttr(context.file, element, "name"),
    type: typeOf(context, element),
    setter: nonEmpty(optionalAttr(element, "setter")),
    getter: nonEmpty(optionalAttr(element, "getter")),
    default: optionalAttr(element, "default"),
    overrides: nonEmpty(optionalAttr(element, "overrides")),
    description: dedentDescription(element.text),
    loc: locOf(context.file, element),
    ...lifecycleOf(element),
  };
}

export function signalOf(context: MemberContext, element: RawElement): SignalModel {
  return {
    name: requiredAttr(context.file, element, "name"),
    params: paramsOf(context, element),
    description: childText(element, "description"),
    loc: locOf(context.file, element),
    ...lifecycleOf(element),
  };
}

export function constantOf(context: MemberContext, element: RawElement): ConstantModel {
  return {
    name: requiredAttr(context.file, element, "name"),
    value: requiredAttr(context.file, element, "value"),
    enum: nonEmpty(optionalAttr(element, "enum")),
    description: dedentDescription(element.text),
    loc: locOf(context.file, element),
    ...lifecycleOf(element),
  };
}

export function themeItemOf(context: MemberContext, element: RawElement): ThemeItemModel {
  return {
    name: requiredAttr(context.file, element, "name"),
    dataType: requiredAttr(context.file, element, "data_type"),
    type: typeOf(context, element),
    default: optionalAttr(element, "default"),
    description: dedentDescription(element.text),
    loc: locOf(context.file, element),
  };
}

/**
 * Groups the constants that name an enum, in first-seen order. An enum is a bitfield when any of
 * its constants says so (Godot marks each member).
 */
export function enumsOf(
  constants: readonly ConstantModel[],
  elements: readonly RawElement[],
): EnumModel[] {
  const byName = new Map<string, { values: ConstantModel[]; bitfield: boolean }>();
  constants.forEach((constant, i) => {
    if (constant.enum === null) return;
    let entry = byName.get(constant.enum);
    if (entry === undefined) {
      entry = { values: [], bitfield: false };
      byName.set(constant.enum, entry);
    }
    entry.values.push(constant);
    if (elements[i]?.attrs["is_bitfield"] === "true") entry.bitfield = true;
  });
  return [...byName].map(([name, entry]) => ({
    name,
    bitfield: entry.bitfield,
    values: entry.values,
  }));
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === "" ? null : value;
}
