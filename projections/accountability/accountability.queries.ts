import type { ReadStore } from '../../src/readstore/port';
import { ACCOUNTABILITY_LATE_RECORDS, lateRecordRange, type LateRecordDoc } from './late-records.projection';
import { ACCOUNTABILITY_CYCLE_DIGESTS, type CycleDigestDoc } from './cycle-digest';
import { ACCOUNTABILITY_FACTS, type UnitFactsDoc } from './unit-facts.projection';

/**
 * The facts of every unit that was ever in the bureau's scope (as recorded now), in one indexed read. Whether each
 * was in scope on a day, as known at a time, is for the rules.
 */
export function findUnitFactsOfBureau(store: ReadStore, bureauId: string): Promise<UnitFactsDoc[]> {
  return store.find<UnitFactsDoc>(ACCOUNTABILITY_FACTS, { bureauId });
}

/** The chunks of bureau B's cycle digest (every unit that ever entered its scope, as recorded now), in one indexed read. */
export function findCycleDigestsOfBureau(store: ReadStore, bureauId: string): Promise<CycleDigestDoc[]> {
  return store.find<CycleDigestDoc>(ACCOUNTABILITY_CYCLE_DIGESTS, { bureauId });
}

/** The facts of units by id, in the order of `unitIds`, null where the model never saw the unit (DataLoader-ready). */
export function getUnitFacts(store: ReadStore, unitIds: readonly string[]): Promise<(UnitFactsDoc | null)[]> {
  return store.getMany<UnitFactsDoc>(ACCOUNTABILITY_FACTS, unitIds);
}

/** Bureau B's acts recorded at least `minDelayDays` late, the longest delay first, strictly after `afterKey`. */
export function findLateRecords(store: ReadStore, bureauId: string, minDelayDays: number, limit: number, afterKey?: string): Promise<LateRecordDoc[]> {
  return store.find<LateRecordDoc>(
    ACCOUNTABILITY_LATE_RECORDS,
    { delayKey: lateRecordRange(bureauId, minDelayDays) },
    {
      sort: { field: 'delayKey', direction: -1 },
      limit,
      ...(afterKey !== undefined && { after: { value: afterKey, id: lateRecordIdOf(afterKey) } }),
    },
  );
}

export function countLateRecords(store: ReadStore, bureauId: string, minDelayDays: number): Promise<number> {
  return store.count(ACCOUNTABILITY_LATE_RECORDS, { delayKey: lateRecordRange(bureauId, minDelayDays) });
}

/** A late record's id from its key: `<bureau>|<delay>|<position>` → `<bureau>|<position>`. */
export function lateRecordIdOf(delayKey: string): string {
  const parts = delayKey.split('|');
  return `${parts[0] ?? ''}|${parts[2] ?? ''}`;
}
