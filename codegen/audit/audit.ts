/**
 * The audit: for each bound class, how many documented members the implementation has, which
 * are missing or explicitly unsupported, which differ from the docs, and a parity percentage.
 * Parity = implemented / documented; unsupported members count as missing. Virtual methods
 * (`_init`, `_get`...) are hooks user code overrides: listed, but outside the parity count.
 */
import type { Corpus } from "../ir/types.js";
import { documentedMembers, type DocumentedKind } from "./documented.js";
import type { Implementation } from "./implementation.js";
import { inspectMember, type MemberInspection } from "./inspect.js";
import { tryInstantiate, type ClassObject } from "./runtime-shape.js";

export interface MemberRef {
  readonly kind: DocumentedKind;
  readonly name: string;
}

export interface ClassAudit {
  readonly className: string;
  /**
   * Set when the implementation does not export this (base) class: its members were checked on
   * this exported subclass instead, where they are inherited.
   */
  readonly checkedOn?: string;
  readonly documented: number;
  readonly implemented: number;
  readonly missing: readonly MemberRef[];
  readonly unsupported: readonly (MemberRef & { readonly reason: string })[];
  readonly differing: readonly (MemberRef & { readonly issues: readonly string[] })[];
  /** Virtual methods: counted apart from parity. */
  readonly hooks: {
    readonly documented: number;
    /** Defined on the implementation class itself (the core calls the ones user code defines). */
    readonly implemented: number;
    /** Hooks on the implementation's unsupported list: the core never calls them. */
    readonly unsupported: readonly (MemberRef & { readonly reason: string })[];
  };
  /** implemented / documented × 100, one decimal; 100 for a class with nothing documented. */
  readonly parity: number;
}

export interface AuditTotals {
  readonly documented: number;
  readonly implemented: number;
  readonly missing: number;
  readonly unsupported: number;
  readonly differing: number;
  readonly parity: number;
}

export interface AuditReport {
  readonly version: string | null;
  readonly classes: readonly ClassAudit[];
  readonly totals: AuditTotals;
}

export function parityPercent(implemented: number, documented: number): number {
  return documented === 0 ? 100 : Math.floor((implemented / documented) * 1000) / 10;
}

function ref(inspection: MemberInspection): MemberRef {
  return { kind: inspection.member.kind, name: inspection.member.name };
}

/** The exported class to check a base's members on: itself, else the nearest exported subclass. */
export function carrierOf(
  corpus: Corpus,
  className: string,
  implementation: Implementation,
): { readonly name: string; readonly cls: ClassObject } | undefined {
  const own = implementation.classes.get(className);
  if (own !== undefined) return { name: className, cls: own };
  let best: { name: string; cls: ClassObject; depth: number } | undefined;
  for (const [name, cls] of implementation.classes) {
    let depth = 0;
    for (
      let base = corpus.classes.get(name)?.inherits ?? null;
      base !== null;
      base = corpus.classes.get(base)?.inherits ?? null
    ) {
      depth++;
      if (base !== className) continue;
      if (best === undefined || depth < best.depth || (depth === best.depth && name < best.name))
        best = { name, cls, depth };
      break;
    }
  }
  return best === undefined ? undefined : { name: best.name, cls: best.cls };
}

/** Inspects every documented member of one class. */
export function inspectClass(
  corpus: Corpus,
  className: string,
  implementation: Implementation,
): MemberInspection[] {
  const model = corpus.classes.get(className);
  if (model === undefined) return [];
  const cls = carrierOf(corpus, className, implementation)?.cls;
  const instance = cls === undefined ? null : tryInstantiate(cls);
  const target = { cls, instance, unsupported: implementation.unsupported };
  return documentedMembers(model).map((member) => inspectMember(target, member));
}

export function auditClass(
  className: string,
  inspections: readonly MemberInspection[],
  checkedOn?: string,
): ClassAudit {
  const isHook = (i: MemberInspection): boolean => i.member.kind === "method" && i.member.virtual;
  const counted = inspections.filter((i) => !isHook(i));
  const hooks = inspections.filter(isHook);
  const implemented = counted.filter((i) => i.status === "implemented").length;
  return {
    className,
    ...(checkedOn !== undefined && checkedOn !== className ? { checkedOn } : {}),
    documented: counted.length,
    implemented,
    missing: counted.filter((i) => i.status === "missing").map(ref),
    unsupported: counted
      .filter((i) => i.status === "unsupported")
      .map((i) => ({ ...ref(i), reason: i.reason ?? "" })),
    differing: inspections
      .filter((i) => i.issues.length > 0 && i.status === "implemented")
      .map((i) => ({ ...ref(i), issues: i.issues })),
    hooks: {
      documented: hooks.length,
      implemented: hooks.filter((i) => i.status === "implemented").length,
      unsupported: hooks
        .filter((i) => i.status === "unsupported")
        .map((i) => ({ ...ref(i), reason: i.reason ?? "" })),
    },
    parity: parityPercent(implemented, counted.length),
  };
}

export function auditCorpus(
  corpus: Corpus,
  classNames: readonly string[],
  implementation: Implementation,
): AuditReport {
  const classes = classNames.map((name) =>
    auditClass(
      name,
      inspectClass(corpus, name, implementation),
      carrierOf(corpus, name, implementation)?.name,
    ),
  );
  const sum = (pick: (c: ClassAudit) => number): number =>
    classes.reduce((total, c) => total + pick(c), 0);
  const documented = sum((c) => c.documented);
  const implemented = sum((c) => c.implemented);
  return {
    version: corpus.version,
    classes,
    totals: {
      documented,
      implemented,
      missing: sum((c) => c.missing.length),
      unsupported: sum((c) => c.unsupported.length),
      differing: sum((c) => c.differing.length),
      parity: parityPercent(implemented, documented),
    },
  };
}
