import type { InspectionConducted } from '../src/domain/inspection/inspection.events';
import type { BureauLevel } from '../src/domain/registry/registry.events';
import { makeCreditCode } from '../src/domain/shared/credit-code';
import { addDays, daysBetween, type Day } from '../src/domain/shared/day';
import type { Event } from '../src/domain/shared/event';
import { childrenOf, findRegion, type Region } from '../src/domain/shared/region';
import type { InspectionKind } from '../src/domain/supervision/common';

/**
 * A realistic history for the accountability benchmark, deterministic (seeded): the bureaus of province 33 (province,
 * prefectures, county-level regions, real GB/T 2260 codes), `units` units spread over the county-level regions,
 * and six years of acts. Two county bureaus in three are diligent (an inspection every 12–22 months), the others
 * lax (every 20–40 months, and a quarter of their units never inspected). A few units are transferred to their
 * prefecture's bureau or deregistered; a few inspections are corrected (their day moved) or withdrawn; 3% are
 * recorded months after they happened (the rest the same day).
 */
export const PROVINCE = '330000';
export const FIRST_DAY: Day = '2020-12-01';
export const LAST_DAY: Day = '2026-11-27';

export interface PlannedEvent {
  streamId: string;
  event: Event;
  occurredAt: string;
  /** The business day it is recorded on (its chunk of appends). */
  recordedOn: Day;
}

export interface BenchBureau {
  bureauId: string;
  level: BureauLevel;
  diligent: boolean;
}

/** mulberry32: a small seeded generator, so that every run builds the same history. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Region codes where units sit: county level, or a prefecture without counties. */
export function countiesOf(province: string): Region[] {
  const leaves = (region: Region): Region[] => {
    const children = childrenOf(region.code);
    return children.length === 0 ? [region] : children.flatMap(leaves);
  };
  return childrenOf(province).flatMap(leaves);
}

const at = (day: Day, hourUtc = 2): string => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
const KINDS: InspectionKind[] = ['LAW_ENFORCEMENT', 'LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL', 'ANNUAL', 'ASSESSMENT'];
const INSPECTORS = [
  { personId: 'bench-1', name: '王检查', credentialNumber: '浙档执 001' },
  { personId: 'bench-2', name: '李执法', credentialNumber: '浙档执 002' },
];

function bureauEvent(region: Region, level: BureauLevel): PlannedEvent {
  return {
    streamId: `bureau-${region.code}`,
    event: { type: 'BureauEstablished', data: { bureauId: region.code, name: `${region.name}档案局`, level, region: { code: region.code, name: region.name } } },
    occurredAt: at('2015-01-05'),
    recordedOn: FIRST_DAY,
  };
}

/** Every event of the history, in no particular order (the bench sorts them by recording day). */
export function benchHistory(units: number, seed = 33): { events: PlannedEvent[]; bureaus: BenchBureau[]; counties: Region[] } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const between = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const counties = countiesOf(PROVINCE);
  const events: PlannedEvent[] = [bureauEvent(findRegion(PROVINCE) as Region, 'PROVINCE')];
  const bureaus: BenchBureau[] = [];
  for (const prefecture of childrenOf(PROVINCE)) {
    if (childrenOf(prefecture.code).length > 0) events.push(bureauEvent(prefecture, 'PREFECTURE'));
  }
  counties.forEach((county, i) => {
    events.push(bureauEvent(county, county.level === 'COUNTY' ? 'COUNTY' : 'PREFECTURE'));
    bureaus.push({ bureauId: county.code, level: 'COUNTY', diligent: i % 3 !== 2 });
  });
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  for (let i = 0; i < units; i++) {
    const county = counties[i % counties.length] as Region;
    const diligent = (bureaus[i % counties.length] as BenchBureau).diligent;
    const unitId = makeCreditCode(i, { region: county.code });
    const stream = `unit-${unitId}`;
    const registeredOn = addDays(FIRST_DAY, rnd() < 0.7 ? between(0, 365) : between(0, span));
    let bureauId = county.code;
    events.push({
      streamId: stream,
      event: {
        type: 'UnitRegistered',
        data: { unitId, name: `测试单位${i}`, category: 'ENTERPRISE', unitClass: null, region: { code: county.code, name: county.name }, bureauId, address: null, checkOverride: null },
      },
      occurredAt: at(registeredOn),
      recordedOn: registeredOn,
    });
    // A transfer to the prefecture's bureau, or a deregistration, for a few units.
    const fate = rnd();
    const leaves = fate < 0.03 ? { on: addDays(registeredOn, between(30, span)), transfer: fate < 0.02 && county.parentCode !== null && county.parentCode !== PROVINCE } : null;
    if (leaves && leaves.on < LAST_DAY) {
      const event: Event = leaves.transfer
        ? { type: 'UnitTransferred', data: { unitId, fromBureauId: bureauId, toBureauId: county.parentCode, reason: '隶属关系变更' } }
        : { type: 'UnitDeregistered', data: { unitId, bureauId, reason: 'DISSOLVED', mergedInto: null, note: null } };
      events.push({ streamId: stream, event, occurredAt: at(leaves.on), recordedOn: leaves.on });
    }
    if (!diligent && rnd() < 0.25) continue; // a dead corner: never inspected
    for (let day = addDays(registeredOn, between(60, diligent ? 500 : 900)); day < LAST_DAY; day = addDays(day, diligent ? between(365, 670) : between(600, 1200))) {
      if (leaves && day >= leaves.on) {
        if (!leaves.transfer) break;
        bureauId = county.parentCode as string; // the prefecture's bureau inspects after the transfer
      }
      const inspectionId = `bench-${i}-${day}`;
      const kind = pick(KINDS);
      const late = rnd() < 0.03;
      const recordedOn = late ? addDays(day, between(30, 700)) : day;
      const conducted: InspectionConducted = {
        type: 'InspectionConducted',
        data: { inspectionId, bureauId, unitId, planId: null, region: { code: county.code, name: county.name }, kind, day, inspectors: INSPECTORS, checklist: { checklistId: 'grassroots-archival-work', version: 2 }, results: [], findings: [], conclusion: '符合要求', evidence: [] },
      };
      const istream = `inspection-${inspectionId}`;
      events.push({ streamId: istream, event: conducted, occurredAt: at(day), recordedOn: recordedOn > LAST_DAY ? LAST_DAY : recordedOn });
      const after = rnd();
      const fixOn = addDays(recordedOn, between(1, 90));
      if (fixOn >= LAST_DAY) continue;
      if (after < 0.01) {
        events.push({ streamId: istream, event: { type: 'InspectionWithdrawn', data: { inspectionId, bureauId, unitId, reason: '记录不实' } }, occurredAt: at(fixOn), recordedOn: fixOn });
      } else if (after < 0.02) {
        const moved = addDays(day, -between(1, 60));
        events.push({ streamId: istream, event: { type: 'InspectionRecordCorrected', data: { inspectionId, bureauId, unitId, reason: '日期录入错误', changes: { day: moved } } }, occurredAt: at(fixOn), recordedOn: fixOn });
      }
    }
  }
  return { events, bureaus, counties };
}
