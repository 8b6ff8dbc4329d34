import { requireDay, type Day } from '../shared/day';
import { ValidationError } from '../shared/errors';
import { TEXT_LIMITS, optionalText, requireId, requireText } from '../shared/text';
import { ITEM_RESULTS, SEVERITIES, type EvidenceRef, type InspectionKind, type Inspector } from '../supervision/common';
import type { ChecklistItem, Finding, ItemOutcome } from './inspection.events';
import { minInspectors, validInspectors } from './inspection.validation';
import { firstRegisteredOn, supervisorOn, type UnitFacts } from './unit-facts';

/**
 * The rules of an inspection record, shared by recording and correcting (a correction is judged as a new record
 * would be). Each answers the normalised value or throws a ValidationError naming the field.
 */

export const MAX_INSPECTORS = 20;
export const MAX_FINDINGS = 200;
export const MAX_EVIDENCE = 50;
export const DOCUMENT_NUMBER_MAX = 100;
const HEX_64 = /^[0-9a-f]{64}$/;

/**
 * The day is a real day, not in the future, not before the unit existed, and the bureau supervised the unit that
 * day: an inspection of a unit outside the bureau's scope on that day is refused.
 */
export function validDay(day: Day, unit: UnitFacts, bureauId: string, today: Day): Day {
  requireDay(day, 'day');
  if (day > today) throw new ValidationError(`The day ${day} lies in the future`, 'day', 'DAY_IN_FUTURE', { today });
  const first = firstRegisteredOn(unit.timeline);
  if (first === null || day < first) {
    throw new ValidationError(`Unit ${unit.unitId} was not registered on ${day}`, 'day', 'UNIT_NOT_YET_REGISTERED', { unitId: unit.unitId });
  }
  if (supervisorOn(unit.timeline, day) !== bureauId) {
    throw new ValidationError(`Unit ${unit.unitId} was not in the scope of bureau ${bureauId} on ${day}`, 'day', 'UNIT_OUTSIDE_SCOPE', {
      unitId: unit.unitId,
      bureauId,
      day,
    });
  }
  return day;
}

export function validInspectionInspectors(inspectors: readonly Inspector[], kind: InspectionKind): Inspector[] {
  return validInspectors(inspectors, 'inspectors', kind, { min: minInspectors(kind), max: MAX_INSPECTORS });
}

/** Exactly one result for every item the kind uses: none missing, none unknown, none twice. In the checklist's order. */
export function validResults(items: readonly ChecklistItem[], results: readonly ItemOutcome[]): ItemOutcome[] {
  const codes = new Set(items.map((i) => i.code));
  const byCode = new Map<string, ItemOutcome>();
  results.forEach((r, i) => {
    const field = `results[${i}]`;
    if (!codes.has(r.itemCode)) {
      throw new ValidationError(`${r.itemCode} is not an item of this checklist for this kind`, `${field}.itemCode`, 'UNKNOWN_ITEM', { itemCode: r.itemCode });
    }
    if (byCode.has(r.itemCode)) throw new ValidationError(`${r.itemCode} has two results`, `${field}.itemCode`, 'DUPLICATE_ITEM_RESULT', { itemCode: r.itemCode });
    if (!ITEM_RESULTS.includes(r.result)) throw new ValidationError(`Unknown result ${String(r.result)}`, `${field}.result`, 'INVALID_RESULT');
    byCode.set(r.itemCode, { itemCode: r.itemCode, result: r.result, note: optionalText(r.note, `${field}.note`, TEXT_LIMITS.reason) });
  });
  const missing = items.filter((i) => !byCode.has(i.code)).map((i) => i.code);
  if (missing.length > 0) {
    throw new ValidationError(`No result for ${missing.join(', ')}`, 'results', 'MISSING_ITEM_RESULT', { missing });
  }
  return items.map((i) => byCode.get(i.code) as ItemOutcome);
}

