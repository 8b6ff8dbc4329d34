import type { Day } from '../../src/domain/shared/day';
import type { Filter, ReadStore } from '../../src/readstore/port';
import { SELF_REPORT_DISCREPANCIES, type DiscrepancyDoc } from './discrepancies.projection';

export interface DiscrepancyFilter {
  regionPrefix?: string;
  unitId?: string;
  /** The bureau the self-report was addressed to. */
  bureauId?: string;
  /** Inspections on or after / on or before these days. */
  from?: Day;
  to?: Day;
}

function toFilter(f: DiscrepancyFilter): Filter {
  return {
    active: true,
    ...(f.regionPrefix !== undefined && { regionCode: { $prefix: f.regionPrefix } }),
    ...(f.unitId !== undefined && { unitId: f.unitId }),
    ...(f.bureauId !== undefined && { bureauId: f.bureauId }),
    ...((f.from !== undefined || f.to !== undefined) && { inspectionDay: { $gte: f.from, $lte: f.to } }),
  };
}

/** Discrepancies that hold, latest inspection first, strictly after the (inspection day, id) cursor. */
export function findDiscrepancies(store: ReadStore, f: DiscrepancyFilter, limit: number, after?: { day: Day; id: string }): Promise<DiscrepancyDoc[]> {
  return store.find<DiscrepancyDoc>(SELF_REPORT_DISCREPANCIES, toFilter(f), {
    sort: { field: 'inspectionDay', direction: -1 },
    limit,
    ...(after !== undefined && { after: { value: after.day, id: after.id } }),
  });
}

export function countDiscrepancies(store: ReadStore, f: DiscrepancyFilter): Promise<number> {
  return store.count(SELF_REPORT_DISCREPANCIES, toFilter(f));
}
