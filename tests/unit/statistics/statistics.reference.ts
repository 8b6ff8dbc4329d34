import type { InspectionEvent } from '../../../src/domain/inspection/inspection.events';
import { evolveInspection, initialInspectionState, type InspectionState } from '../../../src/domain/inspection/inspection.state';
import { orderStandingOn, type DatedRectificationEvent } from '../../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../../src/domain/rectification/rectification.events';
import { scopeTimeline } from '../../../src/domain/registry/unit.timeline';
import { dayOf, daysBetween } from '../../../src/domain/shared/day';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { isWithin } from '../../../src/domain/shared/region';
import type { InspectionKind } from '../../../src/domain/supervision/common';
import { referenceStandings } from '../accountability/cycle.reference';

/**
 * A plain reference for every region figure: replay the events recorded by knownAt, in log order, keep each thing
 * as plain data, and count what the definitions say for one region, asOf and period. The cycle standing comes from
 * the accountability area's own plain reference (day-by-day walk); order statuses from the order-status rules.
 */
export interface ReferenceFigures {
  units: { total: number; byCategory: Record<string, number>; byClass: Record<string, number> };
  coverage: { unitsInScope: number; covered: number; notYetDue: number; overdue: number };
  inspections: Record<string, number>;
  findings: Record<string, number>;
  rectification: { opened: number; closed: number; closedOnTime: number; medianDaysToClose: number | null; open: number; overdueOpen: number };
  bulletins: Record<string, number>;
  trainings: { sessions: number; attendance: number };
  guidanceActs: number;
  selfReports: { submitted: number; flagged: number };
  leads: { received: number; closed: number };
  archivists: { assigned: number; released: number; active: number };
}

