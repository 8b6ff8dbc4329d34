/** What one queued item came to inside the group's transaction. */
export type Outcome<R> = { ok: true; result: R } | { ok: false; error: unknown };

interface Pending<I, R> {
  input: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: work that arrives during one turn of the event loop is handed to `commit` together, at most
 * `maxGroupSize` items at a time, so one transaction (one fsync) serves them all. `commit` runs synchronously and
 * returns one outcome per item, in order; if it throws, the whole group failed and every item rejects with that
 * error. Promises settle only after `commit` returned, i.e. after the transaction committed.
 */
export class GroupCommitQueue<I, R> {
  private queue: Pending<I, R>[] = [];
  private timer: NodeJS.Immediate | null = null;

  constructor(
    private readonly commit: (group: I[]) => Outcome<R>[],
    private readonly maxGroupSize: number,
    /** Called after each successful commit with the results that succeeded. */
    private readonly afterCommit: (results: R[]) => void = () => undefined,
  ) {}

  enqueue(input: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.timer ??= setImmediate(() => this.flushOneGroup());
    });
  }

  /** Commits everything queued, now. */
  drain(): void {
    if (this.timer) clearImmediate(this.timer);
    this.timer = null;
    while (this.queue.length > 0) this.commitNextGroup();
  }

  /** One group per turn of the event loop, so reads and I/O still get their turn under a flood of appends. */
  private flushOneGroup(): void {
    this.timer = null;
    this.commitNextGroup();
    if (this.queue.length > 0) this.timer = setImmediate(() => this.flushOneGroup());
  }

  private commitNextGroup(): void {
    const group = this.queue.splice(0, this.maxGroupSize);
    let outcomes: Outcome<R>[];
    try {
      outcomes = this.commit(group.map((pending) => pending.input));
    } catch (error) {
      for (const pending of group) pending.reject(error);
      return;
    }
    const results: R[] = [];
    outcomes.forEach((outcome, i) => {
      const pending = group[i] as Pending<I, R>;
      if (outcome.ok) {
        results.push(outcome.result);
        pending.resolve(outcome.result);
      } else {
        pending.reject(outcome.error);
      }
    });
    this.afterCommit(results);
  }
}
