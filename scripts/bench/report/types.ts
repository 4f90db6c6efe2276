import type { MachineFacts } from "../machine.js";

/**
 * The JSON written to bench-results/. Every row carries its runs (median, min, max, samples) and
 * its ratio to the case's baseline, measured in the same run against the same server.
 */
export interface BenchReport {
  readonly schema: 1;
  readonly command: string;
  readonly quick: boolean;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly wallSeconds: number;
  readonly machine: MachineFacts;
  /**
   * os.loadavg() (1, 5, 15 min) when the run started and ended: the machine is shared, so a
   * figure taken under load from others can be told apart.
   */
  readonly loadAverage?: { readonly start: readonly number[]; readonly end: readonly number[] };
  readonly cases: readonly CaseResult[];
  /** Cases that could not run here (a missing feature or tool), with the reason. */
  readonly skipped: readonly SkippedCase[];
}

export interface CaseResult {
  readonly id: string;
  readonly title: string;
  /** The subject every ratio in this case divides by. */
  readonly baseline: string;
  /** Whether a larger figure is better (throughput) or worse (time, memory). */
  readonly higherIsBetter: boolean;
  readonly rows: readonly ResultRow[];
  /** Subjects that failed a run (wrong byte count, stall, crash): no figure, and a FAIL if targeted. */
  readonly failed: readonly FailedSubject[];
  readonly notes: readonly string[];
  /** Case-specific extras (stage breakdowns, byte counts, methods). */
  readonly details?: Record<string, unknown>;
}

export interface FailedSubject {
  readonly subject: string;
  readonly error: string;
  readonly targeted: boolean;
}

export interface ResultRow {
  readonly subject: string;
  readonly unit: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
  /** median / baseline median. */
  readonly ratio: number;
  /** Each target with the value it was judged on (a ratio or the median). */
  readonly checks: readonly TargetCheck[];
  /** All checks met; null when the row has no target. */
  readonly pass: boolean | null;
}

export interface TargetCheck {
  readonly target: Target;
  readonly value: number;
  readonly pass: boolean;
}

export interface Target {
  /** "ratio": compares the ratio; "absolute": compares the median in the row's unit. */
  readonly kind: "ratio" | "absolute";
  readonly op: ">=" | "<=";
  readonly value: number;
  /** For a ratio target: the subject divided by (default: the case's baseline). */
  readonly against?: string;
  /** How the table shows it, e.g. "≥ 0.9× raw" or "≤ 1.5 s (make_rst.py)". */
  readonly text: string;
}

export interface SkippedCase {
  readonly id: string;
  readonly title: string;
  readonly reason: string;
}
