import { OVERSIGHT_PROJECTIONS } from '../../../projections/oversight';
import { SUPERVISORY_ACTS, SUPERVISORY_ACT_INDEX, type ActDoc, type BulletinDoc, type LeadDoc, type ViolationCaseDoc } from '../../../projections/oversight/acts.model';
import { supervisoryActsProjection } from '../../../projections/oversight/acts.projection';
import { countActs, findActs, type ActListQuery } from '../../../projections/oversight/acts.queries';
import { ProjectionRunner } from '../../../projections/runner';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore } from '../../support/memory-read-store';
import { oversightHistory, staff } from './oversight-history.fixture';

const history = oversightHistory();
const events = history.log.events;
const { A, B, C } = history.units;

function deliver(batches: readonly (readonly RecordedEvent[])[]): MemoryReadStore {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, OVERSIGHT_PROJECTIONS, (name, event, error) => {
    throw new Error(`${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

const store = deliver([events]);
const ids = async (q: ActListQuery) => (await findActs(store, q, 100)).map((r) => r.doc.recordId);

describe('supervisory acts read model', () => {
  it('keeps one document per record, with its kind, status and every step with actor and both times', () => {
    const docs = store.all<ActDoc>(SUPERVISORY_ACTS);
    expect(docs.map((d) => `${d.kind}:${d.recordId}:${d.status}`).sort()).toEqual(
      [
        'ASSESSMENT:as-1:RECORDED',
        'BULLETIN:b-1:WITHDRAWN',
        'BULLETIN:b-2:ISSUED',
        'GUIDANCE:g-1:PROVIDED',
        'IMPLEMENTATION_REPORT:ir-1:REPORTED',
        'LEAD:l-1:CLOSED',
        'LEAD:l-2:CLOSED',
        'SELF_REPORT:r-1:ACKNOWLEDGED',
        'SUPERVISION_REVIEW:rv-1:REVIEWED',
        'TRAINING:t-1:HELD',
        'VIOLATION_CASE:k-1:CLOSED',
      ].sort(),
    );
    const lead = docs.find((d) => d._id === 'LEAD:l-1') as LeadDoc;
    expect(lead.timeline.map((s) => [s.type, s.day, s.actor.id])).toEqual([
      ['LeadReceived', '2025-03-10', staff.xihu.id],
      ['LeadInvestigated', '2025-03-12', staff.xihu.id],
      ['HandlingRecommendationSent', '2025-03-15', staff.xihu.id],
      ['HandlingReplyReceived', '2025-04-01', staff.xihu.id],
      ['LeadClosed', '2025-04-02', staff.xihu.id],
    ]);
    // The reply was recorded three months late: both times stay visible.
    expect(lead.timeline[3]).toMatchObject({ occurredAt: '2025-04-01T02:00:00.000Z', recordedAt: '2025-06-30T08:00:00.000Z' });
    expect(lead).toMatchObject({ recommendation: { recipientName: '主管局', documentNumber: '西档建1号' }, reply: { summary: '已整改' }, closure: { outcome: 'RECOMMENDATION_ANSWERED' } });
    expect(docs.find((d) => d._id === 'VIOLATION_CASE:k-1')).toMatchObject({
      origin: { kind: 'LEAD', leadId: 'l-2' },
      decisionDueBy: '2025-06-19',
      closure: { outcome: 'PENALTY', penalties: [{ party: 'UNIT', amountYuan: 30_000 }], withinDecisionLimit: false },
    });
    expect(docs.find((d) => d._id === 'BULLETIN:b-1')).toMatchObject({ withdrawal: { day: '2025-05-01', reason: '有误' }, unitRegions: { [A]: '330106', [B]: '330110' } } satisfies Partial<BulletinDoc>);
  });

  it("lists a record under the regions of its bureaus and units: a district sees the city's bulletin naming its unit", async () => {
    expect(await ids({ kind: 'BULLETIN', key: 'R:' })).toEqual(['b-2', 'b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33' })).toEqual(['b-2', 'b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:330106' })).toEqual(['b-2', 'b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:330110' })).toEqual(['b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:41' })).toEqual([]);
    expect(await ids({ kind: 'BULLETIN', key: `U:${B}` })).toEqual(['b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'B:330100' })).toEqual(['b-1']);
    // A key that is a prefix of another (R:33 of R:3301…) never reaches into it.
    expect(await countActs(store, { kind: 'BULLETIN', key: 'R:3' })).toBe(0);
  });

  it('lists an accountability record under both bureaus', async () => {
    expect(await ids({ kind: 'IMPLEMENTATION_REPORT', key: 'B:330106' })).toEqual(['ir-1']);
    expect(await ids({ kind: 'IMPLEMENTATION_REPORT', key: 'B:330100' })).toEqual(['ir-1']);
    expect(await ids({ kind: 'SUPERVISION_REVIEW', key: 'R:330110' })).toEqual(['rv-1']);
    expect(await ids({ kind: 'SUPERVISION_REVIEW', key: 'R:330106' })).toEqual([]);
  });

  it('filters by day, acting bureau, status and variant within a list, newest first, and pages by row', async () => {
    expect(await ids({ kind: 'LEAD', key: 'R:330106' })).toEqual(['l-2', 'l-1']);
    expect(await ids({ kind: 'LEAD', key: 'R:330106', status: 'CLOSED' })).toEqual(['l-2', 'l-1']);
    expect(await ids({ kind: 'LEAD', key: `U:${C}` })).toEqual(['l-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', from: '2025-01-11' })).toEqual(['b-2']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', to: '2025-01-10' })).toEqual(['b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', from: '2025-01-10', to: '2025-01-15' })).toEqual(['b-2', 'b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', bureauId: '330106' })).toEqual(['b-2']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', status: 'WITHDRAWN' })).toEqual(['b-1']);
    expect(await ids({ kind: 'BULLETIN', key: 'R:33', variant: 'GENERAL' })).toEqual(['b-2']);
    const [first] = await findActs(store, { kind: 'BULLETIN', key: 'R:33' }, 1);
    expect((await findActs(store, { kind: 'BULLETIN', key: 'R:33' }, 5, first!.rowId)).map((r) => r.doc.recordId)).toEqual(['b-1']);
  });

  it('changes nothing when the log is delivered twice, in overlapping batches, or one by one', () => {
    const once = store.dump();
    expect(deliver([events, events]).dump()).toEqual(once);
    expect(deliver([events.slice(0, 10), events.slice(5, 20), events.slice(3)]).dump()).toEqual(once);
    expect(deliver(events.map((e) => [e])).dump()).toEqual(once);
  });

  it('changes nothing when any earlier event is applied again directly, bypassing the checkpoint', () => {
    const direct = new MemoryReadStore();
    direct.ensureCollections(supervisoryActsProjection.collections);
    const apply = (batch: readonly RecordedEvent[]) => direct.transaction((tx) => batch.forEach((e) => supervisoryActsProjection.apply(e, tx)));
    apply(events);
    const once = JSON.stringify(direct.dump().collections);
    for (const event of events) {
      apply([event]);
      expect(JSON.stringify(direct.dump().collections)).toBe(once);
    }
  });

  it('ignores a step on a record it never saw, and an event without a record id, without throwing', () => {
    const orphan = events.find((e) => e.type === 'LeadInvestigated') as RecordedEvent;
    const empty = deliver([[orphan, { ...orphan, position: orphan.position + 1000, type: 'BulletinIssued', data: {} }]]);
    expect(empty.all(SUPERVISORY_ACTS)).toEqual([]);
    expect(empty.all(SUPERVISORY_ACT_INDEX)).toEqual([]);
  });
});
