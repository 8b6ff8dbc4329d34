import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ActorRole } from '../../domain/shared/event';
import type { OpsContext } from './ops.context';
import { ProjectionStatus } from './projection-status.type';

/** Operators' questions about the deployment: national administrators and auditors (no unit data in the answer). */
export const OPS_READERS: ActorRole[] = ['NATIONAL_ADMIN', 'AUDITOR'];

@Resolver()
export class ProjectionStatusResolver {
  @Authorized(OPS_READERS)
  @Query(() => ProjectionStatus, { description: 'The log head, the projections\' checkpoints and the lag between them' })
  async projectionStatus(@Ctx() ctx: OpsContext): Promise<ProjectionStatus> {
    // Checkpoints first: read after them, the head is never below them (a lag of at least 0 without clamping it away).
    const projections = await ctx.projections.progress.checkpoints();
    const headPosition = await ctx.projections.headPosition();
    const projectedPosition = projections.length === 0 ? headPosition : Math.min(...projections.map((p) => p.checkpoint));
    return { headPosition, projectedPosition, lag: Math.max(0, headPosition - projectedPosition), projections };
  }
}
