import { bureauDecider, type BureauState } from '../../../src/domain/registry/bureau.decider';
import type {
  BureauEstablished,
  UnitCategory,
  UnitClass,
  UnitEvent,
  UnitRegistered,
} from '../../../src/domain/registry/registry.events';
import type { RegisterUnit, UnitCommand } from '../../../src/domain/registry/unit.commands';
import { bureauNeededFor, unitDecider, type UnitContext } from '../../../src/domain/registry/unit.decider';
import { evolveUnit, initialUnitState, type UnitState } from '../../../src/domain/registry/unit.state';
import {
  creditCodeCheckCharacter,
  makeCreditCode,
  organisationCodeCheckCharacter,
} from '../../../src/domain/shared/credit-code';
import { foldEvents } from '../../../src/domain/shared/decider';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { findRegion, NATION_CODE } from '../../../src/domain/shared/region';
import { DeciderSpecification } from '../../support/decider-spec';

// ---------------------------------------------------------------- fixtures

/** A bureau's state, folded from its BureauEstablished event as the handler would load it. */
function bureau(regionCode: string): BureauState {
  const region = regionCode === NATION_CODE ? { code: NATION_CODE, name: '中华人民共和国', level: 'NATION' as const } : findRegion(regionCode);
  if (!region) throw new Error(`no region ${regionCode}`);
  const event: BureauEstablished = {
    type: 'BureauEstablished',
    data: { bureauId: region.code, name: `${region.name}档案局`, level: region.level, region: { code: region.code, name: region.name } },
  };
  return bureauDecider.evolve(bureauDecider.initialState(), event);
}

const inBureau = (regionCode: string): UnitContext => ({ bureau: bureau(regionCode) });
const noBureau: UnitContext = { bureau: null };

/** Each test takes fresh credit codes. */
let seed = 10_000;
const newCode = (region = '330106'): string => makeCreditCode(seed++, { region });

const spec = DeciderSpecification.for(unitDecider, noBureau);

function register(unitId: string, data: Partial<RegisterUnit['data']> = {}): RegisterUnit {
  return {
    type: 'RegisterUnit',
    data: {
      unitId,
      name: '杭州市西湖区某档案室',
      category: 'ENTERPRISE',
      unitClass: null,
      regionCode: '330106',
      bureauId: '330106',
      address: null,
      checkOverrideReason: null,
      ...data,
    },
  };
}

function registered(unitId: string, data: Partial<UnitRegistered['data']> = {}): UnitRegistered {
  return {
    type: 'UnitRegistered',
    data: {
      unitId,
      name: '杭州市西湖区某档案室',
      category: 'ENTERPRISE',
      unitClass: null,
      region: { code: '330106', name: '西湖区' },
      bureauId: '330106',
      address: null,
      checkOverride: null,
      ...data,
    },
  };
}

const deregistered = (unitId: string, bureauId = '330106'): UnitEvent => ({
  type: 'UnitDeregistered',
  data: { unitId, bureauId, reason: 'DISSOLVED', mergedInto: null, note: null },
});

const assigned = (unitId: string, archivistId: string, name = '张三'): UnitEvent => ({
  type: 'ArchivistAssigned',
  data: { unitId, archivistId, name, partTime: true, duties: null },
});

const classified = (unitId: string, unitClass: UnitClass, previousClass: UnitClass | null): UnitEvent => ({
  type: 'UnitClassified',
  data: { unitId, unitClass, previousClass, reason: null },
});

const transferred = (unitId: string, fromBureauId: string, toBureauId: string): UnitEvent => ({
  type: 'UnitTransferred',
  data: { unitId, fromBureauId, toBureauId, reason: '管辖调整' },
});

/** One command of every kind but registration, for the "no further acts" rules. */
function everyActOn(unitId: string): UnitCommand[] {
  return [
    { type: 'AmendUnitDetails', data: { unitId, name: '新名称', reason: null } },
    { type: 'ClassifyUnit', data: { unitId, unitClass: 'FIRST', reason: null } },
    { type: 'TransferUnit', data: { unitId, toBureauId: '330100', reason: '管辖调整' } },
    { type: 'DeregisterUnit', data: { unitId, reason: 'DISSOLVED', mergedInto: null, note: null } },
    { type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: '张三', partTime: false, duties: null } },
    { type: 'ReleaseArchivist', data: { unitId, archivistId: 'a-1', reason: null } },
  ];
}

