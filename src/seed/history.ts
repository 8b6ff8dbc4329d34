import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, InspectionConducted } from '../domain/inspection/inspection.events';
import { INSPECTION_SCHEMA_VERSIONS } from '../domain/inspection/inspection.schema-versions';
import { OVERSIGHT_SCHEMA_VERSIONS } from '../domain/oversight/oversight.events';
import { RECTIFICATION_SCHEMA_VERSIONS } from '../domain/rectification/rectification.versions';
import { REGISTRY_SCHEMA_VERSIONS, UNIT_CATEGORIES, UNIT_CLASSES, type BureauLevel } from '../domain/registry/registry.events';
import { makeCreditCode } from '../domain/shared/credit-code';
import { addDays, addMonths, daysBetween, type Day } from '../domain/shared/day';
import type { Event, NewEvent } from '../domain/shared/event';
import { childrenOf, findRegion, type Region } from '../domain/shared/region';
import { uuidv7 } from '../domain/shared/uuid';
import type { InspectionKind, Severity } from '../domain/supervision/common';

/**
 * A realistic, deterministic history of one province for benchmarks and demos (`npm run seed`): the province's
 * bureaus on real GB/T 2260 codes (province, prefectures, county-level regions), `units` units spread over the
 * county-level regions, and `years` years of every kind of act — registrations with their archivists, turnover,
 * transfers and deregistrations; inspection plans; inspections of every kind with findings, a few corrected or
 * withdrawn and 3% recorded months late; rectification orders, extensions, reports, reviews and follow-ups; the units'
 * yearly self-reports, acknowledged or flagged; guidance visits, trainings, bulletins and leads.
 *
 * Two county bureaus in three are diligent (an inspection every 12–22 months, orders on every finding, reviews on
 * time, a plan, bulletins and trainings every year); the others are lax (every 20–40 months, a quarter of their units
 * never inspected, findings left without orders, reports left unreviewed, years without a plan or a bulletin): the
 * inaction review and the cycle audit have something to find.
 *
 * Memory stays bounded at any size: every unit and bureau draws from its own seeded generator, so its acts can be
 * generated again at will, and the history is produced in passes over windows of recording days (each pass
 * regenerates everything and keeps what was recorded in its window), yielded a recording day at a time in the order
 * a real log would hold them (recordedAt never goes back).
 */

export interface SeedOptions {
  /** Province code: two digits ('33') or six ('330000'). */
  province: string;
  units: number;
  years: number;
  /** The last recording day (the history ends the day before it or on it). */
  until: Day;
  /** Generator seed: the same seed, options and code give the same history. */
  seed?: number;
}

export interface PlannedEvent {
  streamId: string;
  event: Event;
  occurredAt: string;
  /** The business day it is recorded on. */
  recordedOn: Day;
}

export interface SeedBureau {
  bureauId: string;
  level: BureauLevel;
  diligent: boolean;
}

export interface SeedPlan {
  province: Region;
  counties: Region[];
  /** The county-level bureaus, one per region where units sit. */
  bureaus: SeedBureau[];
  firstDay: Day;
  lastDay: Day;
  units: number;
  seed: number;
}

/** A chunk of the log: the events recorded on one day, in business-time order. */
export interface RecordedDay {
  day: Day;
  events: PlannedEvent[];
}

/** Events the generator holds in memory at most (about 1 KiB each); a larger history is spilled to a temporary file. */
const EVENTS_PER_PASS = 300_000;
/** A rough mean of events per unit over six years, to size the passes. */
const EVENTS_PER_UNIT_YEAR = 2.6;

/** mulberry32: a small seeded generator. */
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

/** A generator of its own for each unit or bureau, so that its acts can be regenerated without the others. */
const streamOf = (seed: number, salt: number, index: number) => random((seed * 0x01000193) ^ Math.imul(index + 1, 0x9e3779b1) ^ salt);

/** Region codes where units sit: county level, or a prefecture without counties. */
export function countiesOf(province: string): Region[] {
  const leaves = (region: Region): Region[] => {
    const children = childrenOf(region.code);
    return children.length === 0 ? [region] : children.flatMap(leaves);
  };
  return childrenOf(province).flatMap(leaves);
}

