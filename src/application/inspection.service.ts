import type { EventStore } from '../eventstore/port';

/**
 * Checklists, inspection plans (listed or drawn at random), inspections, their corrections and withdrawals.
 * (Scaffold: filled in by the supervision work.)
 */
export class InspectionService {
  constructor(readonly store: EventStore) {}

  /** Publishes the checklist versions the product ships, once (idempotent by event id). */
  async seedReferenceData(): Promise<void> {}
}
