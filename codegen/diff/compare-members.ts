/**
 * Compares one element of the old version with its counterpart in the new version (same name, or
 * paired as a rename) and lists what changed, each change flagged breaking or not:
 * removal, type change, a new required parameter, a static/instance flip → breaking;
 * additions, a new optional parameter, lifecycle markers, documentation → not breaking.
 */
import type {
  ConstantModel,
  EnumModel,
  Lifecycle,
  MethodModel,
  PropertyModel,
  SignalModel,
  TypeRef,
} from "../ir/types.js";
import { compareParams } from "./compare-params.js";
import { godotTypeName } from "../ir/type-names.js";
import { relateTypes, type RenameContext, type TypePosition } from "./type-compare.js";
import type { Change, ChangeAspect } from "./types.js";

export interface CompareContext {
  readonly renames: RenameContext;
  readonly terms: Readonly<Record<string, string>>;
  readonly includeDescriptions: boolean;
}

function typeChanges(
  aspect: ChangeAspect,
  oldType: TypeRef,
  newType: TypeRef,
  context: CompareContext,
  position: TypePosition,
): Change[] {
  const relation = relateTypes(oldType, newType, context.renames, position);
  const oldText = godotTypeName(oldType);
  const newText = godotTypeName(newType);
  switch (relation.kind) {
    case "same":
      return [];
    case "renamed":
      // The rename itself is one breaking entry on the renamed class; uses of it are not counted again.
      return [
        {
          aspect,
          detail: `type renamed ${oldText} → ${newText}`,
          old: oldText,
          new: newText,
          breaking: false,
        },
      ];
    case "compatible":
      return [
        {
          aspect,
          detail: `${oldText} → ${newText} (${relation.why})`,
          old: oldText,
          new: newText,
          breaking: false,
        },
      ];
    case "changed":
      return [
        { aspect, detail: `${oldText} → ${newText}`, old: oldText, new: newText, breaking: true },
      ];
  }
}

function lifecycleChanges(oldItem: Lifecycle, newItem: Lifecycle): Change[] {
  const changes: Change[] = [];
  for (const aspect of ["deprecated", "experimental"] as const) {
    const before = oldItem[aspect];
    const after = newItem[aspect];
    if (before === undefined && after !== undefined) {
      changes.push({
        aspect,
        detail: `now ${aspect}${after === "" ? "" : `: ${after.split("\n")[0]}`}`,
        breaking: false,
      });
    } else if (before !== undefined && after === undefined) {
      changes.push({ aspect, detail: `no longer ${aspect}`, breaking: false });
    }
  }
  return changes;
}

function descriptionChanges(oldText: string, newText: string, context: CompareContext): Change[] {
  if (!context.includeDescriptions || oldText.trim() === newText.trim()) return [];
  return [{ aspect: "description", detail: "description changed", breaking: false }];
}

function flagChange(
  aspect: "static" | "const" | "vararg" | "virtual",
  before: boolean,
  after: boolean,
  breaking: boolean,
): Change[] {
  if (before === after) return [];
  return [
    {
      aspect,
      detail: after ? `now ${aspect}` : `no longer ${aspect}`,
      old: String(before),
      new: String(after),
      breaking,
    },
  ];
}

export function compareMethod(
  oldMethod: MethodModel,
  newMethod: MethodModel,
  context: CompareContext,
): Change[] {
  const before = oldMethod.qualifiers;
  const after = newMethod.qualifiers;
  return [
    ...typeChanges("return-type", oldMethod.returnType, newMethod.returnType, context, "result"),
    ...compareParams(oldMethod.params, newMethod.params, context.renames, context.terms, "method"),
    // static ↔ instance changes how every call site is written.
    ...flagChange("static", before.static, after.static, true),
    // const only promises the method does not mutate: callers are unaffected.
    ...flagChange("const", before.const, after.const, false),
    // Losing vararg rejects calls with extra arguments; gaining it accepts more.
    ...flagChange("vararg", before.vararg, after.vararg, before.vararg && !after.vararg),
    // Scripts override virtual methods: the set of overridable methods is API too.
    ...flagChange("virtual", before.virtual, after.virtual, true),
    ...lifecycleChanges(oldMethod, newMethod),
    ...descriptionChanges(oldMethod.description, newMethod.description, context),
  ];
}

