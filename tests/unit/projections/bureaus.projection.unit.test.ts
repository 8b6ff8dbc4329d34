import { BUREAUS, bureausProjection, type BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import { recordEvents } from '../../support/recorded';
import { U, projectInOneBatch, realisticHistory } from './registry-history.fixture';

describe('bureaus read model', () => {
  const events = realisticHistory().log.events;
  const store = projectInOneBatch(events, [bureausProjection]);
  const bureau = (id: string) => store.all<BureauDoc>(BUREAUS).find((b) => b._id === id);

  it('shows each bureau as established, with its region, level and establishment date', () => {
    expect(bureau('330100')).toEqual({
      _id: '330100',
      bureauId: '330100',
      name: '杭州市档案局',
      level: 'PREFECTURE',
      regionCode: '330100',
      regionName: '杭州市',
      establishedAt: '2023-01-03T09:00:00.000Z',
      // u7, and u1 transferred in; u2 merged away and u6 dissolved.
      activeUnitCount: 2,
      lastPosition: 23,
    } satisfies BureauDoc);
    expect(bureau('330000')).toMatchObject({ level: 'PROVINCE', regionName: '浙江省', establishedAt: '2023-01-02T09:00:00.000Z' });
    expect(bureau('330106')).toMatchObject({ level: 'COUNTY', name: '杭州市西湖区档案局', regionName: '西湖区' });
    expect(bureau('410000')).toMatchObject({ level: 'PROVINCE', regionName: '河南省' });
  });

  it('counts the active units each bureau supervises directly (not those of the bureaus below it)', () => {
    const counts = Object.fromEntries(store.all<BureauDoc>(BUREAUS).map((b) => [b.bureauId, b.activeUnitCount]));
    expect(counts).toEqual({
      '330000': 1, // u3
      '330100': 2, // u1 (transferred in), u7
      '330106': 2, // u4, u2 (registered again here); u1 transferred out
      '410000': 1, // u5
    });
  });

  it('follows the counts through the history: registration, deregistration, re-registration, transfer', () => {
    const countsAfter = (position: number) => {
      const s = projectInOneBatch(events.slice(0, position), [bureausProjection]);
      return Object.fromEntries(s.all<BureauDoc>(BUREAUS).map((b) => [b.bureauId, b.activeUnitCount]));
    };
    expect(countsAfter(11)).toEqual({ '330000': 1, '330100': 3, '330106': 2, '410000': 1 });
    expect(countsAfter(21)).toEqual({ '330000': 1, '330100': 1, '330106': 2, '410000': 1 });
    expect(countsAfter(22)).toEqual({ '330000': 1, '330100': 1, '330106': 3, '410000': 1 });
    expect(countsAfter(23)).toEqual({ '330000': 1, '330100': 2, '330106': 2, '410000': 1 });
  });

  it('does not let a second BureauEstablished overwrite the first', () => {
    const s = projectInOneBatch(
      recordEvents([
        { type: 'BureauEstablished', data: { bureauId: '330100', name: '杭州市档案局', level: 'PREFECTURE', region: { code: '330100', name: '杭州市' } } },
        { type: 'BureauEstablished', data: { bureauId: '330100', name: '冒名', level: 'COUNTY', region: { code: '330100', name: '杭州市' } } },
      ]),
      [bureausProjection],
    );
    expect(s.all<BureauDoc>(BUREAUS)).toEqual([expect.objectContaining({ name: '杭州市档案局', level: 'PREFECTURE', lastPosition: 1 })]);
  });

  it('ignores unit events for a bureau it never saw established (never throws)', () => {
    const s = projectInOneBatch(
      recordEvents([
        {
          type: 'UnitRegistered',
          data: { unitId: U.u7, name: 'x', category: 'OTHER', unitClass: null, region: { code: '330105', name: '拱墅区' }, bureauId: '330105', address: null, checkOverride: null },
        },
      ]),
      [bureausProjection],
    );
    expect(s.all(BUREAUS)).toEqual([]);
  });
});
