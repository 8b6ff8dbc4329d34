import type { Day } from '../shared/day';
import type { RectificationEvent } from './rectification.events';

export interface OrderDetails {
  orderId: string;
  inspectionId: string;
  bureauId: string;
  unitId: string;
  findingIds: readonly string[];
  orderedOn: Day;
  /** The deadline in force now (the last extension's, or the order's). */
  deadline: Day;
  /**
   * The latest business day among the acts that move the state (order, extension, report, review). Those acts
   * may not be dated earlier, so that the stream's order and the business-day order agree and the status of any
   * day is well defined. Follow-ups move nothing and are not counted.
   */
  lastActOn: Day;
  /** The day of the report awaiting review, or null. A report is pending when it is newer than the last review. */
  pendingReportOn: Day | null;
}

/**
 * An order's life: not ordered yet, open (reports and rejections come and go), closed by an accepted report.
 * Closed is final: nothing but follow-up visits is recorded after it.
 */
export type RectificationState =
  | { status: 'none' }
  | ({ status: 'open' } & OrderDetails)
  | ({ status: 'closed'; closedOn: Day } & OrderDetails);

export const initialRectificationState = (): RectificationState => ({ status: 'none' });

export function evolveRectification(state: RectificationState, event: RectificationEvent): RectificationState {
  if (event.type === 'RectificationOrdered') {
    if (state.status !== 'none') return state;
    const d = event.data;
    return {
      status: 'open',
      orderId: d.orderId,
      inspectionId: d.inspectionId,
      bureauId: d.bureauId,
      unitId: d.unitId,
      findingIds: [...d.findingIds],
      orderedOn: d.orderedOn,
      deadline: d.deadline,
      lastActOn: d.orderedOn,
      pendingReportOn: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'RectificationDeadlineExtended': {
      const on = event.data.extendedOn;
      return { ...state, deadline: event.data.deadline, lastActOn: on === undefined ? state.lastActOn : later(state.lastActOn, on) };
    }
    case 'RectificationReportSubmitted':
      return { ...state, pendingReportOn: event.data.submittedOn, lastActOn: later(state.lastActOn, event.data.submittedOn) };
    case 'RectificationReviewed': {
      const lastActOn = later(state.lastActOn, event.data.reviewedOn);
      if (event.data.outcome === 'ACCEPTED') return { ...state, status: 'closed', closedOn: event.data.reviewedOn, pendingReportOn: null, lastActOn };
      return { ...state, pendingReportOn: null, lastActOn };
    }
    case 'RectificationFollowedUp':
      return state;
    default:
      return state;
  }
}

const later = (a: Day, b: Day): Day => (a >= b ? a : b);
