import { ProjectionRunner } from '../../../projections/runner';
import { regionActivityProjection } from '../../../projections/region-activity/region-activity.projection';
import { regionStatistics, RegionStatisticsService, type RegionStatisticsReport } from '../../../src/application/region-statistics.service';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import type { InspectionKind } from '../../../src/domain/supervision/common';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { MemoryReadStore } from '../../support/memory-read-store';

/**
 * Events of every area the region statistics read, shaped as their deciders emit them (only the fields the
 * statistics use are meaningful), and a harness that projects them and asks the figures.
 */
export const registeredIn = (unitId: string, regionCode: string, bureauId = regionCode, category = 'ENTERPRISE', unitClass: string | null = null): Event => ({
  type: 'UnitRegistered',
  data: { unitId, name: `单位 ${unitId}`, category, unitClass, region: { code: regionCode, name: regionCode }, bureauId, address: null, checkOverride: null },
});
export const transferredTo = (unitId: string, toBureauId: string): Event => ({ type: 'UnitTransferred', data: { unitId, fromBureauId: 'any', toBureauId, reason: '隶属关系变更' } });
export const deregisteredUnit = (unitId: string): Event => ({ type: 'UnitDeregistered', data: { unitId, bureauId: 'any', reason: 'DISSOLVED', mergedInto: null, note: null } });
export const movedTo = (unitId: string, regionCode: string): Event => ({ type: 'UnitDetailsAmended', data: { unitId, changes: { region: { code: regionCode, name: regionCode } }, reason: null } });
export const recategorised = (unitId: string, category: string): Event => ({ type: 'UnitDetailsAmended', data: { unitId, changes: { category }, reason: null } });
export const classified = (unitId: string, unitClass: string): Event => ({ type: 'UnitClassified', data: { unitId, unitClass, previousClass: null, reason: null } });
export const archivistAssigned = (unitId: string, archivistId: string): Event => ({ type: 'ArchivistAssigned', data: { unitId, archivistId, name: '档案员', partTime: false, duties: null } });
export const archivistReleased = (unitId: string, archivistId: string): Event => ({ type: 'ArchivistReleased', data: { unitId, archivistId, reason: null } });

export const inspected = (inspectionId: string, unitId: string, day: string, kind: InspectionKind = 'LAW_ENFORCEMENT', findingItems: string[] = []): Event => ({
  type: 'InspectionConducted',
  data: {
    inspectionId,
    bureauId: 'any',
    unitId,
    planId: null,
    kind,
    day,
    inspectors: [],
    checklist: { checklistId: 'grassroots-archival-work', version: 2 },
    results: [],
    findings: findingItems.map((itemCode, i) => ({ findingId: `${inspectionId}-f${i}`, itemCode, severity: 'MINOR', description: '问题', legalBasis: null })),
    conclusion: '结论',
    evidence: [],
  },
});
export const inspectionCorrected = (inspectionId: string, unitId: string, changes: { day?: string; findingItems?: string[] }): Event => ({
  type: 'InspectionRecordCorrected',
  data: {
    inspectionId,
    bureauId: 'any',
    unitId,
    reason: '更正',
    changes: {
      ...(changes.day !== undefined && { day: changes.day }),
      ...(changes.findingItems !== undefined && {
        findings: changes.findingItems.map((itemCode, i) => ({ findingId: `${inspectionId}-c${i}`, itemCode, severity: 'MINOR', description: '问题', legalBasis: null })),
      }),
    },
  },
});
export const inspectionWithdrawn = (inspectionId: string, unitId: string): Event => ({ type: 'InspectionWithdrawn', data: { inspectionId, bureauId: 'any', unitId, reason: '撤销' } });

export const ordered = (orderId: string, unitId: string, orderedOn: string, deadline: string): Event => ({
  type: 'RectificationOrdered',
  data: { orderId, inspectionId: 'i', bureauId: 'any', unitId, findingIds: ['f'], orderedOn, deadline, legalBasis: { law: '档案法', article: '45' }, documentNumber: null },
});
export const extended = (orderId: string, unitId: string, previousDeadline: string, deadline: string, extendedOn: string): Event => ({
  type: 'RectificationDeadlineExtended',
  data: { orderId, bureauId: 'any', unitId, previousDeadline, deadline, reason: '延期', extendedOn },
});
export const reported = (orderId: string, unitId: string, submittedOn: string): Event => ({
  type: 'RectificationReportSubmitted',
  data: { orderId, bureauId: 'any', unitId, items: [], submittedOn },
});
export const reviewed = (orderId: string, unitId: string, outcome: 'ACCEPTED' | 'REJECTED', reviewedOn: string): Event => ({
  type: 'RectificationReviewed',
  data: { orderId, bureauId: 'any', unitId, outcome, reasons: outcome === 'REJECTED' ? '不合格' : null, reviewedOn },
});

