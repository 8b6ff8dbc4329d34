import { OVERSIGHT_PROJECTIONS } from '../../../projections/oversight';
import { ProjectionRunner } from '../../../projections/runner';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';

/**
 * Projections never throw on data (STYLE.md): the discrepancy model reads the inspection area's events, whose shapes
 * are another area's, and any event may come from an older or a broken writer. Such events are ignored.
 */
describe('oversight projections on malformed events', () => {
  it('ignore events missing the fields they need, without throwing and without writing half a record', () => {
    const log = new RecordedLog();
    const odd: [string, string, object][] = [
      ['inspection-x', 'InspectionConducted', { inspectionId: 'x', unitId: 'U' }],
      ['inspection-x', 'InspectionRecordCorrected', { inspectionId: 'x', unitId: 'U' }],
      ['inspection-y', 'InspectionRecordCorrected', { inspectionId: 'y', unitId: 'U', changes: { results: 'nope' } }],
      ['inspection-z', 'InspectionConducted', { inspectionId: 'z', unitId: 'U', day: '2025-01-01', results: [null, 3, { itemCode: 'A', result: 'NON_COMPLIANT' }] }],
      ['self-report-r', 'SelfReportSubmitted', { reportId: 'r', unitId: 'U' }],
      ['bulletin-b', 'BulletinIssued', { bulletinId: 'b' }],
      ['bulletin-c', 'BulletinIssued', { bulletinId: 'c', bureauId: '330106', day: '2025-01-01', unitRegions: 'all' }],
      ['lead-l', 'LeadClosed', { leadId: 'l' }],
    ];
    for (const [streamId, type, data] of odd) log.record({ type, data }, { streamId });
    const errors: string[] = [];
    const store = new MemoryReadStore();
    new ProjectionRunner(store, OVERSIGHT_PROJECTIONS, (p, e, error) => errors.push(`${p} ${e.type}: ${String(error)}`)).apply(log.events);
    expect(errors).toEqual([]);
    // Only the bulletin with a bureau and a day is a record; its unreadable unit list names no unit.
    expect(store.all('supervisory_acts').map((d) => d._id)).toEqual(['BULLETIN:c']);
  });
});