/**
 * Findings tie to NON_COMPLIANT items, and every NON_COMPLIANT item has at least one: a non-compliance without a
 * finding could never be ordered rectified (orders name findings; §45 makes the order mandatory for hazards), and a
 * finding on a compliant item contradicts the record. A finding without a legal basis takes its item's.
 */
export function validFindings(findings: readonly Finding[], results: readonly ItemOutcome[], items: readonly ChecklistItem[]): Finding[] {
  if (findings.length > MAX_FINDINGS) throw new ValidationError(`At most ${MAX_FINDINGS} findings`, 'findings', 'TOO_MANY_FINDINGS');
  const nonCompliant = new Set(results.filter((r) => r.result === 'NON_COMPLIANT').map((r) => r.itemCode));
  const basisOf = new Map(items.map((i) => [i.code, i.legalBasis]));
  const ids = new Set<string>();
  const valid = findings.map((f, i) => {
    const field = `findings[${i}]`;
    const findingId = requireId(f.findingId, `${field}.findingId`);
    if (ids.has(findingId)) throw new ValidationError(`Finding ${findingId} appears twice`, `${field}.findingId`, 'DUPLICATE_FINDING', { findingId });
    ids.add(findingId);
    if (!nonCompliant.has(f.itemCode)) {
      throw new ValidationError(`A finding ties to an item found NON_COMPLIANT; ${f.itemCode} is not`, `${field}.itemCode`, 'FINDING_ITEM_NOT_NON_COMPLIANT', {
        itemCode: f.itemCode,
      });
    }
    if (!SEVERITIES.includes(f.severity)) throw new ValidationError(`Unknown severity ${String(f.severity)}`, `${field}.severity`, 'INVALID_SEVERITY');
    return {
      findingId,
      itemCode: f.itemCode,
      severity: f.severity,
      description: requireText(f.description, `${field}.description`, TEXT_LIMITS.reason),
      legalBasis: optionalText(f.legalBasis, `${field}.legalBasis`, TEXT_LIMITS.id) ?? basisOf.get(f.itemCode) ?? null,
    };
  });
  const unexplained = [...nonCompliant].filter((code) => !valid.some((f) => f.itemCode === code));
  if (unexplained.length > 0) {
    throw new ValidationError(`Every NON_COMPLIANT item needs a finding: ${unexplained.join(', ')}`, 'findings', 'FINDING_REQUIRED', {
      itemCodes: unexplained,
    });
  }
  return valid;
}

export function validConclusion(conclusion: string): string {
  return requireText(conclusion, 'conclusion', TEXT_LIMITS.reason);
}

/** Evidence is referenced, never stored: a document number (文号) or a SHA-256 of the content. */
export function validEvidence(evidence: readonly EvidenceRef[]): EvidenceRef[] {
  if (evidence.length > MAX_EVIDENCE) throw new ValidationError(`At most ${MAX_EVIDENCE} evidence references`, 'evidence', 'TOO_MANY_EVIDENCE');
  return evidence.map((e, i) => {
    const field = `evidence[${i}].value`;
    if (e.kind === 'DOCUMENT_NUMBER') {
      const value = typeof e.value === 'string' ? e.value.trim() : '';
      if (value.length === 0 || value.length > DOCUMENT_NUMBER_MAX) {
        throw new ValidationError(`A document number has 1-${DOCUMENT_NUMBER_MAX} characters`, field, 'INVALID_EVIDENCE', { kind: e.kind });
      }
      return { kind: e.kind, value };
    }
    if (e.kind === 'SHA256') {
      const value = typeof e.value === 'string' ? e.value.trim().toLowerCase() : '';
      if (!HEX_64.test(value)) throw new ValidationError('A SHA-256 is 64 hexadecimal digits', field, 'INVALID_EVIDENCE', { kind: e.kind });
      return { kind: e.kind, value };
    }
    throw new ValidationError(`Unknown evidence kind ${String(e.kind)}`, `evidence[${i}].kind`, 'INVALID_EVIDENCE');
  });
}
