import { bureauDecider, bureauIdForRegion, type BureauRegion } from '../../../src/domain/registry/bureau.decider';
import type { BureauEstablished } from '../../../src/domain/registry/registry.events';
import { foldEvents } from '../../../src/domain/shared/decider';
import { ConflictError, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';

const spec = DeciderSpecification.for(bureauDecider);

const hangzhou: BureauRegion = { code: '330100', name: '杭州市', level: 'PREFECTURE' };
const nation: BureauRegion = { code: '000000', name: '中华人民共和国', level: 'NATION' };

const established = (region: BureauRegion, name: string): BureauEstablished => ({
  type: 'BureauEstablished',
  data: { bureauId: region.code, name, level: region.level, region: { code: region.code, name: region.name } },
});

describe('bureau decider', () => {
  describe('EstablishBureau', () => {
    it('establishes a bureau identified by its region code, with the region and level it was given', () => {
      spec
        .given([])
        .when({ type: 'EstablishBureau', data: { region: hangzhou, name: '杭州市档案局' } })
        .then([established(hangzhou, '杭州市档案局')]);
    });

    it('trims the name', () => {
      spec
        .given([])
        .when({ type: 'EstablishBureau', data: { region: hangzhou, name: '  杭州市档案局 \n' } })
        .then([established(hangzhou, '杭州市档案局')]);
    });

    it('establishes the national administration for the nation code', () => {
      spec
        .given([])
        .when({ type: 'EstablishBureau', data: { region: nation, name: '国家档案局' } })
        .then([established(nation, '国家档案局')]);
    });

    it('refuses a second bureau for the same region: CONFLICT BUREAU_EXISTS', () => {
      spec
        .given([established(hangzhou, '杭州市档案局')])
        .when({ type: 'EstablishBureau', data: { region: hangzhou, name: '另一个档案局' } })
        .thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BUREAU_EXISTS', details: { bureauId: '330100' } });
    });

    it('refuses an empty (or blank) name: BAD_USER_INPUT REQUIRED on name', () => {
      for (const name of ['', '   ']) {
        spec
          .given([])
          .when({ type: 'EstablishBureau', data: { region: hangzhou, name } })
          .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'name' });
      }
    });
  });

  describe('evolve', () => {
    it('folds BureauEstablished into an established state', () => {
      expect(foldEvents(bureauDecider, [established(hangzhou, '杭州市档案局')])).toEqual({
        status: 'established',
        bureauId: '330100',
        name: '杭州市档案局',
        level: 'PREFECTURE',
        regionCode: '330100',
      });
    });

    it('ignores events it does not know', () => {
      const state = foldEvents(bureauDecider, [established(hangzhou, '杭州市档案局')]);
      expect(bureauDecider.evolve(state, { type: 'SomethingElse', data: {} } as unknown as BureauEstablished)).toBe(state);
      expect(foldEvents(bureauDecider, [{ type: 'UnitRegistered', data: {} }])).toEqual({ status: 'none' });
    });
  });

  it('identifies a bureau by the code of its region', () => {
    expect(bureauIdForRegion('330106')).toBe('330106');
  });
});

/** The specification helper must fail loudly, or every spec written with it could pass by accident. */
describe('DeciderSpecification itself', () => {
  const given = spec.given([]);
  const establish = { type: 'EstablishBureau' as const, data: { region: hangzhou, name: '杭州市档案局' } };

  it('fails `then` on other events, and on a refusal', () => {
    expect(() => given.when(establish).then([established(hangzhou, '别的名字')])).toThrow();
    expect(() => spec.given([established(hangzhou, 'x')]).when(establish).then([])).toThrow(/BUREAU_EXISTS/);
  });

  it('fails `thenNothingHappened` when events are emitted', () => {
    expect(() => given.when(establish).thenNothingHappened()).toThrow();
  });

  it('fails `thenThrows` on success, on another class, another code or reason, another field, a false predicate', () => {
    const dup = spec.given([established(hangzhou, 'x')]).when(establish);
    expect(() => given.when(establish).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BUREAU_EXISTS' })).toThrow(/but got events/);
    expect(() => dup.thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BUREAU_EXISTS' })).toThrow(/Expected ValidationError/);
    expect(() => dup.thenThrows(ConflictError, { code: 'CONFLICT', reason: 'OTHER' })).toThrow();
    expect(() => dup.thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BUREAU_EXISTS', details: { bureauId: '1' } })).toThrow();
    expect(() => dup.thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BUREAU_EXISTS' }, () => false)).toThrow(/predicate/);
    const blank = given.when({ type: 'EstablishBureau', data: { region: hangzhou, name: '' } });
    expect(() => blank.thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'region' })).toThrow();
    dup.thenThrows(ConflictError, { code: 'CONFLICT', reason: 'BUREAU_EXISTS' }, (e) => e.message.includes('330100'));
  });

  it('catches a decider that mutates its state or command', () => {
    const mutating = {
      ...bureauDecider,
      decide: (command: typeof establish) => {
        command.data.name = 'changed';
        return [];
      },
    };
    expect(() => DeciderSpecification.for(mutating).given([]).when(establish).thenNothingHappened()).toThrow(/TypeError|read only|read-only/i);
    expect(establish.data.name).toBe('杭州市档案局');
  });
});
