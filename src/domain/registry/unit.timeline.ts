import type { Event } from '../shared/event';
import { dayOf, type Day } from '../shared/day';
import type { UnitEvent } from './registry.events';

/** A stretch of days during which one bureau supervised the unit: from `from` (inclusive) to `to` (exclusive). */
export interface ScopeInterval {
  bureauId: string;
  from: Day;
  /** The day the unit left this bureau's scope (deregistered or transferred out); null while it stays. */
  to: Day | null;
}

/** An event of the unit's stream with the business time it happened. */
export interface DatedUnitEvent {
  event: Event;
  occurredAt: string;
}

/**
 * Which bureau supervised the unit on which days, from its registry events in business-time order (a transfer
 * recorded late still takes effect on the day it happened). Registration, re-registration and transfer in start
 * an interval; deregistration and transfer out end it.
 */
export function scopeTimeline(events: readonly DatedUnitEvent[]): ScopeInterval[] {
  const dated = events
    .map((e, i) => ({ ...e, i, day: dayOf(e.occurredAt) }))
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.i - b.i));
  const intervals: ScopeInterval[] = [];
  const close = (day: Day) => {
    const open = intervals[intervals.length - 1];
    if (open && open.to === null) open.to = day;
  };
  for (const { event, day } of dated) {
    const e = event as UnitEvent;
    switch (e.type) {
      case 'UnitRegistered':
        close(day);
        intervals.push({ bureauId: e.data.bureauId, from: day, to: null });
        break;
      case 'UnitTransferred':
        close(day);
        intervals.push({ bureauId: e.data.toBureauId, from: day, to: null });
        break;
      case 'UnitDeregistered':
        close(day);
        break;
      default:
        break;
    }
  }
  // A same-day registration and transfer leaves an empty interval: it supervised the unit on no day.
  return intervals.filter((interval) => interval.to === null || interval.to > interval.from);
}

/** The bureau that supervised the unit on `day`, or null (not registered, or deregistered, that day). */
export function supervisorOn(timeline: readonly ScopeInterval[], day: Day): string | null {
  const interval = timeline.find((i) => i.from <= day && (i.to === null || day < i.to));
  return interval?.bureauId ?? null;
}

/** The first day the unit existed in the register, or null if it never did. */
export function firstRegisteredOn(timeline: readonly ScopeInterval[]): Day | null {
  return timeline[0]?.from ?? null;
}
