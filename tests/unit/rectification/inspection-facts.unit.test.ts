import type { Finding, InspectionConducted } from '../../../src/domain/inspection/inspection.events';
import { inspectionFactsFrom } from '../../../src/domain/rectification/inspection-facts';
import { BUREAU, UNIT } from './rectification.fixture';

const finding = (findingId: string): Finding => ({ findingId, itemCode: 'STORAGE_SAFETY', severity: 'MAJOR', description: '库房无防火门', legalBasis: '档案法§45' });

const conducted: InspectionConducted = {
  type: 'InspectionConducted',
  data: {
    inspectionId: 'insp-9',
    bureauId: BUREAU,
    unitId: UNIT,
    planId: null,
    kind: 'LAW_ENFORCEMENT',
    day: '2025-03-20',
    inspectors: [],
    checklist: { checklistId: 'archives-law-2020', version: 1 },
    results: [],
    findings: [finding('F1'), finding('F2')],
    conclusion: '存在安全隐患',
    evidence: [],
  },
};

describe("an inspection's facts, folded from its own stream", () => {
  it('are none for an empty stream', () => {
    expect(inspectionFactsFrom([])).toBeNull();
  });

  it('name its bureau, unit, day and findings', () => {
    expect(inspectionFactsFrom([conducted])).toEqual({ inspectionId: 'insp-9', bureauId: BUREAU, unitId: UNIT, day: '2025-03-20', findingIds: ['F1', 'F2'], withdrawn: false });
  });

  it('follow corrections of the day and the findings, and only those', () => {
    const facts = inspectionFactsFrom([
      conducted,
      { type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-9', bureauId: BUREAU, unitId: UNIT, reason: '笔误', changes: { conclusion: '已更正' } } },
      { type: 'InspectionRecordCorrected', data: { inspectionId: 'insp-9', bureauId: BUREAU, unitId: UNIT, reason: '日期', changes: { day: '2025-03-21', findings: [finding('F2'), finding('F4')] } } },
    ]);
    expect(facts).toMatchObject({ day: '2025-03-21', findingIds: ['F2', 'F4'], withdrawn: false });
  });

  it('record a withdrawal, and ignore what they do not know', () => {
    const facts = inspectionFactsFrom([
      conducted,
      { type: 'SomethingNew', data: {} },
      { type: 'InspectionWithdrawn', data: { inspectionId: 'insp-9', bureauId: BUREAU, unitId: UNIT, reason: '错录' } },
    ]);
    expect(facts?.withdrawn).toBe(true);
  });
});
