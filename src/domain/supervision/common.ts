/**
 * Vocabulary shared by every supervisory act (DOMAIN.md, LAW.md). Values are stable codes: they are stored in
 * events and exposed as GraphQL enums.
 */

/** 档案行政执法检查, 专项档案业务检查, 年度检查, 考核/认证/认定. */
export const INSPECTION_KINDS = ['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL', 'ASSESSMENT'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** The kinds that count for the two-year cycle unless configured otherwise (DOMAIN.md, accountability rules). */
export const DEFAULT_COUNTING_KINDS: readonly InspectionKind[] = ['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL'];

/** Whether two lists of counting kinds name the same kinds (in any order). */
export const sameCountingKinds = (a: readonly InspectionKind[], b: readonly InspectionKind[]): boolean =>
  a.length === b.length && a.every((k) => b.includes(k)) && b.every((k) => a.includes(k));

/**
 * The shape version of a read model built for `kinds`: `version` itself for the default kinds, else the version with
 * the kinds named, so that a change of CYCLE_COUNTING_KINDS replays that read model (Projection.version).
 */
export const countingKindsVersion = (version: number, kinds: readonly InspectionKind[]): number | string =>
  sameCountingKinds(kinds, DEFAULT_COUNTING_KINDS) ? version : `${version}; counting ${[...kinds].sort().join(',')}`;

export const ITEM_RESULTS = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];

export const SEVERITIES = ['MINOR', 'MAJOR', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A person acting for a bureau. Law-enforcement officers carry an enforcement credential (实施条例§47). */
export interface Inspector {
  personId: string;
  name: string;
  /** 执法证号; required for law-enforcement inspections. */
  credentialNumber: string | null;
}

/** Evidence is referenced, never stored: a document number (文号) or a SHA-256 content hash. */
export interface EvidenceRef {
  kind: 'DOCUMENT_NUMBER' | 'SHA256';
  value: string;
}

/** A legal basis as written in Chinese practice, e.g. `档案法§42(2)`, `档案法§45`, `实施条例§46`. */
export type LegalBasis = string;

/** Law enforcement needs at least two officers (行政处罚法§42). */
export const MIN_LAW_ENFORCEMENT_INSPECTORS = 2;
