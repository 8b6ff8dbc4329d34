import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { byMostOverdue, type OverdueUnitView } from '../../application/accountability.service';
import { canReadBureau } from '../../auth/scope';
import { NotFoundError, ValidationError } from '../../domain/shared/errors';
import { RECORD_READERS } from '../roles';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import { asOfDay, knowledge, type AccountabilityContext } from './accountability.context';
import { BureauCycleStatus, type OverdueUnitConnection } from './cycle-status.type';

const OVERDUE_CURSOR = 'overdue';

/** Who may ask for a bureau's cycle: record readers, and analysts (the figures only: `overdueUnits` names units). */
export const CYCLE_READERS = [...RECORD_READERS, 'ANALYST' as const];

const cursorOf = (unit: OverdueUnitView): string => encodeCursor(OVERDUE_CURSOR, `${unit.daysOverdue}|${unit.unitId}`);

type OverdueKey = Pick<OverdueUnitView, 'daysOverdue' | 'unitId'>;

/** The position a cursor names in the (daysOverdue descending, unitId) order. */
export function decodeOverdueCursor(after: string | null | undefined): OverdueKey | undefined {
  const key = decodeCursor(OVERDUE_CURSOR, after);
  if (key === undefined) return undefined;
  const [days = '', unitId = ''] = key.split('|');
  const daysOverdue = Number(days);
  if (!/^\d+$/.test(days) || !Number.isSafeInteger(daysOverdue) || unitId === '') throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
  return { daysOverdue, unitId };
}

/** A page of `size` of the sorted overdue list, strictly after the cursor's position. */
export function overduePage(units: readonly OverdueUnitView[], size: number, cursor: OverdueKey | undefined): OverdueUnitConnection {
  const start = cursor === undefined ? 0 : units.findIndex((u) => byMostOverdue(u, cursor) > 0);
  const rest = start < 0 ? [] : units.slice(start, start + size + 1);
  const page = toPage(rest, size, cursorOf);
  return { nodes: page.nodes, edges: page.nodes.map((node) => ({ node, cursor: cursorOf(node) })), pageInfo: page.pageInfo, totalCount: units.length };
}

@Resolver(() => BureauCycleStatus)
export class CycleStatusResolver {
  @Authorized(CYCLE_READERS)
  @Query(() => BureauCycleStatus, {
    description:
      'The two-year cycle of a bureau on `asOf` (default today), as the record stood at `knownAt` (default now): met or not, ' +
      'units in scope, covered, not yet due, overdue, and a page of the overdue units (`first`, `after`). NOT_FOUND outside your scope',
  })
  async cycleStatus(
    @Arg('bureauId', () => ID) bureauId: string,
    @Ctx() ctx: AccountabilityContext,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD (business day, China time)' }) asOf?: string | null,
    @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size of overdueUnits' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of overdueUnits' }) after?: string | null,
  ): Promise<BureauCycleStatus> {
    const id = bureauId.trim();
    const day = asOfDay(ctx, asOf);
    const time = knowledge(ctx, knownAt);
    const size = pageSize(first);
    const cursor = decodeOverdueCursor(after);
    const bureau = await ctx.loaders.bureau.load(id);
    if (!bureau || !canReadBureau(ctx.scope, bureau)) throw new NotFoundError(`Bureau ${id} is not established`, 'BUREAU_NOT_FOUND', { bureauId: id });
    const report = await ctx.accountability.bureauCycle(id, day, time.filter);
    return {
      bureauId: id,
      asOf: day,
      knownAt: time.reported,
      countingKinds: [...report.countingKinds],
      met: report.met,
      unitsInScope: report.unitsInScope,
      covered: report.covered,
      notYetDue: report.notYetDue,
      overdue: report.overdue,
      overdueUnits: overduePage(report.overdueUnits, size, cursor),
    };
  }
}
