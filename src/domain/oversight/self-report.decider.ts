import type { ChecklistRef, ItemOutcome } from '../inspection/inspection.events';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireId, requireText } from '../shared/text';
import { ITEM_RESULTS } from '../supervision/common';
import { OVERSIGHT_LIMITS } from './limits';
import { requireKnownUnit, requireNotBefore, requirePeriod, type Period } from './rules';
import type { SelfReportEvent } from './self-report.events';
import type { UnitView } from './unit-on-day';

export type SubmitSelfReport = {
  type: 'SubmitSelfReport';
  data: { reportId: string; unitId: string; day: Day; period: Period; checklist: ChecklistRef; results: ItemOutcome[]; summary: string | null };
};
export type AcknowledgeSelfReport = { type: 'AcknowledgeSelfReport'; data: { reportId: string; day: Day; note: string | null } };
export type FlagSelfReport = {
  type: 'FlagSelfReport';
  data: { reportId: string; day: Day; reason: string; discrepancies: { itemCode: string; note: string; inspectionId: string | null }[] };
};
export type SelfReportCommand = SubmitSelfReport | AcknowledgeSelfReport | FlagSelfReport;

export type SelfReportState =
  | { status: 'none' }
  | { status: 'submitted' | 'acknowledged' | 'flagged'; reportId: string; unitId: string; bureauId: string; day: Day; itemCodes: string[] };

/** A published checklist version, as read from its stream (null when it was never published). */
export interface ChecklistVersion {
  checklistId: string;
  version: number;
  itemCodes: string[];
}

export interface SelfReportContext {
  /** The reporting unit, as the actor may see it on the day. */
  units: UnitView;
  checklist: ChecklistVersion | null;
}

function requireResults(results: readonly ItemOutcome[], checklist: ChecklistVersion): ItemOutcome[] {
  const seen = new Set<string>();
  const outcomes = results.map((r, i) => {
    const field = `results[${i}]`;
    if (!checklist.itemCodes.includes(r.itemCode)) {
      throw new ValidationError(`${r.itemCode} is not an item of checklist ${checklist.checklistId} v${checklist.version}`, `${field}.itemCode`, 'UNKNOWN_ITEM', {
        itemCode: r.itemCode,
      });
    }
    if (seen.has(r.itemCode)) throw new ValidationError(`${r.itemCode} is assessed twice`, `${field}.itemCode`, 'DUPLICATE', { value: r.itemCode });
    seen.add(r.itemCode);
    if (!ITEM_RESULTS.includes(r.result)) throw new ValidationError(`Unknown result ${String(r.result)}`, `${field}.result`, 'INVALID_RESULT');
    return { itemCode: r.itemCode, result: r.result, note: optionalText(r.note, `${field}.note`, OVERSIGHT_LIMITS.longText) };
  });
  const missing = checklist.itemCodes.filter((code) => !seen.has(code));
  if (missing.length > 0) throw new ValidationError(`Every item of the checklist needs a result`, 'results', 'MISSING_ITEM_RESULT', { missing });
  return outcomes;
}

function submit(command: SubmitSelfReport, state: SelfReportState, context: SelfReportContext): SelfReportEvent[] {
  const d = command.data;
  if (state.status !== 'none') throw new ConflictError(`Self-report ${d.reportId} already exists`, 'SELF_REPORT_EXISTS');
  const unit = requireKnownUnit(context.units, d.unitId);
  if (d.day < unit.firstRegisteredOn) {
    throw new ValidationError(`Unit ${d.unitId} was not registered on ${d.day}`, 'occurredAt', 'BEFORE_UNIT_REGISTERED', { registeredOn: unit.firstRegisteredOn });
  }
  if (unit.supervisorBureauId === null) throw new RuleViolation(`Unit ${d.unitId} was deregistered on ${d.day}`, 'UNIT_DEREGISTERED');
  const period = requirePeriod(d.period, 'period', d.day);
  const checklist = context.checklist;
  if (!checklist || checklist.checklistId !== d.checklist.checklistId || checklist.version !== d.checklist.version) {
    throw new ValidationError(`Checklist ${d.checklist.checklistId} v${d.checklist.version} was never published`, 'checklist', 'UNKNOWN_CHECKLIST_VERSION');
  }
  return [
    {
      type: 'SelfReportSubmitted',
      data: {
        reportId: d.reportId,
        unitId: d.unitId,
        regionCode: unit.regionCode ?? '',
        // Addressed to the bureau that supervised the unit on the day it reported.
        bureauId: unit.supervisorBureauId,
        day: d.day,
        period,
        checklist: { checklistId: checklist.checklistId, version: checklist.version },
        results: requireResults(d.results, checklist),
        summary: optionalText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
      },
    },
  ];
}

