import type { InspectionFacts } from '../domain/rectification/inspection-facts';
import type { RectificationCommand } from '../domain/rectification/rectification.commands';
import type { RectificationState } from '../domain/rectification/rectification.state';
import { ForbiddenError, NotFoundError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';

/**
 * Who may do which rectification act.
 * - Administrators (and the command-line tools) act on every order.
 * - A bureau's staff order rectification for their own bureau's inspections, and extend, review and follow up
 *   their own bureau's orders. The order stays with the bureau that issued it, even if the unit moves later.
 * - The unit's report is submitted by the unit itself (UNIT_REPORTER bound to that unit) or recorded on its behalf
 *   by the ordering bureau's staff (reports often arrive on paper; the history names who entered it).
 * An order or inspection outside the actor's reach is answered as not found, so that its existence is not revealed.
 */
export function authorizeRectificationAct(actor: Actor, command: RectificationCommand, state: RectificationState, inspection: InspectionFacts | null): void {
  const reporting = command.type === 'SubmitRectificationReport';
  if (actor.role === 'NATIONAL_ADMIN' || actor.role === 'SYSTEM') return;
  const staff = actor.role === 'BUREAU_STAFF' && Boolean(actor.bureauId);
  const reporter = reporting && actor.role === 'UNIT_REPORTER' && Boolean(actor.unitId);
  if (!staff && !reporter) throw new ForbiddenError(`The role ${actor.role} may not do this rectification act`, 'ROLE_CANNOT_WRITE');

  if (command.type === 'OrderRectification') {
    if (inspection && inspection.bureauId !== actor.bureauId) {
      throw new NotFoundError(`Inspection ${command.data.inspectionId} does not exist`, 'INSPECTION_NOT_FOUND', { inspectionId: command.data.inspectionId });
    }
    return;
  }
  if (state.status === 'none') return; // the decider answers ORDER_NOT_FOUND
  const reaches = staff ? state.bureauId === actor.bureauId : state.unitId === actor.unitId;
  if (!reaches) throw new NotFoundError(`Order ${command.data.orderId} does not exist`, 'ORDER_NOT_FOUND', { orderId: command.data.orderId });
}
