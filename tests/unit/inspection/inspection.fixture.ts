import type { PublishedChecklist } from '../../../src/domain/checklist/checklist';
import { itemsFor } from '../../../src/domain/checklist/checklist';
import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import type { InspectionRecord, RecordInspection } from '../../../src/domain/inspection/inspection.commands';
import { resultsWithFindingIds, type InspectionConducted, type ItemOutcome } from '../../../src/domain/inspection/inspection.events';
import { unitFactsFrom, type UnitFacts } from '../../../src/domain/inspection/unit-facts';
import type { UnitEvent } from '../../../src/domain/registry/registry.events';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { InspectionKind, Inspector } from '../../../src/domain/supervision/common';

/** Fixtures shared by the inspection area's specs: shipped checklists, units with a registry life, full records. */

export const V1 = SHIPPED_CHECKLISTS[0]!.checklist as PublishedChecklist;
export const V2 = SHIPPED_CHECKLISTS[1]!.checklist as PublishedChecklist;
export const REF_V1 = { checklistId: V1.checklistId, version: 1 };
export const REF_V2 = { checklistId: V2.checklistId, version: 2 };

let seed = 7_100_000;
export const newUnitId = (region = '330106'): string => makeCreditCode(seed++, { region });

export const officers: Inspector[] = [
  { personId: 'insp-1', name: '王检查', credentialNumber: '浙档执 0001' },
  { personId: 'insp-2', name: '李执法', credentialNumber: '浙档执 0002' },
  { personId: 'insp-3', name: '赵监督', credentialNumber: '浙档执 0003' },
  { personId: 'insp-4', name: '钱指导', credentialNumber: '浙档执 0004' },
];

export const registered = (unitId: string, bureauId = '330106', regionCode = '330106', regionName = '西湖区'): UnitEvent => ({
  type: 'UnitRegistered',
  data: {
    unitId,
    name: '杭州某某有限公司',
    category: 'ENTERPRISE',
    unitClass: null,
    region: { code: regionCode, name: regionName },
    bureauId,
    address: null,
    checkOverride: null,
  },
});

export const transferred = (unitId: string, fromBureauId: string, toBureauId: string): UnitEvent => ({
  type: 'UnitTransferred',
  data: { unitId, fromBureauId, toBureauId, reason: '调整监管' },
});

export const deregistered = (unitId: string, bureauId = '330106'): UnitEvent => ({
  type: 'UnitDeregistered',
  data: { unitId, bureauId, reason: 'DISSOLVED', mergedInto: null, note: null },
});

/** A unit's facts from its events, each with its business day (China time, 09:00). */
export function unitFacts(unitId: string, events: [UnitEvent, string][]): UnitFacts {
  return unitFactsFrom(
    unitId,
    events.map(([event, day]) => ({ event, occurredAt: `${day}T01:00:00.000Z` })),
  ) as UnitFacts;
}

export function allCompliant(kind: InspectionKind, checklist: PublishedChecklist = V2): ItemOutcome[] {
  return itemsFor(checklist, kind).map((item) => ({ itemCode: item.code, result: 'COMPLIANT', note: null }));
}

export function record(overrides: Partial<InspectionRecord> = {}, kind: InspectionKind = 'LAW_ENFORCEMENT'): InspectionRecord {
  return {
    day: '2025-03-10',
    inspectors: officers.slice(0, 2),
    results: allCompliant(kind),
    findings: [],
    conclusion: '档案工作符合要求',
    evidence: [{ kind: 'DOCUMENT_NUMBER', value: '西档检〔2025〕3号' }],
    ...overrides,
  };
}

export function recordCommand(unitId: string, overrides: Partial<RecordInspection['data']> = {}): RecordInspection {
  return {
    type: 'RecordInspection',
    data: {
      inspectionId: 'insp-0001',
      bureauId: '330106',
      unitId,
      planId: null,
      kind: 'LAW_ENFORCEMENT',
      checklist: REF_V2,
      ...record({}, overrides.kind ?? 'LAW_ENFORCEMENT'),
      ...overrides,
    },
  };
}

/** The event a valid record command gives (the decider's normalisation applied by hand). */
export function conducted(command: RecordInspection, region = { code: '330106', name: '西湖区' }): InspectionConducted {
  const d = command.data;
  return {
    type: 'InspectionConducted',
    data: {
      inspectionId: d.inspectionId,
      bureauId: d.bureauId,
      unitId: d.unitId,
      planId: d.planId,
      region,
      kind: d.kind,
      day: d.day,
      inspectors: d.inspectors,
      checklist: d.checklist,
      results: resultsWithFindingIds(d.results, d.findings),
      findings: d.findings,
      conclusion: d.conclusion,
      evidence: d.evidence,
    },
  };
}
