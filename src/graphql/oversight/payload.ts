import { requireActor } from '../actor';
import type { Context } from '../context';
import { ValidationError } from '../../domain/shared/errors';
import { SUPERVISORY_ACTS, actDocId, type ActDoc, type ActKind } from '../../../projections/oversight/acts.model';

/** Oversight payloads share the one act payload of every area. */
export { ActPayload as OversightPayload, actFields as payloadFields } from '../shared/act-payload';

/** A record as the read model now shows it. */
export function recordDoc<D extends ActDoc>(ctx: Context, kind: ActKind, recordId: string): Promise<D | null> {
  return ctx.readStore.get<D>(SUPERVISORY_ACTS, actDocId(kind, recordId));
}

/** The bureau a new act is for: the one given, or the staff member's own. */
export function actingBureau(ctx: Context, given: string | null | undefined, field = 'bureauId'): string {
  const bureauId = given?.trim() || requireActor(ctx.actor).bureauId;
  if (!bureauId) throw new ValidationError(`${field} is required`, field, 'REQUIRED');
  return bureauId;
}
