import {
  orderStandingOn,
  orderStatusOn,
  overduePeriods,
  statusTimeline,
  type DatedRectificationEvent,
} from '../../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../../src/domain/rectification/rectification.events';
import { DEADLINE, extended, followedUp, ordered, reported, reviewed } from './rectification.fixture';

/** Each act on its business day, recorded at noon (UTC) of that day unless said otherwise. */
function dated(...acts: (RectificationEvent | [RectificationEvent, { recordedOn: string }])[]): DatedRectificationEvent[] {
  return acts.map((act) => {
    const [event, meta] = Array.isArray(act) ? act : [act, undefined];
    const day = dayOfAct(event);
    return { event, day, recordedAt: `${meta?.recordedOn ?? day}T12:00:00.000Z` };
  });
}

function dayOfAct(event: RectificationEvent): string {
  switch (event.type) {
    case 'RectificationOrdered':
      return event.data.orderedOn;
    case 'RectificationDeadlineExtended':
      return event.data.extendedOn as string;
    case 'RectificationReportSubmitted':
      return event.data.submittedOn;
    case 'RectificationReviewed':
      return event.data.reviewedOn;
    case 'RectificationFollowedUp':
      return event.data.visitedOn;
  }
}

const statusesOn = (events: DatedRectificationEvent[], days: string[]) => Object.fromEntries(days.map((d) => [d, orderStatusOn(events, d)]));

describe("an order's status as of a day", () => {
  const open = dated(ordered());

  it('has none before the order day, and is OPEN from it', () => {
    expect(statusesOn(open, ['2025-03-31', '2025-04-01', '2025-04-30'])).toEqual({ '2025-03-31': null, '2025-04-01': 'OPEN', '2025-04-30': 'OPEN' });
  });

  it('is still OPEN on the deadline day, OVERDUE by 1 the day after, and counts on', () => {
    expect(orderStandingOn(open, DEADLINE)).toEqual({ status: 'OPEN', deadline: DEADLINE, overdueDays: 0, reportedOn: null, closedOn: null });
    expect(orderStandingOn(open, '2025-05-16')).toEqual({ status: 'OVERDUE', deadline: DEADLINE, overdueDays: 1, reportedOn: null, closedOn: null });
    expect(orderStandingOn(open, '2025-06-15')?.overdueDays).toBe(31);
  });

  it('is REPORTED while a report awaits review, even past the deadline (the pending report stops the clock)', () => {
    const events = dated(ordered(), reported('2025-05-10'));
    expect(statusesOn(events, ['2025-05-09', '2025-05-10', DEADLINE, '2025-07-01'])).toEqual({
      '2025-05-09': 'OPEN',
      '2025-05-10': 'REPORTED',
      [DEADLINE]: 'REPORTED',
      '2025-07-01': 'REPORTED',
    });
  });

  it('is OVERDUE at once when a report is rejected after the deadline, counted from the deadline', () => {
    const events = dated(ordered(), reported('2025-05-10'), reviewed('2025-05-20', 'REJECTED'));
    expect(orderStandingOn(events, '2025-05-19')?.status).toBe('REPORTED');
    expect(orderStandingOn(events, '2025-05-20')).toMatchObject({ status: 'OVERDUE', overdueDays: 5 });
  });

  it('is OPEN again after a rejection before the deadline', () => {
    const events = dated(ordered(), reported('2025-05-01'), reviewed('2025-05-05', 'REJECTED'));
    expect(statusesOn(events, ['2025-05-05', DEADLINE, '2025-05-16'])).toEqual({ '2025-05-05': 'OPEN', [DEADLINE]: 'OPEN', '2025-05-16': 'OVERDUE' });
  });

  it('closes ON TIME when the accepted report came by the deadline, however late the review', () => {
    const events = dated(ordered(), reported(DEADLINE), reviewed('2025-05-30', 'ACCEPTED'));
    expect(orderStatusOn(events, '2025-05-29')).toBe('REPORTED');
    expect(orderStandingOn(events, '2025-05-30')).toEqual({ status: 'CLOSED_ON_TIME', deadline: DEADLINE, overdueDays: 0, reportedOn: DEADLINE, closedOn: '2025-05-30' });
    expect(orderStatusOn(events, '2030-01-01')).toBe('CLOSED_ON_TIME');
  });

  it('closes LATE when the accepted report came after the deadline', () => {
    const events = dated(ordered(), reported('2025-05-10'), reviewed('2025-05-20', 'REJECTED'), reported('2025-05-25'), reviewed('2025-06-01', 'ACCEPTED'));
    expect(statusTimeline(events)).toEqual([
      { status: 'OPEN', from: '2025-04-01', to: '2025-05-09' },
      { status: 'REPORTED', from: '2025-05-10', to: '2025-05-19' },
      { status: 'OVERDUE', from: '2025-05-20', to: '2025-05-24' },
      { status: 'REPORTED', from: '2025-05-25', to: '2025-05-31' },
      { status: 'CLOSED_LATE', from: '2025-06-01', to: null },
    ]);
  });

  it('judges each day by the deadline in force on it', () => {
    const events = dated(ordered(), extended('2025-05-01', '2025-06-15'));
    expect(orderStandingOn(events, '2025-04-30')).toMatchObject({ status: 'OPEN', deadline: DEADLINE });
    expect(orderStandingOn(events, '2025-05-16')).toMatchObject({ status: 'OPEN', deadline: '2025-06-15' });
    expect(orderStandingOn(events, '2025-06-16')).toMatchObject({ status: 'OVERDUE', overdueDays: 1 });
  });

  it('keeps the overdue days before an extension granted after the deadline passed', () => {
    const events = dated(ordered(), extended('2025-05-20', '2025-06-15'), reported('2025-06-10'), reviewed('2025-06-12', 'ACCEPTED'));
    expect(statusesOn(events, [DEADLINE, '2025-05-16', '2025-05-19', '2025-05-20'])).toEqual({
      [DEADLINE]: 'OPEN',
      '2025-05-16': 'OVERDUE',
      '2025-05-19': 'OVERDUE',
      '2025-05-20': 'OPEN',
    });
    // Closed on time against the deadline then in force; the overdue spell stays in the record.
    expect(orderStatusOn(events, '2025-06-12')).toBe('CLOSED_ON_TIME');
    expect(overduePeriods(events)).toEqual([{ from: '2025-05-16', to: '2025-05-19' }]);
  });

  it('is not moved by follow-up visits', () => {
    const events = dated(ordered(), followedUp('2025-05-01'), followedUp('2025-05-20'));
    expect(statusTimeline(events)).toEqual([
      { status: 'OPEN', from: '2025-04-01', to: DEADLINE },
      { status: 'OVERDUE', from: '2025-05-16', to: null },
    ]);
  });
});

