import type { Decider } from '../shared/decider';
import { requireDay, type Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { TEXT_LIMITS, optionalText, requireId, requireText } from '../shared/text';
import type { InspectionFacts } from './inspection-facts';
import type { OrderRectification, RectificationCommand } from './rectification.commands';
import type { RectificationEvent } from './rectification.events';
import { evolveRectification, initialRectificationState, type OrderDetails, type RectificationState } from './rectification.state';
import { requireReportItems } from './report-items';

/** A legal basis as written in practice (`档案法§45`, `实施条例§46`): short text. */
const LEGAL_BASIS_MAX = 100;

/** What an order needs beyond its own stream; loaded by the service for OrderRectification only. */
export interface RectificationContext {
  /** The inspection the order names, folded from its stream; null when there is none. */
  inspection: InspectionFacts | null;
  /** Whether the unit is in the register (registered, not deregistered) on the order day. */
  unitInRegisterOnOrderDay: boolean;
}

/** For commands on an existing order, which need nothing beyond the order's stream. */
export const NO_CONTEXT: RectificationContext = { inspection: null, unitInRegisterOnOrderDay: false };

function decideOrder(command: OrderRectification, state: RectificationState, context: RectificationContext): RectificationEvent[] {
  const d = command.data;
  const orderId = requireId(d.orderId, 'orderId');
  if (state.status !== 'none') throw new ConflictError(`Order ${orderId} already exists`, 'ORDER_EXISTS', { orderId });
  const inspection = context.inspection;
  if (!inspection) throw new NotFoundError(`Inspection ${d.inspectionId} does not exist`, 'INSPECTION_NOT_FOUND', { inspectionId: d.inspectionId });
  if (inspection.withdrawn) {
    throw new RuleViolation(`Inspection ${inspection.inspectionId} was withdrawn: nothing can be ordered on it`, 'INSPECTION_WITHDRAWN', {
      inspectionId: inspection.inspectionId,
    });
  }
  if (d.on < inspection.day) {
    throw new ValidationError(`An order cannot precede the inspection of ${inspection.day}`, 'occurredAt', 'ORDER_BEFORE_INSPECTION', {
      inspectionDay: inspection.day,
    });
  }
  if (!context.unitInRegisterOnOrderDay) {
    throw new RuleViolation(`Unit ${inspection.unitId} is not in the register on ${d.on}`, 'UNIT_NOT_IN_REGISTER', { unitId: inspection.unitId });
  }
  const findingIds = requireFindings(d.findingIds, inspection);
  const deadline = requireDay(d.deadline, 'deadline');
  if (deadline <= d.on) throw new ValidationError('The deadline must fall after the order date', 'deadline', 'DEADLINE_NOT_AFTER_ORDER');
  return [
    {
      type: 'RectificationOrdered',
      data: {
        orderId,
        inspectionId: inspection.inspectionId,
        bureauId: inspection.bureauId,
        unitId: inspection.unitId,
        findingIds,
        orderedOn: d.on,
        deadline,
        legalBasis: requireText(d.legalBasis, 'legalBasis', LEGAL_BASIS_MAX),
        documentNumber: optionalText(d.documentNumber, 'documentNumber', TEXT_LIMITS.name),
      },
    },
  ];
}

/** At least one finding, each of the inspection as it now stands, none twice. */
function requireFindings(given: readonly string[], inspection: InspectionFacts): string[] {
  if (given.length === 0) throw new ValidationError('An order names at least one finding', 'findingIds', 'REQUIRED');
  const ids: string[] = [];
  for (const raw of given) {
    const id = requireId(raw, 'findingIds');
    if (!inspection.findingIds.includes(id)) {
      throw new ValidationError(`Inspection ${inspection.inspectionId} has no finding ${id}`, 'findingIds', 'UNKNOWN_FINDING', { findingId: id });
    }
    if (ids.includes(id)) throw new ValidationError(`Finding ${id} is named twice`, 'findingIds', 'DUPLICATE_FINDING', { findingId: id });
    ids.push(id);
  }
  return ids;
}

type Existing = Extract<RectificationState, { status: 'open' | 'closed' }>;
type Open = Extract<RectificationState, { status: 'open' }>;

function requireOrder(state: RectificationState, orderId: string): Existing {
  if (state.status === 'none') throw new NotFoundError(`Order ${orderId} does not exist`, 'ORDER_NOT_FOUND', { orderId });
  return state;
}

/** Closed is final: only follow-up visits are recorded after an accepted report. */
function requireOpen(state: Existing): Open {
  if (state.status === 'closed') {
    throw new RuleViolation(`Order ${state.orderId} was closed on ${state.closedOn}`, 'ORDER_CLOSED', { orderId: state.orderId, closedOn: state.closedOn });
  }
  return state;
}

/** Acts that move the state are never dated before the last such act (see OrderDetails.lastActOn). */
function requireNotBeforeLastAct(order: OrderDetails, on: Day): void {
  if (on < order.lastActOn) {
    throw new ValidationError(`This act cannot be dated before the order's last act (${order.lastActOn})`, 'occurredAt', 'ACT_BEFORE_PREVIOUS_ACT', {
      lastActOn: order.lastActOn,
    });
  }
}

const refs = (order: OrderDetails) => ({ orderId: order.orderId, bureauId: order.bureauId, unitId: order.unitId });

export function decideRectification(command: RectificationCommand, state: RectificationState, context: RectificationContext): RectificationEvent[] {
  if (command.type === 'OrderRectification') return decideOrder(command, state, context);
  const order = requireOrder(state, command.data.orderId);
  const on = command.data.on;
  switch (command.type) {
    case 'ExtendRectificationDeadline': {
      const open = requireOpen(order);
      requireNotBeforeLastAct(open, on);
      const deadline = requireDay(command.data.deadline, 'deadline');
      if (deadline <= open.deadline) {
        throw new ValidationError(`The new deadline must fall after the one in force (${open.deadline})`, 'deadline', 'DEADLINE_NOT_LATER', {
          currentDeadline: open.deadline,
        });
      }
      // Granting a deadline that has already passed would grant nothing.
      if (deadline <= on) throw new ValidationError('The new deadline must fall after the day it is granted', 'deadline', 'DEADLINE_NOT_AFTER_EXTENSION');
      const reason = requireText(command.data.reason, 'reason', TEXT_LIMITS.reason);
      return [{ type: 'RectificationDeadlineExtended', data: { ...refs(open), previousDeadline: open.deadline, deadline, reason, extendedOn: on } }];
    }
    case 'SubmitRectificationReport': {
      const open = requireOpen(order);
      if (open.pendingReportOn !== null) {
        throw new RuleViolation(`The report of ${open.pendingReportOn} awaits review`, 'REPORT_PENDING', { reportedOn: open.pendingReportOn });
      }
      requireNotBeforeLastAct(open, on);
      const items = requireReportItems(command.data.items, open.findingIds);
      return [{ type: 'RectificationReportSubmitted', data: { ...refs(open), items, submittedOn: on } }];
    }
    case 'ReviewRectification': {
      const open = requireOpen(order);
      if (open.pendingReportOn === null) {
        throw new RuleViolation('There is no report awaiting review', 'NO_REPORT_TO_REVIEW', { orderId: open.orderId });
      }
      requireNotBeforeLastAct(open, on);
      const { outcome } = command.data;
      const reasons = optionalText(command.data.reasons, 'reasons', TEXT_LIMITS.reason);
      if (outcome === 'REJECTED' && reasons === null) throw new ValidationError('A rejection gives its reasons', 'reasons', 'REASONS_REQUIRED');
      return [{ type: 'RectificationReviewed', data: { ...refs(open), outcome, reasons, reviewedOn: on } }];
    }
    case 'RecordRectificationFollowUp': {
      // Allowed open or closed: tracking (跟踪) goes on after closure, to see that the rectification holds.
      if (on < order.orderedOn) {
        throw new ValidationError(`A follow-up cannot precede the order of ${order.orderedOn}`, 'occurredAt', 'FOLLOW_UP_BEFORE_ORDER');
      }
      const note = requireText(command.data.note, 'note', TEXT_LIMITS.reason);
      return [{ type: 'RectificationFollowedUp', data: { ...refs(order), visitedOn: on, note } }];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

export const rectificationDecider: Decider<RectificationState, RectificationCommand, RectificationEvent, RectificationContext> = {
  initialState: initialRectificationState,
  evolve: evolveRectification,
  decide: decideRectification,
};
