import { daysBetween } from '../../src/domain/shared/day';
import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import { bureausTouchedBy } from '../bureau-history/bureau-history.projection';
import type { Projection } from '../projection';
import { businessDayOrNull } from './days';

/**
 * Acts recorded at least a day after they happened (DOMAIN.md: an inspection "conducted" in 2023 but recorded in
 * 2025 is a red flag, not a cover), one document per (bureau, act) for every bureau whose history holds the act.
 * The delay is in business days: the day (China time) it was recorded minus the day it happened.
 */
export const ACCOUNTABILITY_LATE_RECORDS = 'accountability_late_records';

/** Acts recorded on the day they happened are not kept: the smallest delay listed is one day. */
export const MIN_LATE_RECORD_DAYS = 1;
const DELAY_DIGITS = 6;
const MAX_DELAY = 10 ** DELAY_DIGITS - 1;

export interface LateRecordDoc extends Doc {
  bureauId: string;
  position: number;
  eventId: string;
  type: string;
  streamId: string;
  data: object;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  delayDays: number;
  /**
   * `<bureauId>|<delay, 6 digits>|<position, 16 digits>`: one index answers "bureau B's acts at least N days late,
   * the latest recorded first", by a range on this key, in key order.
   */
  delayKey: string;
}

const pad = (n: number, digits: number): string => String(n).padStart(digits, '0');

export const lateRecordKey = (bureauId: string, delayDays: number, position: number): string =>
  `${bureauId}|${pad(Math.min(delayDays, MAX_DELAY), DELAY_DIGITS)}|${pad(position, 16)}`;

/** The key range of bureau B's acts late by at least `minDelayDays`. */
export function lateRecordRange(bureauId: string, minDelayDays: number): { $gte: string; $lt: string } {
  return { $gte: `${bureauId}|${pad(Math.min(minDelayDays, MAX_DELAY), DELAY_DIGITS)}`, $lt: `${bureauId}|~` };
}

/** Business days from the act to its recording; null when a time does not parse. */
export function recordingDelayDays(occurredAt: string, recordedAt: string): number | null {
  const occurred = businessDayOrNull(occurredAt);
  const recorded = businessDayOrNull(recordedAt);
  return occurred === null || recorded === null ? null : daysBetween(occurred, recorded);
}

export const lateRecordsProjection: Projection = {
  name: 'accountability-late-records',
  collections: [{ name: ACCOUNTABILITY_LATE_RECORDS, indexes: ['delayKey'] }],
  handles: ['*'],
  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const m = event.metadata;
    if (typeof event.data !== 'object' || event.data === null || typeof m?.occurredAt !== 'string' || typeof m.recordedAt !== 'string') return;
    const delayDays = recordingDelayDays(m.occurredAt, m.recordedAt);
    if (delayDays === null || delayDays < MIN_LATE_RECORD_DAYS) return;
    for (const bureauId of bureausTouchedBy(event)) {
      const doc: LateRecordDoc = {
        _id: `${bureauId}|${pad(event.position, 16)}`,
        bureauId,
        position: event.position,
        eventId: event.id,
        type: event.type,
        streamId: event.streamId,
        data: event.data,
        actor: m.actor,
        occurredAt: m.occurredAt,
        recordedAt: m.recordedAt,
        delayDays,
        delayKey: lateRecordKey(bureauId, delayDays, event.position),
      };
      tx.put(ACCOUNTABILITY_LATE_RECORDS, doc);
    }
  },
};
