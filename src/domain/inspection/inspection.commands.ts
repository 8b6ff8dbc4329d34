import type { Day } from '../shared/day';
import type { EvidenceRef, InspectionKind, Inspector } from '../supervision/common';
import type { ChecklistRef, Finding, ItemOutcome } from './inspection.events';

/** What an inspection record states; corrections restate any of it. Finding ids are given (the service makes new ones). */
export interface InspectionRecord {
  day: Day;
  inspectors: Inspector[];
  results: ItemOutcome[];
  findings: Finding[];
  conclusion: string;
  evidence: EvidenceRef[];
}

export type RecordInspection = {
  type: 'RecordInspection';
  data: {
    inspectionId: string;
    bureauId: string;
    unitId: string;
    planId: string | null;
    kind: InspectionKind;
    checklist: ChecklistRef;
  } & InspectionRecord;
};

export type CorrectInspectionRecord = {
  type: 'CorrectInspectionRecord';
  data: { inspectionId: string; reason: string; changes: Partial<InspectionRecord> };
};

export type WithdrawInspection = { type: 'WithdrawInspection'; data: { inspectionId: string; reason: string } };

export type InspectionCommand = RecordInspection | CorrectInspectionRecord | WithdrawInspection;
