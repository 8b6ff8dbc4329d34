import type { CommandMetadata } from '../../application/command-handler';
import { ValidationError } from '../../domain/shared/errors';
import { TEXT_LIMITS } from '../../domain/shared/text';
import { requireActor } from '../actor';
import type { Context } from '../context';
import type { ActInput } from '../registry/unit.input';

/** Business time may be back-dated freely (auditors see the delay) but not set in the future. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export function commandMetadata(ctx: Context, input: ActInput): CommandMetadata {
  const now = ctx.now();
  const occurredAt = input.occurredAt ?? now;
  if (Number.isNaN(occurredAt.getTime())) throw new ValidationError('occurredAt is not a date', 'occurredAt', 'INVALID_DATE');
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ValidationError('occurredAt lies in the future', 'occurredAt', 'OCCURRED_IN_FUTURE');
  }
  const key = input.idempotencyKey?.trim();
  if (key !== undefined && key.length > TEXT_LIMITS.id * 2) {
    throw new ValidationError('idempotencyKey is too long', 'idempotencyKey', 'TOO_LONG', { max: TEXT_LIMITS.id * 2 });
  }
  return {
    actor: requireActor(ctx.actor),
    occurredAt: occurredAt.toISOString(),
    correlationId: ctx.correlationId,
    causationId: null,
    idempotencyKey: key ? key : null,
  };
}
