/**
 * The members the docs promise for one class, in the shape the conformance check and the audit
 * need: where the member lives (static or instance), how many arguments are required, values.
 */
import type {
  ClassModel,
  ConstantModel,
  MethodModel,
  PropertyModel,
  SignalModel,
} from "../ir/types.js";
import { parseNumberLiteral } from "../ir/number-literal.js";

/** Enum values are audited as constants (GUIDE: "count enum values as constants"). */
export type DocumentedKind = "method" | "property" | "constant" | "signal";

interface MemberBase {
  readonly className: string;
  readonly name: string;
}

export interface DocumentedMethod extends MemberBase {
  readonly kind: "method";
  readonly static: boolean;
  /** Parameters without a default, before any rest parameter: what `fn.length` must be. */
  readonly required: number;
  readonly vararg: boolean;
  /** A hook user code overrides (`_init`, `_get`...): optional on the implementation. */
  readonly virtual: boolean;
  readonly model: MethodModel;
}

export interface DocumentedProperty extends MemberBase {
  readonly kind: "property";
  readonly setter: string | null;
  readonly getter: string | null;
  readonly model: PropertyModel;
}

export interface DocumentedConstant extends MemberBase {
  readonly kind: "constant";
  /** The numeric value, or null when the docs write an expression (`Vector2(0, 0)`). */
  readonly value: number | null;
  readonly enumName: string | null;
  readonly model: ConstantModel;
}

export interface DocumentedSignal extends MemberBase {
  readonly kind: "signal";
  readonly model: SignalModel;
}

export type DocumentedMember =
  DocumentedMethod | DocumentedProperty | DocumentedConstant | DocumentedSignal;

/** Leading parameters without a default: Godot puts every defaulted parameter after them. */
export function requiredCount(method: MethodModel): number {
  const firstOptional = method.params.findIndex((param) => param.default !== null);
  return firstOptional < 0 ? method.params.length : firstOptional;
}

/** Empty setter/getter attributes (read-only members) become null. */
function accessor(name: string | null): string | null {
  return name === null || name === "" ? null : name;
}

export function documentedMembers(model: ClassModel): DocumentedMember[] {
  const className = model.name;
  const members: DocumentedMember[] = [];
  for (const method of model.methods) {
    members.push({
      kind: "method",
      className,
      name: method.name,
      static: method.qualifiers.static,
      required: requiredCount(method),
      vararg: method.qualifiers.vararg,
      virtual: method.qualifiers.virtual,
      model: method,
    });
  }
  for (const property of model.properties) {
    // `overrides` entries only re-declare a base property's default: the base owns the member.
    if (property.overrides !== null) continue;
    members.push({
      kind: "property",
      className,
      name: property.name,
      setter: accessor(property.setter),
      getter: accessor(property.getter),
      model: property,
    });
  }
  for (const constant of model.constants) {
    members.push({
      kind: "constant",
      className,
      name: constant.name,
      value: parseNumberLiteral(constant.value),
      enumName: constant.enum,
      model: constant,
    });
  }
  for (const signal of model.signals)
    members.push({ kind: "signal", className, name: signal.name, model: signal });
  return members;
}
