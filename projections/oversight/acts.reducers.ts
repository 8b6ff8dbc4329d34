import type { Day } from '../../src/domain/shared/day';
import type { RecordedEvent } from '../../src/domain/shared/event';
import type { OversightEvent } from '../../src/domain/oversight/oversight.events';
import type { UnitRegion } from '../../src/domain/oversight/unit-on-day';
import { actDocId, type ActDoc, type ActDocBase, type ActKind, type ActStep } from './acts.model';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The units an event names with their regions, keeping only well-formed entries (a projection never throws on data). */
function unitRegionsOf(value: unknown): UnitRegion[] {
  if (!Array.isArray(value)) return [];
  return value.filter((u): u is UnitRegion => u !== null && typeof u === 'object' && isText(u.unitId) && isText(u.regionCode));
}

/** A record begins only with the fields every index key needs: its bureaus and its day. */
function beginsWell(data: object, bureauFields: readonly string[]): boolean {
  const d = data as Record<string, unknown>;
  return isText(d.day) && bureauFields.every((f) => isText(d[f]));
}

function stepOf(recorded: RecordedEvent, day: Day): ActStep {
  const m = recorded.metadata;
  return { eventId: recorded.id, type: recorded.type, day, actor: m.actor, occurredAt: m.occurredAt, recordedAt: m.recordedAt, position: recorded.position };
}

function begin<K extends ActKind>(
  kind: K,
  recordId: string,
  bureauIds: [string, ...string[]],
  unitRegions: readonly UnitRegion[],
  day: Day,
  status: string,
  recorded: RecordedEvent,
): ActDocBase & { kind: K } {
  return {
    _id: actDocId(kind, recordId),
    kind,
    recordId,
    bureauId: bureauIds[0],
    bureauIds: [...new Set(bureauIds)],
    day,
    status,
    unitIds: unitRegions.map((u) => u.unitId),
    unitRegions: Object.fromEntries(unitRegions.map((u) => [u.unitId, u.regionCode])),
    timeline: [stepOf(recorded, day)],
    lastPosition: recorded.position,
  };
}

/** A further step on a record: its status, what the step adds, and the step in the record's timeline. */
function advance<T extends ActDoc>(doc: T, recorded: RecordedEvent, day: Day, status: string, patch: Partial<T>): T {
  return { ...doc, ...patch, status, timeline: [...doc.timeline, stepOf(recorded, day)], lastPosition: recorded.position };
}

/** The record (its `supervisory_acts` id) that an event belongs to; null for an event without one (never thrown on). */
export function recordOf(event: OversightEvent): string | null {
  return recordIdOf(event);
}

const idOf = (kind: ActKind, id: unknown): string | null => (typeof id === 'string' && id !== '' ? actDocId(kind, id) : null);

function recordIdOf(event: OversightEvent): string | null {
  switch (event.type) {
    case 'GuidanceProvided':
      return idOf('GUIDANCE', event.data.guidanceId);
    case 'SelfReportSubmitted':
    case 'SelfReportAcknowledged':
    case 'SelfReportFlagged':
      return idOf('SELF_REPORT', event.data.reportId);
    case 'LeadReceived':
    case 'LeadInvestigated':
    case 'HandlingRecommendationSent':
    case 'HandlingReplyReceived':
    case 'LeadClosed':
      return idOf('LEAD', event.data.leadId);
    case 'BulletinIssued':
    case 'BulletinWithdrawn':
      return idOf('BULLETIN', event.data.bulletinId);
    case 'TrainingHeld':
      return idOf('TRAINING', event.data.trainingId);
    case 'AssessmentRecorded':
      return idOf('ASSESSMENT', event.data.assessmentId);
    case 'ViolationCaseOpened':
    case 'ViolationCaseClosed':
      return idOf('VIOLATION_CASE', event.data.caseId);
    case 'ImplementationReported':
      return idOf('IMPLEMENTATION_REPORT', event.data.reportId);
    case 'SupervisionReviewed':
      return idOf('SUPERVISION_REVIEW', event.data.reviewId);
    default:
      return null;
  }
}

