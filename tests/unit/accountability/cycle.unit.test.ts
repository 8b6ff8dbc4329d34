import { cycleStandingOn, cycleWindowStart, lastCoveredDay, type CycleFacts } from '../../../src/domain/accountability/cycle';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { conducted, deregistered, History, registered, transferred, withdrawn } from './accountability.fixture';
import { accountabilityModel } from './accountability.harness';

/**
 * The two-year cycle, Given (recorded acts) / When (the cycle of a bureau on a day) / Then (its standing), on the
 * edge cases the issue names and the boundaries DOMAIN.md fixes.
 */
const U = '91330106MA0000001X';
const XIHU = '330106';
const YUHANG = '330110';

describe('the window of the two-year cycle', () => {
  it.each([
    ['2025-03-15', '2023-03-15'],
    ['2024-02-29', '2022-02-28'],
    ['2026-02-28', '2024-02-28'],
    ['2025-08-31', '2023-08-31'],
  ])('on %s starts on the same calendar day 24 months earlier (the month end where it does not exist): %s', (day, start) => {
    expect(cycleWindowStart(day)).toBe(start);
  });

  it.each([
    ['2023-03-15', '2025-03-15'],
    ['2022-02-28', '2024-02-29'], // 29 Feb 2024 looks back to 28 Feb 2022: still covered
    ['2024-02-29', '2026-02-28'],
    ['2023-02-28', '2025-02-28'],
    ['2022-08-31', '2024-08-31'],
  ])('an inspection on %s covers every day up to %s and no later', (day, last) => {
    expect(lastCoveredDay(day)).toBe(last);
    expect(cycleWindowStart(last) <= day).toBe(true);
  });
});

describe('a unit in scope', () => {
  it('registered exactly 24 months before D and never inspected: not yet due on D, overdue by 1 the day after', async () => {
    // Given
    const model = accountabilityModel(new History().act(registered(U, XIHU), '2023-03-15').events);
    // When / Then
    expect(await model.standing(U, '2025-03-15')).toMatchObject({ state: 'NOT_YET_DUE', dueOn: '2025-03-15', daysOverdue: 0 });
    expect(await model.standing(U, '2025-03-16')).toMatchObject({ state: 'OVERDUE', dueOn: '2025-03-15', daysOverdue: 1 });
    expect(await model.standing(U, '2025-04-15')).toMatchObject({ state: 'OVERDUE', daysOverdue: 31, lastCountingInspectionOn: null });
  });

  it('registered 23 months before D and never inspected: not yet due', async () => {
    const model = accountabilityModel(new History().act(registered(U, XIHU), '2023-04-15').events);
    const cycle = await model.cycle(XIHU, '2025-03-15');
    expect(cycle).toMatchObject({ unitsInScope: 1, covered: 0, notYetDue: 1, overdue: 0, met: true });
  });

  it('inspected exactly 24 months before D: covered on D, overdue by 1 the day after', async () => {
    // Given a unit registered long before, inspected on 15 March 2023
    const events = new History().act(registered(U, XIHU), '2020-01-10').act(conducted('i1', U, XIHU, '2023-03-15'), '2023-03-15').events;
    const model = accountabilityModel(events);
    // Then
    expect(await model.cycle(XIHU, '2025-03-15')).toMatchObject({ covered: 1, overdue: 0, met: true });
    const next = await model.cycle(XIHU, '2025-03-16');
    expect(next).toMatchObject({ covered: 0, overdue: 1, met: false });
    expect(next.overdueUnits).toEqual([
      { unitId: U, name: expect.any(String), regionCode: XIHU, enteredScopeOn: '2020-01-10', dueOn: '2025-03-15', daysOverdue: 1, lastCountingInspectionOn: '2023-03-15' },
    ]);
  });

  it('inspected on 28 Feb 2022: still covered on 29 Feb 2024, overdue by 1 on 1 March', async () => {
    const events = new History().act(registered(U, XIHU), '2019-05-01').act(conducted('i1', U, XIHU, '2022-02-28'), '2022-02-28').events;
    const model = accountabilityModel(events);
    expect(await model.standing(U, '2024-02-29')).toMatchObject({ state: 'COVERED', dueOn: '2024-02-29' });
    expect(await model.standing(U, '2024-03-01')).toMatchObject({ state: 'OVERDUE', dueOn: '2024-02-29', daysOverdue: 1 });
  });

  it('inspected only by a withdrawn inspection: not covered (overdue when it entered the scope long before)', async () => {
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2024-06-01'), '2024-06-01')
      .act(withdrawn('i1', U, XIHU), '2024-07-01')
      .events;
    const model = accountabilityModel(events);
    expect(await model.standing(U, '2025-01-01')).toMatchObject({ state: 'OVERDUE', dueOn: '2022-01-10', lastCountingInspectionOn: null });
    // …and before the withdrawal was recorded, the record said covered.
    expect(await model.standing(U, '2025-01-01', '2024-06-30T00:00:00Z')).toMatchObject({ state: 'COVERED', dueOn: '2026-06-01' });
  });

  it('inspected by a kind that does not count (assessment): not covered, unless the configuration counts it', async () => {
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2024-06-01', 'ASSESSMENT'), '2024-06-01').events;
    expect((await accountabilityModel(events).standing(U, '2025-01-01'))?.state).toBe('OVERDUE');
    expect((await accountabilityModel(events, ['ASSESSMENT']).standing(U, '2025-01-01'))?.state).toBe('COVERED');
  });

  it('inspected after D: the inspection does not cover D', async () => {
    const events = new History().act(registered(U, XIHU), '2020-01-10').act(conducted('i1', U, XIHU, '2024-06-01'), '2024-06-01').events;
    expect(await accountabilityModel(events).standing(U, '2024-05-31')).toMatchObject({ state: 'OVERDUE', lastCountingInspectionOn: null });
  });
});

