import type { ParamModel, SignalModel } from "../ir/types.js";
import type { FileScope } from "./file-scope.js";
import { BUILTINS_MODULE } from "./file-scope.js";
import type {
  ClassPlan,
  PlannedConstant,
  PlannedMethod,
  PlannedParam,
  PlannedProperty,
} from "./class-plan.js";
import { enumObjectName, parameterName, propertyKey } from "./names.js";
import { tsType } from "./type-map.js";

/**
 * Renders members as TS declaration text (without docs). The same text serves the class file
 * and the inheritance check: a member whose text differs from a base's is an incompatible
 * redeclaration, so the base is extended through `Omit<>` for that name.
 */

/** `(host: string, port?: number, ...args: Variant[])`. */
export function renderParams(
  params: readonly PlannedParam[],
  vararg: boolean,
  scope: FileScope,
): string {
  // Only a trailing run of defaulted parameters can be optional in TS.
  let firstOptional = params.length;
  while (firstOptional > 0 && params[firstOptional - 1]?.default != null) firstOptional--;
  const parts = params.map((p, i) => {
    const type = tsType(p.type, scope, { nullable: p.nullable });
    return `${p.name}${i >= firstOptional ? "?" : ""}: ${type}`;
  });
  if (vararg) {
    scope.importType(BUILTINS_MODULE, "Variant");
    const taken = new Set(params.map((p) => p.name));
    let rest = "args";
    while (taken.has(rest)) rest += "_";
    parts.push(`...${rest}: Variant[]`);
  }
  return `(${parts.join(", ")})`;
}

export function renderMethod(m: PlannedMethod, scope: FileScope): string {
  const ret = tsType(m.returnType, scope, { nullable: m.returnNullable });
  const optional = m.virtual && !m.static ? "?" : "";
  return `${propertyKey(m.name)}${optional}${renderParams(m.params, m.vararg, scope)}: ${ret};`;
}

/** Accessors or a field; "" for a hidden property. */
export function renderProperty(p: PlannedProperty, scope: FileScope): string {
  const type = tsType(p.type, scope, { nullable: p.nullable });
  const key = propertyKey(p.name);
  if (p.shape === "hidden") return "";
  if (p.shape === "field") return `${key}: ${type};`;
  const lines: string[] = [];
  if (p.getter) lines.push(`get ${key}(): ${type};`);
  if (p.setter) lines.push(`set ${key}(value: ${type});`);
  return lines.join("\n");
}

export function renderSignal(s: SignalModel, scope: FileScope): string {
  const params = s.params.map((p: ParamModel) => {
    return `${parameterName(p.name)}: ${tsType(p.type, scope, { nullable: true })}`;
  });
  return `${propertyKey(s.name)}(${params.join(", ")}): void;`;
}

/** The literal type of a constant on the static interface. */
function constantType(c: PlannedConstant, scope: FileScope): string {
  if (c.number !== null) return numberLiteral(c.number);
  const ctor = /^(\w+)\(/.exec(c.written)?.[1];
  if (ctor !== undefined && scope.view.isInterfaceBuiltin(ctor)) return scope.classType(ctor);
  scope.importType(BUILTINS_MODULE, "Variant");
  return "Variant";
}

export function numberLiteral(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}

/**
 * A member declaration not rendered yet: the inheritance check needs every member's key but the
 * text of only the few that a base also declares.
 */
export interface MemberDecl {
  readonly key: string;
  readonly kind: "method" | "field";
  /** The declaration text ("" for a property with nothing to declare); records imports in `scope`. */
  render(scope: FileScope): string;
}

/** Instance-side members in emission order (methods, then properties). */
export function instanceMembers(plan: ClassPlan): MemberDecl[] {
  const out: MemberDecl[] = [];
  for (const m of plan.methods) {
    if (!m.static) out.push({ key: m.name, kind: "method", render: (s) => renderMethod(m, s) });
  }
  for (const p of plan.properties) {
    if (p.shape !== "hidden") {
      out.push({ key: p.name, kind: "field", render: (s) => renderProperty(p, s) });
    }
  }
  return out;
}

/** Static-side members: enum objects, constants, static methods. */
export function staticMembers(plan: ClassPlan): MemberDecl[] {
  const out: MemberDecl[] = [];
  const cls = plan.model.name;
  // A name is declared once: enum objects first, then constants (a constant named like an enum
  // is dropped from the type; it would be a duplicate key).
  const fields = new Set<string>();
  for (const e of plan.enums) {
    fields.add(e.name);
    const text = `readonly ${propertyKey(e.name)}: typeof ${enumObjectName(cls, e.name)};`;
    out.push({ key: e.name, kind: "field", render: () => text });
  }
  for (const c of plan.constants) {
    if (fields.has(c.name)) continue;
    fields.add(c.name);
    out.push({
      key: c.name,
      kind: "field",
      render: (s) => `readonly ${propertyKey(c.name)}: ${constantType(c, s)};`,
    });
  }
  for (const m of plan.methods) {
    if (m.static && !fields.has(m.name)) {
      out.push({ key: m.name, kind: "method", render: (s) => renderMethod(m, s) });
    }
  }
  return out;
}

/** Members grouped by key (overloads share one), first-seen order. */
export function byKey(members: readonly MemberDecl[]): Map<string, MemberDecl[]> {
  const map = new Map<string, MemberDecl[]>();
  for (const m of members) {
    const group = map.get(m.key);
    if (group === undefined) map.set(m.key, [m]);
    else group.push(m);
  }
  return map;
}