/** The record after the event, or null when the event cannot apply (a step on a record never seen). */
export function reduceAct(doc: ActDoc | null, event: OversightEvent, recorded: RecordedEvent): ActDoc | null {
  const accountability = event.type === 'ImplementationReported' ? ['bureauId', 'reportingBureauId'] : event.type === 'SupervisionReviewed' ? ['bureauId', 'reviewedBureauId'] : ['bureauId'];
  if (doc === null && !beginsWell(event.data, accountability)) return null;
  switch (event.type) {
    case 'GuidanceProvided': {
      const d = event.data;
      const base = begin('GUIDANCE', d.guidanceId, [d.bureauId], unitRegionsOf(d.unitRegions), d.day, 'PROVIDED', recorded);
      return { ...base, form: d.form, topics: d.topics, archivistsMet: d.archivistsMet, difficulties: d.difficulties, note: d.note };
    }
    case 'SelfReportSubmitted': {
      const d = event.data;
      const base = begin('SELF_REPORT', d.reportId, [d.bureauId], unitRegionsOf([{ unitId: d.unitId, regionCode: d.regionCode }]), d.day, 'SUBMITTED', recorded);
      return { ...base, unitId: d.unitId, period: d.period, checklist: d.checklist, results: d.results, summary: d.summary, acknowledgement: null, flags: [] };
    }
    case 'SelfReportAcknowledged':
      if (doc?.kind !== 'SELF_REPORT') return null;
      return advance(doc, recorded, event.data.day, 'ACKNOWLEDGED', { acknowledgement: { day: event.data.day, note: event.data.note } });
    case 'SelfReportFlagged': {
      if (doc?.kind !== 'SELF_REPORT') return null;
      const { day, reason, discrepancies } = event.data;
      return advance(doc, recorded, day, 'FLAGGED', { flags: [...doc.flags, { day, reason, discrepancies }] });
    }
    case 'LeadReceived': {
      const d = event.data;
      const base = begin('LEAD', d.leadId, [d.bureauId], unitRegionsOf(d.unitRegions), d.day, 'RECEIVED', recorded);
      return { ...base, source: d.source, sourceReference: d.sourceReference, summary: d.summary, investigations: [], recommendation: null, reply: null, closure: null };
    }
    case 'LeadInvestigated': {
      if (doc?.kind !== 'LEAD') return null;
      const { day, findings } = event.data;
      // A further investigation after a recommendation does not move the lead back.
      const status = doc.status === 'RECEIVED' ? 'INVESTIGATED' : doc.status;
      return advance(doc, recorded, day, status, { investigations: [...doc.investigations, { day, findings }] });
    }
    case 'HandlingRecommendationSent': {
      if (doc?.kind !== 'LEAD') return null;
      const d = event.data;
      const recommendation = { day: d.day, recipientKind: d.recipient.kind, recipientName: d.recipient.name, documentNumber: d.documentNumber, content: d.content };
      return advance(doc, recorded, d.day, 'RECOMMENDATION_SENT', { recommendation });
    }
    case 'HandlingReplyReceived': {
      if (doc?.kind !== 'LEAD') return null;
      const d = event.data;
      return advance(doc, recorded, d.day, 'REPLY_RECEIVED', { reply: { day: d.day, summary: d.summary, documentNumber: d.documentNumber } });
    }
    case 'LeadClosed': {
      if (doc?.kind !== 'LEAD') return null;
      const d = event.data;
      return advance(doc, recorded, d.day, 'CLOSED', { closure: { day: d.day, outcome: d.outcome, caseId: d.caseId, note: d.note } });
    }
    case 'BulletinIssued': {
      const d = event.data;
      const base = begin('BULLETIN', d.bulletinId, [d.bureauId], unitRegionsOf(d.unitRegions), d.day, 'ISSUED', recorded);
      return { ...base, bulletinKind: d.kind, documentNumber: d.documentNumber, title: d.title, summary: d.summary, units: d.units, withdrawal: null };
    }
    case 'BulletinWithdrawn':
      if (doc?.kind !== 'BULLETIN') return null;
      return advance(doc, recorded, event.data.day, 'WITHDRAWN', { withdrawal: { day: event.data.day, reason: event.data.reason } });
    case 'TrainingHeld': {
      const d = event.data;
      const base = begin('TRAINING', d.trainingId, [d.bureauId], unitRegionsOf(d.unitRegions), d.day, 'HELD', recorded);
      return { ...base, title: d.title, topics: d.topics, hours: d.hours, attendees: d.attendees };
    }
    case 'AssessmentRecorded': {
      const d = event.data;
      const base = begin('ASSESSMENT', d.assessmentId, [d.bureauId], unitRegionsOf([{ unitId: d.unitId, regionCode: d.regionCode }]), d.day, 'RECORDED', recorded);
      return { ...base, unitId: d.unitId, assessmentKind: d.kind, scheme: d.scheme, grade: d.grade, validUntil: d.validUntil, note: d.note };
    }
    case 'ViolationCaseOpened': {
      const d = event.data;
      const base = begin('VIOLATION_CASE', d.caseId, [d.bureauId], unitRegionsOf([{ unitId: d.unitId, regionCode: d.regionCode }]), d.day, 'OPEN', recorded);
      return { ...base, unitId: d.unitId, origin: d.origin, legalBasis: d.legalBasis, summary: d.summary, decisionDueBy: d.decisionDueBy, closure: null };
    }
    case 'ViolationCaseClosed': {
      if (doc?.kind !== 'VIOLATION_CASE') return null;
      const { caseId: _c, bureauId: _b, unitId: _u, ...closure } = event.data;
      return advance(doc, recorded, closure.day, 'CLOSED', { closure });
    }
    case 'ImplementationReported': {
      const d = event.data;
      const base = begin('IMPLEMENTATION_REPORT', d.reportId, [d.reportingBureauId, d.bureauId], [], d.day, 'REPORTED', recorded);
      return { ...base, reportingBureauId: d.reportingBureauId, toBureauId: d.bureauId, period: d.period, summary: d.summary, figures: d.figures };
    }
    case 'SupervisionReviewed': {
      const d = event.data;
      const base = begin('SUPERVISION_REVIEW', d.reviewId, [d.bureauId, d.reviewedBureauId], [], d.day, 'REVIEWED', recorded);
      return { ...base, reviewedBureauId: d.reviewedBureauId, period: d.period, rating: d.rating, findings: d.findings };
    }
    default:
      return null;
  }
}
