import { ValidationError } from './errors';

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 1 registering department, 1 body category,
 * 6 GB/T 2260 code of the registering authority, 9 organisation code (GB 11714, with its own check), 1 check.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i−1) mod 31: every weight is non-zero mod the prime 31, so any single substitution changes the check. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const VALUE = new Map<string, number>([...CREDIT_CODE_CHARSET].map((ch, i) => [ch, i]));

export type CreditCodeFailure = 'LENGTH' | 'CHARSET' | 'CHECK_CHARACTER' | 'ORGANISATION_CODE_CHECK';
export type CreditCodeValidation =
  | { ok: true; code: string }
  | { ok: false; code: string; reason: CreditCodeFailure; expected?: string };

export function normaliseCreditCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

function sum17(first17: string): number | undefined {
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i] as string);
    if (v === undefined) return undefined;
    s += v * (WEIGHTS[i] as number);
  }
  return s;
}

/** Check character over the first 17; a sum ≡ 0 (mod 31) gives '0', not the out-of-range index 31. */
export function creditCodeCheckCharacter(first17: string): string {
  const s = first17.length === 17 ? sum17(first17) : undefined;
  if (s === undefined) {
    const creditCodeReason: CreditCodeFailure = first17.length === 17 ? 'CHARSET' : 'LENGTH';
    const message = 'creditCode: the check needs 17 characters of the code set';
    throw new ValidationError(message, 'creditCode', 'INVALID_CREDIT_CODE', { creditCodeReason });
  }
  return CREDIT_CODE_CHARSET[(31 - (s % 31)) % 31] as string;
}

/**
 * GB 11714 check over an organisation code's 8-character body. Letters count by alphabet position (A=10 … Z=35),
 * not by their index in the credit-code charset, which skips I, O, S, V, Z.
 */
export function organisationCodeCheckCharacter(body8: string): string {
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charCodeAt(i);
    const v = ch >= 48 && ch <= 57 ? ch - 48 : ch >= 65 && ch <= 90 ? ch - 55 : NaN;
    s += v * (ORG_WEIGHTS[i] as number);
  }
  if (body8.length !== 8 || Number.isNaN(s)) {
    throw new ValidationError('organisation code: 8 digits or capital letters expected', 'organisationCode', 'INVALID');
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Checks in the order that best explains a failure: length, then the character set of the 17 characters that
 * the check covers, then the check character (a character outside the set in position 18 is simply a wrong check
 * character, e.g. 91350100M000100Y4Z → expected '3'), then the embedded organisation code.
 *
 * An organisation-code mismatch is a failure, not a warning: GB 32100 embeds a GB 11714 code, and since the
 * overall check catches every single typo first, a code that passes it but fails the inner check was put together
 * wrongly (typically fabricated by computing only the last character). Codes legally issued that way go through
 * the explicit, audited override (LAW.md), never through this function.
 */
export function validateCreditCode(raw: string): CreditCodeValidation {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return { ok: false, code, reason: 'LENGTH' };
  const s = sum17(code);
  if (s === undefined) return { ok: false, code, reason: 'CHARSET' };
  const expected = CREDIT_CODE_CHARSET[(31 - (s % 31)) % 31] as string;
  if (code[17] !== expected) return { ok: false, code, reason: 'CHECK_CHARACTER', expected };
  const orgExpected = organisationCodeCheckCharacter(code.slice(8, 16));
  if (code[16] !== orgExpected) return { ok: false, code, reason: 'ORGANISATION_CODE_CHECK', expected: orgExpected };
  return { ok: true, code };
}

/** The normalised code, or a ValidationError on `field` with the sub-reason (and expected character) in details. */
export function parseCreditCode(raw: string, field = 'unitId'): string {
  const result = validateCreditCode(typeof raw === 'string' ? raw : '');
  if (result.ok) return result.code;
  const hint = result.expected === undefined ? '' : ` (expected ${result.expected})`;
  throw new ValidationError(
    `${field}: not a valid unified social credit code: ${result.reason}${hint}`,
    field,
    'INVALID_CREDIT_CODE',
    { creditCodeReason: result.reason, expected: result.expected, value: result.code },
  );
}

export interface CreditCodeParts {
  /** Position 1: registering department (1 staffing office, 5 civil affairs, 9 market regulation, ...). */
  readonly department: string;
  /** Position 2: the body's category within that department. */
  readonly bodyType: string;
  /** Positions 1–2 together, as the categories are usually quoted (11 organ, 12 public institution, 91 enterprise). */
  readonly bodyTypeCode: string;
  /** Positions 3–8: GB/T 2260 code of the registering authority, not necessarily where the unit is. */
  readonly registrationRegionCode: string;
  /** Positions 9–17: the GB 11714 organisation code, its check character included. */
  readonly organisationCode: string;
  readonly checkCharacter: string;
}

/** Splits a code into its parts. It does not validate: call validateCreditCode or parseCreditCode first. */
export function describeCreditCode(code: string): CreditCodeParts {
  const c = normaliseCreditCode(code);
  return {
    department: c.slice(0, 1),
    bodyType: c.slice(1, 2),
    bodyTypeCode: c.slice(0, 2),
    registrationRegionCode: c.slice(2, 8),
    organisationCode: c.slice(8, 17),
    checkCharacter: c.slice(17, 18),
  };
}

const SEED_LIMIT = 100_000_000;

/**
 * A valid code for tests and benchmarks. The seed, zero-padded to 8 digits, is the organisation code body, so
 * seeds 0 … 99,999,999 give distinct codes for the same options (the check characters are functions of the rest).
 */
export function makeCreditCode(
  seedNumber: number,
  opts: { department?: string; bodyType?: string; region?: string } = {},
): string {
  if (!Number.isInteger(seedNumber) || seedNumber < 0 || seedNumber >= SEED_LIMIT) {
    throw new RangeError(`makeCreditCode: seed must be an integer in [0, ${SEED_LIMIT})`);
  }
  const { department = '9', bodyType = '1', region = '110000' } = opts;
  if (department.length !== 1 || !VALUE.has(department) || bodyType.length !== 1 || !VALUE.has(bodyType)) {
    throw new RangeError('makeCreditCode: department and bodyType are single characters of the code set');
  }
  if (!/^\d{6}$/.test(region)) throw new RangeError('makeCreditCode: region is a six-digit GB/T 2260 code');
  const body = String(seedNumber).padStart(8, '0');
  const first17 = department + bodyType + region + body + organisationCodeCheckCharacter(body);
  return first17 + creditCodeCheckCharacter(first17);
}
