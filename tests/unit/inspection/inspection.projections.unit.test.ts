import { INSPECTION_PROJECTIONS } from '../../../projections/inspection';
import { CHECKLISTS, type ChecklistDoc } from '../../../projections/inspection/checklists.projection';
import { INSPECTION_PLANS, type InspectionPlanDoc } from '../../../projections/inspection/inspection-plans.projection';
import { INSPECTIONS, type InspectionDoc } from '../../../projections/inspection/inspections.projection';
import type { Projection } from '../../../projections/projection';
import { ProjectionRunner } from '../../../projections/runner';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore, type ReadModelDump } from '../../support/memory-read-store';
import { H, clerk, inspectionHistory } from './inspection-history.fixture';

function project(batches: readonly (readonly RecordedEvent[])[], projections: readonly Projection[] = INSPECTION_PROJECTIONS) {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, projections, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

const { log, drawn } = inspectionHistory();
const events = log.events;
const store = project([events]);
const doc = <T,>(collection: string, id: string) => store.all<T & { _id: string }>(collection).find((d) => d._id === id);

describe('the inspection read models', () => {
  it('has been fed the history the specs below assume', () => {
    expect(events.map((e) => e.type)).toEqual([
      'ChecklistVersionPublished',
      'ChecklistVersionPublished',
      'InspectionPlanned',
      'InspectionPlanInspectorRecused',
      'InspectionPlanned',
      'InspectionConducted',
      'InspectionRecordCorrected',
      'InspectionRecordCorrected',
      'InspectionConducted',
      'InspectionPlanCompleted',
      'InspectionWithdrawn',
      'InspectionConducted',
      'InspectionPlanCancelled',
      'InspectionConducted',
    ]);
  });

  it('keeps every checklist version', () => {
    const docs = store.all<ChecklistDoc>(CHECKLISTS);
    expect(docs.map((d) => d._id)).toEqual(['grassroots-archival-work:v1', 'grassroots-archival-work:v2']);
    expect(docs[1]).toMatchObject({ version: 2, basis: '《档案法》(2020年修订)', publishedAt: '2020-12-31T16:00:00.000Z' });
    expect(docs[1]!.items).toHaveLength(6);
  });

  it('shows a drawn plan with its recusal applied, the assignments as drawn kept apart, and its completion', () => {
    const plan = doc<InspectionPlanDoc>(INSPECTION_PLANS, 'plan-draw')!;
    const recusal = events[3]!.data as { unitId: string; inspectorId: string; replacementId: string };
    expect(plan).toMatchObject({ status: 'COMPLETED', bureauId: '330106', from: '2025-03-01', to: '2025-11-30', unitIds: drawn.data.unitIds, plannedAssignments: drawn.data.assignments });
    expect(plan.assignments[0]!.inspectorIds).toContain(recusal.replacementId);
    expect(plan.assignments[0]!.inspectorIds).not.toContain(recusal.inspectorId);
    expect(plan.recusals).toEqual([expect.objectContaining({ unitId: recusal.unitId, inspectorId: recusal.inspectorId, reason: '近亲属回避', actor: clerk })]);
    expect(plan.selection).toEqual(drawn.data.selection);
    expect(plan.closedAt).toBe(events[9]!.metadata.occurredAt);
  });

  it('shows a listed plan cancelled with its reason', () => {
    expect(doc<InspectionPlanDoc>(INSPECTION_PLANS, 'plan-list')).toMatchObject({ status: 'CANCELLED', cancellationReason: '并入年度检查', unitIds: [H.u1, H.u2], selection: { method: 'LISTED' } });
  });

  it('shows an inspection with its corrections applied, each correction with its fields, actor and both times', () => {
    const a = doc<InspectionDoc>(INSPECTIONS, 'insp-a')!;
    expect(a).toMatchObject({ unitId: H.u1, bureauId: '330106', regionCode: '330106', regionName: '西湖区', day: '2025-05-12', withdrawn: false, occurredAt: '2025-05-09T16:00:00.000Z' });
    expect(a.findings).toEqual([{ findingId: 'f-a1', itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR', description: '库房漏雨', legalBasis: '档案法§42(2)' }]);
    expect(a.corrections.map((c) => [c.reason, c.fields])).toEqual([
      ['补录发现的问题', ['findings', 'results']],
      ['日期笔误', ['day']],
    ]);
    expect(a.corrections[1]).toMatchObject({ actor: clerk, occurredAt: events[7]!.metadata.occurredAt, recordedAt: events[7]!.metadata.recordedAt });
  });

  it('flags a withdrawn inspection, with who withdrew it and why, and keeps its record', () => {
    expect(doc<InspectionDoc>(INSPECTIONS, 'insp-b')).toMatchObject({
      kind: 'ANNUAL',
      withdrawn: true,
      withdrawal: { reason: '重复录入', actor: { id: 'admin-0', role: 'NATIONAL_ADMIN' } },
      conclusion: '档案工作符合要求',
    });
  });

  it('takes the region from the event, and leaves it null for an event recorded without one', () => {
    expect(doc<InspectionDoc>(INSPECTIONS, 'insp-c')).toMatchObject({ bureauId: '330100', regionCode: '330102', regionName: '上城区' });
    expect(doc<InspectionDoc>(INSPECTIONS, 'insp-old')).toMatchObject({ regionCode: null, regionName: null });
  });

  it('ignores acts on records it never saw made', () => {
    const orphans = events.filter((e) => e.type !== 'InspectionConducted' && e.type !== 'InspectionPlanned');
    const partial = project([orphans]).dump().collections;
    expect(partial[INSPECTIONS]).toEqual([]);
    expect(partial[INSPECTION_PLANS]).toEqual([]);
  });
});

describe('replaying the inspection history', () => {
  const once: ReadModelDump = store.dump();

  it.each(INSPECTION_PROJECTIONS.map((p) => [p.name, p] as const))('%s builds something and changes nothing when delivered twice', (_name, projection) => {
    const alone = project([events], [projection]).dump();
    expect(Object.values(alone.collections).some((docs) => docs.length > 0)).toBe(true);
    expect(project([events, events], [projection]).dump()).toEqual(alone);
  });

  it('gives the same read model one event at a time, in overlapping batches, and by rebuild', async () => {
    expect(project(events.map((e) => [e])).dump()).toEqual(once);
    expect(project([events.slice(0, 6), events.slice(3, 10), events.slice(2), events.slice(9)]).dump()).toEqual(once);
    const stale = new MemoryReadStore();
    const runner = new ProjectionRunner(stale, INSPECTION_PROJECTIONS);
    runner.apply(events.slice(0, 7));
    await runner.rebuild({
      readAll: async ({ after = 0, maxCount = Infinity } = {}) => events.filter((e) => e.position > after).slice(0, maxCount),
      headPosition: async () => events.length,
      appendToStream: async () => {
        throw new Error('unused');
      },
      readStream: async () => [],
      subscribeToAll: () => {
        throw new Error('unused');
      },
      close: async () => undefined,
    }, undefined, 3);
    expect(stale.dump()).toEqual(once);
  });
});
