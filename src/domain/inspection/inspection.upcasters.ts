import { resultsWithFindingIds, type Finding, type InspectionConducted, type ItemOutcome } from './inspection.events';

/**
 * Upcasters of the inspection area: each lifts an event's stored data by one schema version, as a pure function of
 * that data. They run on whatever the log holds, so they never throw: a field of an unexpected shape is left as it
 * is, for the projections to pass over as they pass over any malformed event.
 */

/**
 * InspectionConducted 1 → 2: each per-item result gains `findingIds`, the findings recorded against that item. A
 * version 1 record holds its findings beside its results, so the field is derived exactly as the decider now
 * writes it.
 */
export function inspectionConductedV1toV2(data: object): object {
  const d = data as Partial<Record<keyof InspectionConducted['data'], unknown>>;
  if (!Array.isArray(d.results) || !d.results.every(isObject)) return data;
  const findings = Array.isArray(d.findings) ? (d.findings as unknown[]).filter(isObject) : [];
  return { ...data, results: resultsWithFindingIds(d.results as ItemOutcome[], findings as Finding[]) };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Steps by event type, keyed by the version each step lifts from (1: 1 → 2). */
export const INSPECTION_UPCASTERS = {
  InspectionConducted: { 1: inspectionConductedV1toV2 },
} as const;
