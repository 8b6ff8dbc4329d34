import type { EventStore } from '../eventstore/port';

/**
 * Guidance, self-reports, leads, bulletins, trainings, assessments, violation cases, implementation reports and
 * supervision reviews. (Scaffold.)
 */
export class OversightService {
  constructor(readonly store: EventStore) {}
}
