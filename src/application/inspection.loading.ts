import { createHash } from 'node:crypto';
import { checklistDecider } from '../domain/checklist/checklist.decider';
import type { PublishedChecklist } from '../domain/checklist/checklist';
import { checklistStreamId, planStreamId, type ChecklistRef } from '../domain/inspection/inspection.events';
import { planDecider } from '../domain/inspection/plan.decider';
import type { PlanState } from '../domain/inspection/plan.state';
import { unitFactsFrom, type UnitFacts } from '../domain/inspection/unit-facts';
import { bureauDecider } from '../domain/registry/bureau.decider';
import { bureauStreamId, unitStreamId } from '../domain/registry/registry.events';
import { foldEvents } from '../domain/shared/decider';
import { uuidv7 } from '../domain/shared/uuid';
import type { EventStore } from '../eventstore/port';
import type { CommandMetadata } from './command-handler';

/** Reads the streams an inspection-area decision needs besides its own. */
export class InspectionFactsLoader {
  /** Published versions never change: once read, kept. */
  private readonly checklists = new Map<string, PublishedChecklist>();

  constructor(private readonly store: EventStore) {}

  async checklist(ref: ChecklistRef): Promise<PublishedChecklist | null> {
    const key = `${ref.checklistId}:${ref.version}`;
    const known = this.checklists.get(key);
    if (known) return known;
    if (!Number.isInteger(ref.version) || ref.version < 1) return null;
    const state = foldEvents(checklistDecider, await this.store.readStream(checklistStreamId(ref.checklistId, ref.version)));
    if (state.status !== 'published') return null;
    const { status: _status, ...published } = state;
    this.checklists.set(key, published);
    return published;
  }

  async unit(unitId: string): Promise<UnitFacts | null> {
    const events = await this.store.readStream(unitStreamId(unitId));
    return unitFactsFrom(
      unitId,
      events.map((e) => ({ event: e, occurredAt: e.metadata.occurredAt })),
    );
  }

  async plan(planId: string): Promise<PlanState> {
    return foldEvents(planDecider, await this.store.readStream(planStreamId(planId)));
  }

  async bureauEstablished(bureauId: string): Promise<boolean> {
    return foldEvents(bureauDecider, await this.store.readStream(bureauStreamId(bureauId))).status === 'established';
  }
}

/**
 * The id of a new plan or inspection. With an idempotency key it is derived from the actor and the key, so that a
 * retry lands on the same stream and gets the first result back instead of a second plan; otherwise a UUIDv7.
 */
export function newRecordId(kind: 'plan' | 'inspection', metadata: CommandMetadata): string {
  const key = metadata.idempotencyKey;
  if (!key) return uuidv7();
  const hex = createHash('sha256').update(`${kind}\u0000${metadata.actor.id}\u0000${key}`, 'utf8').digest('hex');
  // An RFC 9562 version 8 (custom) UUID: its bits are ours to define.
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The unit's current region, for read-scope checks. */
export function currentRegion(facts: UnitFacts | null): { unitId: string; regionCode: string } | null {
  const last = facts?.regions[facts.regions.length - 1];
  return facts && last ? { unitId: facts.unitId, regionCode: last.region.code } : null;
}
