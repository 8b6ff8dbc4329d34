import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { LateRecordDoc } from '../../../projections/accountability/late-records.projection';
import { MIN_LATE_RECORD_DAYS } from '../../../projections/accountability/late-records.projection';
import { canReadBureau } from '../../auth/scope';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import { RECORD_READERS } from '../roles';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import type { AccountabilityContext } from './accountability.context';
import { LateRecord, LateRecordConnection } from './late-record.type';

const LATE_CURSOR = 'late';
export const DEFAULT_LATE_RECORD_DAYS = 30;
const DELAY_KEY = /^[^|]+\|\d{6}\|\d{16}$/;

const cursorOf = (doc: LateRecordDoc): string => encodeCursor(LATE_CURSOR, doc.delayKey);

function decodeLateCursor(after: string | null | undefined): string | undefined {
  const key = decodeCursor(LATE_CURSOR, after);
  if (key !== undefined && !DELAY_KEY.test(key)) throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
  return key;
}

@Resolver(() => LateRecord)
export class LateRecordsResolver {
  @Authorized(RECORD_READERS)
  @Query(() => LateRecordConnection, {
    description:
      "Acts in the bureau's history recorded at least `minDelayDays` (default 30, at least 1) business days after they happened, " +
      'the longest delay first. NOT_FOUND outside your scope',
  })
  async lateRecords(
    @Arg('bureauId', () => ID) bureauId: string,
    @Ctx() ctx: AccountabilityContext,
    @Arg('minDelayDays', () => Int, { nullable: true }) minDelayDays?: number | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<LateRecordConnection> {
    const id = bureauId.trim();
    const minDays = minDelayDays ?? DEFAULT_LATE_RECORD_DAYS;
    if (!Number.isSafeInteger(minDays) || minDays < MIN_LATE_RECORD_DAYS) {
      throw new ValidationError(`minDelayDays must be at least ${MIN_LATE_RECORD_DAYS}`, 'minDelayDays', 'INVALID_DELAY', { min: MIN_LATE_RECORD_DAYS });
    }
    const size = pageSize(first);
    const cursor = decodeLateCursor(after);
    const bureau = await ctx.loaders.bureau.load(id);
    if (!bureau || !canReadBureau(ctx.scope, bureau)) throw new NotFoundError(`Bureau ${id} is not established`, 'BUREAU_NOT_FOUND', { bureauId: id });
    const [rows, totalCount] = await Promise.all([
      ctx.accountability.lateRecords(id, minDays, size + 1, cursor),
      ctx.accountability.countLateRecords(id, minDays),
    ]);
    const page = toPage(rows, size, cursorOf);
    return { nodes: page.nodes, edges: page.nodes.map((node) => ({ node, cursor: cursorOf(node) })), pageInfo: page.pageInfo, totalCount };
  }
}