type Named = { unitId: string; regionCode: string };
export const bulletin = (bulletinId: string, day: string, kind: string, units: Named[]): Event => ({
  type: 'BulletinIssued',
  data: { bulletinId, bureauId: 'any', day, kind, documentNumber: '档发〔2025〕1号', title: '通报', summary: null, units: units.map((u) => ({ unitId: u.unitId, reason: '' })), unitIds: units.map((u) => u.unitId), unitRegions: units },
});
export const bulletinWithdrawn = (bulletinId: string, day: string, unitIds: string[]): Event => ({ type: 'BulletinWithdrawn', data: { bulletinId, bureauId: 'any', unitIds, day, reason: '撤回' } });
export const training = (trainingId: string, day: string, units: Named[], attendeesOf: string[]): Event => ({
  type: 'TrainingHeld',
  data: {
    trainingId,
    bureauId: 'any',
    day,
    title: '培训',
    topics: ['LEGAL'],
    hours: 2,
    attendees: attendeesOf.map((unitId, i) => ({ unitId, archivistId: `a${i}`, name: '档案员' })),
    unitIds: units.map((u) => u.unitId),
    unitRegions: units,
  },
});
export const guidance = (guidanceId: string, day: string, units: Named[]): Event => ({
  type: 'GuidanceProvided',
  data: { guidanceId, bureauId: 'any', day, unitIds: units.map((u) => u.unitId), unitRegions: units, kind: 'VISIT', topics: [], archivistsMet: [] },
});
export const leadReceived = (leadId: string, day: string, units: Named[]): Event => ({
  type: 'LeadReceived',
  data: { leadId, bureauId: 'any', day, unitIds: units.map((u) => u.unitId), unitRegions: units, source: 'PUBLIC', reference: null, summary: '线索' },
});
export const leadClosed = (leadId: string, day: string, unitIds: string[]): Event => ({ type: 'LeadClosed', data: { leadId, bureauId: 'any', unitIds, day, outcome: 'NO_VIOLATION', caseId: null, note: null } });
export const selfReported = (reportId: string, unitId: string, regionCode: string, day: string): Event => ({
  type: 'SelfReportSubmitted',
  data: { reportId, unitId, regionCode, bureauId: 'any', day, checklist: { checklistId: 'grassroots-archival-work', version: 2 }, items: [] },
});
export const selfReportFlagged = (reportId: string, unitId: string, day: string): Event => ({ type: 'SelfReportFlagged', data: { reportId, unitId, bureauId: 'any', day, reason: '不符', discrepancies: [] } });

/** The stream of an event that does not name it by unit. */
export function streamOf(event: Event): string | undefined {
  const d = event.data as Record<string, unknown>;
  for (const [key, prefix] of [
    ['inspectionId', 'inspection'],
    ['orderId', 'rectification'],
    ['bulletinId', 'bulletin'],
    ['trainingId', 'training'],
    ['guidanceId', 'guidance'],
    ['leadId', 'lead'],
    ['reportId', 'self-report'],
  ] as const) {
    if (typeof d[key] === 'string') return `${prefix}-${d[key] as string}`;
  }
  return undefined;
}

/** Projects the events (in the given batches) into a fresh memory store. */
export function project(events: readonly RecordedEvent[], countingKinds: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS, cuts: readonly number[] = [events.length || 1]): MemoryReadStore {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, [regionActivityProjection(countingKinds)], (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  for (let at = 0, i = 0; at < events.length; i++) {
    const size = Math.max(1, cuts[i % cuts.length] as number);
    runner.apply(events.slice(Math.max(0, at - (i % 3 === 2 ? 2 : 0)), at + size));
    at += size;
  }
  return store;
}

export async function statsOf(store: MemoryReadStore, regionCode: string, asOf: string, knownAt: string | null = null, from = '2000-01-01', to = asOf): Promise<RegionStatisticsReport> {
  return regionStatistics(store, regionCode, asOf, from, to, knownAt);
}

export { RegionStatisticsService };
