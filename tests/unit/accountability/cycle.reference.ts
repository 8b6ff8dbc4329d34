import type { InspectionEvent } from '../../../src/domain/inspection/inspection.events';
import { evolveInspection, initialInspectionState, type InspectionState } from '../../../src/domain/inspection/inspection.state';
import { scopeTimeline } from '../../../src/domain/registry/unit.timeline';
import { addDays, addMonths, daysBetween } from '../../../src/domain/shared/day';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import type { InspectionKind } from '../../../src/domain/supervision/common';

/**
 * A plain reference for the two-year cycle, written from DOMAIN.md's wording with none of the production code's
 * shortcuts: replay the events known at T (the registry's own scopeTimeline, the inspection area's own evolve), judge
 * a day by the literal rule, and find the day a unit fell due by walking day by day. Slow and obviously right.
 */
export interface ReferenceStanding {
  bureauId: string;
  state: 'COVERED' | 'NOT_YET_DUE' | 'OVERDUE';
  enteredScopeOn: string;
  dueOn: string;
  daysOverdue: number;
  lastCountingInspectionOn: string | null;
}

const REGISTRY = new Set(['UnitRegistered', 'UnitTransferred', 'UnitDeregistered', 'UnitDetailsAmended', 'UnitClassified']);
const INSPECTION = new Set(['InspectionConducted', 'InspectionRecordCorrected', 'InspectionWithdrawn']);

/** The literal rule on one day, for a unit that entered the scope on `entered` and was inspected on `days`. */
function stateOn(day: string, entered: string, days: readonly string[]): ReferenceStanding['state'] {
  const windowStart = addMonths(day, -24);
  if (days.some((d) => windowStart <= d && d <= day)) return 'COVERED';
  return entered >= windowStart ? 'NOT_YET_DUE' : 'OVERDUE';
}

/** Every unit's standing on `asOf` as the record stood at `knownAt` (null: in no scope that day). */
export function referenceStandings(
  events: readonly RecordedEvent[],
  asOf: string,
  knownAt: string | null,
  countingKinds: readonly InspectionKind[],
): Map<string, ReferenceStanding | null> {
  const limit = knownAt === null ? Infinity : Date.parse(knownAt);
  const known = events.filter((e) => Date.parse(e.metadata.recordedAt) <= limit).sort((a, b) => a.position - b.position);

  const registry = new Map<string, RecordedEvent[]>();
  const inspections = new Map<string, InspectionState>();
  for (const e of known) {
    const data = e.data as { unitId?: string; inspectionId?: string };
    if (REGISTRY.has(e.type) && data.unitId) registry.set(data.unitId, [...(registry.get(data.unitId) ?? []), e]);
    if (INSPECTION.has(e.type) && data.inspectionId) {
      const state = inspections.get(data.inspectionId) ?? initialInspectionState();
      inspections.set(data.inspectionId, evolveInspection(state, e as unknown as InspectionEvent));
    }
  }
  const countingDays = new Map<string, string[]>();
  for (const state of inspections.values()) {
    if (state.status !== 'CONDUCTED' || !countingKinds.includes(state.record.kind)) continue;
    countingDays.set(state.record.unitId, [...(countingDays.get(state.record.unitId) ?? []), state.record.day]);
  }

  const answers = new Map<string, ReferenceStanding | null>();
  for (const [unitId, unitEvents] of registry) {
    const timeline = scopeTimeline(unitEvents.map((e) => ({ event: e, occurredAt: e.metadata.occurredAt })));
    const interval = timeline.find((i) => i.from <= asOf && (i.to === null || asOf < i.to));
    if (!interval) {
      answers.set(unitId, null);
      continue;
    }
    const days = (countingDays.get(unitId) ?? []).filter((d) => d <= asOf);
    const state = stateOn(asOf, interval.from, days);
    let dueOn = asOf;
    if (state === 'OVERDUE') {
      while (stateOn(dueOn, interval.from, days) === 'OVERDUE') dueOn = addDays(dueOn, -1);
    } else {
      while (stateOn(addDays(dueOn, 1), interval.from, days) !== 'OVERDUE') dueOn = addDays(dueOn, 1);
    }
    answers.set(unitId, {
      bureauId: interval.bureauId,
      state,
      enteredScopeOn: interval.from,
      dueOn,
      daysOverdue: state === 'OVERDUE' ? daysBetween(dueOn, asOf) : 0,
      lastCountingInspectionOn: days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b)),
    });
  }
  return answers;
}