const TOO_LONG_NAME = '档'.repeat(201);

// ---------------------------------------------------------------- specs

describe('unit decider', () => {
  describe('RegisterUnit', () => {
    it('registers a unit with a valid credit code in its bureau', () => {
      const unitId = newCode();
      spec
        .given([])
        .when(register(unitId, { unitClass: 'SECOND', address: ' 文三路 1 号 ' }), inBureau('330106'))
        .then([registered(unitId, { unitClass: 'SECOND', address: '文三路 1 号' })]);
    });

    it('normalises the credit code (spaces, hyphens, lower case) and trims the text', () => {
      const unitId = makeCreditCode(seed++, { region: '330106', department: 'Y', bodyType: '1' });
      const typed = `${unitId.slice(0, 6).toLowerCase()} ${unitId.slice(6, 12)}-${unitId.slice(12).toLowerCase()}`;
      spec
        .given([])
        .when(register(typed, { name: '  某单位  ', address: '   ' }), inBureau('330106'))
        .then([registered(unitId, { name: '某单位', address: null })]);
    });

    it('refuses a second registration of an active credit code: CONFLICT DUPLICATE_CREDIT_CODE', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when(register(unitId), inBureau('330106'))
        .thenThrows(ConflictError, { code: 'CONFLICT', reason: 'DUPLICATE_CREDIT_CODE', details: { unitId } });
    });

    it('registers a deregistered unit again, in whatever bureau now supervises it', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), deregistered(unitId)])
        .when(register(unitId, { bureauId: '330100', regionCode: '330102', category: 'ORGAN' }), inBureau('330100'))
        .then([registered(unitId, { bureauId: '330100', region: { code: '330102', name: '上城区' }, category: 'ORGAN' })]);
    });

    describe('credit code check', () => {
      const valid = () => newCode();
      const wrongCheckCharacter = () => {
        const code = valid();
        return code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      };
      /** Passes the overall check but not the embedded GB 11714 organisation code check. */
      const wrongOrganisationCheck = () => {
        const code = valid();
        const orgCheck = organisationCodeCheckCharacter(code.slice(8, 16));
        const first17 = code.slice(0, 16) + (orgCheck === '0' ? '1' : '0');
        return first17 + creditCodeCheckCharacter(first17);
      };

      it('refuses a code failing the check character: BAD_USER_INPUT INVALID_CREDIT_CODE on unitId, with the expected character', () => {
        const code = wrongCheckCharacter();
        const expected = creditCodeCheckCharacter(code.slice(0, 17));
        spec
          .given([])
          .when(register(code), inBureau('330106'))
          .thenThrows(ValidationError, {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_CREDIT_CODE',
            field: 'unitId',
            details: { check: 'CHECK_CHARACTER', expected },
          });
      });

      it.each([
        ['too short', '91330106MA2'],
        ['too long', `${makeCreditCode(1)}0`],
        ['a character outside the code set among the 17 checked', 'I1330106000000010X'],
        ['empty', ''],
      ])('refuses a malformed code (%s), even with an override reason', (_label, code) => {
        for (const checkOverrideReason of [null, '工商登记原件如此']) {
          spec
            .given([])
            .when(register(code, { checkOverrideReason }), inBureau('330106'))
            .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE', field: 'unitId' });
        }
      });

      it('accepts a code failing the check character only with a written reason, and records the override', () => {
        const code = wrongCheckCharacter();
        spec
          .given([])
          .when(register(code, { checkOverrideReason: ' 营业执照原件如此，已核实 ' }), inBureau('330106'))
          .then([registered(code, { checkOverride: { reason: '营业执照原件如此，已核实' } })]);
      });

      it('accepts a code failing the embedded organisation-code check only with a written reason', () => {
        const code = wrongOrganisationCheck();
        spec
          .given([])
          .when(register(code), inBureau('330106'))
          .thenThrows(ValidationError, {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_CREDIT_CODE',
            field: 'unitId',
            details: { check: 'ORGANISATION_CODE_CHECK' },
          });
        spec
          .given([])
          .when(register(code, { checkOverrideReason: '早期赋码' }), inBureau('330106'))
          .then([registered(code, { checkOverride: { reason: '早期赋码' } })]);
      });

      it('treats a blank override reason as none', () => {
        spec
          .given([])
          .when(register(wrongCheckCharacter(), { checkOverrideReason: '   ' }), inBureau('330106'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE', field: 'unitId' });
      });

      it('records no override for a valid code, even when a reason was sent', () => {
        const code = valid();
        spec
          .given([])
          .when(register(code, { checkOverrideReason: '多余的说明' }), inBureau('330106'))
          .then([registered(code)]);
      });

      it('refuses an override reason longer than 2000 characters', () => {
        spec
          .given([])
          .when(register(wrongCheckCharacter(), { checkOverrideReason: 'x'.repeat(2001) }), inBureau('330106'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'checkOverrideReason' });
      });
    });

    describe('bureau', () => {
      it('refuses an unknown bureau: UNKNOWN_BUREAU on bureauId (no bureau, a bureau never established, another bureau)', () => {
        const contexts: UnitContext[] = [noBureau, { bureau: bureauDecider.initialState() }, inBureau('330100')];
        for (const context of contexts) {
          spec
            .given([])
            .when(register(newCode()), context)
            .thenThrows(ValidationError, {
              code: 'BAD_USER_INPUT',
              reason: 'UNKNOWN_BUREAU',
              field: 'bureauId',
              details: { bureauId: '330106' },
            });
        }
      });
    });

    describe('region', () => {
      it('refuses a region outside the bureau region: REGION_OUTSIDE_BUREAU on regionCode', () => {
        for (const regionCode of ['440106', '330102', '330100', '330000']) {
          spec
            .given([])
            .when(register(newCode(), { regionCode }), inBureau('330106'))
            .thenThrows(ValidationError, {
              code: 'BAD_USER_INPUT',
              reason: 'REGION_OUTSIDE_BUREAU',
              field: 'regionCode',
              details: { regionCode, bureauId: '330106' },
            });
        }
      });

      it('refuses a malformed region code (INVALID_REGION_CODE) and an unknown one (UNKNOWN_REGION)', () => {
        spec
          .given([])
          .when(register(newCode(), { regionCode: '3301' }), inBureau('330106'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_REGION_CODE', field: 'regionCode' });
        spec
          .given([])
          .when(register(newCode(), { regionCode: '330199', bureauId: '330100' }), inBureau('330100'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION', field: 'regionCode' });
      });

      it('places the unit in a region anywhere below its bureau (county under prefecture, county under province)', () => {
        const a = newCode();
        spec
          .given([])
          .when(register(a, { bureauId: '330100', regionCode: '330106' }), inBureau('330100'))
          .then([registered(a, { bureauId: '330100' })]);
        const b = newCode();
        spec
          .given([])
          .when(register(b, { bureauId: '330000', regionCode: '330203' }), inBureau('330000'))
          .then([registered(b, { bureauId: '330000', region: { code: '330203', name: '海曙区' } })]);
      });

      it('counts a county-level unit directly under the province (419001 under Henan 410000) as within', () => {
        const unitId = newCode('419001');
        spec
          .given([])
          .when(register(unitId, { bureauId: '410000', regionCode: '419001' }), inBureau('410000'))
          .then([registered(unitId, { bureauId: '410000', region: { code: '419001', name: '济源市' } })]);
      });

      it('counts a Beijing district (110101) as within the Beijing bureau 110000', () => {
        const unitId = newCode('110101');
        spec
          .given([])
          .when(register(unitId, { bureauId: '110000', regionCode: '110101' }), inBureau('110000'))
          .then([registered(unitId, { bureauId: '110000', region: { code: '110101', name: '东城区' } })]);
      });

      it('lets the national administration (000000) supervise a unit anywhere', () => {
        for (const [code, name] of [
          ['440106', '天河区'],
          ['419001', '济源市'],
          ['110101', '东城区'],
          ['330000', '浙江省'],
        ] as const) {
          const unitId = newCode(code);
          spec
            .given([])
            .when(register(unitId, { bureauId: NATION_CODE, regionCode: code }), inBureau(NATION_CODE))
            .then([registered(unitId, { bureauId: NATION_CODE, region: { code, name } })]);
        }
      });
    });

    describe('text limits', () => {
      it('refuses an empty name (REQUIRED) and one over 200 characters (TOO_LONG); 200 is fine', () => {
        for (const name of ['', '  ']) {
          spec
            .given([])
            .when(register(newCode(), { name }), inBureau('330106'))
            .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
        }
        spec
          .given([])
          .when(register(newCode(), { name: TOO_LONG_NAME }), inBureau('330106'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name', details: { max: 200 } });
        const unitId = newCode();
        spec
          .given([])
          .when(register(unitId, { name: '档'.repeat(200) }), inBureau('330106'))
          .then([registered(unitId, { name: '档'.repeat(200) })]);
      });

      it('refuses an address over 500 characters', () => {
        spec
          .given([])
          .when(register(newCode(), { address: 'x'.repeat(501) }), inBureau('330106'))
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'address' });
      });
    });
  });

  describe('AmendUnitDetails', () => {
    it('records only the fields that changed', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId, { address: '文三路 1 号' })])
        .when({
          type: 'AmendUnitDetails',
          data: { unitId, name: '杭州市西湖区某档案室', address: '文三路 2 号', category: 'ENTERPRISE', regionCode: '330106', reason: ' 搬迁 ' },
        })
        .then([{ type: 'UnitDetailsAmended', data: { unitId, changes: { address: '文三路 2 号' }, reason: '搬迁' } }]);
    });

    it('records every changed field: name, address cleared, category', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId, { address: '文三路 1 号' })])
        .when({ type: 'AmendUnitDetails', data: { unitId, name: ' 新名称 ', address: '', category: 'ORGAN', reason: null } })
        .then([{ type: 'UnitDetailsAmended', data: { unitId, changes: { name: '新名称', address: null, category: 'ORGAN' }, reason: null } }]);
    });

    it('changes nothing when nothing differs (blank-padded name, same region)', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, name: ' 杭州市西湖区某档案室 ', address: null, category: 'ENTERPRISE', regionCode: '330106', reason: '复核' } })
        .thenNothingHappened();
      spec.given([registered(unitId)]).when({ type: 'AmendUnitDetails', data: { unitId, reason: null } }).thenNothingHappened();
    });

    it('moves the unit to another region within its current bureau, with the region name', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId, { bureauId: '330100' })])
        .when({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } }, inBureau('330100'))
        .then([{ type: 'UnitDetailsAmended', data: { unitId, changes: { region: { code: '330102', name: '上城区' } }, reason: null } }]);
    });

    it('refuses a region outside the current bureau: REGION_OUTSIDE_BUREAU', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } }, inBureau('330106'))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REGION_OUTSIDE_BUREAU', field: 'regionCode' });
    });

    it('checks a region change against the bureau the unit has now, after a transfer', () => {
      const unitId = newCode();
      const history = [registered(unitId), transferred(unitId, '330106', '330100')];
      const amend: UnitCommand = { type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } };
      spec
        .given(history)
        .when(amend, inBureau('330100'))
        .then([{ type: 'UnitDetailsAmended', data: { unitId, changes: { region: { code: '330102', name: '上城区' } }, reason: null } }]);
      // The bureau it was registered in is not the one to judge the change.
      spec
        .given(history)
        .when(amend, inBureau('330106'))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'regionCode' });
      expect(bureauNeededFor(amend, foldEvents(unitDecider, history))).toBe('330100');
    });

    it('refuses a region change when the current bureau cannot be loaded', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330106', name: 'x', reason: null } })
        .then([{ type: 'UnitDetailsAmended', data: { unitId, changes: { name: 'x' }, reason: null } }]);
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330108', reason: null } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'regionCode' });
    });

    it('refuses an empty name (REQUIRED) and one over 200 characters (TOO_LONG)', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, name: ' ', reason: null } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
      spec
        .given([registered(unitId)])
        .when({ type: 'AmendUnitDetails', data: { unitId, name: TOO_LONG_NAME, reason: null } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name' });
    });
  });

  describe('ClassifyUnit', () => {
    it('classifies an unclassified unit, recording no previous class', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'ClassifyUnit', data: { unitId, unitClass: 'FIRST', reason: ' 重点单位 ' } })
        .then([{ type: 'UnitClassified', data: { unitId, unitClass: 'FIRST', previousClass: null, reason: '重点单位' } }]);
    });

    it('records the previous class on a reclassification', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId, { unitClass: 'THIRD' }), classified(unitId, 'SECOND', 'THIRD')])
        .when({ type: 'ClassifyUnit', data: { unitId, unitClass: 'FIRST', reason: null } })
        .then([{ type: 'UnitClassified', data: { unitId, unitClass: 'FIRST', previousClass: 'SECOND', reason: null } }]);
    });

    it('changes nothing when the class is the same', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId, { unitClass: 'SECOND' })])
        .when({ type: 'ClassifyUnit', data: { unitId, unitClass: 'SECOND', reason: '复核' } })
        .thenNothingHappened();
    });
  });

  describe('TransferUnit', () => {
    it('transfers to a bureau whose region contains the unit, recording where it came from', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: '330100', reason: ' 管辖调整 ' } }, inBureau('330100'))
        .then([{ type: 'UnitTransferred', data: { unitId, fromBureauId: '330106', toBureauId: '330100', reason: '管辖调整' } }]);
      spec
        .given([registered(unitId), transferred(unitId, '330106', '330100')])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: NATION_CODE, reason: '上收' } }, inBureau(NATION_CODE))
        .then([{ type: 'UnitTransferred', data: { unitId, fromBureauId: '330100', toBureauId: NATION_CODE, reason: '上收' } }]);
    });

    it('refuses a transfer to the bureau it already has: SAME_BUREAU', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: '330106', reason: '管辖调整' } }, inBureau('330106'))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'SAME_BUREAU', field: 'toBureauId' });
    });

    it('refuses an unknown target bureau: UNKNOWN_BUREAU on toBureauId', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: '330100', reason: '管辖调整' } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU', field: 'toBureauId', details: { bureauId: '330100' } });
    });

    it('refuses a target whose region does not contain the unit: REGION_OUTSIDE_BUREAU', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: '330102', reason: '管辖调整' } }, inBureau('330102'))
        .thenThrows(ValidationError, {
          code: 'BAD_USER_INPUT',
          reason: 'REGION_OUTSIDE_BUREAU',
          field: 'regionCode',
          details: { regionCode: '330106', bureauId: '330102' },
        });
    });

    it('requires a reason', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'TransferUnit', data: { unitId, toBureauId: '330100', reason: '  ' } }, inBureau('330100'))
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
    });
  });

  describe('DeregisterUnit', () => {
    it('deregisters, recording the bureau that supervised it until then', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), transferred(unitId, '330106', '330100')])
        .when({ type: 'DeregisterUnit', data: { unitId, reason: 'DISSOLVED', mergedInto: null, note: ' 已注销 ' } })
        .then([{ type: 'UnitDeregistered', data: { unitId, bureauId: '330100', reason: 'DISSOLVED', mergedInto: null, note: '已注销' } }]);
    });

    it('records a merger with the normalised code of the unit merged into', () => {
      const unitId = newCode();
      const into = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'DeregisterUnit', data: { unitId, reason: 'MERGED', mergedInto: ` ${into.toLowerCase()} `, note: null } })
        .then([{ type: 'UnitDeregistered', data: { unitId, bureauId: '330106', reason: 'MERGED', mergedInto: into, note: null } }]);
    });

    it('requires a merger to name a valid credit code other than the unit itself', () => {
      const unitId = newCode();
      const given = spec.given([registered(unitId)]);
      const merge = (mergedInto: string | null): UnitCommand => ({ type: 'DeregisterUnit', data: { unitId, reason: 'MERGED', mergedInto, note: null } });
      given.when(merge(null)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'mergedInto' });
      given.when(merge('')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'mergedInto' });
      given.when(merge('not-a-code')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE', field: 'mergedInto' });
      given.when(merge(unitId)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'SAME_UNIT', field: 'mergedInto' });
      given.when(merge(unitId.toLowerCase())).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'SAME_UNIT', field: 'mergedInto' });
    });

    it('refuses a unit merged into when the reason is not a merger', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'DeregisterUnit', data: { unitId, reason: 'DISSOLVED', mergedInto: newCode(), note: null } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'NOT_A_MERGER', field: 'mergedInto' });
    });

    it('releases every archivist with the deregistration', () => {
      const unitId = newCode();
      const state = foldEvents(unitDecider, [registered(unitId), assigned(unitId, 'a-1'), assigned(unitId, 'a-2'), deregistered(unitId)]);
      expect(state).toMatchObject({ status: 'deregistered', archivists: [] });
    });
  });

  describe('a deregistered unit takes no further acts', () => {
    it('refuses every command but RegisterUnit: RuleViolation UNIT_DEREGISTERED', () => {
      const unitId = newCode();
      for (const command of everyActOn(unitId)) {
        spec
          .given([registered(unitId), assigned(unitId, 'a-1'), deregistered(unitId)])
          .when(command, inBureau('330100'))
          .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_DEREGISTERED', details: { unitId } });
      }
    });
  });

  describe('an unregistered unit', () => {
    it('refuses every command but RegisterUnit: NOT_FOUND UNIT_NOT_FOUND', () => {
      const unitId = newCode();
      for (const command of everyActOn(unitId)) {
        spec
          .given([])
          .when(command, inBureau('330100'))
          .thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND', details: { unitId } });
      }
    });
  });

  describe('archivists', () => {
    it('assigns an archivist (id and text trimmed)', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AssignArchivist', data: { unitId, archivistId: ' a-1 ', name: ' 张三 ', partTime: true, duties: ' 文书档案 ' } })
        .then([{ type: 'ArchivistAssigned', data: { unitId, archivistId: 'a-1', name: '张三', partTime: true, duties: '文书档案' } }]);
    });

    it('refuses to assign the same archivist twice: CONFLICT ARCHIVIST_ALREADY_ASSIGNED', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), assigned(unitId, 'a-1')])
        .when({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: '张三', partTime: false, duties: null } })
        .thenThrows(ConflictError, { code: 'CONFLICT', reason: 'ARCHIVIST_ALREADY_ASSIGNED', details: { archivistId: 'a-1' } });
    });

    it('assigns an archivist again after their release', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), assigned(unitId, 'a-1'), { type: 'ArchivistReleased', data: { unitId, archivistId: 'a-1', reason: null } }])
        .when({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: '张三', partTime: false, duties: null } })
        .then([{ type: 'ArchivistAssigned', data: { unitId, archivistId: 'a-1', name: '张三', partTime: false, duties: null } }]);
    });

    it('releases an assigned archivist', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), assigned(unitId, 'a-1'), assigned(unitId, 'a-2')])
        .when({ type: 'ReleaseArchivist', data: { unitId, archivistId: 'a-1', reason: ' 调岗 ' } })
        .then([{ type: 'ArchivistReleased', data: { unitId, archivistId: 'a-1', reason: '调岗' } }]);
    });

    it('refuses to release an archivist who is not assigned: ARCHIVIST_NOT_ASSIGNED', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), assigned(unitId, 'a-2')])
        .when({ type: 'ReleaseArchivist', data: { unitId, archivistId: 'a-1', reason: null } })
        .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_ASSIGNED', details: { archivistId: 'a-1' } });
    });

    it('after a deregistration and re-registration, nobody is assigned any more', () => {
      const unitId = newCode();
      const history = [registered(unitId), assigned(unitId, 'a-1'), deregistered(unitId), registered(unitId)];
      spec
        .given(history)
        .when({ type: 'ReleaseArchivist', data: { unitId, archivistId: 'a-1', reason: null } })
        .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_ASSIGNED' });
      spec
        .given(history)
        .when({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: '张三', partTime: true, duties: null } })
        .then([assigned(unitId, 'a-1')]);
    });

    it.each([[''], ['  '], ['a b'], ['#x'], ['-leading-dash'], ['x'.repeat(65)]])('refuses the archivist id %j: INVALID_ID', (archivistId) => {
      const unitId = newCode();
      spec
        .given([registered(unitId)])
        .when({ type: 'AssignArchivist', data: { unitId, archivistId, name: '张三', partTime: false, duties: null } })
        .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'archivistId' });
    });

    it('accepts ids of letters, digits and . _ : - up to 64 characters', () => {
      const unitId = newCode();
      for (const archivistId of ['A.b_c:d-9', 'x'.repeat(64)]) {
        spec
          .given([registered(unitId)])
          .when({ type: 'AssignArchivist', data: { unitId, archivistId, name: '张三', partTime: false, duties: null } })
          .then([{ type: 'ArchivistAssigned', data: { unitId, archivistId, name: '张三', partTime: false, duties: null } }]);
      }
    });

    it('refuses an archivist with an empty name (REQUIRED) or one over 200 characters (TOO_LONG)', () => {
      const unitId = newCode();
      const assign = (name: string): UnitCommand => ({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name, partTime: false, duties: null } });
      spec.given([registered(unitId)]).when(assign('')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
      spec.given([registered(unitId)]).when(assign(TOO_LONG_NAME)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name' });
    });

    // Known gap, reported to the lead: AssignArchivist trims and validates the id, ReleaseArchivist compares it raw,
    // so the same input the assignment accepted (' a-1 ') cannot release that archivist.
    it('releases an archivist by the id in the same form the assignment accepted it', () => {
      const unitId = newCode();
      spec
        .given([registered(unitId), assigned(unitId, 'a-1')])
        .when({ type: 'ReleaseArchivist', data: { unitId, archivistId: ' a-1 ', reason: null } })
        .then([{ type: 'ArchivistReleased', data: { unitId, archivistId: 'a-1', reason: null } }]);
    });
  });

  describe('bureauNeededFor', () => {
    const unitId = makeCreditCode(42, { region: '330106' });
    const active = foldEvents(unitDecider, [registered(unitId)]);
    const transferredState = foldEvents(unitDecider, [registered(unitId), transferred(unitId, '330106', '330100')]);
    const unregistered: UnitState = initialUnitState();

    it('names the bureau registered in, the transfer target, and the current bureau for a region change', () => {
      expect(bureauNeededFor(register(unitId, { bureauId: '330100' }), unregistered)).toBe('330100');
      expect(bureauNeededFor({ type: 'TransferUnit', data: { unitId, toBureauId: '330000', reason: 'r' } }, active)).toBe('330000');
      expect(bureauNeededFor({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } }, active)).toBe('330106');
      expect(bureauNeededFor({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } }, transferredState)).toBe('330100');
    });

    it('needs no bureau for the other commands, an amendment without a region, or an unregistered unit', () => {
      expect(bureauNeededFor({ type: 'AmendUnitDetails', data: { unitId, name: 'x', reason: null } }, active)).toBeNull();
      expect(bureauNeededFor({ type: 'AmendUnitDetails', data: { unitId, regionCode: '330102', reason: null } }, unregistered)).toBeNull();
      for (const command of everyActOn(unitId).filter((c) => c.type !== 'TransferUnit' && c.type !== 'AmendUnitDetails')) {
        expect(bureauNeededFor(command, active)).toBeNull();
      }
    });
  });

  describe('evolve', () => {
    it('folds a realistic life into the current details', () => {
      const unitId = newCode();
      const state = foldEvents(unitDecider, [
        registered(unitId, { unitClass: 'THIRD', address: 'a' }),
        { type: 'UnitDetailsAmended', data: { unitId, changes: { name: '新名', address: null, category: 'ORGAN', region: { code: '330102', name: '上城区' } }, reason: null } },
        classified(unitId, 'FIRST', 'THIRD'),
        transferred(unitId, '330106', '330100'),
        assigned(unitId, 'a-1', '张三'),
        assigned(unitId, 'a-2', '李四'),
        { type: 'ArchivistReleased', data: { unitId, archivistId: 'a-1', reason: null } },
      ]);
      expect(state).toEqual({
        status: 'active',
        unitId,
        name: '新名',
        category: 'ORGAN' satisfies UnitCategory,
        unitClass: 'FIRST',
        regionCode: '330102',
        bureauId: '330100',
        address: null,
        archivists: [{ archivistId: 'a-2', name: '李四' }],
      });
    });

    it('ignores unknown events, and acts on a unit it never saw registered', () => {
      const unitId = newCode();
      const active = foldEvents(unitDecider, [registered(unitId)]);
      expect(evolveUnit(active, { type: 'InspectionConducted', data: {} } as unknown as UnitEvent)).toBe(active);
      expect(foldEvents(unitDecider, [classified(unitId, 'FIRST', null), assigned(unitId, 'a-1')])).toEqual({ status: 'unregistered' });
    });
  });
});
