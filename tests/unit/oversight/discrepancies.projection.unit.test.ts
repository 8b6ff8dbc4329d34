import { OVERSIGHT_PROJECTIONS } from '../../../projections/oversight';
import { SELF_REPORT_DISCREPANCIES, type DiscrepancyDoc } from '../../../projections/oversight/discrepancies.projection';
import { countDiscrepancies, findDiscrepancies } from '../../../projections/oversight/discrepancies.queries';
import { ProjectionRunner } from '../../../projections/runner';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';
import { ITEMS, oversightHistory } from './oversight-history.fixture';

function deliver(batches: readonly (readonly RecordedEvent[])[]): MemoryReadStore {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, OVERSIGHT_PROJECTIONS, (name, event, error) => {
    throw new Error(`${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (const batch of batches) runner.apply(batch);
  return store;
}

const history = oversightHistory();
const { A } = history.units;

describe('self-report discrepancies read model', () => {
  it('surfaces a self-assessed COMPLIANT item that a later inspection found NON_COMPLIANT, and ignores a withdrawn inspection', async () => {
    const store = deliver([history.log.events.slice(0, history.mark)]);
    expect(await findDiscrepancies(store, { unitId: A }, 10)).toEqual([
      {
        _id: 'r-1:i-1:STOREROOM_AND_EQUIPMENT',
        unitId: A,
        regionCode: '330106',
        bureauId: '330106',
        reportId: 'r-1',
        reportDay: '2025-02-20',
        inspectionId: 'i-1',
        inspectionBureauId: '330106',
        inspectionDay: '2025-03-05',
        itemCode: 'STOREROOM_AND_EQUIPMENT',
        selfAssessedNote: null,
        inspectionNote: null,
        active: true,
      } satisfies DiscrepancyDoc,
    ]);
  });

  it('follows a correction of the inspection record, whenever it is recorded', async () => {
    const store = deliver([history.log.events]);
    const found = await findDiscrepancies(store, { regionPrefix: '3301' }, 10);
    expect(found.map((d) => d.itemCode).sort()).toEqual(['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT']);
    expect(await countDiscrepancies(store, { bureauId: '330106', from: '2025-03-01', to: '2025-03-31' })).toBe(2);
    expect(await countDiscrepancies(store, { regionPrefix: '41' })).toBe(0);
    expect(await countDiscrepancies(store, { from: '2025-04-01' })).toBe(0);
  });

  it('keeps a discrepancy that no longer holds as inactive, and compares with the latest self-report before the inspection', async () => {
    const log = new RecordedLog({ startAt: '2025-01-01T02:00:00.000Z' });
    const unitId = A;
    const report = (reportId: string, day: string, nonCompliant: string[]) =>
      log.record(
        {
          type: 'SelfReportSubmitted',
          data: {
            reportId,
            unitId,
            regionCode: '330106',
            bureauId: '330106',
            day,
            period: { from: '2024-01-01', to: '2024-12-31' },
            checklist: { checklistId: 'cl', version: 1 },
            results: ITEMS.map((itemCode) => ({ itemCode, result: nonCompliant.includes(itemCode) ? 'NON_COMPLIANT' : 'COMPLIANT', note: null })),
            summary: null,
          },
        },
        { streamId: `self-report-${reportId}`, occurredAt: `${day}T02:00:00Z` },
      );
    const conducted = (inspectionId: string, day: string, nonCompliant: string[]) =>
      log.record(
        {
          type: 'InspectionConducted',
          data: {
            inspectionId,
            bureauId: '330106',
            unitId,
            planId: null,
            kind: 'ANNUAL',
            day,
            inspectors: [],
            checklist: { checklistId: 'cl', version: 1 },
            results: ITEMS.map((itemCode) => ({ itemCode, result: nonCompliant.includes(itemCode) ? 'NON_COMPLIANT' : 'COMPLIANT', note: '现场' })),
            findings: [],
            conclusion: '',
            evidence: [],
          },
        },
        { streamId: `inspection-${inspectionId}`, occurredAt: `${day}T02:00:00Z` },
      );
    report('r-old', '2025-01-10', []);
    conducted('i-9', '2025-05-01', ['ARCHIVIST_MANAGEMENT']);
    const before = log.position;
    // Recorded late, dated before the inspection: now the latest self-report, and it admitted the problem.
    report('r-new', '2025-04-01', ['ARCHIVIST_MANAGEMENT']);
    // An inspection before any self-report, and a report after the inspection, make no discrepancy.
    conducted('i-0', '2025-01-05', ['STOREROOM_AND_EQUIPMENT']);
    report('r-later', '2025-06-01', []);

    const earlier = deliver([log.events.slice(0, before)]);
    expect((await findDiscrepancies(earlier, {}, 10)).map((d) => d._id)).toEqual(['r-old:i-9:ARCHIVIST_MANAGEMENT']);
    const store = deliver([log.events]);
    expect(await findDiscrepancies(store, {}, 10)).toEqual([]);
    expect(store.all<DiscrepancyDoc>(SELF_REPORT_DISCREPANCIES)).toEqual([expect.objectContaining({ _id: 'r-old:i-9:ARCHIVIST_MANAGEMENT', active: false, inspectionNote: '现场' })]);
  });

  it('changes nothing when the log is delivered twice or one by one', () => {
    const once = deliver([history.log.events]).dump();
    expect(deliver([history.log.events, history.log.events]).dump()).toEqual(once);
    expect(deliver(history.log.events.map((e) => [e])).dump()).toEqual(once);
  });
});
