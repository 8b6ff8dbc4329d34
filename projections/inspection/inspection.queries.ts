import type { PoolUnit } from '../../src/domain/inspection/plan.commands';
import { dayOf, type Day } from '../../src/domain/shared/day';
import type { InspectionKind } from '../../src/domain/supervision/common';
import type { Filter, FieldCondition, ReadStore } from '../../src/readstore/port';
import { UNITS, type UnitDoc } from '../units/units.projection';
import { CHECKLISTS, type ChecklistDoc } from './checklists.projection';
import { INSPECTION_PLANS, type InspectionPlanDoc } from './inspection-plans.projection';
import { INSPECTIONS, type InspectionDoc } from './inspections.projection';

export interface InspectionFilter {
  unitId?: string;
  bureauId?: string;
  /** GB/T 2260 prefix of the unit's region as it stood on the day. */
  regionPrefix?: string;
  kind?: InspectionKind;
  planId?: string;
  /** Days, inclusive. */
  from?: Day;
  to?: Day;
  includeWithdrawn?: boolean;
}

export function inspectionStoreFilter(f: InspectionFilter): Filter {
  const day: FieldCondition = { ...(f.from !== undefined && { $gte: f.from }), ...(f.to !== undefined && { $lte: f.to }) };
  return {
    ...(f.unitId !== undefined && { unitId: f.unitId }),
    ...(f.bureauId !== undefined && { bureauId: f.bureauId }),
    ...(f.regionPrefix !== undefined && { regionCode: { $prefix: f.regionPrefix } }),
    ...(f.kind !== undefined && { kind: f.kind }),
    ...(f.planId !== undefined && { planId: f.planId }),
    ...((f.from !== undefined || f.to !== undefined) && { day }),
    ...(!f.includeWithdrawn && { withdrawn: false }),
  };
}

/** Newest day first (ties by id, descending), strictly after the keyset cursor. */
export function findInspections(store: ReadStore, filter: InspectionFilter, limit: number, after?: { day: Day; id: string }): Promise<InspectionDoc[]> {
  return store.find<InspectionDoc>(INSPECTIONS, inspectionStoreFilter(filter), {
    sort: { field: 'day', direction: -1 },
    limit,
    ...(after && { after: { value: after.day, id: after.id } }),
  });
}

export const countInspections = (store: ReadStore, filter: InspectionFilter): Promise<number> => store.count(INSPECTIONS, inspectionStoreFilter(filter));

export interface PlanFilter {
  bureauId?: string;
  /** Bureaus whose id (their region's code) starts with this: a read scope. */
  bureauPrefix?: string;
  status?: InspectionPlanDoc['status'];
}

function planStoreFilter(f: PlanFilter): Filter {
  const bureau: FieldCondition | undefined = f.bureauId !== undefined ? f.bureauId : f.bureauPrefix !== undefined ? { $prefix: f.bureauPrefix } : undefined;
  return { ...(bureau !== undefined && { bureauId: bureau }), ...(f.status !== undefined && { status: f.status }) };
}

/** Latest period first (ties by id, descending). */
export function findPlans(store: ReadStore, filter: PlanFilter, limit: number, after?: { from: Day; id: string }): Promise<InspectionPlanDoc[]> {
  return store.find<InspectionPlanDoc>(INSPECTION_PLANS, planStoreFilter(filter), {
    sort: { field: 'from', direction: -1 },
    limit,
    ...(after && { after: { value: after.from, id: after.id } }),
  });
}

export const countPlans = (store: ReadStore, filter: PlanFilter): Promise<number> => store.count(INSPECTION_PLANS, planStoreFilter(filter));

export function listChecklists(store: ReadStore): Promise<ChecklistDoc[]> {
  return store.find<ChecklistDoc>(CHECKLISTS, {}, { sort: { field: '_id', direction: 1 } });
}

/** One version, or the latest of the checklist when no version is named. */
export async function findChecklist(store: ReadStore, checklistId: string, version: number | null): Promise<ChecklistDoc | null> {
  const versions = await store.find<ChecklistDoc>(CHECKLISTS, { checklistId, ...(version !== null && { version }) }, { sort: { field: 'version', direction: -1 }, limit: 1 });
  return versions[0] ?? null;
}

/**
 * The draw's pool: units active in the bureau's scope now that had entered it by `day` (registration,
 * re-registration or transfer in). Units that left the scope since `day` cannot be inspected by the bureau any more
 * and are not drawn.
 */
export async function drawPool(store: ReadStore, bureauId: string, day: Day): Promise<PoolUnit[]> {
  const units = await store.find<UnitDoc>(UNITS, { bureauId, status: 'ACTIVE' });
  return units.filter((u) => dayOf(u.enteredScopeAt) <= day).map((u) => ({ unitId: u.unitId, unitClass: u.unitClass }));
}
