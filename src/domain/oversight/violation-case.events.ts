import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { LegalBasis } from '../supervision/common';
import type { PenalisedParty } from './limits';

/**
 * Violation cases (档案违法案件): opened on a unit from a lead or an inspection with a legal basis, closed with an
 * outcome. The decision is due within the limit of 行政处罚法§60; the due day is recorded when the case opens and
 * whether the decision met it when it closes.
 */
export type CaseOrigin = { kind: 'LEAD'; leadId: string } | { kind: 'INSPECTION'; inspectionId: string };

export const CASE_OUTCOMES = ['PENALTY', 'WARNING', 'NO_PENALTY', 'TRANSFERRED'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export interface Penalty {
  party: PenalisedParty;
  amountYuan: number;
}

export type ViolationCaseOpened = Event<
  'ViolationCaseOpened',
  {
    caseId: string;
    bureauId: string;
    unitId: string;
    /** The unit's region on the day. */
    regionCode: string;
    day: Day;
    origin: CaseOrigin;
    legalBasis: LegalBasis;
    summary: string;
    /** The last day of the decision limit, as configured when the case opened. */
    decisionDueBy: Day;
  }
>;

export type ViolationCaseClosed = Event<
  'ViolationCaseClosed',
  {
    caseId: string;
    bureauId: string;
    unitId: string;
    day: Day;
    outcome: CaseOutcome;
    /** Fines (PENALTY only), each within the §49 range for its party. */
    penalties: Penalty[];
    /** The authority the case went to (TRANSFERRED only). */
    transferredTo: string | null;
    decisionNumber: string | null;
    note: string | null;
    /** Whether the case closed by its decision due day. */
    withinDecisionLimit: boolean;
  }
>;

export type ViolationCaseEvent = ViolationCaseOpened | ViolationCaseClosed;
export const violationCaseStreamId = (caseId: string): string => `violation-case-${caseId}`;
