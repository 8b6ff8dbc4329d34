import type { Outcome } from '../sqlite/group-commit';

interface Pending<I, R> {
  input: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface AsyncGroupCommitOptions<I> {
  /** Most items in one group. */
  maxGroupSize: number;
  /** Most groups committing at once (one connection each; they queue on the server's lock, sending overlaps). */
  maxInFlight: number;
  /** Weight of an item (events in an append); a group stops growing past `maxGroupWeight`, but holds at least one. */
  weight?: (input: I) => number;
  maxGroupWeight?: number;
}

/**
 * Group commit for a store whose commit is asynchronous (the SQLite adapter's GroupCommitQueue is synchronous).
 * While groups are committing, new work queues; as soon as a commit slot frees, everything queued (up to the caps)
 * goes as ONE group. Under load, groups grow by themselves; a lone append waits for no one (it goes on the next
 * turn of the event loop, together with whatever was appended in the same turn).
 *
 * `commit` answers one outcome per item, in order; if it throws, every item of the group rejects with that error.
 */
export class AsyncGroupCommit<I, R> {
  private queue: Pending<I, R>[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly commit: (group: I[]) => Promise<Outcome<R>[]>,
    private readonly options: AsyncGroupCommitOptions<I>,
  ) {}

  enqueue(input: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Resolves once nothing is queued or committing. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.inFlight < Math.max(1, this.options.maxInFlight) && this.queue.length > 0) {
      void this.run(this.takeGroup());
    }
    if (this.queue.length === 0 && this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private takeGroup(): Pending<I, R>[] {
    const { maxGroupSize, weight, maxGroupWeight } = this.options;
    let count = 0;
    let total = 0;
    while (count < this.queue.length && count < Math.max(1, maxGroupSize)) {
      const next = weight ? weight((this.queue[count] as Pending<I, R>).input) : 1;
      if (count > 0 && maxGroupWeight !== undefined && total + next > maxGroupWeight) break;
      total += next;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async run(group: Pending<I, R>[]): Promise<void> {
    this.inFlight += 1;
    try {
      const outcomes = await this.commit(group.map((pending) => pending.input));
      group.forEach((pending, i) => {
        const outcome = outcomes[i];
        if (!outcome) pending.reject(new Error('The group commit answered fewer outcomes than appends'));
        else if (outcome.ok) pending.resolve(outcome.result);
        else pending.reject(outcome.error);
      });
    } catch (error) {
      for (const pending of group) pending.reject(error);
    } finally {
      this.inFlight -= 1;
      this.pump();
    }
  }
}