describe('back-dated acts and knowledge time', () => {
  // The report happened on 10 May (paper) but was only recorded on 30 May.
  const events = dated(ordered(), [reported('2025-05-10'), { recordedOn: '2025-05-30' }]);

  it('count on their business day', () => {
    expect(orderStatusOn(events, '2025-05-20')).toBe('REPORTED');
  });

  it('are not known before they were recorded: what the record said then', () => {
    expect(orderStatusOn(events, '2025-05-20', { knownAt: '2025-05-21T00:00:00.000Z' })).toBe('OVERDUE');
    expect(orderStatusOn(events, '2025-05-20', { knownAt: '2025-05-30T12:00:00.000Z' })).toBe('REPORTED');
    expect(overduePeriods(events, { knownAt: '2025-05-21T00:00:00.000Z' })).toEqual([{ from: '2025-05-16', to: null }]);
    expect(overduePeriods(events)).toEqual([]);
  });

  it('give no status at all before the order was recorded', () => {
    expect(orderStatusOn(events, '2025-05-20', { knownAt: '2025-03-01T00:00:00.000Z' })).toBeNull();
    expect(statusTimeline(events, { knownAt: '2025-03-01T00:00:00.000Z' })).toEqual([]);
  });

  it('are sorted by business day whatever order they are given in', () => {
    const shuffled = dated(followedUp('2025-04-20'), ordered(), reported('2025-05-10'));
    expect(statusesOn(shuffled, ['2025-04-01', '2025-05-10'])).toEqual({ '2025-04-01': 'OPEN', '2025-05-10': 'REPORTED' });
  });
});