const inc = (r: Record<string, number>, k: string, n = 1): void => {
  r[k] = (r[k] ?? 0) + n;
};

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function referenceFigures(
  all: readonly RecordedEvent[],
  region: string,
  asOf: string,
  from: string,
  to: string,
  knownAt: string | null,
  countingKinds: readonly InspectionKind[],
): ReferenceFigures {
  const limit = knownAt === null ? Infinity : Date.parse(knownAt);
  const known = all.filter((e) => Date.parse(e.metadata.recordedAt) <= limit).sort((a, b) => a.position - b.position);
  const within = (code: string | null | undefined): boolean => !!code && isWithin(code, region);
  const inPeriod = (day: string): boolean => from <= day && day <= to;
  const dayOfEvent = (e: RecordedEvent): string => dayOf(e.metadata.occurredAt);

  // Unit attributes by business time (occurredAt, then log order)
  const attrEvents = new Map<string, RecordedEvent[]>();
  for (const e of known) {
    if (!['UnitRegistered', 'UnitDetailsAmended', 'UnitClassified'].includes(e.type)) continue;
    const d = e.data as Data;
    attrEvents.set(d.unitId, [...(attrEvents.get(d.unitId) ?? []), e]);
  }
  const attrsOn = (unitId: string, day: string, upTo = Infinity): { region: string; category: string; unitClass: string } | null => {
    const list = (attrEvents.get(unitId) ?? []).filter((e) => e.position <= upTo).sort((a, b) => (a.metadata.occurredAt < b.metadata.occurredAt ? -1 : a.metadata.occurredAt > b.metadata.occurredAt ? 1 : a.position - b.position));
    let a: { region: string; category: string; unitClass: string } | null = null;
    for (const e of list) {
      if (a !== null && dayOfEvent(e) > day) break;
      const d = e.data as Data;
      const prev: { region: string; category: string; unitClass: string } = a ?? { region: '', category: 'OTHER', unitClass: 'NONE' };
      if (e.type === 'UnitRegistered') a = { region: d.region.code, category: d.category, unitClass: d.unitClass ?? 'NONE' };
      else if (e.type === 'UnitClassified') a = { ...prev, unitClass: d.unitClass };
      else a = { region: d.changes.region?.code ?? prev.region, category: d.changes.category ?? prev.category, unitClass: prev.unitClass };
    }
    return a && a.region !== '' ? a : null;
  };

  const out: ReferenceFigures = {
    units: { total: 0, byCategory: {}, byClass: {} },
    coverage: { unitsInScope: 0, covered: 0, notYetDue: 0, overdue: 0 },
    inspections: {},
    findings: {},
    rectification: { opened: 0, closed: 0, closedOnTime: 0, medianDaysToClose: null, open: 0, overdueOpen: 0 },
    bulletins: {},
    trainings: { sessions: 0, attendance: 0 },
    guidanceActs: 0,
    selfReports: { submitted: 0, flagged: 0 },
    leads: { received: 0, closed: 0 },
    archivists: { assigned: 0, released: 0, active: 0 },
  };

  // Units in scope on asOf and their cycle state
  for (const [unitId, standing] of referenceStandings(known, asOf, null, countingKinds)) {
    if (!standing) continue;
    const a = attrsOn(unitId, asOf);
    if (!a || !within(a.region)) continue;
    out.units.total++;
    inc(out.units.byCategory, a.category);
    inc(out.units.byClass, a.unitClass);
    out.coverage.unitsInScope++;
    if (standing.state === 'COVERED') out.coverage.covered++;
    else if (standing.state === 'NOT_YET_DUE') out.coverage.notYetDue++;
    else out.coverage.overdue++;
  }

  // Inspections and findings
  const inspections = new Map<string, InspectionState>();
  for (const e of known) {
    if (!e.type.startsWith('Inspection')) continue;
    const d = e.data as Data;
    inspections.set(d.inspectionId, evolveInspection(inspections.get(d.inspectionId) ?? initialInspectionState(), e as unknown as InspectionEvent));
  }
  for (const s of inspections.values()) {
    if (s.status !== 'CONDUCTED' || !inPeriod(s.record.day)) continue;
    if (!within(attrsOn(s.record.unitId, s.record.day)?.region)) continue;
    inc(out.inspections, s.record.kind);
    for (const f of s.record.findings) inc(out.findings, f.itemCode);
  }

  // Archivists: each assignment until the release of that archivist that follows it
  const stints: { unitId: string; archivistId: string; on: string; off: string | null }[] = [];
  for (const e of known) {
    const d = e.data as Data;
    if (e.type === 'ArchivistAssigned') stints.push({ unitId: d.unitId, archivistId: d.archivistId, on: dayOfEvent(e), off: null });
    if (e.type === 'ArchivistReleased') {
      const open = [...stints].reverse().find((s) => s.unitId === d.unitId && s.archivistId === d.archivistId && s.off === null);
      if (open) open.off = dayOfEvent(e) < open.on ? open.on : dayOfEvent(e);
    }
  }
  for (const s of stints) {
    if (inPeriod(s.on) && within(attrsOn(s.unitId, s.on)?.region)) out.archivists.assigned++;
    if (s.off !== null && inPeriod(s.off) && within(attrsOn(s.unitId, s.off)?.region)) out.archivists.released++;
    if (s.on <= asOf && (s.off === null || asOf < s.off) && within(attrsOn(s.unitId, asOf)?.region)) out.archivists.active++;
  }

  // Orders, in the unit's region as the log stood when the order was recorded
  const orders = new Map<string, { region: string; acts: DatedRectificationEvent[] }>();
  for (const e of known) {
    if (!e.type.startsWith('Rectification')) continue;
    const d = e.data as Data;
    let order = orders.get(d.orderId);
    if (!order) {
      if (e.type !== 'RectificationOrdered') continue;
      const list = (attrEvents.get(d.unitId) ?? []).filter((x) => x.position < e.position && ((x.data as Data).region || (x.data as Data).changes?.region));
      const last = list.sort((a, b) => (a.metadata.occurredAt < b.metadata.occurredAt ? -1 : a.metadata.occurredAt > b.metadata.occurredAt ? 1 : a.position - b.position)).pop();
      const lastData = last?.data as Data | undefined;
      order = { region: lastData?.region?.code ?? lastData?.changes?.region?.code ?? '', acts: [] };
      orders.set(d.orderId, order);
    }
    order.acts.push({ event: { type: e.type, data: e.data } as RectificationEvent, day: dayOfEvent(e) });
  }
  const closeDays: number[] = [];
  for (const order of orders.values()) {
    if (!within(order.region)) continue;
    const orderedOn = order.acts[0]?.day as string;
    if (inPeriod(orderedOn)) out.rectification.opened++;
    const now = orderStandingOn(order.acts, asOf);
    if (now && (now.status === 'OPEN' || now.status === 'REPORTED' || now.status === 'OVERDUE')) out.rectification.open++;
    if (now?.status === 'OVERDUE') out.rectification.overdueOpen++;
    const end = orderStandingOn(order.acts, '2999-12-31');
    if (end?.closedOn && inPeriod(end.closedOn)) {
      out.rectification.closed++;
      if (end.status === 'CLOSED_ON_TIME') out.rectification.closedOnTime++;
      closeDays.push(daysBetween(orderedOn, end.closedOn));
    }
  }
  closeDays.sort((a, b) => a - b);
  if (closeDays.length > 0) out.rectification.medianDaysToClose = ((closeDays[Math.floor((closeDays.length - 1) / 2)] as number) + (closeDays[Math.floor(closeDays.length / 2)] as number)) / 2;

  // Acts naming units
  const acts = new Map<string, { type: string; day: string; regions: string[]; attendees: string[]; kind?: string; withdrawn: boolean; later: string | null }>();
  for (const e of known) {
    const d = e.data as Data;
    const regions = (d.unitRegions ?? []).map((u: Data) => u.regionCode as string);
    switch (e.type) {
      case 'BulletinIssued':
      case 'TrainingHeld':
      case 'GuidanceProvided':
      case 'LeadReceived': {
        const id = `${e.type}:${d.bulletinId ?? d.trainingId ?? d.guidanceId ?? d.leadId}`;
        if (acts.has(id)) break;
        const regionOf = new Map((d.unitRegions ?? []).map((u: Data) => [u.unitId, u.regionCode]));
        acts.set(id, { type: e.type, day: d.day, regions, attendees: (d.attendees ?? []).map((a: Data) => regionOf.get(a.unitId)).filter(Boolean), kind: d.kind, withdrawn: false, later: null });
        break;
      }
      case 'BulletinWithdrawn': {
        const act = acts.get(`BulletinIssued:${d.bulletinId}`);
        if (act) act.withdrawn = true;
        break;
      }
      case 'LeadClosed': {
        const act = acts.get(`LeadReceived:${d.leadId}`);
        if (act && act.later === null) act.later = d.day;
        break;
      }
      case 'SelfReportSubmitted':
        if (!acts.has(`sr:${d.reportId}`)) acts.set(`sr:${d.reportId}`, { type: 'sr', day: d.day, regions: [d.regionCode], attendees: [], withdrawn: false, later: null });
        break;
      case 'SelfReportFlagged': {
        const act = acts.get(`sr:${d.reportId}`);
        if (act && (act.later === null || d.day < act.later)) act.later = d.day;
        break;
      }
    }
  }
  for (const act of acts.values()) {
    const named = act.regions.some((r) => within(r));
    if (!named) continue;
    if (act.type === 'BulletinIssued' && !act.withdrawn && inPeriod(act.day)) inc(out.bulletins, act.kind as string);
    if (act.type === 'TrainingHeld' && inPeriod(act.day)) {
      out.trainings.sessions++;
      out.trainings.attendance += act.attendees.filter((r) => within(r)).length;
    }
    if (act.type === 'GuidanceProvided' && inPeriod(act.day)) out.guidanceActs++;
    if (act.type === 'LeadReceived') {
      if (inPeriod(act.day)) out.leads.received++;
      if (act.later !== null && inPeriod(act.later)) out.leads.closed++;
    }
    if (act.type === 'sr') {
      if (inPeriod(act.day)) out.selfReports.submitted++;
      if (act.later !== null && inPeriod(act.later)) out.selfReports.flagged++;
    }
  }
  return out;
}
