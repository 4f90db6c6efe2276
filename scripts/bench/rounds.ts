/**
 * Runs every subject once per round, round after round, so slow drifts of a noisy shared machine
 * (other processes, thermal state) spread over all subjects instead of landing on one. Bounded by
 * a round count and a deadline; at least one round always runs so every subject has a figure.
 */
export interface RoundOptions {
  readonly rounds: number;
  /** Wall-clock budget in ms; no new round starts after it. */
  readonly budgetMs: number;
}

export async function runRounds<K extends string>(
  subjects: readonly K[],
  options: RoundOptions,
  runOnce: (subject: K, round: number) => Promise<number>,
): Promise<Map<K, number[]>> {
  const samples = new Map<K, number[]>(subjects.map((subject) => [subject, []]));
  const deadline = performance.now() + options.budgetMs;
  for (let round = 0; round < options.rounds; round++) {
    if (round > 0 && performance.now() > deadline) break;
    for (const subject of subjects) samples.get(subject)?.push(await runOnce(subject, round));
  }
  return samples;
}