function accessorChange(
  aspect: "setter" | "getter",
  before: string | null,
  after: string | null,
): Change[] {
  if (before === after) return [];
  if (after === null)
    return [
      { aspect, detail: `${aspect} ${before} removed`, old: before ?? undefined, breaking: true },
    ];
  if (before === null)
    return [{ aspect, detail: `${aspect} ${after} added`, new: after, breaking: false }];
  // The accessor methods themselves are reported under methods; the property still works.
  return [
    { aspect, detail: `${aspect} ${before} → ${after}`, old: before, new: after, breaking: false },
  ];
}

export function compareProperty(
  oldProperty: PropertyModel,
  newProperty: PropertyModel,
  context: CompareContext,
): Change[] {
  const changes = [
    ...typeChanges("type", oldProperty.type, newProperty.type, context, "result"),
    ...accessorChange("setter", oldProperty.setter, newProperty.setter),
    ...accessorChange("getter", oldProperty.getter, newProperty.getter),
  ];
  if (oldProperty.default !== newProperty.default) {
    changes.push({
      aspect: "default",
      detail: `default ${oldProperty.default ?? "(none)"} → ${newProperty.default ?? "(none)"}`,
      old: oldProperty.default ?? undefined,
      new: newProperty.default ?? undefined,
      breaking: false,
    });
  }
  return [
    ...changes,
    ...lifecycleChanges(oldProperty, newProperty),
    ...descriptionChanges(oldProperty.description, newProperty.description, context),
  ];
}

export function compareSignal(
  oldSignal: SignalModel,
  newSignal: SignalModel,
  context: CompareContext,
): Change[] {
  return [
    ...compareParams(oldSignal.params, newSignal.params, context.renames, context.terms, "signal"),
    ...lifecycleChanges(oldSignal, newSignal),
    ...descriptionChanges(oldSignal.description, newSignal.description, context),
  ];
}

/** The enum a constant belongs to, in new-version names, for comparing membership across a rename. */
function enumOf(
  constant: ConstantModel,
  className: string,
  context: CompareContext,
  side: "old" | "new",
): string | null {
  if (constant.enum === null) return null;
  const qualified = className === "@GlobalScope" ? constant.enum : `${className}.${constant.enum}`;
  return side === "old" ? (context.renames.enums.get(qualified) ?? qualified) : qualified;
}

export function compareConstant(
  oldConstant: ConstantModel,
  newConstant: ConstantModel,
  oldClass: string,
  newClass: string,
  context: CompareContext,
): Change[] {
  const changes: Change[] = [];
  if (oldConstant.value !== newConstant.value) {
    changes.push({
      aspect: "value",
      detail: `value ${oldConstant.value} → ${newConstant.value}`,
      old: oldConstant.value,
      new: newConstant.value,
      breaking: true,
    });
  }
  const oldEnum = enumOf(oldConstant, oldClass, context, "old");
  const newEnum = enumOf(newConstant, newClass, context, "new");
  if (oldEnum !== newEnum) {
    // The value is unchanged, and an int-based enum member is still an int: nothing breaks.
    changes.push({
      aspect: "enum",
      detail: `enum ${oldConstant.enum ?? "(none)"} → ${newConstant.enum ?? "(none)"}`,
      old: oldConstant.enum ?? undefined,
      new: newConstant.enum ?? undefined,
      breaking: false,
    });
  }
  return [
    ...changes,
    ...lifecycleChanges(oldConstant, newConstant),
    ...descriptionChanges(oldConstant.description, newConstant.description, context),
  ];
}

/** Enum-level changes only; the values are compared as constants. */
export function compareEnum(oldEnum: EnumModel, newEnum: EnumModel): Change[] {
  if (oldEnum.bitfield === newEnum.bitfield) return [];
  return [
    {
      aspect: "bitfield",
      detail: newEnum.bitfield ? "now a bitfield (flags)" : "no longer a bitfield",
      old: String(oldEnum.bitfield),
      new: String(newEnum.bitfield),
      breaking: false,
    },
  ];
}
