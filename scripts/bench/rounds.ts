/**
 * Runs every subject once per round, round after round, so slow drifts of a noisy shared machine
 * (other processes, thermal state) spread over all subjects instead of landing on one. Bounded by
 * a round count and a deadline; at least one round always runs so every subject has a figure.
 * A subject that throws (wrong byte count, stall, crash) is recorded as failed and not run again;
 * the others carry on.
 */
export interface RoundOptions {
  readonly rounds: number;
  /** Wall-clock budget in ms; no new round starts after it. */
  readonly budgetMs: number;
}

export interface RoundResults<K extends string> {
  readonly samples: Map<K, number[]>;
  /** Subject → the error that stopped it. */
  readonly failures: Map<K, string>;
}

export async function runRounds<K extends string>(
  subjects: readonly K[],
  options: RoundOptions,
  runOnce: (subject: K, round: number) => Promise<number>,
): Promise<RoundResults<K>> {
  const samples = new Map<K, number[]>(subjects.map((subject) => [subject, []]));
  const failures = new Map<K, string>();
  const deadline = performance.now() + options.budgetMs;
  for (let round = 0; round < options.rounds; round++) {
    if (round > 0 && performance.now() > deadline) break;
    for (const subject of subjects) {
      if (failures.has(subject)) continue;
      try {
        samples.get(subject)?.push(await runOnce(subject, round));
      } catch (error) {
        failures.set(subject, error instanceof Error ? error.message : String(error));
      }
    }
  }
  return { samples, failures };
}
