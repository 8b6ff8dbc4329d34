import { bureauDecider, type BureauState } from '../../../src/domain/registry/bureau.decider';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { findRegion, NATION_CODE } from '../../../src/domain/shared/region';
import type { UnitOnDay, UnitView } from '../../../src/domain/oversight/unit-on-day';

/** Shared fixtures of the oversight specs: bureaus as the handler would load them, units as they stood on a day. */

export function bureau(regionCode: string): BureauState {
  const region = regionCode === NATION_CODE ? { code: NATION_CODE, name: '中华人民共和国', level: 'NATION' as const } : findRegion(regionCode);
  if (!region) throw new Error(`no region ${regionCode}`);
  return bureauDecider.evolve(bureauDecider.initialState(), {
    type: 'BureauEstablished',
    data: { bureauId: region.code, name: `${region.name}档案局`, level: region.level, region: { code: region.code, name: region.name } },
  });
}

export const NO_BUREAU: BureauState = { status: 'none' };

/** Each spec takes fresh credit codes. */
let seed = 70_000;
export const newCode = (region = '330106'): string => makeCreditCode(seed++, { region });

/** A unit registered on 2023-01-01 and supervised by `bureauId` on the day asked (region: the bureau's, unless given). */
export function supervised(unitId: string, bureauId = '330106', overrides: Partial<UnitOnDay> = {}): UnitOnDay {
  return {
    unitId,
    firstRegisteredOn: '2023-01-01',
    supervisorBureauId: bureauId,
    regionCode: bureauId,
    archivists: [],
    ...overrides,
  };
}

export const view = (...units: UnitOnDay[]): UnitView => Object.fromEntries(units.map((u) => [u.unitId, u]));

export const DAY = '2025-03-10';
