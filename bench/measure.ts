/** Runs until `deadline` (performance.now() milliseconds) and returns how many operations it completed. */
export type Scenario = (deadline: number) => Promise<number>;

export interface Measurement {
  count: number;
  ms: number;
}

/** Paired scenarios run in this many alternating rounds, so that a noisy neighbour hurts both alike. */
export const ROUNDS = 10;

export async function timed(seconds: number, scenario: Scenario): Promise<Measurement> {
  const start = performance.now();
  const count = await scenario(start + seconds * 1000);
  return { count, ms: performance.now() - start };
}

/** Runs the two scenarios in turn, ROUNDS times for seconds / ROUNDS each, and sums their measurements. */
export async function alternate(seconds: number, a: Scenario, b: Scenario): Promise<[Measurement, Measurement]> {
  const totals: [Measurement, Measurement] = [
    { count: 0, ms: 0 },
    { count: 0, ms: 0 },
  ];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, scenario] of [a, b].entries()) {
      const { count, ms } = await timed(seconds / ROUNDS, scenario);
      const total = totals[i] as Measurement;
      total.count += count;
      total.ms += ms;
    }
  }
  return totals;
}
