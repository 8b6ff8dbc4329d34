import type { InspectionFacts } from '../../../src/domain/rectification/inspection-facts';
import type { RectificationCommand, ReportItemInput } from '../../../src/domain/rectification/rectification.commands';
import type { RectificationContext } from '../../../src/domain/rectification/rectification.decider';
import type {
  RectificationDeadlineExtended,
  RectificationEvent,
  RectificationFollowedUp,
  RectificationOrdered,
  RectificationReportSubmitted,
  RectificationReviewed,
} from '../../../src/domain/rectification/rectification.events';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Day } from '../../../src/domain/shared/day';

/**
 * Builders for rectification specs. One order on one unit of 西湖区: inspected on 2025-03-20 with findings F1, F2
 * (F3 exists too), ordered on 2025-04-01 for F1 and F2 with a deadline of 2025-05-15.
 */
export const UNIT = makeCreditCode(4242, { region: '330106' });
export const BUREAU = '330106';
export const ORDER = 'ord-1';
export const INSPECTION = 'insp-1';
export const ORDER_DAY = '2025-04-01';
export const DEADLINE = '2025-05-15';
const refs = { orderId: ORDER, bureauId: BUREAU, unitId: UNIT };

export const inspection = (overrides: Partial<InspectionFacts> = {}): InspectionFacts => ({
  inspectionId: INSPECTION,
  bureauId: BUREAU,
  unitId: UNIT,
  day: '2025-03-20',
  findingIds: ['F1', 'F2', 'F3'],
  withdrawn: false,
  ...overrides,
});

export const orderContext = (overrides: Partial<InspectionFacts> = {}, unitInRegisterOnOrderDay = true): RectificationContext => ({
  inspection: inspection(overrides),
  unitInRegisterOnOrderDay,
});

// ---------------------------------------------------------------- events

export const ordered = (data: Partial<RectificationOrdered['data']> = {}): RectificationOrdered => ({
  type: 'RectificationOrdered',
  data: {
    ...refs,
    inspectionId: INSPECTION,
    findingIds: ['F1', 'F2'],
    orderedOn: ORDER_DAY,
    deadline: DEADLINE,
    legalBasis: '档案法§45',
    documentNumber: '西档改〔2025〕3号',
    ...data,
  },
});

export const extended = (extendedOn: Day, deadline: Day, previousDeadline: Day = DEADLINE): RectificationDeadlineExtended => ({
  type: 'RectificationDeadlineExtended',
  data: { ...refs, previousDeadline, deadline, reason: '库房改造工期', extendedOn },
});

export const ITEMS = [
  { findingId: 'F1', action: '更换防火门', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: '验收单 2025-17' }] },
  { findingId: 'F2', action: '补齐温湿度记录', evidence: [{ kind: 'SHA256' as const, value: 'a'.repeat(64) }] },
];

export const reported = (submittedOn: Day): RectificationReportSubmitted => ({
  type: 'RectificationReportSubmitted',
  data: { ...refs, items: ITEMS, submittedOn },
});

export const reviewed = (reviewedOn: Day, outcome: 'ACCEPTED' | 'REJECTED', reasons: string | null = outcome === 'REJECTED' ? '整改不到位' : null): RectificationReviewed => ({
  type: 'RectificationReviewed',
  data: { ...refs, outcome, reasons, reviewedOn },
});

export const followedUp = (visitedOn: Day, note = '现场查看'): RectificationFollowedUp => ({
  type: 'RectificationFollowedUp',
  data: { ...refs, visitedOn, note },
});

// ---------------------------------------------------------------- commands

export const order = (data: Partial<Extract<RectificationCommand, { type: 'OrderRectification' }>['data']> = {}): RectificationCommand => ({
  type: 'OrderRectification',
  data: {
    orderId: ORDER,
    inspectionId: INSPECTION,
    findingIds: ['F1', 'F2'],
    deadline: DEADLINE,
    legalBasis: ' 档案法§45 ',
    documentNumber: '西档改〔2025〕3号',
    on: ORDER_DAY,
    ...data,
  },
});

export const extend = (on: Day, deadline: Day, reason = '库房改造工期'): RectificationCommand => ({
  type: 'ExtendRectificationDeadline',
  data: { orderId: ORDER, deadline, reason, on },
});

export const report = (on: Day, items: ReportItemInput[] = ITEMS): RectificationCommand => ({
  type: 'SubmitRectificationReport',
  data: { orderId: ORDER, items, on },
});

export const review = (on: Day, outcome: 'ACCEPTED' | 'REJECTED', reasons: string | null = outcome === 'REJECTED' ? '整改不到位' : null): RectificationCommand => ({
  type: 'ReviewRectification',
  data: { orderId: ORDER, outcome, reasons, on },
});

export const followUp = (on: Day, note = '现场查看'): RectificationCommand => ({
  type: 'RecordRectificationFollowUp',
  data: { orderId: ORDER, note, on },
});

/** An order closed by an accepted second report, after a rejection. */
export const closedHistory = (): RectificationEvent[] => [
  ordered(),
  reported('2025-05-10'),
  reviewed('2025-05-20', 'REJECTED'),
  reported('2025-05-25'),
  reviewed('2025-06-01', 'ACCEPTED'),
];