export function provinceCode(province: string): string {
  const code = /^\d{2}$/.test(province) ? `${province}0000` : province;
  const region = findRegion(code);
  if (!/^\d{2}0000$/.test(code) || !region) throw new Error(`not a province code: ${province} (two digits, e.g. 33, or six, e.g. 330000)`);
  return code;
}

export function seedPlan(options: SeedOptions): SeedPlan {
  const code = provinceCode(options.province);
  if (!Number.isSafeInteger(options.units) || options.units < 1) throw new Error(`units must be a positive whole number, got ${options.units}`);
  if (!Number.isSafeInteger(options.years) || options.years < 1 || options.years > 30) throw new Error(`years must be 1 to 30, got ${options.years}`);
  const counties = countiesOf(code);
  return {
    province: findRegion(code) as Region,
    counties,
    bureaus: counties.map((county, i) => ({ bureauId: county.code, level: county.level === 'COUNTY' ? 'COUNTY' : 'PREFECTURE', diligent: i % 3 !== 2 })),
    firstDay: addMonths(options.until, -12 * options.years),
    lastDay: options.until,
    units: options.units,
    seed: options.seed ?? 33,
  };
}

const at = (day: Day, hourUtc = 2): string => `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;
const KINDS: InspectionKind[] = ['LAW_ENFORCEMENT', 'LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL', 'ANNUAL', 'ASSESSMENT'];
/** Items of the shipped checklist version 2 that every kind uses (the findings' items). */
const FINDING_ITEMS = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'ARCHIVIST_MANAGEMENT', 'COLLECTION_TO_USE', 'DIGITAL_AND_SECURITY', 'SUBORDINATE_SUPERVISION'];
const FINDING_WEIGHTS = [3, 5, 2, 6, 4, 1];
const SEVERITIES: Severity[] = ['MINOR', 'MINOR', 'MINOR', 'MAJOR', 'CRITICAL'];
const CHECKLIST = { checklistId: 'grassroots-archival-work', version: 2 };
const INSPECTORS = [
  { personId: 'seed-inspector-1', name: '王检查', credentialNumber: '档执 001' },
  { personId: 'seed-inspector-2', name: '李执法', credentialNumber: '档执 002' },
];

const SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  ...REGISTRY_SCHEMA_VERSIONS,
  ...INSPECTION_SCHEMA_VERSIONS,
  ...RECTIFICATION_SCHEMA_VERSIONS,
  ...OVERSIGHT_SCHEMA_VERSIONS,
};

const SEED_ACTOR = { id: 'seed', role: 'SYSTEM' as const };

/** The event to append (a fresh id: the seed is meant for an empty store). */
export function toNewEvent(planned: PlannedEvent): NewEvent {
  return {
    id: uuidv7(),
    type: planned.event.type,
    data: planned.event.data,
    schemaVersion: SCHEMA_VERSIONS[planned.event.type] ?? 1,
    metadata: { actor: SEED_ACTOR, occurredAt: planned.occurredAt, correlationId: uuidv7() },
  };
}

/** The id of unit `i` (a valid GB 32100 code in its county) and the county it sits in. */
export function unitOf(plan: SeedPlan, i: number): { unitId: string; county: Region; bureau: SeedBureau } {
  const c = i % plan.counties.length;
  const county = plan.counties[c] as Region;
  return { unitId: makeCreditCode(i, { region: county.code }), county, bureau: plan.bureaus[c] as SeedBureau };
}

type Emit = (streamId: string, event: Event, occurredOn: Day, recordedOn?: Day) => void;

function emitter(plan: SeedPlan, out: PlannedEvent[], keep: (recordedOn: Day) => boolean): Emit {
  return (streamId, event, occurredOn, recordedOn = occurredOn) => {
    if (occurredOn > plan.lastDay) return;
    const recorded = recordedOn > plan.lastDay ? plan.lastDay : recordedOn;
    if (keep(recorded)) out.push({ streamId, event, occurredAt: at(occurredOn), recordedOn: recorded });
  };
}

/** Every act of unit `i`, from its registration on. */
function unitActs(plan: SeedPlan, i: number, emit: Emit): void {
  const rnd = streamOf(plan.seed, 0x5eed, i);
  const between = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chance = (p: number): boolean => rnd() < p;
  const { unitId, county, bureau } = unitOf(plan, i);
  const diligent = bureau.diligent;
  const span = daysBetween(plan.firstDay, plan.lastDay);
  const stream = `unit-${unitId}`;
  const region = { code: county.code, name: county.name };
  const registeredOn = addDays(plan.firstDay, chance(0.7) ? between(0, 365) : between(0, span));
  let bureauId = county.code;
  emit(
    stream,
    {
      type: 'UnitRegistered',
      data: { unitId, name: `${county.name}测试单位${i}`, category: pick(UNIT_CATEGORIES), unitClass: chance(0.6) ? pick(UNIT_CLASSES) : null, region, bureauId, address: null, checkOverride: null },
    },
    registeredOn,
  );
  // A transfer to the prefecture's bureau, or a deregistration, for a few units.
  const fate = rnd();
  const transferable = county.parentCode !== null && county.parentCode !== plan.province.code;
  const leaves = fate < 0.03 ? { on: addDays(registeredOn, between(30, span)), transfer: fate < 0.02 && transferable } : null;
  if (leaves && leaves.on < plan.lastDay) {
    const event: Event = leaves.transfer
      ? { type: 'UnitTransferred', data: { unitId, fromBureauId: bureauId, toBureauId: county.parentCode, reason: '隶属关系变更' } }
      : { type: 'UnitDeregistered', data: { unitId, bureauId, reason: 'DISSOLVED', mergedInto: null, note: null } };
    emit(stream, event, leaves.on);
  }
  const gone = (day: Day): boolean => leaves !== null && !leaves.transfer && day >= leaves.on;
  let archivist = `${unitId}-a1`;
  emit(stream, { type: 'ArchivistAssigned', data: { unitId, archivistId: archivist, name: `档案员${i}`, partTime: chance(0.5), duties: null } }, registeredOn);
  const turnover = addDays(registeredOn, between(90, span));
  if (chance(0.12) && !gone(turnover)) {
    const on = turnover;
    emit(stream, { type: 'ArchivistReleased', data: { unitId, archivistId: archivist, reason: '岗位调整' } }, on);
    archivist = `${unitId}-a2`;
    emit(stream, { type: 'ArchivistAssigned', data: { unitId, archivistId: archivist, name: `接任档案员${i}`, partTime: chance(0.5), duties: null } }, addDays(on, between(0, 60)));
  }
  // The yearly self-report (自查报告) on the year before, in its first quarter.
  for (let year = Number(registeredOn.slice(0, 4)) + 1; year <= Number(plan.lastDay.slice(0, 4)); year++) {
    if (!chance(diligent ? 0.75 : 0.4)) continue;
    const day = addDays(`${year}-02-01` as Day, between(0, 55));
    if (gone(day) || day > plan.lastDay) continue;
    const reportId = `${unitId}-sr${year - 1}`;
    const reportStream = `self-report-${reportId}`;
    const owner = leaves?.transfer && day >= leaves.on ? (county.parentCode as string) : bureauId;
    emit(reportStream, { type: 'SelfReportSubmitted', data: { reportId, unitId, regionCode: county.code, bureauId: owner, day, period: { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }, checklist: CHECKLIST, results: [], summary: null } }, day);
    const answered = addDays(day, between(5, 40));
    if (chance(0.06)) emit(reportStream, { type: 'SelfReportFlagged', data: { reportId, unitId, bureauId: owner, day: answered, reason: '自查情况与检查记录不符', discrepancies: [] } }, answered);
    else if (chance(diligent ? 0.85 : 0.3)) emit(reportStream, { type: 'SelfReportAcknowledged', data: { reportId, unitId, bureauId: owner, day: answered, note: null } }, answered);
  }
  if (!diligent && chance(0.25)) return; // a dead corner: never inspected
  for (let day = addDays(registeredOn, between(60, diligent ? 500 : 900)); day < plan.lastDay; day = addDays(day, diligent ? between(365, 670) : between(600, 1200))) {
    if (leaves && day >= leaves.on) {
      if (!leaves.transfer) break;
      bureauId = county.parentCode as string; // the prefecture's bureau inspects after the transfer
    }
    const inspectionId = `seed-${i}-${day}`;
    const kind = pick(KINDS);
    const recordedOn = chance(0.03) ? addDays(day, between(30, 700)) : day;
    const findings: Finding[] = [];
    if (chance(diligent ? 0.3 : 0.5)) {
      for (let f = 0, n = between(1, 3); f < n; f++) {
        findings.push({ findingId: `${inspectionId}-f${f + 1}`, itemCode: weighted(rnd), severity: pick(SEVERITIES), description: '存在问题，需整改', legalBasis: null });
      }
    }
    const conducted: InspectionConducted = {
      type: 'InspectionConducted',
      data: {
        inspectionId,
        bureauId,
        unitId,
        planId: null,
        region,
        kind,
        day,
        // A lax bureau sometimes sends one officer where the law asks for two.
        inspectors: kind === 'LAW_ENFORCEMENT' && !diligent && chance(0.1) ? INSPECTORS.slice(0, 1) : INSPECTORS,
        checklist: CHECKLIST,
        results: [],
        findings,
        conclusion: findings.length === 0 ? '符合要求' : '限期整改',
        evidence: [],
      },
    };
    const istream = `inspection-${inspectionId}`;
    emit(istream, conducted, day, recordedOn);
    const after = rnd();
    const fixOn = addDays(recordedOn, between(1, 90));
    if (after < 0.01 && fixOn < plan.lastDay) {
      emit(istream, { type: 'InspectionWithdrawn', data: { inspectionId, bureauId, unitId, reason: '记录不实' } }, fixOn);
      continue;
    }
    if (after < 0.02 && fixOn < plan.lastDay) {
      emit(istream, { type: 'InspectionRecordCorrected', data: { inspectionId, bureauId, unitId, reason: '日期录入错误', changes: { day: addDays(day, -between(1, 60)) } } }, fixOn);
    }
    if (findings.length > 0 && chance(diligent ? 0.95 : 0.55)) rectification(`${inspectionId}-o`, { inspectionId, bureauId, unitId, findings, day: recordedOn, diligent, between, chance }, emit);
  }
}

interface OrderContext {
  inspectionId: string;
  bureauId: string;
  unitId: string;
  findings: Finding[];
  day: Day;
  diligent: boolean;
  between: (min: number, max: number) => number;
  chance: (p: number) => boolean;
}

/** An order on the findings, and what follows it. */
function rectification(orderId: string, o: OrderContext, emit: Emit): void {
  const { bureauId, unitId, between, chance, diligent } = o;
  const stream = `order-${orderId}`;
  const orderedOn = addDays(o.day, between(2, diligent ? 15 : 60));
  let deadline = addDays(orderedOn, between(30, 90));
  const base = { orderId, bureauId, unitId };
  emit(stream, { type: 'RectificationOrdered', data: { ...base, inspectionId: o.inspectionId, findingIds: o.findings.map((f) => f.findingId), orderedOn, deadline, legalBasis: '档案法§42', documentNumber: null } }, orderedOn);
  if (chance(0.06)) {
    const extendedOn = addDays(deadline, -between(1, 10));
    const extended = addDays(deadline, 30);
    emit(stream, { type: 'RectificationDeadlineExtended', data: { ...base, previousDeadline: deadline, deadline: extended, reason: '整改工作量较大', extendedOn } }, extendedOn);
    deadline = extended;
  }
  if (!chance(diligent ? 0.92 : 0.6)) {
    if (chance(diligent ? 0.8 : 0.2)) {
      const visitedOn = addDays(deadline, between(3, 20));
      emit(stream, { type: 'RectificationFollowedUp', data: { ...base, visitedOn, note: '逾期未报告，现场督促' } }, visitedOn);
    }
    return;
  }
  const submittedOn = chance(0.85) ? addDays(deadline, -between(0, 25)) : addDays(deadline, between(1, 30));
  const items = o.findings.map((f) => ({ findingId: f.findingId, action: '已按要求整改', evidence: [] }));
  emit(stream, { type: 'RectificationReportSubmitted', data: { ...base, items, submittedOn } }, submittedOn);
  if (!chance(diligent ? 0.95 : 0.5)) return; // left without a review
  const reviewedOn = addDays(submittedOn, between(3, diligent ? 25 : 90));
  const rejected = chance(0.08);
  emit(stream, { type: 'RectificationReviewed', data: { ...base, outcome: rejected ? 'REJECTED' : 'ACCEPTED', reasons: rejected ? '整改不到位' : null, reviewedOn } }, reviewedOn);
}

function weighted(rnd: () => number): string {
  const total = FINDING_WEIGHTS.reduce((a, b) => a + b, 0);
  let x = rnd() * total;
  for (let k = 0; k < FINDING_ITEMS.length; k++) {
    x -= FINDING_WEIGHTS[k] as number;
    if (x < 0) return FINDING_ITEMS[k] as string;
  }
  return FINDING_ITEMS[0] as string;
}

/** Some units of bureau `b` (by index), with their regions: the ones a bulletin, training or visit names. */
function someUnits(plan: SeedPlan, b: number, count: number, rnd: () => number): { unitId: string; regionCode: string; i: number }[] {
  const perCounty = Math.ceil(plan.units / plan.counties.length);
  const picked = new Map<number, { unitId: string; regionCode: string; i: number }>();
  for (let k = 0; k < count && perCounty > 0; k++) {
    const i = b + plan.counties.length * Math.floor(rnd() * perCounty);
    if (i >= plan.units) continue;
    const { unitId, county } = unitOf(plan, i);
    picked.set(i, { unitId, regionCode: county.code, i });
  }
  return [...picked.values()];
}

/** The acts of county bureau `b` over the years: plans, bulletins, trainings, guidance, leads. */
function bureauActs(plan: SeedPlan, b: number, emit: Emit): void {
  const rnd = streamOf(plan.seed, 0xb0, b);
  const between = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const chance = (p: number): boolean => rnd() < p;
  const bureau = plan.bureaus[b] as SeedBureau;
  const bureauId = bureau.bureauId;
  const d = bureau.diligent;
  const firstYear = Number(plan.firstDay.slice(0, 4));
  const lastYear = Number(plan.lastDay.slice(0, 4));
  const dayIn = (year: number, from: number, to: number): Day => addDays(`${year}-01-01` as Day, between(from, to));
  const valid = (day: Day): boolean => day >= plan.firstDay && day <= plan.lastDay;
  for (let year = firstYear; year <= lastYear; year++) {
    const tag = `${bureauId}-${year}`;
    if (chance(d ? 1 : 0.45)) {
      const day = dayIn(year, 5, 40);
      const targets = someUnits(plan, b, 8, rnd).map((u) => u.unitId);
      const planId = `${tag}-plan`;
      if (valid(day)) {
        emit(`plan-${planId}`, { type: 'InspectionPlanned', data: { planId, bureauId, title: `${year}年度档案工作监督检查计划`, period: { from: day, to: `${year}-12-31` }, kind: 'ANNUAL', checklist: CHECKLIST, unitIds: targets, assignments: [], selection: { method: 'LISTED' }, roster: INSPECTORS } }, day);
      }
    }
    for (let k = 0, n = d ? 2 : chance(0.3) ? 1 : 0; k < n; k++) {
      const day = dayIn(year, 60 + k * 150, 200 + k * 150);
      if (!valid(day)) continue;
      const named = someUnits(plan, b, between(1, 3), rnd);
      const bulletinId = `${tag}-b${k + 1}`;
      const kind = (['COMMENDATION', 'CRITICISM', 'TYPICAL_CASE', 'GENERAL'] as const)[between(0, 3)];
      emit(`bulletin-${bulletinId}`, { type: 'BulletinIssued', data: { bulletinId, bureauId, day, kind, documentNumber: `档通〔${year}〕${k + 1}号`, title: `${year}年档案工作通报`, summary: null, units: named.map((u) => ({ unitId: u.unitId, reason: '档案工作情况' })), unitIds: named.map((u) => u.unitId), unitRegions: named.map(({ unitId, regionCode }) => ({ unitId, regionCode })) } }, day);
    }
    for (let k = 0, n = d ? 2 : chance(0.35) ? 1 : 0; k < n; k++) {
      const day = dayIn(year, 80 + k * 140, 220 + k * 140);
      if (!valid(day)) continue;
      const attending = someUnits(plan, b, between(8, 40), rnd);
      const trainingId = `${tag}-t${k + 1}`;
      emit(`training-${trainingId}`, { type: 'TrainingHeld', data: { trainingId, bureauId, day, title: '档案业务培训', topics: ['STANDARDS', 'BUSINESS'], hours: between(4, 16), attendees: attending.map((u) => ({ unitId: u.unitId, archivistId: `${u.unitId}-a1`, name: `档案员${u.i}` })), unitIds: attending.map((u) => u.unitId), unitRegions: attending.map(({ unitId, regionCode }) => ({ unitId, regionCode })) } }, day);
    }
    for (let k = 0, n = d ? between(6, 12) : between(0, 3); k < n; k++) {
      const day = dayIn(year, 0, 360);
      if (!valid(day)) continue;
      const met = someUnits(plan, b, 1, rnd);
      const guidanceId = `${tag}-g${k + 1}`;
      emit(`guidance-${guidanceId}`, { type: 'GuidanceProvided', data: { guidanceId, bureauId, unitIds: met.map((u) => u.unitId), unitRegions: met.map(({ unitId, regionCode }) => ({ unitId, regionCode })), day, form: (['VISIT', 'CONSULTATION', 'ON_SITE_HELP'] as const)[between(0, 2)], topics: ['档案收集整理'], archivistsMet: [], difficulties: [], note: null } }, day);
    }
    for (let k = 0, n = between(0, 2); k < n; k++) {
      const day = dayIn(year, 0, 330);
      if (!valid(day)) continue;
      const named = someUnits(plan, b, 1, rnd);
      const leadId = `${tag}-l${k + 1}`;
      const unitIds = named.map((u) => u.unitId);
      const stream = `lead-${leadId}`;
      emit(stream, { type: 'LeadReceived', data: { leadId, bureauId, unitIds, unitRegions: named.map(({ unitId, regionCode }) => ({ unitId, regionCode })), day, source: 'COMPLAINT', sourceReference: null, summary: '群众反映档案管理问题' } }, day);
      if (chance(d ? 0.9 : 0.5)) {
        const closedOn = addDays(day, between(20, 90));
        emit(stream, { type: 'LeadInvestigated', data: { leadId, bureauId, unitIds, day: addDays(day, 10), findings: '经核查，问题不属实' } }, addDays(day, 10));
        emit(stream, { type: 'LeadClosed', data: { leadId, bureauId, unitIds, day: closedOn, outcome: 'NO_VIOLATION', caseId: null, note: null } }, closedOn);
      }
    }
  }
}

/** The bureaus of the province: the province's, each prefecture's with counties, each county-level region's. */
function establishments(plan: SeedPlan, emit: Emit): void {
  const day = plan.firstDay;
  const establish = (region: Region, level: BureauLevel) =>
    emit(`bureau-${region.code}`, { type: 'BureauEstablished', data: { bureauId: region.code, name: `${region.name}档案局`, level, region: { code: region.code, name: region.name } } }, day);
  establish(plan.province, 'PROVINCE');
  for (const prefecture of childrenOf(plan.province.code)) if (childrenOf(prefecture.code).length > 0) establish(prefecture, 'PREFECTURE');
  plan.bureaus.forEach((bureau, b) => establish(plan.counties[b] as Region, bureau.level));
}

/** How many passes keep a pass under EVENTS_PER_PASS events (more than one: the history is spilled to disk instead). */
export function passesFor(plan: SeedPlan): number {
  const years = daysBetween(plan.firstDay, plan.lastDay) / 365;
  return Math.max(1, Math.ceil((plan.units * EVENTS_PER_UNIT_YEAR * years) / EVENTS_PER_PASS));
}

/** Planned events generated before they are written to the spill file. */
const SPILL_CHUNK = 50_000;

/**
 * The history of a plan too large for memory, generated once: every planned event goes to a temporary SQLite file,
 * then comes back ordered by recording day, instant and generation order (what the in-memory path's stable sort
 * gives). Generating it in windows of recording days instead re-ran every unit's history once per window: at
 * 1,000,000 units, about 50 times.
 */
function* spilledDays(plan: SeedPlan, onGenerated?: (units: number) => void): Generator<RecordedDay> {
  const dir = mkdtempSync(join(tmpdir(), 'aol-seed-'));
  const db = new Database(join(dir, 'planned.sqlite'));
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec('CREATE TABLE planned (recorded_on TEXT NOT NULL, occurred_at TEXT NOT NULL, seq INTEGER NOT NULL, stream_id TEXT NOT NULL, event TEXT NOT NULL)');
    const insert = db.prepare<[string, string, number, string, string]>('INSERT INTO planned VALUES (?, ?, ?, ?, ?)');
    let seq = 0;
    const buffer: PlannedEvent[] = [];
    const flush = db.transaction(() => {
      for (const e of buffer) insert.run(e.recordedOn, e.occurredAt, seq++, e.streamId, JSON.stringify(e.event));
      buffer.length = 0;
    });
    const emit = emitter(plan, buffer, () => true);
    establishments(plan, emit);
    for (let b = 0; b < plan.bureaus.length; b++) bureauActs(plan, b, emit);
    for (let i = 0; i < plan.units; i++) {
      unitActs(plan, i, emit);
      if (buffer.length >= SPILL_CHUNK) {
        flush();
        onGenerated?.(i + 1);
      }
    }
    flush();
    onGenerated?.(plan.units);
    db.exec('CREATE INDEX planned_order ON planned (recorded_on, occurred_at, seq)');
    const rows = db
      .prepare<[], { recorded_on: Day; occurred_at: string; stream_id: string; event: string }>('SELECT recorded_on, occurred_at, stream_id, event FROM planned ORDER BY recorded_on, occurred_at, seq')
      .iterate();
    let day: Day | null = null;
    let events: PlannedEvent[] = [];
    for (const row of rows) {
      if (row.recorded_on !== day) {
        if (day !== null) yield { day, events };
        day = row.recorded_on;
        events = [];
      }
      events.push({ streamId: row.stream_id, event: JSON.parse(row.event) as Event, occurredAt: row.occurred_at, recordedOn: row.recorded_on });
    }
    if (day !== null) yield { day, events };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The whole history, a recording day at a time, in recording order; within a day in business-time order (then by
 * generation order, so that a stream's events keep their order). A history of more than EVENTS_PER_PASS events
 * (`passes` > 1) is spilled to a temporary file rather than held in memory (spilledDays).
 */
export function* recordedDays(
  plan: SeedPlan,
  passes = passesFor(plan),
  /** Progress of the generation into the temporary file: units done (a spilled history only). */
  onGenerated?: (units: number) => void,
): Generator<RecordedDay> {
  if (passes > 1) {
    yield* spilledDays(plan, onGenerated);
    return;
  }
  const events: PlannedEvent[] = [];
  const emit = emitter(plan, events, () => true);
  establishments(plan, emit);
  for (let b = 0; b < plan.bureaus.length; b++) bureauActs(plan, b, emit);
  for (let i = 0; i < plan.units; i++) unitActs(plan, i, emit);
  const days = new Map<Day, PlannedEvent[]>();
  for (const e of events) {
    const list = days.get(e.recordedOn);
    if (list) list.push(e);
    else days.set(e.recordedOn, [e]);
  }
  for (const day of [...days.keys()].sort()) {
    // Stable: events of one stream that share an instant keep the order they were generated in.
    const list = (days.get(day) as PlannedEvent[]).sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
    yield { day, events: list };
  }
}
