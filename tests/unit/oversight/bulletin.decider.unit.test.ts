import { bulletinDecider, type BulletinContext, type IssueBulletin } from '../../../src/domain/oversight/bulletin.decider';
import type { BulletinEvent, BulletinIssued } from '../../../src/domain/oversight/bulletin.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, NO_BUREAU, supervised, view } from './oversight.fixture';

const a = newCode();
const b = newCode('330110');
const other = newCode('330106');
// A city bulletin may name a unit of a district bureau below it; the Xihu unit `a` is supervised by 330106.
const context: BulletinContext = {
  bureau: bureau('330100'),
  units: view(supervised(a, '330106'), supervised(b, '330110'), supervised(other, '330106')),
};
const spec = DeciderSpecification.for(bulletinDecider, context);

function issue(data: Partial<IssueBulletin['data']> = {}): IssueBulletin {
  return {
    type: 'IssueBulletin',
    data: {
      bulletinId: 'b-1',
      bureauId: '330100',
      day: DAY,
      kind: 'COMMENDATION',
      documentNumber: ' 杭档发〔2025〕3号 ',
      title: '关于表扬2024年度档案工作先进单位的通报',
      summary: null,
      units: [{ unitId: a, reason: '档案工作规范化管理成效显著' }],
      ...data,
    },
  };
}

const issued = (data: Partial<BulletinIssued['data']> = {}): BulletinIssued => ({
  type: 'BulletinIssued',
  data: {
    bulletinId: 'b-1',
    bureauId: '330100',
    day: DAY,
    kind: 'COMMENDATION',
    documentNumber: '杭档发〔2025〕3号',
    title: '关于表扬2024年度档案工作先进单位的通报',
    summary: null,
    units: [{ unitId: a, reason: '档案工作规范化管理成效显著' }],
    unitIds: [a],
    unitRegions: [{ unitId: a, regionCode: '330106' }],
    ...data,
  },
});

const withdrawn: BulletinEvent = { type: 'BulletinWithdrawn', data: { bulletinId: 'b-1', bureauId: '330100', unitIds: [a], day: '2025-04-01', reason: '通报有误' } };

describe('bulletin decider', () => {
  describe('IssueBulletin', () => {
    it('issues a bulletin naming units supervised by the bureau or a bureau below it, each with the reason, and their regions', () => {
      spec.given([]).when(issue()).then([issued()]);
    });

    it('names units of several districts in a city bulletin', () => {
      const units = [
        { unitId: a, reason: '整改不力' },
        { unitId: b, reason: '档案库房存在安全隐患' },
      ];
      spec
        .given([])
        .when(issue({ kind: 'CRITICISM', units }))
        .then([
          issued({
            kind: 'CRITICISM',
            units,
            unitIds: [a, b],
            unitRegions: [
              { unitId: a, regionCode: '330106' },
              { unitId: b, regionCode: '330110' },
            ],
          }),
        ]);
    });

    it('lets a general bulletin name no unit', () => {
      spec.given([]).when(issue({ kind: 'GENERAL', units: [] })).then([issued({ kind: 'GENERAL', units: [], unitIds: [], unitRegions: [] })]);
    });

    it('refuses a commendation, criticism or typical case that names no unit', () => {
      for (const kind of ['COMMENDATION', 'CRITICISM', 'TYPICAL_CASE'] as const) {
        spec.given([]).when(issue({ kind, units: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'units' });
      }
    });

    it('refuses a unit named twice', () => {
      spec
        .given([])
        .when(issue({ units: [{ unitId: a, reason: 'x' }, { unitId: a, reason: 'y' }] }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'units[1]' });
    });

    it('refuses a unit supervised outside the bureau region', () => {
      spec
        .given([])
        .when(issue({ bureauId: '330106', units: [{ unitId: b, reason: 'x' }] }), { ...context, bureau: bureau('330106') })
        .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_REGION', details: { unitId: b } });
    });

    it('answers a unit the actor may not see, or never registered, as not found', () => {
      spec.given([]).when(issue({ units: [{ unitId: newCode(), reason: 'x' }] })).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    });

    it('refuses a bulletin dated before a unit it names was registered', () => {
      spec
        .given([])
        .when(issue({ day: '2022-12-31' }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_UNIT_REGISTERED', field: 'occurredAt' });
    });

    it('refuses a unit that was deregistered on the day', () => {
      const units = view(supervised(a, '330106', { supervisorBureauId: null }));
      spec.given([]).when(issue(), { ...context, units }).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_DEREGISTERED' });
    });

    it('refuses a bureau that was never established', () => {
      spec.given([]).when(issue(), { ...context, bureau: NO_BUREAU }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'bureauId' });
    });

    it('needs a title, a document number and a reason for every unit', () => {
      spec.given([]).when(issue({ title: '  ' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'title' });
      spec.given([]).when(issue({ documentNumber: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'documentNumber' });
      spec.given([]).when(issue({ documentNumber: '号'.repeat(101) })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'documentNumber' });
      spec
        .given([])
        .when(issue({ units: [{ unitId: a, reason: ' ' }] }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'units[0].reason' });
    });

    it('refuses an unknown kind', () => {
      spec
        .given([])
        .when(issue({ kind: 'PRAISE' as never }))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_KIND', field: 'kind' });
    });

    it('never issues the same bulletin twice', () => {
      spec.given([issued()]).when(issue()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BULLETIN_EXISTS' });
    });
  });

  describe('WithdrawBulletin', () => {
    const withdraw = (day = '2025-04-01', reason = ' 通报有误 ') => ({ type: 'WithdrawBulletin' as const, data: { bulletinId: 'b-1', day, reason } });

    it('withdraws an issued bulletin with the reason, naming the same units', () => {
      spec.given([issued()]).when(withdraw()).then([withdrawn]);
    });

    it('withdraws a bulletin on the day it was issued', () => {
      spec.given([issued()]).when(withdraw(DAY)).then([{ ...withdrawn, data: { ...withdrawn.data, day: DAY } } as BulletinEvent]);
    });

    it('refuses to withdraw twice, an unknown bulletin, before the issue day, or without a reason', () => {
      spec.given([issued(), withdrawn]).when(withdraw()).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'BULLETIN_WITHDRAWN' });
      spec.given([]).when(withdraw()).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'BULLETIN_NOT_FOUND' });
      spec.given([issued()]).when(withdraw('2025-03-09')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_PREVIOUS_STEP', field: 'occurredAt' });
      spec.given([issued()]).when(withdraw(DAY, '')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
    });
  });
});
