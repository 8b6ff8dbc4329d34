import { INACTION_PROJECTIONS } from '../../../projections/inaction';
import { INACTION_INSPECTIONS, INACTION_ORDERS, type InactionInspectionDoc, type InactionOrderDoc } from '../../../projections/inaction/inaction-facts.projection';
import { ProjectionRunner } from '../../../projections/runner';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';

const XIHU = '330106';
const U1 = '91330106MA0000003X';
const inspector = (n: number) => ({ personId: `p${n}`, name: `检查员${n}`, credentialNumber: `A-${n}` });
const finding = (findingId: string) => ({ findingId, itemCode: 'STORAGE_SAFETY', severity: 'MAJOR', description: '无防火门', legalBasis: null });
const conducted = (inspectionId: string, day: string, inspectors: number, findingIds: string[]): Event => ({
  type: 'InspectionConducted',
  data: {
    inspectionId, bureauId: XIHU, unitId: U1, planId: null, kind: 'LAW_ENFORCEMENT', day, inspectors: Array.from({ length: inspectors }, (_, i) => inspector(i + 1)),
    checklist: { checklistId: 'grassroots-archival-work', version: 2 }, results: [], findings: findingIds.map(finding), conclusion: '存在问题', evidence: [],
  },
});
const onOrder = (type: string, data: object = {}): Event => ({ type, data: { orderId: 'O1', bureauId: XIHU, unitId: U1, ...data } });

/** Acts on their business days (10:00 in China), recorded the same day. */
function history(): RecordedEvent[] {
  const log = new RecordedLog();
  const act = (event: Event, day: string, streamId: string) => log.record(event, { occurredAt: `${day}T02:00:00.000Z`, recordedAt: `${day}T04:00:00.000Z`, streamId });
  act(conducted('I1', '2025-03-01', 1, ['F1', 'F2']), '2025-03-01', 'inspection-I1');
  act(conducted('I2', '2025-03-02', 2, []), '2025-03-02', 'inspection-I2');
  act({ type: 'InspectionRecordCorrected', data: { inspectionId: 'I1', bureauId: XIHU, unitId: U1, reason: '补录', changes: { day: '2025-02-28', inspectors: [inspector(1), inspector(2)], findings: [finding('F1')] } } }, '2025-03-05', 'inspection-I1');
  act({ type: 'InspectionWithdrawn', data: { inspectionId: 'I2', bureauId: XIHU, unitId: U1, reason: '记录不实' } }, '2025-03-06', 'inspection-I2');
  act(onOrder('RectificationOrdered', { inspectionId: 'I1', findingIds: ['F1'], orderedOn: '2025-03-10', deadline: '2025-04-10', legalBasis: '档案法§45', documentNumber: null }), '2025-03-10', 'order-O1');
  act(onOrder('RectificationDeadlineExtended', { previousDeadline: '2025-04-10', deadline: '2025-05-10', reason: '疫情', extendedOn: '2025-04-01' }), '2025-04-01', 'order-O1');
  act(onOrder('RectificationReportSubmitted', { items: [], submittedOn: '2025-05-01' }), '2025-05-01', 'order-O1');
  act(onOrder('RectificationReviewed', { outcome: 'REJECTED', reasons: '证据不足', reviewedOn: '2025-05-20' }), '2025-05-20', 'order-O1');
  act(onOrder('RectificationFollowedUp', { visitedOn: '2025-06-01', note: '现场查看' }), '2025-06-01', 'order-O1');
  act(onOrder('RectificationReviewed', { orderId: 'O9', outcome: 'ACCEPTED', reasons: null, reviewedOn: '2025-06-02' }), '2025-06-02', 'order-O9'); // an order never seen: ignored
  return log.events;
}

function deliver(batches: readonly (readonly RecordedEvent[])[]) {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, INACTION_PROJECTIONS, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

describe('the inaction facts read model', () => {
  const events = history();

  it('keeps each inspection as it stands now, slim: corrections and withdrawals applied', async () => {
    const store = deliver([events]);
    const docs = await store.find<InactionInspectionDoc>(INACTION_INSPECTIONS, { bureauId: XIHU });
    expect(docs.map(({ inspectionId, kind, day, inspectorCount, findingIds, withdrawn }) => ({ inspectionId, kind, day, inspectorCount, findingIds, withdrawn }))).toEqual([
      { inspectionId: 'I1', kind: 'LAW_ENFORCEMENT', day: '2025-02-28', inspectorCount: 2, findingIds: ['F1'], withdrawn: false },
      { inspectionId: 'I2', kind: 'LAW_ENFORCEMENT', day: '2025-03-02', inspectorCount: 2, findingIds: [], withdrawn: true },
    ]);
  });

  it('keeps each order with its acts on their business days and only what the status rules read', async () => {
    const store = deliver([events]);
    const orders = await store.find<InactionOrderDoc>(INACTION_ORDERS, { bureauId: XIHU });
    expect(orders.map(({ orderId, inspectionId, findingIds, orderedOn, acts }) => ({ orderId, inspectionId, findingIds, orderedOn, acts }))).toEqual([
      {
        orderId: 'O1',
        inspectionId: 'I1',
        findingIds: ['F1'],
        orderedOn: '2025-03-10',
        acts: [
          { type: 'RectificationOrdered', day: '2025-03-10', deadline: '2025-04-10' },
          { type: 'RectificationDeadlineExtended', day: '2025-04-01', deadline: '2025-05-10' },
          { type: 'RectificationReportSubmitted', day: '2025-05-01' },
          { type: 'RectificationReviewed', day: '2025-05-20', outcome: 'REJECTED' },
          { type: 'RectificationFollowedUp', day: '2025-06-01' },
        ],
      },
    ]);
  });

  it('comes out the same delivered at once, one by one, twice over, or rebuilt', () => {
    const once = deliver([events]).dump();
    expect(deliver(events.map((e) => [e])).dump()).toEqual(once);
    expect(deliver([events, events, events.slice(3)]).dump()).toEqual(once);
    expect(deliver([events.slice(0, 5), events.slice(2)]).dump()).toEqual(once);
  });

  it('passes over data it cannot use without throwing', async () => {
    const log = new RecordedLog();
    log.record({ type: 'InspectionConducted', data: { inspectionId: 'X' } } as Event, { streamId: 'inspection-X' });
    log.record({ type: 'RectificationOrdered', data: { orderId: 'Y', bureauId: XIHU } } as Event, { streamId: 'order-Y' });
    log.record({ type: 'InspectionRecordCorrected', data: { inspectionId: 'nope', changes: {} } } as Event, { streamId: 'inspection-nope' });
    const store = deliver([log.events]);
    expect(await store.find(INACTION_INSPECTIONS, {})).toEqual([]);
    expect(await store.find(INACTION_ORDERS, {})).toEqual([]);
  });
});
