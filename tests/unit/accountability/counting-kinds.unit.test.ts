import { parseCountingKinds } from '../../../src/domain/accountability/counting-kinds';

describe('CYCLE_COUNTING_KINDS', () => {
  it('defaults to law enforcement, special business and annual inspections', () => {
    expect(parseCountingKinds(undefined)).toEqual(['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL']);
    expect(parseCountingKinds('  ')).toEqual(['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL']);
  });

  it('reads a comma-separated list, in any case and order, without duplicates', () => {
    expect(parseCountingKinds('assessment, law_enforcement,ASSESSMENT')).toEqual(['LAW_ENFORCEMENT', 'ASSESSMENT']);
  });

  it('refuses an unknown kind or an empty list, naming the variable', () => {
    expect(() => parseCountingKinds('LAW_ENFORCEMENT,GUIDANCE')).toThrow(/CYCLE_COUNTING_KINDS.*GUIDANCE/);
    expect(() => parseCountingKinds(',')).toThrow(/CYCLE_COUNTING_KINDS must name at least one/);
  });
});
