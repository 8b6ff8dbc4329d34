import { createHash } from 'node:crypto';
import { inspectionStreamId } from '../domain/inspection/inspection.events';
import { unitStreamId } from '../domain/registry/registry.events';
import { scopeTimeline, supervisorOn } from '../domain/registry/unit.timeline';
import { inspectionFactsFrom, type InspectionFacts } from '../domain/rectification/inspection-facts';
import type { OrderRectification, RectificationCommand } from '../domain/rectification/rectification.commands';
import { NO_CONTEXT, rectificationDecider, type RectificationContext } from '../domain/rectification/rectification.decider';
import { orderStreamId, type RectificationEvent } from '../domain/rectification/rectification.events';
import type { RectificationState } from '../domain/rectification/rectification.state';
import { RECTIFICATION_SCHEMA_VERSIONS } from '../domain/rectification/rectification.versions';
import { dayOf, type Day } from '../domain/shared/day';
import { requireId } from '../domain/shared/text';
import { uuidv7 } from '../domain/shared/uuid';
import type { EventStore } from '../eventstore/port';
import { handleCommand, type CommandMetadata, type CommandResult } from './command-handler';
import { authorizeRectificationAct } from './rectification.policy';

/** A command as callers give it: the act's day comes from its business time, not from the caller. */
type WithoutDay<C> = C extends { type: infer T; data: infer D } ? { type: T; data: Omit<D, 'on'> } : never;
export type RectificationRequest = WithoutDay<Exclude<RectificationCommand, OrderRectification>>;
export type OrderRequest = Omit<OrderRectification['data'], 'on' | 'orderId'> & { orderId?: string | null };

const schemaVersionOf = (type: RectificationEvent['type']): number => RECTIFICATION_SCHEMA_VERSIONS[type];

/** Rectification orders: the order, extensions, the unit's reports, reviews, follow-ups. */
export class RectificationService {
  constructor(readonly store: EventStore) {}

  /** Issues an order; returns the result with the order's id (given, or made here). */
  async order(request: OrderRequest, metadata: CommandMetadata): Promise<CommandResult & { orderId: string }> {
    const orderId = orderIdFor(request.orderId, metadata);
    const command: OrderRectification = { type: 'OrderRectification', data: { ...request, orderId, on: dayOf(metadata.occurredAt) } };
    return { ...(await this.handle(command, metadata)), orderId };
  }

  /** Every act on an existing order. */
  execute(request: RectificationRequest, metadata: CommandMetadata): Promise<CommandResult> {
    const command = { type: request.type, data: { ...request.data, on: dayOf(metadata.occurredAt) } } as RectificationCommand;
    return this.handle(command, metadata);
  }

  private handle(command: RectificationCommand, metadata: CommandMetadata): Promise<CommandResult> {
    return handleCommand({
      store: this.store,
      streamId: orderStreamId(requireId(command.data.orderId, 'orderId')),
      decider: rectificationDecider,
      command,
      metadata,
      schemaVersionOf,
      loadContext: async (state: RectificationState): Promise<RectificationContext> => {
        if (command.type !== 'OrderRectification') {
          authorizeRectificationAct(metadata.actor, command, state, null);
          return NO_CONTEXT;
        }
        const inspection = await this.loadInspection(command.data.inspectionId);
        authorizeRectificationAct(metadata.actor, command, state, inspection);
        return { inspection, unitInRegisterOnOrderDay: inspection !== null && (await this.inRegister(inspection.unitId, command.data.on)) };
      },
    });
  }

  /** The inspection's own stream, folded into the few facts an order needs (no dependency on its decider). */
  private async loadInspection(inspectionId: string): Promise<InspectionFacts | null> {
    const id = requireId(inspectionId, 'inspectionId');
    return inspectionFactsFrom(await this.store.readStream(inspectionStreamId(id)));
  }

  private async inRegister(unitId: string, day: Day): Promise<boolean> {
    const events = await this.store.readStream(unitStreamId(unitId));
    return supervisorOn(scopeTimeline(events.map((e) => ({ event: e, occurredAt: e.metadata.occurredAt }))), day) !== null;
  }
}

/**
 * An order's id: the caller's, or one derived from the idempotency key (so that a retry lands on the same stream
 * and returns the first result instead of issuing a second order), or a new UUIDv7.
 */
export function orderIdFor(given: string | null | undefined, metadata: CommandMetadata): string {
  if (given !== null && given !== undefined && given.trim() !== '') return requireId(given, 'orderId');
  const key = metadata.idempotencyKey;
  if (!key) return uuidv7();
  const hash = createHash('sha256').update(`${metadata.actor.id}\u0000${key}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}
