import { authorizeRectificationAct } from '../../../src/application/rectification.policy';
import { rectificationDecider } from '../../../src/domain/rectification/rectification.decider';
import { foldEvents } from '../../../src/domain/shared/decider';
import { ForbiddenError, NotFoundError } from '../../../src/domain/shared/errors';
import type { Actor } from '../../../src/domain/shared/event';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { BUREAU, UNIT, extend, followUp, inspection, order, ordered, report, review } from './rectification.fixture';

const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const staff = (bureauId: string): Actor => ({ id: `clerk-${bureauId}`, role: 'BUREAU_STAFF', bureauId });
const reporter = (unitId: string): Actor => ({ id: `reporter-${unitId}`, role: 'UNIT_REPORTER', unitId });
const auditor: Actor = { id: 'auditor-33', role: 'AUDITOR', regionCode: '330000' };
const OTHER_UNIT = makeCreditCode(4243, { region: '330106' });

const none = rectificationDecider.initialState();
const existing = foldEvents(rectificationDecider, [ordered()]);
const expectRefusal = (run: () => void, errorClass: typeof ForbiddenError | typeof NotFoundError, reason: string) => {
  expect(run).toThrow(errorClass);
  try {
    run();
  } catch (error) {
    expect((error as ForbiddenError).reason).toBe(reason);
  }
};

describe('who may do which rectification act', () => {
  it("lets the inspection's bureau order, and hides other bureaus' inspections", () => {
    expect(() => authorizeRectificationAct(staff(BUREAU), order(), none, inspection())).not.toThrow();
    expect(() => authorizeRectificationAct(admin, order(), none, inspection())).not.toThrow();
    expectRefusal(() => authorizeRectificationAct(staff('330100'), order(), none, inspection()), NotFoundError, 'INSPECTION_NOT_FOUND');
  });

  it("lets the ordering bureau extend, review and follow up its own orders only", () => {
    for (const command of [extend('2025-05-01', '2025-06-01'), review('2025-05-01', 'ACCEPTED'), followUp('2025-05-01')]) {
      expect(() => authorizeRectificationAct(staff(BUREAU), command, existing, null)).not.toThrow();
      expectRefusal(() => authorizeRectificationAct(staff('330100'), command, existing, null), NotFoundError, 'ORDER_NOT_FOUND');
      expectRefusal(() => authorizeRectificationAct(reporter(UNIT), command, existing, null), ForbiddenError, 'ROLE_CANNOT_WRITE');
    }
  });

  it("takes the unit's report from the unit itself or from the ordering bureau's staff", () => {
    expect(() => authorizeRectificationAct(reporter(UNIT), report('2025-05-01'), existing, null)).not.toThrow();
    expect(() => authorizeRectificationAct(staff(BUREAU), report('2025-05-01'), existing, null)).not.toThrow();
    expectRefusal(() => authorizeRectificationAct(reporter(OTHER_UNIT), report('2025-05-01'), existing, null), NotFoundError, 'ORDER_NOT_FOUND');
    expectRefusal(() => authorizeRectificationAct(staff('330102'), report('2025-05-01'), existing, null), NotFoundError, 'ORDER_NOT_FOUND');
  });

  it('lets readers-only roles write nothing', () => {
    expectRefusal(() => authorizeRectificationAct(auditor, report('2025-05-01'), existing, null), ForbiddenError, 'ROLE_CANNOT_WRITE');
    expectRefusal(() => authorizeRectificationAct(reporter(UNIT), order(), none, inspection()), ForbiddenError, 'ROLE_CANNOT_WRITE');
    expectRefusal(() => authorizeRectificationAct({ id: 'x', role: 'BUREAU_STAFF' }, followUp('2025-05-01'), existing, null), ForbiddenError, 'ROLE_CANNOT_WRITE');
  });

  it('leaves an unknown order to the decider (ORDER_NOT_FOUND either way)', () => {
    expect(() => authorizeRectificationAct(reporter(OTHER_UNIT), report('2025-05-01'), none, null)).not.toThrow();
  });
});
