import fc from 'fast-check';
import type { InspectionContext } from '../../../src/domain/inspection/inspection.decider';
import { inspectionDecider } from '../../../src/domain/inspection/inspection.decider';
import type { Finding, InspectionConducted, InspectionEvent, InspectionRecordCorrected, ItemOutcome } from '../../../src/domain/inspection/inspection.events';
import { INSPECTION_SCHEMA_VERSIONS } from '../../../src/domain/inspection/inspection.schema-versions';
import { evolveInspection, initialInspectionState } from '../../../src/domain/inspection/inspection.state';
import { inspectionConductedV1toV2 } from '../../../src/domain/inspection/inspection.upcasters';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { ITEM_RESULTS, SEVERITIES } from '../../../src/domain/supervision/common';
import { upcast } from '../../../src/eventstore/upcasting';
import { DeciderSpecification } from '../../support/decider-spec';
import { V2, allCompliant, conducted, newUnitId, recordCommand, registered, unitFacts } from '../inspection/inspection.fixture';

/**
 * InspectionConducted version 2: each per-item result names the findings recorded against its item (`findingIds`).
 * The decider writes it; the 1 → 2 upcaster derives it for events stored before; a correction restates results
 * without it (InspectionRecordCorrected stays at version 1) and whoever applies the correction derives it again.
 */

const unitId = newUnitId();
const context: InspectionContext = { unit: unitFacts(unitId, [[registered(unitId), '2024-01-05']]), checklist: V2, plan: null, today: '2025-06-01' };
const spec = DeciderSpecification.for(inspectionDecider, context);

const STOREROOM = 'STOREROOM_AND_EQUIPMENT';
const RULES = 'RESPONSIBILITY_AND_RULES';
const failing = (...codes: string[]): ItemOutcome[] =>
  allCompliant('LAW_ENFORCEMENT').map((r) => (codes.includes(r.itemCode) ? { ...r, result: 'NON_COMPLIANT' as const, note: '问题' } : r));
const finding = (findingId: string, itemCode: string): Finding => ({ findingId, itemCode, severity: 'MAJOR', description: `${itemCode} 存在问题`, legalBasis: '档案法§42' });

/** An event as an older server stored it: version 1, results without findingIds. */
function storedV1(data: InspectionConducted['data'], position = 1): RecordedEvent {
  const results = data.results.map(({ itemCode, result, note }) => ({ itemCode, result, note }));
  return {
    id: `v1-${position}`,
    type: 'InspectionConducted',
    schemaVersion: 1,
    data: { ...data, results },
    streamId: `inspection-${data.inspectionId}`,
    revision: 0,
    position,
    metadata: { actor: { id: 'clerk', role: 'BUREAU_STAFF', bureauId: '330106' }, occurredAt: '2025-03-10T01:00:00Z', correlationId: 'c', recordedAt: '2025-03-10T01:00:00Z' },
  };
}

describe('the decider writes InspectionConducted version 2', () => {
  it('is version 2 in the inspection area’s table', () => {
    expect(INSPECTION_SCHEMA_VERSIONS.InspectionConducted).toBe(2);
    expect(INSPECTION_SCHEMA_VERSIONS.InspectionRecordCorrected).toBe(1);
  });

  it('gives each result the findings recorded against its item, in the findings’ order; none for the others', () => {
    const command = recordCommand(unitId, { results: failing(STOREROOM, RULES), findings: [finding('f-2', STOREROOM), finding('f-1', RULES), finding('f-3', STOREROOM)] });
    const [event] = inspectionDecider.decide(command, initialInspectionState(), context) as [InspectionConducted];
    const byItem = Object.fromEntries(event.data.results.map((r) => [r.itemCode, r.findingIds]));
    expect(byItem[STOREROOM]).toEqual(['f-2', 'f-3']);
    expect(byItem[RULES]).toEqual(['f-1']);
    for (const r of event.data.results) if (r.result === 'COMPLIANT') expect(r.findingIds).toEqual([]);
    spec.given([]).when(command).then([conducted(command)]);
  });

  it('gives every result an empty list when there is no finding', () => {
    const [event] = inspectionDecider.decide(recordCommand(unitId), initialInspectionState(), context) as [InspectionConducted];
    expect(event.data.results.length).toBeGreaterThan(0);
    expect(event.data.results.every((r) => Array.isArray(r.findingIds) && r.findingIds.length === 0)).toBe(true);
  });
});

