import type { Day } from '../shared/day';
import type { Event } from '../shared/event';
import type { InspectionEvent } from '../inspection/inspection.events';

/**
 * What an order needs to know about the inspection whose findings it names, folded from the inspection's own
 * stream. Deliberately independent of the inspection area's decider: only the event catalogue is shared, so the
 * two areas can change their rules apart. A correction replaces the day and the findings it names; a withdrawal
 * is final.
 */
export interface InspectionFacts {
  inspectionId: string;
  bureauId: string;
  unitId: string;
  day: Day;
  /** Finding ids as the record now stands (after corrections). */
  findingIds: readonly string[];
  withdrawn: boolean;
}

function evolveFacts(facts: InspectionFacts | null, event: InspectionEvent): InspectionFacts | null {
  if (event.type === 'InspectionConducted') {
    const d = event.data;
    return { inspectionId: d.inspectionId, bureauId: d.bureauId, unitId: d.unitId, day: d.day, findingIds: d.findings.map((f) => f.findingId), withdrawn: false };
  }
  if (facts === null) return null;
  if (event.type === 'InspectionRecordCorrected') {
    const { day, findings } = event.data.changes ?? {};
    return { ...facts, day: day ?? facts.day, findingIds: findings ? findings.map((f) => f.findingId) : facts.findingIds };
  }
  if (event.type === 'InspectionWithdrawn') return { ...facts, withdrawn: true };
  return facts;
}

/** Null when the stream holds no InspectionConducted (no such inspection). Unknown events are ignored. */
export function inspectionFactsFrom(events: readonly Event[]): InspectionFacts | null {
  return events.reduce<InspectionFacts | null>((facts, event) => evolveFacts(facts, event as InspectionEvent), null);
}
