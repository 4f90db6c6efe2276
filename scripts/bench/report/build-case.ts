import { summarize } from "../stats.js";
import type { CaseResult, ResultRow, Target, TargetCheck } from "./types.js";

export interface SubjectSpec {
  readonly subject: string;
  readonly samples: readonly number[];
  readonly targets?: readonly Target[];
}

export interface CaseSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly baseline: string;
  readonly higherIsBetter: boolean;
  readonly subjects: readonly SubjectSpec[];
  /** Subject → error, from runRounds; such subjects get no row. */
  readonly failures?: ReadonlyMap<string, string>;
  readonly notes?: readonly string[];
  readonly details?: Record<string, unknown>;
}

/** Summarizes each subject's runs, divides by the baseline's median and judges the targets. */
export function buildCase(spec: CaseSpec): CaseResult {
  const failures = spec.failures ?? new Map<string, string>();
  const failed = spec.subjects
    .filter((s) => failures.has(s.subject))
    .map((s) => ({
      subject: s.subject,
      error: failures.get(s.subject) ?? "",
      targeted: (s.targets ?? []).length > 0,
    }));
  const measured = spec.subjects.filter((s) => !failures.has(s.subject) && s.samples.length > 0);
  const medians = new Map(measured.map((s) => [s.subject, summarize(s.samples).median]));
  const medianOf = (subject: string): number => {
    const median = medians.get(subject);
    if (median === undefined) throw new Error(`${spec.id}: ${subject} has no runs`);
    return median;
  };
  const baselineMedian = medianOf(spec.baseline);
  const rows: ResultRow[] = measured.map((s) => {
    const summary = summarize(s.samples);
    const checks: TargetCheck[] = (s.targets ?? []).map((target) => {
      const against = target.against ?? spec.baseline;
      // A failed reference cannot be beaten or missed: the check is judged on NaN and fails.
      const value =
        target.kind === "ratio"
          ? medians.has(against)
            ? summary.median / medianOf(against)
            : Number.NaN
          : summary.median;
      return {
        target,
        value,
        pass: target.op === ">=" ? value >= target.value : value <= target.value,
      };
    });
    return {
      subject: s.subject,
      unit: spec.unit,
      ...summary,
      ratio: summary.median / baselineMedian,
      checks,
      pass: checks.length === 0 ? null : checks.every((c) => c.pass),
    };
  });
  return {
    id: spec.id,
    title: spec.title,
    baseline: spec.baseline,
    higherIsBetter: spec.higherIsBetter,
    rows,
    failed,
    notes: spec.notes ?? [],
    ...(spec.details === undefined ? {} : { details: spec.details }),
  };
}

/** A target on median / median of `against` (or of the case's baseline); `label` names it in the table. */
export function ratioTarget(
  op: Target["op"],
  value: number,
  label: string,
  against?: string,
): Target {
  return {
    kind: "ratio",
    op,
    value,
    text: `${op === ">=" ? "≥" : "≤"} ${value}× ${label}`,
    ...(against === undefined ? {} : { against }),
  };
}

export function absoluteTarget(op: Target["op"], value: number, text: string): Target {
  return { kind: "absolute", op, value, text };
}