describe('a correction restates results without findingIds; applying it derives them again', () => {
  const original = conducted(recordCommand(unitId, { results: failing(STOREROOM), findings: [finding('f-1', STOREROOM)] }));
  const correct = (changes: InspectionRecordCorrected['data']['changes']) => ({ type: 'CorrectInspectionRecord' as const, data: { inspectionId: 'insp-0001', reason: '补录', changes } });
  const fold = (events: InspectionEvent[]) => events.reduce(evolveInspection, initialInspectionState());

  it('a finding added alone changes the findings only, and the folded record names it under its item', () => {
    const findings = [finding('f-1', STOREROOM), finding('f-9', STOREROOM)];
    const corrected: InspectionRecordCorrected = { type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-0001', bureauId: '330106', unitId, reason: '补录', changes: { findings } } };
    spec.given([original]).when(correct({ findings })).then([corrected]);
    const state = fold([original, corrected]);
    expect(state.status === 'CONDUCTED' && state.record.results.find((r) => r.itemCode === STOREROOM)?.findingIds).toEqual(['f-1', 'f-9']);
  });

  it('restated results carry no findingIds, and restating the same results changes nothing', () => {
    spec.given([original]).when(correct({ results: failing(STOREROOM) })).thenNothingHappened();
    const results = failing(STOREROOM, RULES);
    const findings = [finding('f-1', STOREROOM), finding('f-2', RULES)];
    const [event] = inspectionDecider.decide(correct({ results, findings }), fold([original]), context) as [InspectionRecordCorrected];
    expect(event.data.changes.results).toEqual(results);
    expect(event.data.changes.results?.every((r) => !('findingIds' in r))).toBe(true);
    const state = fold([original, event]);
    expect(state.status === 'CONDUCTED' && Object.fromEntries(state.record.results.map((r) => [r.itemCode, r.findingIds]))).toMatchObject({ [STOREROOM]: ['f-1'], [RULES]: ['f-2'] });
  });

  it('corrects a record stored at version 1 exactly as one stored at version 2', () => {
    const fromV1 = upcast(storedV1(original.data)) as unknown as InspectionConducted;
    const findings = [finding('f-1', STOREROOM), finding('f-9', STOREROOM)];
    expect(inspectionDecider.decide(correct({ findings }), fold([fromV1]), context)).toEqual(inspectionDecider.decide(correct({ findings }), fold([original]), context));
    spec.given([fromV1]).when(correct({ results: failing(STOREROOM) })).thenNothingHappened();
  });
});

describe('the InspectionConducted 1 → 2 upcaster', () => {
  it('derives findingIds from the record’s findings, as the decider writes them', () => {
    const v2 = conducted(recordCommand(unitId, { results: failing(STOREROOM, RULES), findings: [finding('f-1', RULES), finding('f-2', STOREROOM), finding('f-3', RULES)] }));
    const lifted = upcast(storedV1(v2.data));
    expect(lifted.schemaVersion).toBe(2);
    expect(lifted.data).toEqual(v2.data);
  });

  it('gives the same data as the decider for any results and findings (property)', () => {
    const codes = ['A', 'B', 'C', 'D'];
    const outcome = fc.record({ itemCode: fc.constantFrom(...codes), result: fc.constantFrom(...ITEM_RESULTS), note: fc.option(fc.string(), { nil: null }) });
    const found = fc.record({ findingId: fc.uuid(), itemCode: fc.constantFrom(...codes, 'Z'), severity: fc.constantFrom(...SEVERITIES), description: fc.string(), legalBasis: fc.constant(null) });
    const base = conducted(recordCommand(unitId)).data;
    fc.assert(
      fc.property(fc.uniqueArray(outcome, { selector: (o) => o.itemCode }), fc.array(found, { maxLength: 8 }), (results, findings) => {
        const v2 = { ...base, results: results.map((r) => ({ ...r, findingIds: findings.filter((f) => f.itemCode === r.itemCode).map((f) => f.findingId) })), findings };
        expect(upcast(storedV1(v2)).data).toEqual(v2);
      }),
      { numRuns: 200 },
    );
  });

  it('changes nothing it was given', () => {
    const data = storedV1(conducted(recordCommand(unitId, { results: failing(STOREROOM), findings: [finding('f-1', STOREROOM)] })).data).data;
    const before = structuredClone(data);
    inspectionConductedV1toV2(data);
    expect(data).toEqual(before);
  });

  it('never throws on malformed stored data: what it cannot read stays as it is', () => {
    const odd: object[] = [{}, { results: 'x' }, { results: [null] }, { results: [{ itemCode: 'A' }], findings: 'x' }, { results: [{ itemCode: 'A' }], findings: [null, { findingId: 1, itemCode: 'A' }] }];
    expect(odd.map((data) => inspectionConductedV1toV2(data))).toEqual([
      {},
      { results: 'x' },
      { results: [null] },
      { results: [{ itemCode: 'A', findingIds: [] }], findings: 'x' },
      { results: [{ itemCode: 'A', findingIds: [] }], findings: [null, { findingId: 1, itemCode: 'A' }] },
    ]);
  });
});
