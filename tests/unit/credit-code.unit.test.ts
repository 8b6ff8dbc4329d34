import fc from 'fast-check';
import { ValidationError } from '../../src/domain/shared/errors';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckCharacter,
  describeCreditCode,
  makeCreditCode,
  normaliseCreditCode,
  organisationCodeCheckCharacter,
  parseCreditCode,
  validateCreditCode,
} from '../../src/domain/shared/credit-code';

describe('LAW.md vectors', () => {
  it.each(['91110108551385082Q', '914403001922038216', '91440300708461136T', '531000005000160090'])(
    'accepts %s',
    (code) => expect(validateCreditCode(code)).toEqual({ ok: true, code }),
  );

  it('computes 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCodeCheckCharacter('53100000500016009')).toBe('0');
  });

  it('rejects 91350100M000100Y4Z: the check should be 3', () => {
    expect(validateCreditCode('91350100M000100Y4Z')).toEqual({
      ok: false,
      code: '91350100M000100Y4Z',
      reason: 'CHECK_CHARACTER',
      expected: '3',
    });
  });

  it('rejects 914403001922038217: the check should be 6', () => {
    expect(validateCreditCode('914403001922038217')).toMatchObject({
      ok: false,
      reason: 'CHECK_CHARACTER',
      expected: '6',
    });
  });
});

describe('normalisation', () => {
  it('upper-cases and strips spaces and hyphens', () => {
    expect(normaliseCreditCode(' 9111 0108-5513 8508-2q ')).toBe('91110108551385082Q');
    expect(validateCreditCode('91110108-55138508-2q')).toEqual({ ok: true, code: '91110108551385082Q' });
  });
});

describe('failure reasons', () => {
  it('LENGTH', () => {
    expect(validateCreditCode('9111010855138508')).toMatchObject({ ok: false, reason: 'LENGTH' });
    expect(validateCreditCode('')).toMatchObject({ ok: false, reason: 'LENGTH' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '*'])('CHARSET for %s among the first 17', (ch) => {
    expect(validateCreditCode(`9111010855138508${ch}Q`)).toMatchObject({ ok: false, reason: 'CHARSET' });
  });

  it('ORGANISATION_CODE_CHECK when only the overall check was computed', () => {
    // 551385082 → 551385083 breaks the GB 11714 check; recompute position 18 so only the inner check fails.
    const first17 = '91110108551385083';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(validateCreditCode(code)).toEqual({ ok: false, code, reason: 'ORGANISATION_CODE_CHECK', expected: '2' });
  });

  it('maps the GB 11714 remainders 10 → X and 11 → 0, letters by alphabet position', () => {
    expect(organisationCodeCheckCharacter('59467239')).toBe('9');
    expect(organisationCodeCheckCharacter('00000000')).toBe('0'); // Σ = 0, 11 − 0 = 11
    expect(organisationCodeCheckCharacter('00000006')).toBe('X'); // Σ = 12, 12 mod 11 = 1, 11 − 1 = 10
    expect(organisationCodeCheckCharacter('0000000A')).toBe('2'); // A = 10: Σ = 20, 11 − 9 = 2
    expect(organisationCodeCheckCharacter('0000000J')).toBe('6'); // J = 19, not its charset index 18
  });
});

describe('parseCreditCode', () => {
  it('returns the normalised code', () => {
    expect(parseCreditCode('91440300708461136t')).toBe('91440300708461136T');
  });

  it('throws a ValidationError with the sub-reason and expected character', () => {
    expect.assertions(4);
    try {
      parseCreditCode('91350100M000100Y4Z');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const error = e as ValidationError;
      expect(error.reason).toBe('INVALID_CREDIT_CODE');
      expect(error.field).toBe('unitId');
      expect(error.details).toMatchObject({ creditCodeReason: 'CHECK_CHARACTER', expected: '3' });
    }
  });

  it('names the given field', () => {
    expect(() => parseCreditCode('123', 'creditCode')).toThrow(expect.objectContaining({ field: 'creditCode' }));
  });
});

describe('describeCreditCode', () => {
  it('splits a code into its parts', () => {
    expect(describeCreditCode('531000005000160090')).toEqual({
      department: '5',
      bodyType: '3',
      bodyTypeCode: '53',
      registrationRegionCode: '100000',
      organisationCode: '500016009',
      checkCharacter: '0',
    });
  });
});

describe('makeCreditCode', () => {
  it('is deterministic and honours the options', () => {
    expect(makeCreditCode(42)).toBe(makeCreditCode(42));
    const code = makeCreditCode(7, { department: '1', bodyType: '2', region: '330113' });
    expect(describeCreditCode(code)).toMatchObject({ bodyTypeCode: '12', registrationRegionCode: '330113' });
    expect(validateCreditCode(code).ok).toBe(true);
  });

  it('rejects seeds outside its collision-free range', () => {
    for (const seed of [-1, 1.5, 100_000_000, Number.NaN]) expect(() => makeCreditCode(seed)).toThrow(RangeError);
  });

  it('generates 100,000 distinct valid codes quickly', () => {
    const started = Date.now();
    const codes = new Set<string>();
    for (let n = 0; n < 100_000; n++) codes.add(makeCreditCode(n * 97));
    expect(codes.size).toBe(100_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    for (const code of codes) if (!validateCreditCode(code).ok) throw new Error(`invalid ${code}`);
  });
});

describe('properties', () => {
  const seed = fc.integer({ min: 0, max: 99_999_999 });

  it('makeCreditCode always validates, organisation code included', () => {
    fc.assert(fc.property(seed, (n) => validateCreditCode(makeCreditCode(n)).ok));
  });

  it('any single substitution among the first 17 characters is caught by the check character', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (n, position, shift) => {
        const code = makeCreditCode(n);
        const value = CREDIT_CODE_CHARSET.indexOf(code[position] as string);
        const replacement = CREDIT_CODE_CHARSET[(value + shift) % 31] as string;
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        const result = validateCreditCode(changed);
        return !result.ok && result.reason === 'CHECK_CHARACTER';
      }),
    );
  });

  it('holds exhaustively for one code: all 17 × 30 substitutions fail', () => {
    const code = '91110108551385082Q';
    for (let p = 0; p < 17; p++) {
      for (const ch of CREDIT_CODE_CHARSET) {
        if (ch === code[p]) continue;
        expect(validateCreditCode(code.slice(0, p) + ch + code.slice(p + 1)).ok).toBe(false);
      }
    }
  });
});
