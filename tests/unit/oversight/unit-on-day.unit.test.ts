import type { UnitEvent } from '../../../src/domain/registry/registry.events';
import { currentRegionOf, unitOnDay } from '../../../src/domain/oversight/unit-on-day';
import { newCode } from './oversight.fixture';

const unitId = newCode();
const at = (event: UnitEvent, occurredAt: string) => ({ event, occurredAt });
const registered = (bureauId: string, regionCode: string): UnitEvent => ({
  type: 'UnitRegistered',
  data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, region: { code: regionCode, name: '' }, bureauId, address: null, checkOverride: null },
});

// Registered in Xihu in 2023; an archivist from March; moved to the city bureau in July (recorded late, listed last);
// region amended in 2024; the archivist released in 2024; dissolved in 2025.
const history = [
  at(registered('330106', '330106'), '2023-02-01T02:00:00Z'),
  at({ type: 'ArchivistAssigned', data: { unitId, archivistId: 'P-1', name: '张三', partTime: true, duties: null } }, '2023-03-01T02:00:00Z'),
  at({ type: 'UnitDetailsAmended', data: { unitId, changes: { region: { code: '330105', name: '拱墅区' } }, reason: null } }, '2024-01-10T02:00:00Z'),
  at({ type: 'ArchivistReleased', data: { unitId, archivistId: 'P-1', reason: null } }, '2024-02-01T02:00:00Z'),
  at({ type: 'UnitDeregistered', data: { unitId, bureauId: '330100', reason: 'DISSOLVED', mergedInto: null, note: null } }, '2025-01-01T02:00:00Z'),
  at({ type: 'UnitTransferred', data: { unitId, fromBureauId: '330106', toBureauId: '330100', reason: '升格' } }, '2023-07-01T02:00:00Z'),
];

describe('a unit as it stood on a day', () => {
  it('did not exist before its registration', () => {
    expect(unitOnDay(unitId, history, '2023-01-31')).toEqual({
      unitId,
      firstRegisteredOn: '2023-02-01',
      supervisorBureauId: null,
      regionCode: null,
      archivists: [],
    });
  });

  it('has the supervisor, region and archivists of that day, in business-time order whatever the log order', () => {
    expect(unitOnDay(unitId, history, '2023-03-01')).toMatchObject({ supervisorBureauId: '330106', regionCode: '330106', archivists: [{ archivistId: 'P-1', name: '张三' }] });
    expect(unitOnDay(unitId, history, '2023-07-01')).toMatchObject({ supervisorBureauId: '330100' });
    expect(unitOnDay(unitId, history, '2024-01-31')).toMatchObject({ regionCode: '330105', archivists: [{ archivistId: 'P-1' }] });
    expect(unitOnDay(unitId, history, '2024-02-01')).toMatchObject({ archivists: [] });
  });

  it('has no supervisor from the day it was deregistered', () => {
    expect(unitOnDay(unitId, history, '2024-12-31').supervisorBureauId).toBe('330100');
    expect(unitOnDay(unitId, history, '2025-01-01').supervisorBureauId).toBeNull();
  });

  it('reads its current region in log order', () => {
    expect(currentRegionOf(history)).toBe('330105');
    expect(currentRegionOf([])).toBeNull();
  });
});
