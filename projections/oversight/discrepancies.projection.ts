import type { Day } from '../../src/domain/shared/day';
import type { RecordedEvent } from '../../src/domain/shared/event';
import type { InspectionEvent, ItemOutcome } from '../../src/domain/inspection/inspection.events';
import type { SelfReportSubmitted } from '../../src/domain/oversight/self-report.events';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

/**
 * Self-reports contradicted by inspections: for every inspection of a unit that was not withdrawn, and every item
 * it found NON_COMPLIANT, the unit's latest self-report submitted on or before the inspection's day that assessed
 * the same item code COMPLIANT. Corrections and withdrawals of inspections, and self-reports recorded late, change
 * the answer whenever they are recorded: a discrepancy that no longer holds stays stored with `active: false`.
 */
export const SELF_REPORT_CHECKS = 'self_report_checks';
export const SELF_REPORT_DISCREPANCIES = 'self_report_discrepancies';

interface ReportFacts {
  reportId: string;
  bureauId: string;
  day: Day;
  position: number;
  compliant: { itemCode: string; note: string | null }[];
}
interface InspectionFacts {
  inspectionId: string;
  bureauId: string;
  day: Day;
  nonCompliant: { itemCode: string; note: string | null }[];
  withdrawn: boolean;
}

/** Everything about one unit that the answer depends on. */
export interface SelfReportCheckDoc extends Doc {
  unitId: string;
  regionCode: string | null;
  reports: ReportFacts[];
  inspections: InspectionFacts[];
  /** Ids of every discrepancy document ever written for the unit. */
  discrepancyIds: string[];
  lastPosition: number;
}

export interface DiscrepancyDoc extends Doc {
  unitId: string;
  regionCode: string | null;
  /** The bureau the self-report was addressed to. */
  bureauId: string;
  reportId: string;
  reportDay: Day;
  inspectionId: string;
  inspectionBureauId: string;
  inspectionDay: Day;
  itemCode: string;
  selfAssessedNote: string | null;
  inspectionNote: string | null;
  active: boolean;
}

/** Items with one result, from whatever the event holds (a projection never throws on data). */
const pick = (results: unknown, result: ItemOutcome['result']) =>
  (Array.isArray(results) ? (results as Partial<ItemOutcome>[]) : [])
    .filter((r) => r !== null && typeof r === 'object' && r.result === result && typeof r.itemCode === 'string')
    .map((r) => ({ itemCode: r.itemCode as string, note: typeof r.note === 'string' ? r.note : null }));
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function discrepanciesOf(check: SelfReportCheckDoc): DiscrepancyDoc[] {
  const found: DiscrepancyDoc[] = [];
  for (const inspection of check.inspections) {
    if (inspection.withdrawn) continue;
    const before = check.reports.filter((r) => r.day <= inspection.day);
    const latest = before.reduce<ReportFacts | null>((a, r) => (!a || r.day > a.day || (r.day === a.day && r.position > a.position) ? r : a), null);
    if (!latest) continue;
    for (const item of inspection.nonCompliant) {
      const claimed = latest.compliant.find((c) => c.itemCode === item.itemCode);
      if (!claimed) continue;
      found.push({
        _id: `${latest.reportId}:${inspection.inspectionId}:${item.itemCode}`,
        unitId: check.unitId,
        regionCode: check.regionCode,
        bureauId: latest.bureauId,
        reportId: latest.reportId,
        reportDay: latest.day,
        inspectionId: inspection.inspectionId,
        inspectionBureauId: inspection.bureauId,
        inspectionDay: inspection.day,
        itemCode: item.itemCode,
        selfAssessedNote: claimed.note,
        inspectionNote: item.note,
        active: true,
      });
    }
  }
  return found;
}

function evolveCheck(check: SelfReportCheckDoc, recorded: RecordedEvent): SelfReportCheckDoc {
  const event = recorded as unknown as InspectionEvent | SelfReportSubmitted;
  switch (event.type) {
    case 'SelfReportSubmitted': {
      const d = event.data;
      if (!isText(d.reportId) || !isText(d.day)) return check;
      const report = { reportId: d.reportId, bureauId: d.bureauId, day: d.day, position: recorded.position, compliant: pick(d.results, 'COMPLIANT') };
      // The unit's region as the latest self-report recorded it (a unit without self-reports has no discrepancy).
      return { ...check, regionCode: isText(d.regionCode) ? d.regionCode : check.regionCode, reports: [...check.reports.filter((r) => r.reportId !== d.reportId), report] };
    }
    case 'InspectionConducted': {
      const d = event.data;
      if (!isText(d.inspectionId) || !isText(d.day)) return check;
      const inspection = { inspectionId: d.inspectionId, bureauId: d.bureauId, day: d.day, nonCompliant: pick(d.results ?? [], 'NON_COMPLIANT'), withdrawn: false };
      return { ...check, inspections: [...check.inspections.filter((i) => i.inspectionId !== d.inspectionId), inspection] };
    }
    case 'InspectionRecordCorrected': {
      const { inspectionId } = event.data;
      const changes = event.data.changes ?? {};
      const inspections = check.inspections.map((i) =>
        i.inspectionId !== inspectionId
          ? i
          : { ...i, ...(isText(changes.day) && { day: changes.day }), ...(changes.results !== undefined && { nonCompliant: pick(changes.results, 'NON_COMPLIANT') }) },
      );
      return { ...check, inspections };
    }
    case 'InspectionWithdrawn':
      return { ...check, inspections: check.inspections.map((i) => (i.inspectionId === event.data.inspectionId ? { ...i, withdrawn: true } : i)) };
    default:
      return check;
  }
}

const HANDLED = ['SelfReportSubmitted', 'InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn'];

export const selfReportDiscrepanciesProjection: Projection = {
  name: 'self-report-discrepancies',
  collections: [
    { name: SELF_REPORT_CHECKS, indexes: [] },
    { name: SELF_REPORT_DISCREPANCIES, indexes: ['unitId', 'regionCode', 'inspectionDay'] },
  ],
  handles: HANDLED,
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const unitId = (recorded.data as { unitId?: unknown }).unitId;
    if (typeof unitId !== 'string') return;
    const current = tx.get<SelfReportCheckDoc>(SELF_REPORT_CHECKS, unitId);
    if (current && current.lastPosition >= recorded.position) return; // already applied
    const base: SelfReportCheckDoc = current ?? { _id: unitId, unitId, regionCode: null, reports: [], inspections: [], discrepancyIds: [], lastPosition: 0 };
    const evolved = evolveCheck(base, recorded);
    const found = discrepanciesOf(evolved);
    const foundIds = new Set(found.map((d) => d._id));
    // Those that no longer hold are kept, inactive: nothing is deleted from a read model.
    for (const id of evolved.discrepancyIds) {
      if (foundIds.has(id)) continue;
      const stale = tx.get<DiscrepancyDoc>(SELF_REPORT_DISCREPANCIES, id);
      if (stale?.active) tx.put(SELF_REPORT_DISCREPANCIES, { ...stale, active: false });
    }
    for (const discrepancy of found) tx.put(SELF_REPORT_DISCREPANCIES, discrepancy);
    const discrepancyIds = [...new Set([...evolved.discrepancyIds, ...foundIds])];
    tx.put(SELF_REPORT_CHECKS, { ...evolved, discrepancyIds, lastPosition: recorded.position });
  },
};
