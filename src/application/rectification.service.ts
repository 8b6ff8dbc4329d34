import type { EventStore } from '../eventstore/port';

/** Rectification orders: extensions, the unit's reports, reviews, follow-ups. (Scaffold.) */
export class RectificationService {
  constructor(readonly store: EventStore) {}
}
