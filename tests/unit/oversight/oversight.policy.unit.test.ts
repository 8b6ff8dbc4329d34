import {
  actorSeesUnit,
  authorizeBureauAct,
  authorizeFollowUp,
  authorizeOnBehalf,
  authorizeSelfReportSubmission,
} from '../../../src/application/oversight.policy';
import { ForbiddenError, NotFoundError } from '../../../src/domain/shared/errors';
import type { Actor } from '../../../src/domain/shared/event';
import { newCode } from './oversight.fixture';

const admin: Actor = { id: 'a', role: 'NATIONAL_ADMIN' };
const clerk: Actor = { id: 'c', role: 'BUREAU_STAFF', bureauId: '330106' };
const auditor: Actor = { id: 'au', role: 'AUDITOR', regionCode: '330000' };
const analyst: Actor = { id: 'an', role: 'ANALYST', regionCode: '330000' };
const unitId = newCode();
const reporter: Actor = { id: 'r', role: 'UNIT_REPORTER', unitId };

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ForbiddenError || error instanceof NotFoundError ? `${error.code}/${error.reason}` : String(error);
  }
  return 'allowed';
};

describe('oversight write policy', () => {
  it("lets administrators act for any bureau and staff for their own only; auditors, analysts and reporters record no bureau act", () => {
    expect(refusal(() => authorizeBureauAct(admin, '410000'))).toBe('allowed');
    expect(refusal(() => authorizeBureauAct(clerk, '330106'))).toBe('allowed');
    expect(refusal(() => authorizeBureauAct(clerk, '330100'))).toBe('FORBIDDEN/OUT_OF_SCOPE');
    for (const actor of [auditor, analyst, reporter]) expect(refusal(() => authorizeBureauAct(actor, '330106'))).toBe('FORBIDDEN/ROLE_CANNOT_WRITE');
  });

  it("answers another bureau's record as not found to staff", () => {
    const notFound = () => new NotFoundError('x', 'LEAD_NOT_FOUND');
    expect(refusal(() => authorizeFollowUp(clerk, '330106', notFound))).toBe('allowed');
    expect(refusal(() => authorizeFollowUp(clerk, '330110', notFound))).toBe('NOT_FOUND/LEAD_NOT_FOUND');
    expect(refusal(() => authorizeFollowUp(admin, '330110', notFound))).toBe('allowed');
    expect(refusal(() => authorizeFollowUp(auditor, '330106', notFound))).toBe('FORBIDDEN/ROLE_CANNOT_WRITE');
  });

  it("lets a unit's reporter submit its own self-reports only, and staff only while their bureau supervises the unit", () => {
    expect(refusal(() => authorizeSelfReportSubmission(reporter, unitId))).toBe('allowed');
    expect(refusal(() => authorizeSelfReportSubmission(reporter, newCode()))).toBe('FORBIDDEN/OUT_OF_SCOPE');
    expect(refusal(() => authorizeSelfReportSubmission(analyst, unitId))).toBe('FORBIDDEN/ROLE_CANNOT_WRITE');
    expect(refusal(() => authorizeSelfReportSubmission(clerk, unitId))).toBe('allowed');
    expect(refusal(() => authorizeOnBehalf(clerk, '330106'))).toBe('allowed');
    expect(refusal(() => authorizeOnBehalf(clerk, '330100'))).toBe('FORBIDDEN/OUT_OF_SCOPE');
    expect(refusal(() => authorizeOnBehalf(admin, '330100'))).toBe('allowed');
  });

  it("sees units by the actor's read scope", () => {
    expect(actorSeesUnit(clerk, unitId, '330106')).toBe(true);
    expect(actorSeesUnit(clerk, unitId, '330110')).toBe(false);
    expect(actorSeesUnit(admin, unitId, '410100')).toBe(true);
    expect(actorSeesUnit(reporter, unitId, '330106')).toBe(true);
    expect(actorSeesUnit(reporter, newCode(), '330106')).toBe(false);
    expect(actorSeesUnit(admin, unitId, null)).toBe(false);
  });
});
