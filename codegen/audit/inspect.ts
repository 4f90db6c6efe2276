/**
 * Checks one documented member against the implementation's run-time shape (idlharness-style):
 * present, in the right place (static or instance), `fn.length` equal to the required parameter
 * count, accessors and their setter/getter methods, constant values and read-only-ness.
 * Behaviour (round trips, signal emission) is the conformance test's job; this is what the audit
 * can see without running members.
 */
import type {
  DocumentedConstant,
  DocumentedMember,
  DocumentedMethod,
  DocumentedProperty,
} from "./documented.js";
import {
  findInstanceMember,
  findStaticMember,
  functionOf,
  isReadOnly,
  type ClassObject,
} from "./runtime-shape.js";
import { unsupportedReason, type UnsupportedIndex } from "./unsupported.js";

/**
 * - implemented: present (it may still have `issues`);
 * - missing: absent and not on the unsupported list;
 * - unsupported: on the implementation's explicit list (counted as missing), placeholder or not;
 * - optional-hook: an absent virtual method (`_init`, `_get`...): user code provides those.
 */
export type MemberStatus = "implemented" | "missing" | "unsupported" | "optional-hook";

export interface MemberInspection {
  readonly member: DocumentedMember;
  readonly status: MemberStatus;
  /** For unsupported members. */
  readonly reason?: string;
  /** Where the implementation differs from the docs (wrong placement, fn.length, values...). */
  readonly issues: readonly string[];
}

export interface InspectTarget {
  /** The implementation class, or undefined when src/impl does not export it. */
  readonly cls: ClassObject | undefined;
  /** A fresh instance when the class can be constructed (used to ask `has_signal`). */
  readonly instance: object | null;
  readonly unsupported: UnsupportedIndex;
}

type Finding = { readonly present: boolean; readonly issues: readonly string[] };

function inspectMethod(cls: ClassObject, member: DocumentedMethod): Finding {
  const home = member.static
    ? findStaticMember(cls, member.name)
    : findInstanceMember(cls, member.name);
  const fn = functionOf(home);
  if (fn === undefined) {
    const elsewhere = member.static
      ? findInstanceMember(cls, member.name)
      : findStaticMember(cls, member.name);
    if (functionOf(elsewhere) === undefined) return { present: false, issues: [] };
    const wrong = member.static
      ? "on the instance prototype, documented static"
      : "static, documented as an instance method";
    return { present: true, issues: [wrong] };
  }
  const issues: string[] = [];
  if (fn.length !== member.required) {
    issues.push(
      `fn.length ${fn.length}, documented ${member.required} required parameter${member.required === 1 ? "" : "s"}`,
    );
  }
  return { present: true, issues };
}

function inspectProperty(cls: ClassObject, member: DocumentedProperty): Finding {
  const found = findInstanceMember(cls, member.name);
  if (found === undefined || !("get" in found.descriptor) || found.descriptor.get === undefined) {
    return { present: false, issues: [] };
  }
  const issues: string[] = [];
  if (member.setter !== null && found.descriptor.set === undefined)
    issues.push("accessor has no setter");
  for (const method of [member.setter, member.getter]) {
    if (method !== null && functionOf(findInstanceMember(cls, method)) === undefined)
      issues.push(`${method}() missing`);
  }
  return { present: true, issues };
}

function inspectConstant(cls: ClassObject, member: DocumentedConstant): Finding {
  const found = findStaticMember(cls, member.name);
  if (found === undefined) return { present: false, issues: [] };
  const issues: string[] = [];
  const actual: unknown = "value" in found.descriptor ? found.descriptor.value : undefined;
  if (member.value !== null && actual !== member.value)
    issues.push(`value ${String(actual)}, documented ${member.value}`);
  if (!isReadOnly(found)) issues.push("writable");
  if (member.enumName !== null) {
    const enumObject: unknown = findStaticMember(cls, member.enumName)?.descriptor.value;
    const viaEnum: unknown =
      typeof enumObject === "object" && enumObject !== null
        ? (enumObject as Record<string, unknown>)[member.name]
        : undefined;
    if (viaEnum !== actual) issues.push(`${member.enumName}.${member.name} is ${String(viaEnum)}`);
  }
  return { present: true, issues };
}

function inspectSignal(instance: object | null, name: string): Finding {
  const hasSignal = (instance as { has_signal?: unknown } | null)?.has_signal;
  if (typeof hasSignal !== "function") return { present: false, issues: [] };
  try {
    return { present: hasSignal.call(instance, name) === true, issues: [] };
  } catch {
    return { present: false, issues: [] };
  }
}

export function inspectMember(target: InspectTarget, member: DocumentedMember): MemberInspection {
  const reason = unsupportedReason(target.unsupported, member.className, member.name);
  // Listed members count as missing whatever placeholder exists (the list is the source of truth).
  if (reason !== undefined) return { member, status: "unsupported", reason, issues: [] };
  const { cls } = target;
  if (cls === undefined)
    return { member, status: "missing", issues: ["class not exported by the implementation"] };
  let finding: Finding;
  switch (member.kind) {
    case "method":
      finding = inspectMethod(cls, member);
      break;
    case "property":
      finding = inspectProperty(cls, member);
      break;
    case "constant":
      finding = inspectConstant(cls, member);
      break;
    case "signal":
      finding = inspectSignal(target.instance, member.name);
      break;
  }
  if (finding.present) return { member, status: "implemented", issues: finding.issues };
  if (member.kind === "method" && member.virtual)
    return { member, status: "optional-hook", issues: [] };
  return { member, status: "missing", issues: [] };
}