describe('a unit transferred mid-cycle', () => {
  // Given a unit of Xihu since 2020, inspected by Xihu on 10 Jan 2024, transferred to Yuhang on 1 June 2024
  const events = new History()
    .act(registered(U, XIHU), '2020-01-10')
    .act(conducted('i1', U, XIHU, '2024-01-10'), '2024-01-10')
    .act(transferred(U, XIHU, YUHANG), '2024-06-01').events;
  const model = accountabilityModel(events);

  it('leaves the old bureau on the day of the transfer and enters the new one', async () => {
    expect(await model.cycle(XIHU, '2024-05-31')).toMatchObject({ unitsInScope: 1, covered: 1 });
    expect(await model.cycle(XIHU, '2024-06-01')).toMatchObject({ unitsInScope: 0, met: true });
    expect(await model.cycle(YUHANG, '2024-06-01')).toMatchObject({ unitsInScope: 1, covered: 1 });
  });

  it("is covered for the new bureau by the old bureau's inspection until that is 24 months old", async () => {
    expect(await model.standing(U, '2026-01-10')).toMatchObject({ bureauId: YUHANG, state: 'COVERED', lastCountingInspectionOn: '2024-01-10' });
  });

  it('is then not yet due, 24 months from the transfer, and overdue by 1 the day after', async () => {
    expect(await model.standing(U, '2026-01-11')).toMatchObject({ state: 'NOT_YET_DUE', enteredScopeOn: '2024-06-01', dueOn: '2026-06-01' });
    expect(await model.standing(U, '2026-06-02')).toMatchObject({ state: 'OVERDUE', dueOn: '2026-06-01', daysOverdue: 1 });
  });
});

describe('a unit deregistered and re-registered', () => {
  // Given a unit of Xihu since 2019, never inspected, deregistered on 1 Jan 2022, registered again on 1 May 2023
  const events = new History()
    .act(registered(U, XIHU), '2019-03-01')
    .act(deregistered(U, XIHU), '2022-01-01')
    .act(registered(U, XIHU), '2023-05-01').events;
  const model = accountabilityModel(events);

  it('was overdue before it left the register', async () => {
    expect(await model.standing(U, '2021-12-31')).toMatchObject({ state: 'OVERDUE', dueOn: '2021-03-01', daysOverdue: 305 });
  });

  it('is in no scope while deregistered (not counted, not overdue)', async () => {
    expect(await model.standing(U, '2022-01-01')).toBeNull();
    expect(await model.cycle(XIHU, '2023-04-30')).toMatchObject({ unitsInScope: 0, met: true });
  });

  it('enters the scope again on re-registration: not yet due for 24 months', async () => {
    expect(await model.standing(U, '2025-05-01')).toMatchObject({ state: 'NOT_YET_DUE', enteredScopeOn: '2023-05-01' });
    expect(await model.standing(U, '2025-05-02')).toMatchObject({ state: 'OVERDUE', daysOverdue: 1 });
  });
});

describe('the pure rule', () => {
  const facts = (from: string, inspections: [string, boolean][] = []): CycleFacts => ({
    intervals: [{ bureauId: XIHU, from, to: null }],
    inspections: inspections.map(([day, withdrawnFlag], i) => ({ inspectionId: `i${i}`, bureauId: YUHANG, kind: 'ANNUAL', day, withdrawn: withdrawnFlag })),
  });

  it('answers only for the bureau named, and counts an inspection by any bureau', () => {
    expect(cycleStandingOn(facts('2020-01-01', [['2024-01-01', false]]), '2025-01-01', DEFAULT_COUNTING_KINDS, YUHANG)).toBeNull();
    expect(cycleStandingOn(facts('2020-01-01', [['2024-01-01', false]]), '2025-01-01', DEFAULT_COUNTING_KINDS, XIHU)?.state).toBe('COVERED');
  });

  it('runs the cycle from the later of the entry and the last inspection', () => {
    const enteredLater = cycleStandingOn(facts('2023-01-01', [['2021-06-01', false]]), '2024-01-01', DEFAULT_COUNTING_KINDS);
    expect(enteredLater).toMatchObject({ state: 'NOT_YET_DUE', dueOn: '2025-01-01', lastCountingInspectionOn: '2021-06-01' });
    const inspectedLater = cycleStandingOn(facts('2020-01-01', [['2023-06-01', false]]), '2024-01-01', DEFAULT_COUNTING_KINDS);
    expect(inspectedLater).toMatchObject({ state: 'COVERED', dueOn: '2025-06-01', daysOverdue: 0 });
  });

  it('ignores withdrawn inspections', () => {
    expect(cycleStandingOn(facts('2020-01-01', [['2023-06-01', true]]), '2024-01-01', DEFAULT_COUNTING_KINDS)).toMatchObject({ state: 'OVERDUE', lastCountingInspectionOn: null });
  });
});
