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

/** Median and 95th percentile of `runs` runs of a query after three warm-ups (`afterEach`: e.g. a memory sample). */
export async function medianTimes(work: () => Promise<unknown>, runs = 30, afterEach: () => void = () => undefined): Promise<string> {
  for (let i = 0; i < Math.min(3, runs); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
    afterEach();
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}
