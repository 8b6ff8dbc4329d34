import { canReadBureau, canReadRegionCode, canReadUnit, narrowRegionPrefix, readScopeOf } from '../../../src/auth/scope';
import type { Actor } from '../../../src/domain/shared/event';

const staff = (bureauId: string): Actor => ({ id: 's', role: 'BUREAU_STAFF', bureauId });
const auditor = (regionCode: string): Actor => ({ id: 'a', role: 'AUDITOR', regionCode });

describe('read scopes', () => {
  it('gives administrators everything and a national auditor everything', () => {
    expect(readScopeOf({ id: 'x', role: 'NATIONAL_ADMIN' })).toEqual({ kind: 'everything' });
    expect(readScopeOf(auditor('000000'))).toEqual({ kind: 'everything' });
  });

  it.each([
    ['a province', '330000', '33'],
    ['a prefecture', '330100', '3301'],
    ['a county', '330106', '330106'],
    ['a county-level city directly under its province', '419001', '419001'],
    ['a municipality', '110000', '11'],
  ])("bounds a bureau's staff to %s's subtree", (_what, bureauId, prefix) => {
    expect(readScopeOf(staff(bureauId))).toEqual({ kind: 'region', regionCode: bureauId, prefix });
  });

  it('sees nothing for an actor without a usable binding', () => {
    const none = readScopeOf({ id: 's', role: 'BUREAU_STAFF' });
    expect(canReadRegionCode(none, '330106')).toBe(false);
    expect(canReadUnit(none, { unitId: 'X', regionCode: '330106' })).toBe(false);
    expect(canReadUnit(readScopeOf(null), { unitId: 'X', regionCode: '330106' })).toBe(false);
  });

  it('reads units by their region, whoever supervises them, and a reporter only its own unit', () => {
    const county = readScopeOf(staff('330106'));
    expect(canReadUnit(county, { unitId: 'A', regionCode: '330106' })).toBe(true);
    expect(canReadUnit(county, { unitId: 'B', regionCode: '330110' })).toBe(false);
    const reporter = readScopeOf({ id: 'r', role: 'UNIT_REPORTER', unitId: 'A' });
    expect(canReadUnit(reporter, { unitId: 'A', regionCode: '330106' })).toBe(true);
    expect(canReadUnit(reporter, { unitId: 'B', regionCode: '330106' })).toBe(false);
    expect(canReadRegionCode(reporter, '330106')).toBe(false);
  });

  it('reads bureaus and regions at and below its own, never above or beside', () => {
    const prefecture = readScopeOf(auditor('330100'));
    expect(canReadBureau(prefecture, { regionCode: '330100' })).toBe(true);
    expect(canReadBureau(prefecture, { regionCode: '330106' })).toBe(true);
    expect(canReadBureau(prefecture, { regionCode: '330000' })).toBe(false);
    expect(canReadBureau(prefecture, { regionCode: '330200' })).toBe(false);
    expect(canReadRegionCode(prefecture, '000000')).toBe(false);
  });

  it('narrows a region filter to the scope, or finds that they do not meet', () => {
    const prefecture = readScopeOf(auditor('330100'));
    expect(narrowRegionPrefix(prefecture, undefined)).toBe('3301');
    expect(narrowRegionPrefix(prefecture, '33')).toBe('3301');
    expect(narrowRegionPrefix(prefecture, '330106')).toBe('330106');
    expect(narrowRegionPrefix(prefecture, '3302')).toBeNull();
    expect(narrowRegionPrefix({ kind: 'everything' }, '41')).toBe('41');
  });
});
