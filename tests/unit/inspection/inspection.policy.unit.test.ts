import { actingBureau, authorizeOwnRecord, authorizeUnitVisible } from '../../../src/application/inspection.policy';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/domain/shared/errors';
import type { Actor } from '../../../src/domain/shared/event';

const admin: Actor = { id: 'a', role: 'NATIONAL_ADMIN' };
const system: Actor = { id: 'system', role: 'SYSTEM' };
const clerk: Actor = { id: 'c', role: 'BUREAU_STAFF', bureauId: '330106' };
const unbound: Actor = { id: 'u', role: 'BUREAU_STAFF', bureauId: null };
const notFound = () => new NotFoundError('no', 'PLAN_NOT_FOUND');

describe('who plans and records inspections', () => {
  it('lets administrators and the system act for the bureau they name, and asks them to name one', () => {
    expect(actingBureau(admin, '330100')).toBe('330100');
    expect(actingBureau(system, ' 330106 ')).toBe('330106');
    expect(() => actingBureau(admin, null)).toThrow(ValidationError);
  });

  it('lets bureau staff act for their own bureau only, by default', () => {
    expect(actingBureau(clerk, null)).toBe('330106');
    expect(actingBureau(clerk, '330106')).toBe('330106');
    expect(() => actingBureau(clerk, '330100')).toThrow(expect.objectContaining({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }));
  });

  it.each(['AUDITOR', 'ANALYST', 'UNIT_REPORTER'] as const)('refuses %s, and staff bound to no bureau', (role) => {
    expect(() => actingBureau({ id: 'x', role, regionCode: '330000', unitId: 'U' }, '330106')).toThrow(ForbiddenError);
    expect(() => actingBureau(unbound, '330106')).toThrow(expect.objectContaining({ reason: 'ROLE_CANNOT_WRITE' }));
  });

  it('answers another bureau’s record as not found to staff, not to administrators', () => {
    expect(() => authorizeOwnRecord(clerk, '330100', notFound)).toThrow(NotFoundError);
    expect(() => authorizeOwnRecord(clerk, '330106', notFound)).not.toThrow();
    expect(() => authorizeOwnRecord(admin, '330100', notFound)).not.toThrow();
    expect(() => authorizeOwnRecord({ id: 'x', role: 'AUDITOR', regionCode: '330000' }, '330106', notFound)).toThrow(ForbiddenError);
  });

  it('hides units beyond the staff’s read scope', () => {
    expect(() => authorizeUnitVisible(clerk, { unitId: 'U1', regionCode: '330110' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' }));
    expect(() => authorizeUnitVisible(clerk, { unitId: 'U1', regionCode: '330106' })).not.toThrow();
    expect(() => authorizeUnitVisible(admin, { unitId: 'U1', regionCode: '110101' })).not.toThrow();
  });
});
