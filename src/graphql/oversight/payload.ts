import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { CommandResult } from '../../application/command-handler';
import { requireActor } from '../actor';
import type { Context } from '../context';
import { ValidationError } from '../../domain/shared/errors';
import { SUPERVISORY_ACTS, actDocId, type ActDoc, type ActKind } from '../../../projections/oversight/acts.model';

// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
export abstract class OversightPayload {
  @Field(() => SafeIntResolver, { description: 'Global position of the last event written (the read models already reflect it in embedded mode)' })
  position!: number;

  @Field(() => [ID], { description: 'Ids of the events appended; empty when the act changed nothing (a repeated idempotency key)' })
  eventIds!: string[];
}

export const payloadFields = (result: CommandResult) => ({ position: result.position, eventIds: result.events.map((e) => e.id) });

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
