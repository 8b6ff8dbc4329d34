import { corrected, conducted, History, registered, transferred, withdrawn } from './accountability.fixture';
import { accountabilityModel } from './accountability.harness';

/**
 * Bitemporal answers: `asOf` is business time, `knownAt` limits the answer to events recorded by then. A correction or
 * withdrawal changes the record whatever day it was made: knowledge time limits it, business time does not.
 */
const U = '91330106MA0000002X';
const XIHU = '330106';
const YUHANG = '330110';

describe('as known at a time', () => {
  it('an inspection back-filled in 2025 for a day in 2023 covers 2024 only as known after it was recorded', async () => {
    // Given a unit registered in 2020 and an inspection of 1 May 2023 recorded on 20 June 2025
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2023-05-01'), '2023-05-01', '2025-06-20').events;
    const model = accountabilityModel(events);
    // Then the record of 2024 said overdue, and today's says covered
    expect(await model.cycle(XIHU, '2024-01-01', '2024-01-01T00:00:00Z')).toMatchObject({ overdue: 1, met: false });
    expect(await model.cycle(XIHU, '2024-01-01', '2025-06-19T23:59:59Z')).toMatchObject({ overdue: 1 });
    expect(await model.cycle(XIHU, '2024-01-01', '2025-06-20T04:00:00Z')).toMatchObject({ covered: 1, met: true }); // recorded at exactly that instant
    expect(await model.cycle(XIHU, '2024-01-01')).toMatchObject({ covered: 1 });
  });

  it('a withdrawal counts from when it was recorded, even for days before it was made', async () => {
    // Given an inspection of 2024-03-01 withdrawn on 2025-02-01
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2024-03-01'), '2024-03-01')
      .act(withdrawn('i1', U, XIHU), '2025-02-01').events;
    const model = accountabilityModel(events);
    // When asked for a day before the withdrawal, as known now: not covered (the record no longer holds it)
    expect(await model.standing(U, '2024-06-01')).toMatchObject({ state: 'OVERDUE' });
    // …but as known before the withdrawal was recorded: covered
    expect(await model.standing(U, '2024-06-01', '2025-01-31T00:00:00Z')).toMatchObject({ state: 'COVERED' });
  });

  it("a correction of the inspection's day moves its coverage, from when it was recorded", async () => {
    // Given an inspection recorded for 2023-01-05, corrected on 2024-02-01 to 2022-01-05
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2023-01-05'), '2023-01-05')
      .act(corrected('i1', U, XIHU, { day: '2022-01-05', conclusion: '更正日期' }), '2024-02-01').events;
    const model = accountabilityModel(events);
    expect(await model.standing(U, '2024-06-01', '2024-01-01T00:00:00Z')).toMatchObject({ state: 'COVERED', lastCountingInspectionOn: '2023-01-05' });
    expect(await model.standing(U, '2024-06-01')).toMatchObject({ state: 'OVERDUE', lastCountingInspectionOn: '2022-01-05', dueOn: '2024-01-05' });
  });

  it('a correction that leaves the day alone changes nothing for the cycle', async () => {
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(conducted('i1', U, XIHU, '2023-01-05'), '2023-01-05')
      .act(corrected('i1', U, XIHU, { conclusion: '补充结论' }), '2024-02-01').events;
    expect(await accountabilityModel(events).standing(U, '2024-06-01')).toMatchObject({ state: 'COVERED', lastCountingInspectionOn: '2023-01-05' });
  });

  it('a transfer recorded late takes effect on its day, once known', async () => {
    // Given a transfer on 2024-03-01 recorded on 2024-09-01
    const events = new History()
      .act(registered(U, XIHU), '2020-01-10')
      .act(transferred(U, XIHU, YUHANG), '2024-03-01', '2024-09-01').events;
    const model = accountabilityModel(events);
    expect(await model.cycle(XIHU, '2024-06-01', '2024-08-31T00:00:00Z')).toMatchObject({ unitsInScope: 1, overdue: 1 });
    expect(await model.cycle(YUHANG, '2024-06-01', '2024-08-31T00:00:00Z')).toMatchObject({ unitsInScope: 0 });
    expect(await model.cycle(XIHU, '2024-06-01')).toMatchObject({ unitsInScope: 0 });
    expect(await model.cycle(YUHANG, '2024-06-01')).toMatchObject({ unitsInScope: 1, notYetDue: 1 });
  });

  it('a unit registered after the knowledge time is unknown then', async () => {
    const events = new History().act(registered(U, XIHU), '2024-01-10', '2024-02-10').events;
    const model = accountabilityModel(events);
    expect(await model.standing(U, '2024-03-01', '2024-02-01T00:00:00Z')).toBeNull();
    expect(await model.standing(U, '2024-03-01')).toMatchObject({ state: 'NOT_YET_DUE', enteredScopeOn: '2024-01-10' });
  });
});
