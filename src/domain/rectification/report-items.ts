import { ValidationError } from '../shared/errors';
import { TEXT_LIMITS, requireId, requireText } from '../shared/text';
import type { EvidenceRef } from '../supervision/common';
import type { ReportItemInput } from './rectification.commands';

/** Evidence is referenced, never stored; a handful per finding is plenty, and keeps one event small. */
export const MAX_EVIDENCE_PER_ITEM = 20;
const SHA256 = /^[0-9a-f]{64}$/;

export function requireEvidence(given: readonly EvidenceRef[], field: string): EvidenceRef[] {
  if (given.length === 0) throw new ValidationError(`${field}: at least one piece of evidence is required`, field, 'EVIDENCE_REQUIRED');
  if (given.length > MAX_EVIDENCE_PER_ITEM) {
    throw new ValidationError(`${field}: at most ${MAX_EVIDENCE_PER_ITEM} pieces of evidence`, field, 'TOO_MANY', { max: MAX_EVIDENCE_PER_ITEM });
  }
  return given.map((ref) => {
    if (ref.kind === 'SHA256') {
      const value = ref.value.trim().toLowerCase();
      if (!SHA256.test(value)) throw new ValidationError(`${field}: a SHA-256 is 64 hexadecimal digits`, field, 'INVALID_EVIDENCE');
      return { kind: 'SHA256', value };
    }
    if (ref.kind === 'DOCUMENT_NUMBER') return { kind: 'DOCUMENT_NUMBER', value: requireText(ref.value, field, TEXT_LIMITS.name) };
    throw new ValidationError(`${field}: unknown evidence kind`, field, 'INVALID_EVIDENCE');
  });
}

/**
 * A report answers every finding of the order, each once, with the action taken and evidence; it names no other
 * finding. Items come back in the order's finding order, so equal reports are equal events.
 */
export function requireReportItems(items: readonly ReportItemInput[], orderFindings: readonly string[]) {
  const byFinding = new Map<string, { findingId: string; action: string; evidence: EvidenceRef[] }>();
  items.forEach((item, i) => {
    const findingId = requireId(item.findingId, `items[${i}].findingId`);
    if (!orderFindings.includes(findingId)) {
      throw new ValidationError(`Finding ${findingId} is not part of the order`, 'items', 'UNKNOWN_FINDING', { findingId });
    }
    if (byFinding.has(findingId)) throw new ValidationError(`Finding ${findingId} is answered twice`, 'items', 'DUPLICATE_FINDING', { findingId });
    byFinding.set(findingId, {
      findingId,
      action: requireText(item.action, `items[${i}].action`, TEXT_LIMITS.reason),
      evidence: requireEvidence(item.evidence, `items[${i}].evidence`),
    });
  });
  const missing = orderFindings.filter((id) => !byFinding.has(id));
  if (missing.length > 0) {
    throw new ValidationError(`The report must answer every finding of the order; missing: ${missing.join(', ')}`, 'items', 'MISSING_FINDING', {
      findingIds: missing,
    });
  }
  return orderFindings.map((id) => byFinding.get(id) as { findingId: string; action: string; evidence: EvidenceRef[] });
}
