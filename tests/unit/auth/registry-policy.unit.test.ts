import { authorizeEstablishBureau, authorizeUnitAct } from '../../../src/application/registry.policy';
import type { UnitCommand } from '../../../src/domain/registry/unit.commands';
import type { UnitState } from '../../../src/domain/registry/unit.state';
import { ForbiddenError, NotFoundError } from '../../../src/domain/shared/errors';
import type { Actor } from '../../../src/domain/shared/event';

const staff: Actor = { id: 's', role: 'BUREAU_STAFF', bureauId: '330106' };
const unitIn = (bureauId: string): UnitState => ({
  status: 'active',
  unitId: 'U',
  name: 'n',
  category: 'ORGAN',
  unitClass: null,
  regionCode: '330106',
  bureauId,
  address: null,
  archivists: [],
});
const classify: UnitCommand = { type: 'ClassifyUnit', data: { unitId: 'U', unitClass: 'FIRST', reason: null } };
const register = (bureauId: string): UnitCommand => ({
  type: 'RegisterUnit',
  data: { unitId: 'U', name: 'n', category: 'ORGAN', unitClass: null, regionCode: '330106', bureauId, address: null, checkOverrideReason: null },
});

describe('registry write policy', () => {
  it("lets a bureau's staff act on the units their bureau supervises", () => {
    expect(() => authorizeUnitAct(staff, classify, unitIn('330106'))).not.toThrow();
    expect(() => authorizeUnitAct(staff, register('330106'), { status: 'unregistered' })).not.toThrow();
  });

  it('answers a unit of another bureau as not found, and refuses registering into another bureau', () => {
    expect(() => authorizeUnitAct(staff, classify, unitIn('330100'))).toThrow(NotFoundError);
    expect(() => authorizeUnitAct(staff, register('330100'), { status: 'unregistered' })).toThrow(ForbiddenError);
  });

  it.each(['AUDITOR', 'ANALYST', 'UNIT_REPORTER'] as const)('refuses every registry write to %s', (role) => {
    expect(() => authorizeUnitAct({ id: 'x', role, regionCode: '330000', unitId: 'U' }, classify, unitIn('330106'))).toThrow(ForbiddenError);
  });

  it('lets administrators act anywhere', () => {
    expect(() => authorizeUnitAct({ id: 'x', role: 'NATIONAL_ADMIN' }, classify, unitIn('410000'))).not.toThrow();
  });

  it("lets a bureau's staff establish bureaus strictly below their region only", () => {
    const province: Actor = { id: 'p', role: 'BUREAU_STAFF', bureauId: '330000' };
    expect(() => authorizeEstablishBureau(province, '330100')).not.toThrow();
    expect(() => authorizeEstablishBureau(province, '330000')).toThrow(ForbiddenError);
    expect(() => authorizeEstablishBureau(province, '410000')).toThrow(ForbiddenError);
    expect(() => authorizeEstablishBureau({ id: 'a', role: 'AUDITOR', regionCode: '000000' }, '330100')).toThrow(ForbiddenError);
  });
});
