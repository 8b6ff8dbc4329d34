import { UNITS, unitsProjection, type UnitDoc } from '../../../projections/units/units.projection';
import { countUnits, findUnits } from '../../../projections/units/units.queries';
import { CHECK_OVERRIDE_REASON, U, projectInOneBatch, realisticHistory } from './registry-history.fixture';

describe('units read model', () => {
  const history = realisticHistory();
  const events = history.log.events;
  const store = projectInOneBatch(events, [unitsProjection]);
  const unit = (id: string) => store.all<UnitDoc>(UNITS).find((u) => u._id === id);

  it('has been fed the history the specs below assume', () => {
    expect(events.map((e) => `${e.position}:${e.type}`)).toEqual([
      '1:BureauEstablished',
      '2:BureauEstablished',
      '3:BureauEstablished',
      '4:BureauEstablished',
      '5:UnitRegistered',
      '6:UnitRegistered',
      '7:UnitRegistered',
      '8:UnitRegistered',
      '9:UnitRegistered',
      '10:UnitRegistered',
      '11:UnitRegistered',
      '12:ArchivistAssigned',
      '13:ArchivistAssigned',
      '14:UnitDetailsAmended',
      '15:ArchivistAssigned',
      '16:UnitDetailsAmended',
      '17:UnitClassified',
      '18:ArchivistReleased',
      '19:UnitDetailsAmended',
      '20:UnitDeregistered',
      '21:UnitDeregistered',
      '22:UnitRegistered',
      '23:UnitTransferred',
    ]);
  });

  it('holds one document per unit ever registered, keyed by credit code', () => {
    expect(store.all<UnitDoc>(UNITS).map((u) => u._id).sort()).toEqual(Object.values(U).sort());
  });

  it('shows a renamed, reclassified, transferred unit with its current archivists', () => {
    expect(unit(U.u1)).toEqual({
      _id: U.u1,
      unitId: U.u1,
      name: '杭州西湖某数字科技有限公司',
      category: 'ENTERPRISE',
      unitClass: 'FIRST',
      regionCode: '330106',
      regionName: '西湖区',
      bureauId: '330100',
      address: '文三路 100 号',
      status: 'ACTIVE',
      registeredAt: '2023-02-01T10:00:00.000Z',
      // Transfer in: the business date of the transfer, not the day it was recorded.
      enteredScopeAt: '2023-07-01T10:00:00.000Z',
      deregisteredAt: null,
      deregistrationReason: null,
      mergedInto: null,
      checkOverride: null,
      archivists: [{ archivistId: 'a-2', name: '李四', partTime: false, duties: null, assignedAt: '2023-03-02T10:00:00.000Z' }],
      revision: 6,
      lastPosition: 23,
      updatedAt: '2024-03-01T08:00:00.000Z',
    } satisfies UnitDoc);
  });

  it('shows a unit merged away and registered again as active, keeping the date it was first registered', () => {
    expect(unit(U.u2)).toEqual({
      _id: U.u2,
      unitId: U.u2,
      name: '西湖区某机关',
      category: 'ORGAN',
      unitClass: null,
      regionCode: '330106',
      regionName: '西湖区',
      bureauId: '330106',
      address: null,
      status: 'ACTIVE',
      registeredAt: '2023-02-02T10:00:00.000Z',
      enteredScopeAt: '2024-01-15T10:00:00.000Z',
      deregisteredAt: null,
      deregistrationReason: null,
      mergedInto: null,
      checkOverride: null,
      // Released by the deregistration; nobody was assigned since.
      archivists: [],
      revision: 4,
      lastPosition: 22,
      updatedAt: '2024-01-15T12:00:00.000Z',
    } satisfies UnitDoc);
  });

  it('shows a dissolved unit as deregistered, in the bureau that supervised it last', () => {
    expect(unit(U.u6)).toMatchObject({
      status: 'DEREGISTERED',
      bureauId: '330100',
      regionCode: '330102',
      regionName: '上城区',
      category: 'PUBLIC_INSTITUTION',
      registeredAt: '2023-02-06T10:00:00.000Z',
      enteredScopeAt: '2023-02-06T10:00:00.000Z',
      deregisteredAt: '2023-09-01T10:00:00.000Z',
      deregistrationReason: 'DISSOLVED',
      archivists: [],
      revision: 1,
      lastPosition: 21,
    });
  });

  it('keeps the audited check override and shows a category correction', () => {
    expect(unit(U.u4)).toMatchObject({
      checkOverride: { reason: CHECK_OVERRIDE_REASON },
      category: 'ORGANISATION',
      regionCode: '330106',
      status: 'ACTIVE',
      revision: 1,
      lastPosition: 19,
    });
  });

  it('shows units registered once and left alone exactly as registered', () => {
    expect(unit(U.u3)).toMatchObject({ bureauId: '330000', regionCode: '330203', regionName: '海曙区', unitClass: 'THIRD', category: 'ORGANISATION', revision: 0, lastPosition: 7 });
    expect(unit(U.u5)).toMatchObject({ bureauId: '410000', regionCode: '419001', regionName: '济源市', category: 'ENTERPRISE', revision: 0, lastPosition: 9 });
    expect(unit(U.u7)).toMatchObject({ bureauId: '330100', regionCode: '330105', regionName: '拱墅区', status: 'ACTIVE', revision: 0, lastPosition: 11 });
  });

  it('keeps the revision of each document equal to its stream revision', () => {
    for (const doc of store.all<UnitDoc>(UNITS)) {
      const stream = events.filter((e) => (e.data as { unitId?: string }).unitId === doc.unitId);
      expect(doc.revision).toBe((stream[stream.length - 1] as (typeof events)[number]).revision);
    }
  });

  describe('queries', () => {
    it('filters by region prefix, bureau, category, class and status, ordered by credit code', async () => {
      const ids = async (filter: Parameters<typeof findUnits>[1]) => (await findUnits(store, filter, 100)).map((u) => u.unitId);
      expect(await ids({ regionPrefix: '330106' })).toEqual([U.u1, U.u2, U.u4].sort());
      expect(await ids({ regionPrefix: '3301', status: 'ACTIVE' })).toEqual([U.u1, U.u2, U.u4, U.u7].sort());
      expect(await ids({ bureauId: '330100' })).toEqual([U.u1, U.u6, U.u7].sort());
      expect(await ids({ category: 'ENTERPRISE' })).toEqual([U.u1, U.u5, U.u7].sort());
      expect(await ids({ unitClass: 'FIRST' })).toEqual([U.u1]);
      expect(await ids({ status: 'DEREGISTERED' })).toEqual([U.u6]);
      expect(await countUnits(store, { regionPrefix: '33' })).toBe(6);
      expect(await countUnits(store, {})).toBe(7);
    });

    it('pages by credit code', async () => {
      const all = (await findUnits(store, {}, 100)).map((u) => u.unitId);
      const first = await findUnits(store, {}, 3);
      const rest = await findUnits(store, {}, 100, (first[2] as UnitDoc).unitId);
      expect([...first, ...rest].map((u) => u.unitId)).toEqual(all);
    });
  });
});
