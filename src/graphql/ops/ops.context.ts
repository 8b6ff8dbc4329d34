import type { ProjectionProgress } from '../../projector/target';
import type { PositionWaiter } from '../../projector/wait';

/** The projections' progress as an API instance sees it: the status query, read-your-writes, the lag metric. */
export interface ProjectionsAccess {
  progress: ProjectionProgress;
  headPosition(): Promise<number>;
  /** Waits for `x-min-position` (see src/projector/wait.ts). */
  waiter: PositionWaiter;
}

/** What the ops resolvers and the HTTP handler need from the request context (main.ts adds it). */
export interface OpsContext {
  projections: ProjectionsAccess;
}
