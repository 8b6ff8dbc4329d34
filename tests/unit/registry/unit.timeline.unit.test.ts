import { firstRegisteredOn, scopeTimeline, supervisorOn } from '../../../src/domain/registry/unit.timeline';
import { addMonths, dayOf, daysBetween } from '../../../src/domain/shared/day';

const registered = (bureauId: string) => ({ type: 'UnitRegistered', data: { unitId: 'U', bureauId } });
const transferred = (fromBureauId: string, toBureauId: string) => ({ type: 'UnitTransferred', data: { unitId: 'U', fromBureauId, toBureauId } });
const deregistered = { type: 'UnitDeregistered', data: { unitId: 'U', bureauId: 'B' } };

describe("a unit's scope timeline", () => {
  it('follows registration, transfer, deregistration and re-registration by business day', () => {
    const timeline = scopeTimeline([
      { event: registered('330106'), occurredAt: '2022-01-10T02:00:00Z' },
      { event: transferred('330106', '330100'), occurredAt: '2023-06-01T02:00:00Z' },
      { event: deregistered, occurredAt: '2024-01-01T02:00:00Z' },
      { event: registered('330110'), occurredAt: '2024-05-01T02:00:00Z' },
    ]);
    expect(timeline).toEqual([
      { bureauId: '330106', from: '2022-01-10', to: '2023-06-01' },
      { bureauId: '330100', from: '2023-06-01', to: '2024-01-01' },
      { bureauId: '330110', from: '2024-05-01', to: null },
    ]);
    expect(supervisorOn(timeline, '2022-01-09')).toBeNull();
    expect(supervisorOn(timeline, '2023-05-31')).toBe('330106');
    expect(supervisorOn(timeline, '2023-06-01')).toBe('330100');
    expect(supervisorOn(timeline, '2024-02-01')).toBeNull();
    expect(supervisorOn(timeline, '2030-01-01')).toBe('330110');
    expect(firstRegisteredOn(timeline)).toBe('2022-01-10');
  });

  it('puts a transfer recorded late on the day it happened', () => {
    const timeline = scopeTimeline([
      { event: registered('330106'), occurredAt: '2022-01-10T02:00:00Z' },
      { event: deregistered, occurredAt: '2024-01-01T02:00:00Z' },
      // recorded after the deregistration, but it happened before it
      { event: transferred('330106', '330100'), occurredAt: '2023-06-01T02:00:00Z' },
    ]);
    expect(supervisorOn(timeline, '2023-12-31')).toBe('330100');
    expect(supervisorOn(timeline, '2024-01-01')).toBeNull();
  });
});

describe('business days', () => {
  it('are dates in China (UTC+8)', () => {
    expect(dayOf('2025-02-28T17:30:00Z')).toBe('2025-03-01');
    expect(dayOf('2025-03-01T15:59:59Z')).toBe('2025-03-01');
  });

  it.each([
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-02-28', -24, '2024-02-28'],
    ['2026-08-31', -24, '2024-08-31'],
    ['2025-01-31', 1, '2025-02-28'],
  ])('add months by calendar day, the last day where the day does not exist: %s %+d', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('count whole days between dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});
