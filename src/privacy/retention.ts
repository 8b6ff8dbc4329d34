import type { RecordedEvent } from '../domain/shared/event';
import type { EventStore } from '../eventstore/port';
import { fieldSites, PERSONAL_EVENT_TYPES } from './personal-fields';
import { ERASED_MARKER, envelopeSubject } from './encrypting-event-store';

/**
 * Retention policy (configuration: PRIVACY_ERASURE_BLOCKERS): what keeps a subject's personal data from being
 * erased yet. A subject is "involved" with a unit when an event naming them concerns the unit (the unit of an
 * archivist's assignment, of a training attendee or of an archivist met; the unit inspected; a plan's targets for
 * its roster). While such a unit has
 * - OPEN_VIOLATION_CASE: a violation case opened and not closed, or
 * - OPEN_RECTIFICATION_ORDER: a rectification order not yet accepted on review,
 * the record naming the subject may still be evidence, and erasure is refused with reason
 * ERASURE_BLOCKED_OPEN_CASE or ERASURE_BLOCKED_OPEN_ORDER (and the units concerned).
 */
export const ERASURE_BLOCKERS = ['OPEN_VIOLATION_CASE', 'OPEN_RECTIFICATION_ORDER'] as const;
export type ErasureBlocker = (typeof ERASURE_BLOCKERS)[number];

export const BLOCKER_REASONS: Readonly<Record<ErasureBlocker, string>> = {
  OPEN_VIOLATION_CASE: 'ERASURE_BLOCKED_OPEN_CASE',
  OPEN_RECTIFICATION_ORDER: 'ERASURE_BLOCKED_OPEN_ORDER',
};

/** PRIVACY_ERASURE_BLOCKERS: a comma-separated list of blockers, or `none`. */
export function parseErasureBlockers(raw: string | undefined): ErasureBlocker[] {
  if (raw === undefined || raw.trim() === '') return [...ERASURE_BLOCKERS];
  if (raw.trim().toLowerCase() === 'none') return [];
  const names = raw.split(',').map((n) => n.trim().toUpperCase()).filter((n) => n !== '');
  const unknown = names.filter((n) => !(ERASURE_BLOCKERS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`PRIVACY_ERASURE_BLOCKERS must list ${ERASURE_BLOCKERS.join(', ')} (or be none), got "${unknown.join(', ')}"`);
  return [...new Set(names)] as ErasureBlocker[];
}

/** What the log says about a subject, for the erasure's checks. */
export interface SubjectFootprint {
  /** Some event names the subject in a personal field. */
  named: boolean;
  /** Some event holds one of the subject's personal fields in clear (stored before encryption was on). */
  inClear: boolean;
  /** The blockers that apply, each with the units concerned (sorted). */
  blocked: { blocker: ErasureBlocker; unitIds: string[] }[];
}

const CASE_AND_ORDER_TYPES = ['ViolationCaseOpened', 'ViolationCaseClosed', 'RectificationOrdered', 'RectificationReviewed'];

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * One pass over the stored log (the subject ids are in the clear beside the envelopes, so nothing is decrypted):
 * the units the subject is involved with, and the cases and orders still open. Erasure is rare; a pass is fine.
 */
export async function footprintOf(log: EventStore, subjectId: string, blockers: readonly ErasureBlocker[], batchSize = 5000): Promise<SubjectFootprint> {
  const units = new Set<string>();
  let named = false;
  let inClear = false;
  const openCases = new Map<string, string>();
  const openOrders = new Map<string, string>();
  const eventTypes = [...PERSONAL_EVENT_TYPES, ...CASE_AND_ORDER_TYPES];
  for (let after = 0; ; ) {
    const batch = await log.readAll({ after, maxCount: batchSize, filter: { eventTypes } });
    if (batch.length === 0) break;
    for (const event of batch) visit(event);
    after = (batch[batch.length - 1] as RecordedEvent).position;
  }

  function visit(event: RecordedEvent): void {
    const data = event.data as Record<string, unknown>;
    switch (event.type) {
      case 'ViolationCaseOpened':
        openCases.set(String(data.caseId), String(data.unitId));
        return;
      case 'ViolationCaseClosed':
        openCases.delete(String(data.caseId));
        return;
      case 'RectificationOrdered':
        openOrders.set(String(data.orderId), String(data.unitId));
        return;
      case 'RectificationReviewed':
        if (data.outcome === 'ACCEPTED') openOrders.delete(String(data.orderId));
        return;
    }
    for (const site of fieldSites(event.type, data)) {
      const value = site.owner[site.key];
      const sealedFor = envelopeSubject(value);
      const subject = sealedFor ?? site.subjectId;
      if (subject !== subjectId) continue;
      named = true;
      if (typeof value === 'string' && value !== ERASED_MARKER && sealedFor === null) inClear = true;
      const own = strings(site.owner.unitId);
      for (const unitId of own.length > 0 ? own : [...strings(data.unitId), ...strings(data.unitIds)]) units.add(unitId);
    }
  }

  const blocked: SubjectFootprint['blocked'] = [];
  const concerned = (open: Map<string, string>) => [...new Set([...open.values()].filter((u) => units.has(u)))].sort();
  for (const blocker of blockers) {
    const unitIds = concerned(blocker === 'OPEN_VIOLATION_CASE' ? openCases : openOrders);
    if (unitIds.length > 0) blocked.push({ blocker, unitIds });
  }
  return { named, inClear, blocked };
}
