import { ValidationError } from './errors';
import regionsData from './regions.data.json';

/**
 * GB/T 2260 administrative regions, from the dated table that scripts/derive-regions.js derives from the
 * statistics bureau's data. The table already encodes LAW.md's special cases (PP90 and municipal PP01/PP02
 * summaries skipped, development zones dropped), so callers walk real parents and never re-derive them from digits.
 *
 * The nation (000000) is not in the data: it is the product's root so that a national view and "covers
 * everything" checks use the same parent walk as every other level.
 */
export type RegionLevel = 'NATION' | 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** The real parent: the province for PP90xx and municipal districts; 000000 for a province; null for the nation. */
  readonly parentCode: string | null;
}

export const NATION_CODE = '000000';
const REGION_CODE = /^\d{6}$/;

export interface RegionVintage {
  readonly source: string;
  readonly package: string;
  readonly version: string;
  readonly dataYear: number;
  /** The data describes divisions as they stood on this date. */
  readonly cutoff: string;
  readonly published: string;
}

type Row = [string, string, string | null, 'PROVINCE' | 'PREFECTURE' | 'COUNTY'];

const nation: Region = Object.freeze({ code: NATION_CODE, name: '中华人民共和国', level: 'NATION', parentCode: null });
const byCode = new Map<string, Region>([[NATION_CODE, nation]]);
const children = new Map<string, Region[]>();

for (const [code, name, parent, level] of regionsData.regions as Row[]) {
  const region: Region = Object.freeze({ code, name, level, parentCode: parent ?? NATION_CODE });
  byCode.set(code, region);
}
// Rows are sorted by code, so every child list comes out sorted too.
for (const region of byCode.values()) {
  if (region.parentCode === null) continue;
  const list = children.get(region.parentCode) ?? [];
  list.push(region);
  children.set(region.parentCode, list);
}
for (const list of children.values()) Object.freeze(list);
const NONE: readonly Region[] = Object.freeze([]);

const { source, package: pkg, version, dataYear, cutoff, published } = regionsData.vintage;
export const regionVintage: RegionVintage = Object.freeze({
  source,
  package: pkg,
  version,
  dataYear,
  cutoff,
  published,
});

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** For validating input: a malformed code and a well-formed but unknown one are different mistakes to report. */
export function requireRegion(code: string, field = 'regionCode'): Region {
  if (typeof code !== 'string' || !REGION_CODE.test(code)) {
    throw new ValidationError(`${field}: a region code is six digits (GB/T 2260)`, field, 'INVALID_REGION_CODE', {
      value: code,
    });
  }
  const region = byCode.get(code);
  if (!region) {
    throw new ValidationError(
      `${field}: ${code} is not a region in the ${regionVintage.cutoff} table`,
      field,
      'UNKNOWN_REGION',
      { value: code, vintage: regionVintage.cutoff },
    );
  }
  return region;
}

/** Direct children, sorted by code; null (or the nation) gives the provinces; an unknown code gives none. */
export function childrenOf(code: string | null): readonly Region[] {
  return children.get(code ?? NATION_CODE) ?? NONE;
}

/** Nearest first, excluding the region itself, ending with the nation; empty for an unknown code. */
export function ancestorsOf(code: string): Region[] {
  const result: Region[] = [];
  let parent = byCode.get(code)?.parentCode ?? null;
  while (parent !== null) {
    const region = byCode.get(parent) as Region; // the derive script checks that every parent exists
    result.push(region);
    parent = region.parentCode;
  }
  return result;
}

/**
 * Whether `code` lies in `ancestorCode`'s jurisdiction (a region is within itself). An unknown code is within
 * nothing, not even the nation: a code we cannot place must not silently fall into someone's scope.
 */
export function isWithin(code: string, ancestorCode: string): boolean {
  let current = byCode.get(code);
  while (current) {
    if (current.code === ancestorCode) return true;
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return false;
}

/** Every region of the table (nation excluded), sorted by code: for seeding bureaus and roll-ups. */
export function allRegions(): Region[] {
  return [...byCode.values()].filter((r) => r !== nation);
}

/**
 * The code prefix that selects everything in a region: '' the nation, 'PP' a province, 'PPCC' a prefecture,
 * the full code for a county-level division (including PP90xx units directly under a province).
 */
export function regionPrefix(region: Pick<Region, 'code' | 'level'>): string {
  switch (region.level) {
    case 'NATION':
      return '';
    case 'PROVINCE':
      return region.code.slice(0, 2);
    case 'PREFECTURE':
      return region.code.slice(0, 4);
    default:
      return region.code;
  }
}