function existing(state: SelfReportState, reportId: string): Exclude<SelfReportState, { status: 'none' }> {
  if (state.status === 'none') throw new NotFoundError(`Self-report ${reportId} does not exist`, 'SELF_REPORT_NOT_FOUND', { reportId });
  return state;
}

function decide(command: SelfReportCommand, state: SelfReportState, context: SelfReportContext): SelfReportEvent[] {
  switch (command.type) {
    case 'SubmitSelfReport':
      return submit(command, state, context);
    case 'AcknowledgeSelfReport': {
      const d = command.data;
      const report = existing(state, d.reportId);
      if (report.status === 'acknowledged') throw new RuleViolation('The self-report is already acknowledged', 'SELF_REPORT_ACKNOWLEDGED');
      // A flag stands: acknowledging afterwards would hide the discrepancies.
      if (report.status === 'flagged') throw new RuleViolation('The self-report is flagged', 'SELF_REPORT_FLAGGED');
      requireNotBefore(d.day, report.day, 'the self-report was submitted');
      const { reportId, unitId, bureauId } = report;
      return [{ type: 'SelfReportAcknowledged', data: { reportId, unitId, bureauId, day: d.day, note: optionalText(d.note, 'note', OVERSIGHT_LIMITS.longText) } }];
    }
    case 'FlagSelfReport': {
      const d = command.data;
      // Also after acknowledgement: a later inspection may contradict what was accepted.
      const report = existing(state, d.reportId);
      requireNotBefore(d.day, report.day, 'the self-report was submitted');
      if (d.discrepancies.length === 0) throw new ValidationError('A flag names at least one discrepancy', 'discrepancies', 'REQUIRED');
      if (d.discrepancies.length > OVERSIGHT_LIMITS.listEntries) throw new ValidationError('Too many discrepancies', 'discrepancies', 'TOO_MANY');
      const discrepancies = d.discrepancies.map((x, i) => {
        const field = `discrepancies[${i}]`;
        if (!report.itemCodes.includes(x.itemCode)) throw new ValidationError(`${x.itemCode} is not an item of the report`, `${field}.itemCode`, 'UNKNOWN_ITEM');
        return {
          itemCode: x.itemCode,
          note: requireText(x.note, `${field}.note`, OVERSIGHT_LIMITS.longText),
          inspectionId: x.inspectionId === null ? null : requireId(x.inspectionId, `${field}.inspectionId`),
        };
      });
      const { reportId, unitId, bureauId } = report;
      return [
        {
          type: 'SelfReportFlagged',
          data: { reportId, unitId, bureauId, day: d.day, reason: requireText(d.reason, 'reason', OVERSIGHT_LIMITS.longText), discrepancies },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

function evolve(state: SelfReportState, event: SelfReportEvent): SelfReportState {
  switch (event.type) {
    case 'SelfReportSubmitted': {
      const d = event.data;
      return { status: 'submitted', reportId: d.reportId, unitId: d.unitId, bureauId: d.bureauId, day: d.day, itemCodes: d.results.map((r) => r.itemCode) };
    }
    case 'SelfReportAcknowledged':
      return state.status === 'none' ? state : { ...state, status: 'acknowledged' };
    case 'SelfReportFlagged':
      return state.status === 'none' ? state : { ...state, status: 'flagged' };
    default:
      return state;
  }
}

export const selfReportDecider: Decider<SelfReportState, SelfReportCommand, SelfReportEvent, SelfReportContext> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
