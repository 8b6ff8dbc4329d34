import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AccountabilityFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type AcknowledgeSelfReportInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reportId: Scalars['ID']['input'];
};

/** Who did an act, in which role, for which bureau or unit */
export type ActorInfo = {
  __typename?: 'ActorInfo';
  bureauId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  role: ActorRole;
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type ActorRole =
  | 'ANALYST'
  | 'AUDITOR'
  | 'BUREAU_STAFF'
  | 'NATIONAL_ADMIN'
  | 'SYSTEM'
  | 'UNIT_REPORTER';

export type AmendUnitDetailsInput = {
  /** An empty string clears the address */
  address?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<UnitCategory>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

/** An archivist on duty at a unit (档案人员); often part-time (身兼数职) */
export type Archivist = {
  __typename?: 'Archivist';
  archivistId: Scalars['ID']['output'];
  /** Business time of the assignment */
  assignedAt: Scalars['DateTimeISO']['output'];
  duties?: Maybe<Scalars['String']['output']>;
  /** The archivist's name: personal data, not shown to analysts */
  name: Scalars['String']['output'];
  partTime: Scalars['Boolean']['output'];
};

/** Archivists of units of the region */
export type ArchivistFigures = {
  __typename?: 'ArchivistFigures';
  /** Assigned and not released on `asOf` */
  active: Scalars['Int']['output'];
  /** Assignments dated in the period */
  assigned: Scalars['Int']['output'];
  /** Releases dated in the period */
  released: Scalars['Int']['output'];
};

/** An archivist of a unit named by a record (archivists met, attendees) */
export type ArchivistMention = {
  __typename?: 'ArchivistMention';
  archivistId: Scalars['ID']['output'];
  /** The archivist's name as registered: personal data */
  name: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
};

/** An archivist on duty at a unit on the day (the name is taken from the register) */
export type ArchivistRefInput = {
  archivistId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** An assessment, certification or recognition of a unit's archival work (考核、认证、认定) */
export type Assessment = {
  __typename?: 'Assessment';
  assessmentId: Scalars['ID']['output'];
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  grade: Scalars['String']['output'];
  kind: AssessmentKind;
  note?: Maybe<Scalars['String']['output']>;
  scheme: Scalars['String']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  /** The unit (null outside your scope) */
  unit?: Maybe<UnitMention>;
  /** Whether it is still valid today */
  validToday: Scalars['Boolean']['output'];
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type AssessmentConnection = {
  __typename?: 'AssessmentConnection';
  edges: Array<AssessmentEdge>;
  nodes: Array<Assessment>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type AssessmentEdge = {
  __typename?: 'AssessmentEdge';
  cursor: Scalars['String']['output'];
  node: Assessment;
};

export type AssessmentFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<AssessmentKind>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 考核, 认证, 认定 */
export type AssessmentKind =
  | 'ASSESSMENT'
  | 'CERTIFICATION'
  | 'RECOGNITION';

export type AssessmentPayload = {
  __typename?: 'AssessmentPayload';
  assessment?: Maybe<Assessment>;
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

export type AssignArchivistInput = {
  archivistId: Scalars['ID']['input'];
  duties?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  partTime?: Scalars['Boolean']['input'];
  unitId: Scalars['ID']['input'];
};

/** 通报: a bulletin commending, criticising, setting a typical case, or general */
export type Bulletin = {
  __typename?: 'Bulletin';
  bulletinId: Scalars['ID']['output'];
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  /** 文号 */
  documentNumber: Scalars['String']['output'];
  kind: BulletinKind;
  /** How many of the units it names lie in your scope (totals count only what you may see) */
  namedUnitCount: Scalars['Int']['output'];
  status: BulletinStatus;
  summary?: Maybe<Scalars['String']['output']>;
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  title: Scalars['String']['output'];
  /** The units named that lie in your scope */
  units: Array<BulletinUnit>;
  withdrawal?: Maybe<BulletinWithdrawal>;
};

export type BulletinConnection = {
  __typename?: 'BulletinConnection';
  edges: Array<BulletinEdge>;
  nodes: Array<Bulletin>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type BulletinEdge = {
  __typename?: 'BulletinEdge';
  cursor: Scalars['String']['output'];
  node: Bulletin;
};

/** Bulletins (通报) dated in the period, not withdrawn, naming at least one unit of the region (each bulletin once) */
export type BulletinFigures = {
  __typename?: 'BulletinFigures';
  /** By kind, most first */
  byKind: Array<StatisticsTally>;
  total: Scalars['Int']['output'];
};

export type BulletinFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<BulletinKind>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BulletinStatus>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 通报: commendation, criticism, typical case, general */
export type BulletinKind =
  | 'COMMENDATION'
  | 'CRITICISM'
  | 'GENERAL'
  | 'TYPICAL_CASE';

export type BulletinPayload = {
  __typename?: 'BulletinPayload';
  bulletin?: Maybe<Bulletin>;
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

export type BulletinStatus =
  | 'ISSUED'
  | 'WITHDRAWN';

/** A unit named by a bulletin, and why */
export type BulletinUnit = {
  __typename?: 'BulletinUnit';
  reason: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  /** The unit as it stands now (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type BulletinUnitInput = {
  /** Why the unit is named */
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type BulletinWithdrawal = {
  __typename?: 'BulletinWithdrawal';
  day: Scalars['LocalDate']['output'];
  reason: Scalars['String']['output'];
};

/** An archival bureau (档案局): one per region and level */
export type Bureau = {
  __typename?: 'Bureau';
  /** Active units in the bureau's scope */
  activeUnitCount: Scalars['Int']['output'];
  /** The bureau's id: the GB/T 2260 code of its region ('000000' for the national administration) */
  bureauId: Scalars['ID']['output'];
  establishedAt: Scalars['DateTimeISO']['output'];
  level: BureauLevel;
  name: Scalars['String']['output'];
  /** The nearest established bureau above this one */
  parent?: Maybe<Bureau>;
  region?: Maybe<Region>;
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
};

/** A bureau's two-year cycle (至少每两年普遍检查一次) on a day, as the record stood at a time */
export type BureauCycleStatus = {
  __typename?: 'BureauCycleStatus';
  /** The day judged (business time) */
  asOf: Scalars['LocalDate']['output'];
  bureauId: Scalars['ID']['output'];
  /** The inspection kinds that count for the cycle (configuration) */
  countingKinds: Array<InspectionKind>;
  /** Units with a counting inspection in the 24 months up to asOf */
  covered: Scalars['Int']['output'];
  /** The record as it stood at this time: only events recorded by then count */
  knownAt: Scalars['DateTimeISO']['output'];
  /** Cycle met: no unit in scope on asOf is overdue */
  met: Scalars['Boolean']['output'];
  /** Units not covered that entered the scope less than 24 months before asOf */
  notYetDue: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  /** The overdue units (a page of `first` after `after`); not for analysts */
  overdueUnits?: Maybe<OverdueUnitConnection>;
  /** Units in the bureau's scope on asOf (registered, not deregistered, supervised by it) */
  unitsInScope: Scalars['Int']['output'];
};

/** A bureau in an inaction review */
export type BureauInactionReport = {
  __typename?: 'BureauInactionReport';
  bureauId: Scalars['ID']['output'];
  /** Items behind the raised signals (ranks bureaus of equal score) */
  evidenceCount: Scalars['Int']['output'];
  level: BureauLevel;
  name: Scalars['String']['output'];
  raisedCount: Scalars['Int']['output'];
  /** 1 for the most serious */
  rank: Scalars['Int']['output'];
  regionCode: Scalars['String']['output'];
  /** Sum of the weights of the raised signals: the ranking key */
  score: Scalars['Int']['output'];
  /** Every signal (or those asked for), raised or not, in a fixed order */
  signals: Array<InactionSignal>;
};

export type BureauLevel =
  | 'COUNTY'
  | 'NATION'
  | 'PREFECTURE'
  | 'PROVINCE';

export type BureauPayload = {
  __typename?: 'BureauPayload';
  bureau?: Maybe<Bureau>;
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

export type CancelInspectionPlanInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  planId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CaseClosure = {
  __typename?: 'CaseClosure';
  day: Scalars['LocalDate']['output'];
  decisionNumber?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  outcome: CaseOutcome;
  penalties: Array<Penalty>;
  transferredTo?: Maybe<Scalars['String']['output']>;
  /** Whether the decision came by its due day */
  withinDecisionLimit: Scalars['Boolean']['output'];
};

export type CaseOriginKind =
  | 'INSPECTION'
  | 'LEAD';

export type CaseOutcome =
  | 'NO_PENALTY'
  | 'PENALTY'
  | 'TRANSFERRED'
  | 'WARNING';

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: UnitCategory;
  count: Scalars['Int']['output'];
};

/** A published checklist version (reference data, never changed) */
export type Checklist = {
  __typename?: 'Checklist';
  /** The rules it follows, e.g. 档办〔2007〕59号 */
  basis: Scalars['String']['output'];
  checklistId: Scalars['ID']['output'];
  effectiveFrom: Scalars['LocalDate']['output'];
  items: Array<ChecklistItem>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An item of a checklist version, with a stable code */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  /** Stable code, e.g. STORAGE_SAFETY or RESPONSIBILITY_AND_RULES */
  code: Scalars['String']['output'];
  /** A key item (重点项): failing it fails a comprehensive inspection */
  key: Scalars['Boolean']['output'];
  /** The kinds of inspection that use the item */
  kinds: Array<InspectionKind>;
  /** e.g. 档案法§42(2) */
  legalBasis?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ClassifyUnitInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  unitClass: UnitClass;
  unitId: Scalars['ID']['input'];
};

export type CloseLeadInput = {
  /** The violation case opened from the lead (VIOLATION_CASE_OPENED) */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  outcome: LeadOutcome;
};

export type CloseViolationCaseInput = {
  caseId: Scalars['ID']['input'];
  /** Document number of the decision (required for PENALTY and WARNING) */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  outcome: CaseOutcome;
  penalties?: Array<PenaltyInput>;
  /** The authority the case went to (TRANSFERRED) */
  transferredTo?: InputMaybe<Scalars['String']['input']>;
};

export type CompleteInspectionPlanInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  planId: Scalars['ID']['input'];
};

/** RFC 9162 consistency proof: the tree of fromSize is a prefix of the tree of toSize */
export type ConsistencyProof = {
  __typename?: 'ConsistencyProof';
  fromCheckpoint?: Maybe<LedgerCheckpoint>;
  fromRoot: Scalars['String']['output'];
  fromSize: Scalars['SafeInt']['output'];
  /** Hex hashes, in the order RFC 9162 §2.1.4 gives them */
  proof: Array<Scalars['String']['output']>;
  toCheckpoint?: Maybe<LedgerCheckpoint>;
  toRoot: Scalars['String']['output'];
  toSize: Scalars['SafeInt']['output'];
};

/** Only the fields given change; the corrected record is judged by the same rules as a new one */
export type CorrectInspectionRecordInput = {
  conclusion?: InputMaybe<Scalars['String']['input']>;
  day?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Array<EvidenceRefInput>>;
  findings?: InputMaybe<Array<FindingInput>>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectionId: Scalars['ID']['input'];
  inspectors?: InputMaybe<Array<InspectorInput>>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
  results?: InputMaybe<Array<ItemOutcomeInput>>;
};

/** The two-year cycle in the region on a day, by the same rules as `cycleStatus` (any bureau, the unit counted in its region of the day) */
export type CoverageFigures = {
  __typename?: 'CoverageFigures';
  /** covered / unitsInScope (null when no unit is in scope) */
  coverageRate?: Maybe<Scalars['Float']['output']>;
  /** Inspected by a counting inspection (not withdrawn) in the 24 months up to the day */
  covered: Scalars['Int']['output'];
  /** Not covered, entered their bureau’s scope in the 24 months up to the day */
  notYetDue: Scalars['Int']['output'];
  /** Neither: dead corners (死角) */
  overdue: Scalars['Int']['output'];
  /** Units registered and supervised on the day */
  unitsInScope: Scalars['Int']['output'];
};

/** Where a unit stands in the two-year cycle on a day: COVERED, NOT_YET_DUE (entered the scope less than 24 months before, not covered) or OVERDUE (a dead corner, 死角) */
export type CycleState =
  | 'COVERED'
  | 'NOT_YET_DUE'
  | 'OVERDUE';

export type DeregisterUnitInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Credit code of the unit merged into (required for MERGED) */
  mergedInto?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: DeregistrationReason;
  unitId: Scalars['ID']['input'];
};

export type DeregistrationReason =
  | 'DISSOLVED'
  | 'MERGED'
  | 'OUT_OF_SCOPE';

/** Discrepancies by the bureau the self-report was addressed to, the unit, region, and the day of the inspection */
export type DiscrepancyFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 双随机: targets drawn from the units in the bureau’s scope on the first day, inspectors from the roster */
export type DrawInspectionPlanInput = {
  /** The planning bureau; defaults to a bureau staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  checklistId: Scalars['ID']['input'];
  checklistVersion: Scalars['Int']['input'];
  /** First day (YYYY-MM-DD) */
  from: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Inspectors per target (law enforcement: at least 2) */
  inspectorsPerTarget: Scalars['Int']['input'];
  kind: InspectionKind;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  roster: Array<InspectorInput>;
  /** Unstratified: how many of the whole pool */
  sample?: InputMaybe<SampleInput>;
  /** 16-256 printable characters; made by the server when omitted */
  seed?: InputMaybe<Scalars['String']['input']>;
  /** A SHA-256 of the seed published before the draw: the seed must match it */
  seedCommitment?: InputMaybe<Scalars['String']['input']>;
  /** Stratified: how many of each supervision class */
  strata?: InputMaybe<Array<StratumInput>>;
  title: Scalars['String']['input'];
  /** Last day (YYYY-MM-DD) */
  to: Scalars['String']['input'];
};

/** Whether a recorded draw gives the recorded selection when re-run */
export type DrawReproduction = {
  __typename?: 'DrawReproduction';
  algorithm: Scalars['String']['output'];
  algorithmKnown: Scalars['Boolean']['output'];
  assignmentsMatch: Scalars['Boolean']['output'];
  /** Recorded targets the re-run did not draw */
  missing: Array<Scalars['ID']['output']>;
  planId: Scalars['ID']['output'];
  poolHashMatches: Scalars['Boolean']['output'];
  recusalsMatch: Scalars['Boolean']['output'];
  /** Everything below holds */
  reproduces: Scalars['Boolean']['output'];
  seedCommitmentMatches?: Maybe<Scalars['Boolean']['output']>;
  targetsMatch: Scalars['Boolean']['output'];
  /** Units the re-run drew that were not recorded */
  unexpected: Array<Scalars['ID']['output']>;
};

/** A supervision class to draw from; UNCLASSIFIED: units without one */
export type DrawStratumClass =
  | 'FIRST'
  | 'SECOND'
  | 'THIRD'
  | 'UNCLASSIFIED';

export type EstablishBureauInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** GB/T 2260 code of the bureau's region; '000000' for the national administration */
  regionCode: Scalars['String']['input'];
};

export type EvidenceRefInput = {
  kind: InspectionEvidenceKind;
  /** A document number (≤ 100 characters) or 64 hexadecimal digits */
  value: Scalars['String']['input'];
};

export type ExtendRectificationDeadlineInput = {
  /** The new last day (YYYY-MM-DD); after the one in force and after today */
  deadline: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Findings of the inspections dated in the period: the most common problems */
export type FindingFigures = {
  __typename?: 'FindingFigures';
  /** By checklist item code, most common first */
  byItem: Array<StatisticsTally>;
  total: Scalars['Int']['output'];
};

export type FindingInput = {
  description: Scalars['String']['input'];
  /** Omit for a new finding; give it to keep a finding in a correction */
  findingId?: InputMaybe<Scalars['ID']['input']>;
  itemCode: Scalars['String']['input'];
  /** Defaults to the item's legal basis */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  severity: FindingSeverity;
};

export type FindingSeverity =
  | 'CRITICAL'
  | 'MAJOR'
  | 'MINOR';

export type FlagSelfReportInput = {
  discrepancies: Array<FlaggedItemInput>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};

export type FlaggedItem = {
  __typename?: 'FlaggedItem';
  inspectionId?: Maybe<Scalars['ID']['output']>;
  itemCode: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

export type FlaggedItemInput = {
  /** The inspection that contradicted the self-assessment */
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  itemCode: Scalars['String']['input'];
  note: Scalars['String']['input'];
};

/** 业务指导: guidance given to units; never counts as an inspection for the cycle */
export type Guidance = {
  __typename?: 'Guidance';
  /** Archivists met (names: personal data) */
  archivistsMet: Array<ArchivistMention>;
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  difficulties: Array<GuidanceDifficulty>;
  form: GuidanceForm;
  guidanceId: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  topics: Array<Scalars['String']['output']>;
  /** The units guided that lie in your scope */
  units: Array<UnitMention>;
};

export type GuidanceConnection = {
  __typename?: 'GuidanceConnection';
  edges: Array<GuidanceEdge>;
  nodes: Array<Guidance>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

/** A difficulty an archivist raised during guidance (the notice asks bureaus to listen) */
export type GuidanceDifficulty = {
  __typename?: 'GuidanceDifficulty';
  /** The archivist who raised it, when one of those met */
  archivistId?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
};

export type GuidanceDifficultyInput = {
  archivistId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type GuidanceEdge = {
  __typename?: 'GuidanceEdge';
  cursor: Scalars['String']['output'];
  node: Guidance;
};

export type GuidanceFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  form?: InputMaybe<GuidanceForm>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 业务指导: a visit, a consultation, on-site help */
export type GuidanceForm =
  | 'CONSULTATION'
  | 'ON_SITE_HELP'
  | 'VISIT';

export type GuidancePayload = {
  __typename?: 'GuidancePayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  guidance?: Maybe<Guidance>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

/** A handling recommendation sent to the responsible unit or its superior (实施条例§46) */
export type HandlingRecommendation = {
  __typename?: 'HandlingRecommendation';
  content: Scalars['String']['output'];
  day: Scalars['LocalDate']['output'];
  documentNumber: Scalars['String']['output'];
  recipientKind: RecommendationRecipient;
  recipientName: Scalars['String']['output'];
};

/** The written reply to a handling recommendation */
export type HandlingReply = {
  __typename?: 'HandlingReply';
  day: Scalars['LocalDate']['output'];
  documentNumber?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};

export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  edges: Array<HistoryEdge>;
  nodes: Array<HistoryEntry>;
  pageInfo: PageInfo;
  /** Entries of the history, all pages */
  totalCount: Scalars['Int']['output'];
};

export type HistoryEdge = {
  __typename?: 'HistoryEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEntry;
};

/** One event in the history of a unit: the act, who did it, when it happened and when it was recorded */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  actor: ActorInfo;
  causationId?: Maybe<Scalars['ID']['output']>;
  correlationId: Scalars['ID']['output'];
  /** The event's data, as recorded */
  data: Scalars['JSONObject']['output'];
  eventId: Scalars['ID']['output'];
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  /** The entry's event is in the sealed log: its inclusion proof against treeSize, or the latest checkpoint covering it */
  proof: InclusionProof;
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  revision: Scalars['Int']['output'];
  schemaVersion: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
  /** Event type, e.g. UnitRegistered */
  type: Scalars['String']['output'];
};


/** One event in the history of a unit: the act, who did it, when it happened and when it was recorded */
export type HistoryEntryProofArgs = {
  treeSize?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type HoldTrainingInput = {
  /** Archivists of units supervised by the bureau or a bureau below it */
  attendees: Array<ArchivistRefInput>;
  /** The bureau holding it; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Teaching hours (half hours at least) */
  hours: Scalars['Float']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  title: Scalars['String']['input'];
  topics: Array<TrainingTopic>;
};

/** A bureau's report on its implementation to a bureau above it; `bureauId` is the reporting bureau */
export type ImplementationReport = {
  __typename?: 'ImplementationReport';
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  /** The reporting bureau's own figures, as it states them */
  figures?: Maybe<Scalars['JSONObject']['output']>;
  period: ReportingPeriod;
  reportId: Scalars['ID']['output'];
  reportingBureauId: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  /** The bureau above that the report is addressed to */
  toBureauId: Scalars['ID']['output'];
};

export type ImplementationReportConnection = {
  __typename?: 'ImplementationReportConnection';
  edges: Array<ImplementationReportEdge>;
  nodes: Array<ImplementationReport>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type ImplementationReportEdge = {
  __typename?: 'ImplementationReportEdge';
  cursor: Scalars['String']['output'];
  node: ImplementationReport;
};

export type ImplementationReportPayload = {
  __typename?: 'ImplementationReportPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  implementationReport?: Maybe<ImplementationReport>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

export type ImportReport = {
  __typename?: 'ImportReport';
  /** False when errors stopped the import: nothing was written */
  applied: Scalars['Boolean']['output'];
  errors: Array<ImportRowError>;
  imported: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  /** Rows already registered with the same details (re-importing a file is harmless) */
  unchanged: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  field: Scalars['String']['output'];
  /** Line (CSV) or row (XLSX) number in the file, the header being 1 */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type ImportUnitsInput = {
  /** Bureau for rows without a bureau column */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** CSV: the text (UTF-8). XLSX: the file, base64-encoded. The first row names the columns. */
  content: Scalars['String']['input'];
  format: ImportFormat;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Register the valid rows even if some rows are bad */
  importValidRows?: Scalars['Boolean']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One item behind a signal. Which fields are set depends on the signal; days are business days (China time) */
export type InactionEvidence = {
  __typename?: 'InactionEvidence';
  /** When the bureau did act, too late (the order, the review, the recording) or, for OVERDUE_ORDERS_UNATTENDED, the last act on the order; null when none by asOf */
  actedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Days overdue (units), late (orders, recording), waiting for a review (reports), silent since the deadline (orders), since the inspection (understaffed) */
  days?: Maybe<Scalars['Int']['output']>;
  /** The last day the bureau had to act: the unit fell due, the order or review was due, the deadline in force (OVERDUE_ORDERS_UNATTENDED) */
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** LATE_RECORDING: the event recorded late */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** LATE_RECORDING: its type */
  eventType?: Maybe<Scalars['String']['output']>;
  /** FINDINGS_WITHOUT_ORDER: the finding of the inspection */
  findingId?: Maybe<Scalars['ID']['output']>;
  inspectionId?: Maybe<Scalars['ID']['output']>;
  /** UNDERSTAFFED_LAW_ENFORCEMENT: the inspectors recorded */
  inspectorCount?: Maybe<Scalars['Int']['output']>;
  /** The day of the act the item is about: the inspection, the order, the report, the act recorded late */
  occurredOn?: Maybe<Scalars['LocalDate']['output']>;
  orderId?: Maybe<Scalars['ID']['output']>;
  /** The unit concerned (credit code) */
  unitId?: Maybe<Scalars['ID']['output']>;
};

/** An inaction review (行政不作为): what a higher bureau reads in an accountability review of the bureaus below it */
export type InactionReview = {
  __typename?: 'InactionReview';
  asOf: Scalars['LocalDate']['output'];
  /** The bureau reviewed, when one was asked */
  bureauId?: Maybe<Scalars['ID']['output']>;
  /** Most serious first: higher score, then more items, then bureau id */
  bureaus: Array<BureauInactionReport>;
  /** Bureaus with at least one raised signal */
  bureausRaised: Scalars['Int']['output'];
  /** Bureaus reviewed (established on or before asOf) */
  bureausReviewed: Scalars['Int']['output'];
  /** The region whose bureaus were reviewed, when one was asked */
  regionCode?: Maybe<Scalars['String']['output']>;
  thresholds: InactionThresholdsApplied;
};

/** One signal of one bureau on asOf */
export type InactionSignal = {
  __typename?: 'InactionSignal';
  /** A page of the items, the most days first (see evidenceFirst, evidenceOffset) */
  evidence: Array<InactionEvidence>;
  /** Items behind the signal, all of them */
  evidenceTotal: Scalars['Int']['output'];
  kind: InactionSignalKind;
  /** NO_BULLETIN, NO_TRAINING, NO_PLAN: the last such act on or before asOf (null: none) */
  lastActOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Whether the signal is raised under the thresholds */
  raised: Scalars['Boolean']['output'];
  /** Its weight in the bureau's score (counted only when raised) */
  weight: Scalars['Int']['output'];
};

/** An inaction signal (行政不作为): OVERDUE_UNITS (units overdue in the two-year cycle), FINDINGS_WITHOUT_ORDER (findings no order named within the days allowed), OVERDUE_ORDERS_UNATTENDED (orders past their deadline with no report, review, extension or follow-up for longer than allowed), REPORTS_UNREVIEWED (reports not reviewed within the days allowed), NO_BULLETIN, NO_TRAINING, NO_PLAN (none in the window before asOf), UNDERSTAFFED_LAW_ENFORCEMENT (law-enforcement inspections with too few inspectors), LATE_RECORDING (acts recorded long after they happened) */
export type InactionSignalKind =
  | 'FINDINGS_WITHOUT_ORDER'
  | 'LATE_RECORDING'
  | 'NO_BULLETIN'
  | 'NO_PLAN'
  | 'NO_TRAINING'
  | 'OVERDUE_ORDERS_UNATTENDED'
  | 'OVERDUE_UNITS'
  | 'REPORTS_UNREVIEWED'
  | 'UNDERSTAFFED_LAW_ENFORCEMENT';

/** The thresholds the review applied (the defaults where none was given) */
export type InactionThresholdsApplied = {
  __typename?: 'InactionThresholdsApplied';
  bulletinWithinDays: Scalars['Int']['output'];
  lateRecordDays: Scalars['Int']['output'];
  minInspectors: Scalars['Int']['output'];
  orderWithinDays: Scalars['Int']['output'];
  overdueDaysMin: Scalars['Int']['output'];
  overdueUnitsMin: Scalars['Int']['output'];
  planWithinDays: Scalars['Int']['output'];
  reviewWithinDays: Scalars['Int']['output'];
  trainingWithinDays: Scalars['Int']['output'];
  unattendedOrderDays: Scalars['Int']['output'];
};

/** Thresholds of the inaction signals; each omitted one takes its default */
export type InactionThresholdsInput = {
  /** NO_BULLETIN: the window before asOf, in days (default 365) */
  bulletinWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** LATE_RECORDING: acts recorded more than this many days after they happened (default 30) */
  lateRecordDays?: InputMaybe<Scalars['Int']['input']>;
  /** UNDERSTAFFED_LAW_ENFORCEMENT: inspectors a law-enforcement inspection needs (default 2) */
  minInspectors?: InputMaybe<Scalars['Int']['input']>;
  /** FINDINGS_WITHOUT_ORDER: days after the inspection an order may take (default 30) */
  orderWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** …counting units overdue by at least this many days (default 1, at least 1) */
  overdueDaysMin?: InputMaybe<Scalars['Int']['input']>;
  /** OVERDUE_UNITS is raised from this many overdue units (default 1, at least 1) */
  overdueUnitsMin?: InputMaybe<Scalars['Int']['input']>;
  /** NO_PLAN: the window before asOf, in days (default 365) */
  planWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** REPORTS_UNREVIEWED: days a review may take (default 30) */
  reviewWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** NO_TRAINING: the window before asOf, in days (default 365) */
  trainingWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** OVERDUE_ORDERS_UNATTENDED: days an overdue order may stay without report, review, extension or follow-up (default 0) */
  unattendedOrderDays?: InputMaybe<Scalars['Int']['input']>;
};

/** RFC 9162 inclusion proof: the audit path from an event's leaf to the root of a tree size */
export type InclusionProof = {
  __typename?: 'InclusionProof';
  /** Sibling hashes from the leaf up, hex */
  auditPath: Array<Scalars['String']['output']>;
  /** A signed checkpoint of exactly treeSize, when one was issued */
  checkpoint?: Maybe<LedgerCheckpoint>;
  /** SHA-256(0x00 ‖ canonical event bytes), hex */
  leafHash: Scalars['String']['output'];
  /** Index of its leaf: position − 1 */
  leafIndex: Scalars['SafeInt']['output'];
  /** Global position of the event */
  position: Scalars['SafeInt']['output'];
  /** Root of the tree of treeSize events, hex */
  rootHash: Scalars['String']['output'];
  treeSize: Scalars['SafeInt']['output'];
};

/** An inspection as its record now stands (corrections applied) */
export type Inspection = {
  __typename?: 'Inspection';
  /** Who recorded it */
  actor: ActorInfo;
  bureauId: Scalars['ID']['output'];
  checklistId: Scalars['ID']['output'];
  checklistVersion: Scalars['Int']['output'];
  conclusion: Scalars['String']['output'];
  corrections: Array<InspectionCorrection>;
  /** The day it happened (China time) */
  day: Scalars['LocalDate']['output'];
  evidence: Array<InspectionEvidence>;
  findings: Array<InspectionFinding>;
  inspectionId: Scalars['ID']['output'];
  inspectors: Array<InspectionInspector>;
  kind: InspectionKind;
  /** Business time of the record */
  occurredAt: Scalars['DateTimeISO']['output'];
  planId?: Maybe<Scalars['ID']['output']>;
  /** When the server recorded it */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The unit's region as it stood on the day */
  regionCode?: Maybe<Scalars['String']['output']>;
  regionName?: Maybe<Scalars['String']['output']>;
  results: Array<InspectionItemOutcome>;
  /** The unit as it stands now (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  withdrawal?: Maybe<InspectionWithdrawal>;
  /** Withdrawn: it counts for nothing, and stays in the history */
  withdrawn: Scalars['Boolean']['output'];
};

export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  edges: Array<InspectionEdge>;
  nodes: Array<Inspection>;
  pageInfo: PageInfo;
  /** Inspections matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

/** A correction of the record (the original stays in the history) */
export type InspectionCorrection = {
  __typename?: 'InspectionCorrection';
  actor: ActorInfo;
  /** The fields it changed */
  fields: Array<Scalars['String']['output']>;
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  reason: Scalars['String']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  cursor: Scalars['String']['output'];
  node: Inspection;
};

/** Evidence referenced, never stored */
export type InspectionEvidence = {
  __typename?: 'InspectionEvidence';
  kind: InspectionEvidenceKind;
  value: Scalars['String']['output'];
};

/** A document number (文号) or a SHA-256 of the content */
export type InspectionEvidenceKind =
  | 'DOCUMENT_NUMBER'
  | 'SHA256';

/** Inspections dated in the period (not withdrawn; corrections applied), in the unit’s region on the inspection day */
export type InspectionFigures = {
  __typename?: 'InspectionFigures';
  /** By inspection kind, most first */
  byKind: Array<StatisticsTally>;
  total: Scalars['Int']['output'];
};

export type InspectionFilterInput = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** First day (YYYY-MM-DD), inclusive */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Withdrawn records are left out unless asked for */
  includeWithdrawn?: Scalars['Boolean']['input'];
  kind?: InputMaybe<InspectionKind>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** GB/T 2260 prefix of the unit's region as it stood on the day */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD), inclusive */
  to?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A finding, tied to an item found NON_COMPLIANT */
export type InspectionFinding = {
  __typename?: 'InspectionFinding';
  description: Scalars['String']['output'];
  /** Stable across corrections; rectification orders name it */
  findingId: Scalars['ID']['output'];
  itemCode: Scalars['String']['output'];
  legalBasis?: Maybe<Scalars['String']['output']>;
  severity: FindingSeverity;
};

/** A person acting for the bureau: an inspector, with the enforcement credential shown (执法证) */
export type InspectionInspector = {
  __typename?: 'InspectionInspector';
  /** 执法证号; every law-enforcement inspector has one */
  credentialNumber?: Maybe<Scalars['String']['output']>;
  /** The inspector's name: personal data, not shown to analysts */
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

/** The result for one checklist item */
export type InspectionItemOutcome = {
  __typename?: 'InspectionItemOutcome';
  /** The findings recorded against this item (their findingId), in the order of the findings */
  findingIds: Array<Scalars['String']['output']>;
  itemCode: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  result: InspectionItemResult;
};

export type InspectionItemResult =
  | 'COMPLIANT'
  | 'NON_COMPLIANT'
  | 'NOT_APPLICABLE';

/** 档案行政执法检查 law enforcement, 专项档案业务检查 special business, 年度检查 annual, 考核/认证/认定 assessment */
export type InspectionKind =
  | 'ANNUAL'
  | 'ASSESSMENT'
  | 'LAW_ENFORCEMENT'
  | 'SPECIAL_BUSINESS';

export type InspectionPayload = {
  __typename?: 'InspectionPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  inspection?: Maybe<Inspection>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

/** An inspection plan of a bureau for a period */
export type InspectionPlan = {
  __typename?: 'InspectionPlan';
  actor: ActorInfo;
  /** The planning bureau (null when outside your scope) */
  bureau?: Maybe<Bureau>;
  bureauId: Scalars['ID']['output'];
  cancellationReason?: Maybe<Scalars['String']['output']>;
  checklistId: Scalars['ID']['output'];
  checklistVersion: Scalars['Int']['output'];
  /** When it was completed or cancelled */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  completionNote?: Maybe<Scalars['String']['output']>;
  /** First day of the period */
  from: Scalars['LocalDate']['output'];
  kind: InspectionKind;
  planId: Scalars['ID']['output'];
  /** Business time of the plan */
  plannedAt: Scalars['DateTimeISO']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recusals: Array<InspectionPlanRecusal>;
  /** The roster inspectors were drawn or listed from */
  roster: Array<InspectionInspector>;
  selection: InspectionPlanSelection;
  status: InspectionPlanStatus;
  /** The units to inspect, in the order drawn or listed */
  targets: Array<InspectionPlanTarget>;
  title: Scalars['String']['output'];
  /** Last day of the period */
  to: Scalars['LocalDate']['output'];
};

export type InspectionPlanConnection = {
  __typename?: 'InspectionPlanConnection';
  edges: Array<InspectionPlanEdge>;
  nodes: Array<InspectionPlan>;
  pageInfo: PageInfo;
  /** Plans matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type InspectionPlanEdge = {
  __typename?: 'InspectionPlanEdge';
  cursor: Scalars['String']['output'];
  node: InspectionPlan;
};

export type InspectionPlanPayload = {
  __typename?: 'InspectionPlanPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  plan?: Maybe<InspectionPlan>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

/** An inspector recused from a target (回避), replaced by a logged re-draw */
export type InspectionPlanRecusal = {
  __typename?: 'InspectionPlanRecusal';
  actor: ActorInfo;
  /** Who could replace the inspector, sorted */
  candidates: Array<Scalars['ID']['output']>;
  inspectorId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  reason: Scalars['String']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The label of the re-draw in the plan’s random stream */
  redrawLabel: Scalars['String']['output'];
  replacementId: Scalars['ID']['output'];
  unitId: Scalars['ID']['output'];
};

/** How the targets were chosen; for a draw, everything needed to re-run it */
export type InspectionPlanSelection = {
  __typename?: 'InspectionPlanSelection';
  /** The documented sampling algorithm, e.g. sha256-ctr-fisher-yates-v1 */
  algorithm?: Maybe<Scalars['String']['output']>;
  /** The roster drawn from, sorted */
  inspectorPool?: Maybe<Array<Scalars['ID']['output']>>;
  inspectorsPerTarget?: Maybe<Scalars['Int']['output']>;
  method: TargetSelectionMethod;
  /** The units drawn from, sorted by credit code */
  pool?: Maybe<Array<Scalars['ID']['output']>>;
  /** The day whose scope the pool describes */
  poolDay?: Maybe<Scalars['LocalDate']['output']>;
  /** SHA-256 of the pool, one credit code a line (hex) */
  poolHash?: Maybe<Scalars['String']['output']>;
  poolSize?: Maybe<Scalars['Int']['output']>;
  sampleSize?: Maybe<Scalars['Int']['output']>;
  seed?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the seed (hex) */
  seedCommitment?: Maybe<Scalars['String']['output']>;
  strata?: Maybe<Array<InspectionPlanStratum>>;
};

export type InspectionPlanStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED';

/** How many units a stratum (a supervision class) had, and how many were drawn from it */
export type InspectionPlanStratum = {
  __typename?: 'InspectionPlanStratum';
  drawn: Scalars['Int']['output'];
  poolSize: Scalars['Int']['output'];
  unitClass: Scalars['String']['output'];
};

/** A unit the plan inspects, and who is assigned to it */
export type InspectionPlanTarget = {
  __typename?: 'InspectionPlanTarget';
  /** Person ids assigned now (recusals applied) */
  inspectorIds: Array<Scalars['ID']['output']>;
  /** The people assigned now, from the roster */
  inspectors: Array<InspectionInspector>;
  /** The unit (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

/** The withdrawal of the record, with who did it, when it happened and when it was recorded */
export type InspectionWithdrawal = {
  __typename?: 'InspectionWithdrawal';
  actor: ActorInfo;
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  reason: Scalars['String']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

export type InspectorInput = {
  /** 执法证号; required for law enforcement */
  credentialNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};

export type IssueBulletinInput = {
  /** The issuing bureau; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  documentNumber: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: BulletinKind;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** Units supervised by the bureau or a bureau below it in its region */
  units?: Array<BulletinUnitInput>;
};

export type ItemOutcomeInput = {
  itemCode: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  result: InspectionItemResult;
};

/** An act in a bureau's history recorded at least a day after it happened */
export type LateRecord = {
  __typename?: 'LateRecord';
  actor: ActorInfo;
  /** The bureau whose history holds the act */
  bureauId: Scalars['ID']['output'];
  /** The event's data, as recorded */
  data: Scalars['JSONObject']['output'];
  /** Business days (China time) from the day it happened to the day it was recorded */
  delayDays: Scalars['Int']['output'];
  eventId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  streamId: Scalars['String']['output'];
  /** Event type, e.g. InspectionConducted */
  type: Scalars['String']['output'];
};

/** Acts recorded late, the longest delay first, then the latest in the log first */
export type LateRecordConnection = {
  __typename?: 'LateRecordConnection';
  edges: Array<LateRecordEdge>;
  nodes: Array<LateRecord>;
  pageInfo: PageInfo;
  /** Acts matching, all pages */
  totalCount: Scalars['Int']['output'];
};

export type LateRecordEdge = {
  __typename?: 'LateRecordEdge';
  cursor: Scalars['String']['output'];
  node: LateRecord;
};

/** A lead or complaint about an archival violation (线索), each step with its day */
export type Lead = {
  __typename?: 'Lead';
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  closure?: Maybe<LeadClosure>;
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  investigations: Array<LeadInvestigation>;
  leadId: Scalars['ID']['output'];
  recommendation?: Maybe<HandlingRecommendation>;
  reply?: Maybe<HandlingReply>;
  source: LeadSource;
  sourceReference?: Maybe<Scalars['String']['output']>;
  status: LeadStatus;
  summary: Scalars['String']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  /** The units concerned that lie in your scope */
  units: Array<UnitMention>;
};

export type LeadClosure = {
  __typename?: 'LeadClosure';
  /** The violation case opened from the lead */
  caseId?: Maybe<Scalars['ID']['output']>;
  day: Scalars['LocalDate']['output'];
  note?: Maybe<Scalars['String']['output']>;
  outcome: LeadOutcome;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  nodes: Array<Lead>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

/** Leads (线索) concerning units of the region (each lead once) */
export type LeadFigures = {
  __typename?: 'LeadFigures';
  /** Closed in the period */
  closed: Scalars['Int']['output'];
  /** Received in the period */
  received: Scalars['Int']['output'];
};

export type LeadFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type LeadInvestigation = {
  __typename?: 'LeadInvestigation';
  day: Scalars['LocalDate']['output'];
  findings: Scalars['String']['output'];
};

export type LeadOutcome =
  | 'NO_VIOLATION'
  | 'RECOMMENDATION_ANSWERED'
  | 'VIOLATION_CASE_OPENED';

export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  lead?: Maybe<Lead>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

export type LeadSource =
  | 'COMPLAINT'
  | 'INSPECTION'
  | 'MEDIA'
  | 'OTHER'
  | 'REFERRAL'
  | 'WHISTLEBLOWER_REPORT';

export type LeadStatus =
  | 'CLOSED'
  | 'INVESTIGATED'
  | 'RECEIVED'
  | 'RECOMMENDATION_SENT'
  | 'REPLY_RECEIVED';

/** A signed statement of the size and Merkle root (RFC 9162) of the sealed log at a time */
export type LedgerCheckpoint = {
  __typename?: 'LedgerCheckpoint';
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Id of the key that signed */
  keyId: Scalars['String']['output'];
  /** The exact text signed: "archival-oversight-ledger/v1\n<treeSize>\n<base64 root>\n<issuedAt>\n" */
  note: Scalars['String']['output'];
  /** The key that signed this checkpoint (kept after a key change) */
  publicKey?: Maybe<LedgerPublicKey>;
  /** Merkle tree hash of the first treeSize events, hex */
  rootHash: Scalars['String']['output'];
  /** Base64 Ed25519 signature over `note` */
  signature: Scalars['String']['output'];
  /** Number of events in the tree: positions 1 to treeSize */
  treeSize: Scalars['SafeInt']['output'];
};

/** Checkpoints, newest first */
export type LedgerCheckpointConnection = {
  __typename?: 'LedgerCheckpointConnection';
  edges: Array<LedgerCheckpointEdge>;
  nodes: Array<LedgerCheckpoint>;
  pageInfo: PageInfo;
};

export type LedgerCheckpointEdge = {
  __typename?: 'LedgerCheckpointEdge';
  cursor: Scalars['String']['output'];
  node: LedgerCheckpoint;
};

/** The Ed25519 key that signs ledger checkpoints */
export type LedgerPublicKey = {
  __typename?: 'LedgerPublicKey';
  /** Always Ed25519 */
  algorithm: Scalars['String']['output'];
  /** Hex of the first 8 bytes of SHA-256 over the DER SubjectPublicKeyInfo */
  keyId: Scalars['String']['output'];
  /** The same key as PEM */
  pem: Scalars['String']['output'];
  /** Base64 of the DER SubjectPublicKeyInfo */
  spki: Scalars['String']['output'];
};

/** Coverage at the end of a month */
export type MonthlyCoverageFigures = {
  __typename?: 'MonthlyCoverageFigures';
  /** covered / unitsInScope (null when no unit is in scope) */
  coverageRate?: Maybe<Scalars['Float']['output']>;
  /** Inspected by a counting inspection (not withdrawn) in the 24 months up to the day */
  covered: Scalars['Int']['output'];
  /** The month’s last day, on which the figures stand */
  day: Scalars['LocalDate']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Not covered, entered their bureau’s scope in the 24 months up to the day */
  notYetDue: Scalars['Int']['output'];
  /** Neither: dead corners (死角) */
  overdue: Scalars['Int']['output'];
  /** Units registered and supervised on the day */
  unitsInScope: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Acknowledge a self-report (SelfReportAcknowledged) */
  acknowledgeSelfReport: SelfReportPayload;
  /** Amend a unit's name, address, category or region (UnitDetailsAmended) */
  amendUnitDetails: UnitPayload;
  /** Record that an archivist took up duty at a unit (ArchivistAssigned) */
  assignArchivist: UnitPayload;
  /** Cancel a plan, with a reason (InspectionPlanCancelled) */
  cancelInspectionPlan: InspectionPlanPayload;
  /** Set the supervision class of a unit (UnitClassified) */
  classifyUnit: UnitPayload;
  /** Close a lead: a violation case opened, a recommendation answered, or no violation (LeadClosed) */
  closeLead: LeadPayload;
  /** Close a violation case with its outcome (ViolationCaseClosed) */
  closeViolationCase: ViolationCasePayload;
  /** Complete a plan (InspectionPlanCompleted) */
  completeInspectionPlan: InspectionPlanPayload;
  /** Correct the record, with a reason; the original stays in the history (InspectionRecordCorrected) */
  correctInspectionRecord: InspectionPayload;
  /** Take a unit off the register: dissolved, merged or out of scope (UnitDeregistered) */
  deregisterUnit: UnitPayload;
  /** Draw targets and inspectors at random (双随机) and plan them (InspectionPlanned) */
  drawInspectionPlan: InspectionPlanPayload;
  /** Erases a data subject's personal fields from every read, history, export and read model by destroying their keys (crypto-shredding); the acts themselves stay in the log, intact and provable. Refused while the retention policy keeps them. */
  erasePersonalData: PersonalDataErasure;
  /** Establish the archival bureau of a region (BureauEstablished) */
  establishBureau: BureauPayload;
  /** Grant a later deadline, with a reason (RectificationDeadlineExtended) */
  extendRectificationDeadline: RectificationOrderPayload;
  /** Flag discrepancies in a self-report, also after acknowledging it (SelfReportFlagged) */
  flagSelfReport: SelfReportPayload;
  /** Record a training held for units' archivists (TrainingHeld) */
  holdTraining: TrainingPayload;
  /** Register units in bulk from a CSV or XLSX list; every bad row is reported */
  importUnits: ImportReport;
  /** Issue a bulletin (BulletinIssued) */
  issueBulletin: BulletinPayload;
  /** Open a violation case on a unit from a lead or an inspection (ViolationCaseOpened) */
  openViolationCase: ViolationCasePayload;
  /** Order a unit to rectify findings of an inspection by a deadline (RectificationOrdered) */
  orderRectification: RectificationOrderPayload;
  /** Plan inspections of listed units (InspectionPlanned) */
  planInspections: InspectionPlanPayload;
  /** Record guidance given to units: a visit, a consultation, on-site help (GuidanceProvided) */
  provideGuidance: GuidancePayload;
  /** Sign the current tree now (checkpoints are also published at an interval) */
  publishLedgerCheckpoint: LedgerCheckpoint;
  /** Receive a lead or complaint (LeadReceived) */
  receiveLead: LeadPayload;
  /** Record an assessment, certification or recognition of a unit (AssessmentRecorded) */
  recordAssessment: AssessmentPayload;
  /** Record the written reply to a handling recommendation (HandlingReplyReceived) */
  recordHandlingReply: LeadPayload;
  /** Record an inspection with its results, findings and evidence (InspectionConducted) */
  recordInspection: InspectionPayload;
  /** Record what investigating a lead found (LeadInvestigated) */
  recordLeadInvestigation: LeadPayload;
  /** Record a follow-up visit, while open or after closure (RectificationFollowedUp) */
  recordRectificationFollowUp: RectificationOrderPayload;
  /** Recuse an inspector from a target; a logged re-draw replaces them (InspectionPlanInspectorRecused) */
  recuseInspector: InspectionPlanPayload;
  /** Register a unit in the scope of a bureau (UnitRegistered) */
  registerUnit: UnitPayload;
  /** Record that an archivist left duty at a unit (ArchivistReleased) */
  releaseArchivist: UnitPayload;
  /** Report a bureau's implementation to a bureau above it (ImplementationReported) */
  reportImplementation: ImplementationReportPayload;
  /** Accept (closes the order) or reject (with reasons) the pending report (RectificationReviewed) */
  reviewRectification: RectificationOrderPayload;
  /** Review a lower bureau's supervision (SupervisionReviewed) */
  reviewSupervision: SupervisionReviewPayload;
  /** Send a handling recommendation to the responsible unit or its superior (HandlingRecommendationSent) */
  sendHandlingRecommendation: LeadPayload;
  /** The unit's report on every finding (RectificationReportSubmitted): by the unit, or recorded by the ordering bureau */
  submitRectificationReport: RectificationOrderPayload;
  /** Submit a unit's self-report against a checklist version (SelfReportSubmitted) */
  submitSelfReport: SelfReportPayload;
  /** Move a unit to the scope of another bureau (UnitTransferred) */
  transferUnit: UnitPayload;
  /** Withdraw a bulletin, with the reason (BulletinWithdrawn) */
  withdrawBulletin: BulletinPayload;
  /** Withdraw the record, with a reason; it counts for nothing and stays in the history (InspectionWithdrawn) */
  withdrawInspection: InspectionPayload;
};


export type MutationAcknowledgeSelfReportArgs = {
  input: AcknowledgeSelfReportInput;
};


export type MutationAmendUnitDetailsArgs = {
  input: AmendUnitDetailsInput;
};


export type MutationAssignArchivistArgs = {
  input: AssignArchivistInput;
};


export type MutationCancelInspectionPlanArgs = {
  input: CancelInspectionPlanInput;
};


export type MutationClassifyUnitArgs = {
  input: ClassifyUnitInput;
};


export type MutationCloseLeadArgs = {
  input: CloseLeadInput;
};


export type MutationCloseViolationCaseArgs = {
  input: CloseViolationCaseInput;
};


export type MutationCompleteInspectionPlanArgs = {
  input: CompleteInspectionPlanInput;
};


export type MutationCorrectInspectionRecordArgs = {
  input: CorrectInspectionRecordInput;
};


export type MutationDeregisterUnitArgs = {
  input: DeregisterUnitInput;
};


export type MutationDrawInspectionPlanArgs = {
  input: DrawInspectionPlanInput;
};


export type MutationErasePersonalDataArgs = {
  legalBasis: Scalars['String']['input'];
  subjectId: Scalars['ID']['input'];
};


export type MutationEstablishBureauArgs = {
  input: EstablishBureauInput;
};


export type MutationExtendRectificationDeadlineArgs = {
  input: ExtendRectificationDeadlineInput;
};


export type MutationFlagSelfReportArgs = {
  input: FlagSelfReportInput;
};


export type MutationHoldTrainingArgs = {
  input: HoldTrainingInput;
};


export type MutationImportUnitsArgs = {
  input: ImportUnitsInput;
};


export type MutationIssueBulletinArgs = {
  input: IssueBulletinInput;
};


export type MutationOpenViolationCaseArgs = {
  input: OpenViolationCaseInput;
};


export type MutationOrderRectificationArgs = {
  input: OrderRectificationInput;
};


export type MutationPlanInspectionsArgs = {
  input: PlanInspectionsInput;
};


export type MutationProvideGuidanceArgs = {
  input: ProvideGuidanceInput;
};


export type MutationReceiveLeadArgs = {
  input: ReceiveLeadInput;
};


export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};


export type MutationRecordHandlingReplyArgs = {
  input: RecordHandlingReplyInput;
};


export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


export type MutationRecordLeadInvestigationArgs = {
  input: RecordLeadInvestigationInput;
};


export type MutationRecordRectificationFollowUpArgs = {
  input: RecordRectificationFollowUpInput;
};


export type MutationRecuseInspectorArgs = {
  input: RecuseInspectorInput;
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
};


export type MutationReleaseArchivistArgs = {
  input: ReleaseArchivistInput;
};


export type MutationReportImplementationArgs = {
  input: ReportImplementationInput;
};


export type MutationReviewRectificationArgs = {
  input: ReviewRectificationInput;
};


export type MutationReviewSupervisionArgs = {
  input: ReviewSupervisionInput;
};


export type MutationSendHandlingRecommendationArgs = {
  input: SendHandlingRecommendationInput;
};


export type MutationSubmitRectificationReportArgs = {
  input: SubmitRectificationReportInput;
};


export type MutationSubmitSelfReportArgs = {
  input: SubmitSelfReportInput;
};


export type MutationTransferUnitArgs = {
  input: TransferUnitInput;
};


export type MutationWithdrawBulletinArgs = {
  input: WithdrawBulletinInput;
};


export type MutationWithdrawInspectionArgs = {
  input: WithdrawInspectionInput;
};

export type OpenViolationCaseInput = {
  /** The bureau opening it; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The inspection it comes from (originKind INSPECTION) */
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  /** The lead it comes from (originKind LEAD) */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. 档案法§48(8) */
  legalBasis: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  originKind: CaseOriginKind;
  summary: Scalars['String']['input'];
  /** A unit in the bureau's own scope on the day */
  unitId: Scalars['ID']['input'];
};

export type OrderRectificationInput = {
  /** The last day to rectify (YYYY-MM-DD); after the order day */
  deadline: Scalars['String']['input'];
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Findings of the inspection the order is for */
  findingIds: Array<Scalars['ID']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectionId: Scalars['ID']['input'];
  /** e.g. 档案法§45 */
  legalBasis: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Chosen by the caller, or derived from the idempotency key, or made by the server */
  orderId?: InputMaybe<Scalars['ID']['input']>;
};

/** A unit overdue in the two-year cycle (a dead corner, 死角) */
export type OverdueUnit = {
  __typename?: 'OverdueUnit';
  /** Days since it fell due (the first overdue day counts 1) */
  daysOverdue: Scalars['Int']['output'];
  /** The day it fell due: the last day of its cycle; overdue from the day after */
  dueOn: Scalars['LocalDate']['output'];
  /** The day it entered the bureau's scope (registration, re-registration or transfer in) */
  enteredScopeOn: Scalars['LocalDate']['output'];
  /** Its last counting inspection (by any bureau), if any */
  lastCountingInspectionOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The unit's name now */
  name?: Maybe<Scalars['String']['output']>;
  /** GB/T 2260 code of the unit's region now */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Unified social credit code */
  unitId: Scalars['ID']['output'];
};

/** Overdue units, the longest overdue first, then by credit code */
export type OverdueUnitConnection = {
  __typename?: 'OverdueUnitConnection';
  edges: Array<OverdueUnitEdge>;
  nodes: Array<OverdueUnit>;
  pageInfo: PageInfo;
  /** Overdue units, all pages */
  totalCount: Scalars['Int']['output'];
};

export type OverdueUnitEdge = {
  __typename?: 'OverdueUnitEdge';
  cursor: Scalars['String']['output'];
  node: OverdueUnit;
};

/** One event of a supervisory record: the act, its day, who did it, when it happened and when it was recorded */
export type OversightStep = {
  __typename?: 'OversightStep';
  actor: ActorInfo;
  /** The business day of the step */
  day: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  position: Scalars['SafeInt']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Event type, e.g. LeadInvestigated */
  type: Scalars['String']['output'];
};

/** Relay page information */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 档案法§49: a unit, an individual, or an archive-service company */
export type PenalisedParty =
  | 'ARCHIVE_SERVICE_COMPANY'
  | 'INDIVIDUAL'
  | 'UNIT';

/** A fine, within the range of 档案法§49 for its party */
export type Penalty = {
  __typename?: 'Penalty';
  amountYuan: Scalars['Float']['output'];
  party: PenalisedParty;
};

export type PenaltyInput = {
  amountYuan: Scalars['Float']['input'];
  party: PenalisedParty;
};

/** A data subject's personal data erased: their keys destroyed, PersonalDataErased appended */
export type PersonalDataErasure = {
  __typename?: 'PersonalDataErasure';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Keys destroyed (0 when the subject was named only before encryption was on) */
  keysDestroyed: Scalars['Int']['output'];
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  /** What the erased fields now read as, everywhere */
  redactionMarker: Scalars['String']['output'];
  subjectId: Scalars['ID']['output'];
};

export type PlanAssignmentInput = {
  inspectorIds: Array<Scalars['ID']['input']>;
  unitId: Scalars['ID']['input'];
};

export type PlanFilterInput = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InspectionPlanStatus>;
};

/** A plan whose targets the bureau lists */
export type PlanInspectionsInput = {
  assignments?: InputMaybe<Array<PlanAssignmentInput>>;
  /** The planning bureau; defaults to a bureau staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  checklistId: Scalars['ID']['input'];
  checklistVersion: Scalars['Int']['input'];
  /** First day (YYYY-MM-DD) */
  from: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: InspectionKind;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  roster?: InputMaybe<Array<InspectorInput>>;
  title: Scalars['String']['input'];
  /** Last day (YYYY-MM-DD) */
  to: Scalars['String']['input'];
  unitIds: Array<Scalars['ID']['input']>;
};

/** A projection's checkpoint: the position of the last event it applied */
export type ProjectionCheckpointStatus = {
  __typename?: 'ProjectionCheckpointStatus';
  checkpoint: Scalars['SafeInt']['output'];
  name: Scalars['String']['output'];
};

/** How far the read models trail the event log */
export type ProjectionStatus = {
  __typename?: 'ProjectionStatus';
  /** Position of the last event in the log */
  headPosition: Scalars['SafeInt']['output'];
  /** headPosition - projectedPosition (never negative) */
  lag: Scalars['SafeInt']['output'];
  /** The lowest checkpoint: every read model reflects the log up to here */
  projectedPosition: Scalars['SafeInt']['output'];
  projections: Array<ProjectionCheckpointStatus>;
};

export type ProvideGuidanceInput = {
  archivistsMet?: Array<ArchivistRefInput>;
  /** The bureau giving it; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  difficulties?: Array<GuidanceDifficultyInput>;
  form: GuidanceForm;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  topics: Array<Scalars['String']['input']>;
  /** Units in the bureau's own scope on the day */
  unitIds: Array<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Assessments, certifications and recognitions, newest first, within your scope */
  assessments: AssessmentConnection;
  /** Bulletins, newest first, within your scope */
  bulletins: BulletinConnection;
  /** A bureau (null when unknown or outside your scope) */
  bureau?: Maybe<Bureau>;
  /** Every act of the bureau and every act done to it (units transferred in or out, reviews), in log order */
  bureauHistory: HistoryConnection;
  /** Bureaus ordered by region code, optionally under a region prefix and at one level, within your scope */
  bureaus: Array<Bureau>;
  /** A checklist version; the latest when no version is named */
  checklist?: Maybe<Checklist>;
  /** Every published checklist version, by checklist and version */
  checklists: Array<Checklist>;
  /** The proof that the tree of fromSize is a prefix of the tree of toSize (default: the latest checkpoint) */
  consistencyProof: ConsistencyProof;
  /** The two-year cycle of a bureau on `asOf` (default today), as the record stood at `knownAt` (default now): met or not, units in scope, covered, not yet due, overdue, and a page of the overdue units (`first`, `after`). NOT_FOUND outside your scope */
  cycleStatus: BureauCycleStatus;
  /** Re-runs a plan's recorded draw and says whether it gives the recorded selection */
  drawReproduces: DrawReproduction;
  /** Guidance given, newest first, within your scope */
  guidance: GuidanceConnection;
  /** Implementation reports, newest first, within your scope (by the reporting or the receiving bureau) */
  implementationReports: ImplementationReportConnection;
  /** The inaction review (行政不作为) on `asOf` (default today): for one bureau, or for every bureau in a region (its own included), each inaction signal with its evidence, bureaus ranked most serious first. Evidence lists hold `evidenceFirst` items per signal (default 10) and their totals; a one-bureau review pages on with `evidenceOffset`. NOT_FOUND outside your scope */
  inactionReview: InactionReview;
  /** The proof that an event (by position or id) is in the tree of treeSize events; without treeSize, the latest checkpoint when it covers the event */
  inclusionProof: InclusionProof;
  /** An inspection (null when unknown or outside your scope) */
  inspection?: Maybe<Inspection>;
  /** A plan (null when unknown or outside your scope) */
  inspectionPlan?: Maybe<InspectionPlan>;
  /** Plans, latest period first, within your scope */
  inspectionPlans: InspectionPlanConnection;
  /** Inspections, newest day first, filtered, within your scope */
  inspections: InspectionConnection;
  /** Acts in the bureau's history recorded at least `minDelayDays` (default 30, at least 1) business days after they happened, the longest delay first. NOT_FOUND outside your scope */
  lateRecords: LateRecordConnection;
  /** Leads and complaints, newest first, within your scope */
  leads: LeadConnection;
  /** The latest signed checkpoint (null before the first) */
  ledgerCheckpoint?: Maybe<LedgerCheckpoint>;
  /** Signed checkpoints, newest first */
  ledgerCheckpoints: LedgerCheckpointConnection;
  /** The key that signs checkpoints now */
  ledgerPublicKey: LedgerPublicKey;
  /** Number of events sealed into the ledger */
  ledgerTreeSize: Scalars['SafeInt']['output'];
  /** The log head, the projections' checkpoints and the lag between them */
  projectionStatus: ProjectionStatus;
  /** An order (null when unknown or outside your scope) */
  rectificationOrder?: Maybe<RectificationOrder>;
  /** Orders issued by `asOf`, by order day, filtered (status as of `asOf`), within your scope */
  rectificationOrders: RectificationOrderConnection;
  /** A GB/T 2260 division within your scope; '000000' is the nation, whose children are the provinces */
  region?: Maybe<Region>;
  /** Figures of a region and everything below it ('000000': the nation), rolled up county → prefecture → province → nation: stock figures on `asOf` (default today, China time), flows over [`from`, `to`] (default: from the first day of the year of `to`; `to` defaults to `asOf`), as the record stood at `knownAt` (default now). Analysts may read it. NOT_FOUND outside your scope */
  regionStatistics: RegionStatistics;
  /** Self-assessed COMPLIANT items that a later inspection found NON_COMPLIANT (the unit's latest self-report before the inspection), latest inspection first */
  selfReportDiscrepancies: SelfReportDiscrepancyConnection;
  /** Self-reports, newest first, within your scope */
  selfReports: SelfReportConnection;
  /** Reviews of lower bureaus by higher ones, newest first, within your scope */
  supervisionReviews: SupervisionReviewConnection;
  /** How many records of each kind match the filter within your scope (counts only; open to analysts) */
  supervisoryActivity: Array<SupervisoryActivity>;
  /** Trainings, newest first, within your scope */
  trainings: TrainingConnection;
  /** A unit by its credit code (null when unknown or outside your scope) */
  unit?: Maybe<Unit>;
  /** Every event that touched the unit, in the order of the log */
  unitHistory: HistoryConnection;
  /** Units ordered by credit code, filtered, within your scope */
  units: UnitConnection;
  /** Violation cases, newest first, within your scope */
  violationCases: ViolationCaseConnection;
};


export type QueryAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssessmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBulletinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BulletinFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBureauArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBureauHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bureauId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBureausArgs = {
  level?: InputMaybe<BureauLevel>;
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChecklistArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConsistencyProofArgs = {
  fromSize: Scalars['SafeInt']['input'];
  toSize?: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryCycleStatusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  bureauId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryDrawReproducesArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryGuidanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GuidanceFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImplementationReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountabilityFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInactionReviewArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  evidenceFirst?: InputMaybe<Scalars['Int']['input']>;
  evidenceOffset?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  signals?: InputMaybe<Array<InactionSignalKind>>;
  thresholds?: InputMaybe<InactionThresholdsInput>;
};


export type QueryInclusionProofArgs = {
  eventId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['SafeInt']['input']>;
  treeSize?: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLateRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bureauId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  minDelayDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLedgerCheckpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRectificationOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRectificationOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RectificationOrderFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegionStatisticsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  regionCode: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySelfReportDiscrepanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DiscrepancyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySelfReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SelfReportFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupervisionReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountabilityFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupervisoryActivityArgs = {
  filter?: InputMaybe<AccountabilityFilterInput>;
};


export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryViolationCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ViolationCaseFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReceiveLeadInput = {
  /** The bureau receiving it; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  source: LeadSource;
  /** A reference of the source (a letter's number); never a complainant's name */
  sourceReference?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  /** The units concerned, in the bureau's own scope on the day */
  unitIds: Array<Scalars['ID']['input']>;
};

/** The responsible unit, or its employer or appointing body (实施条例§46) */
export type RecommendationRecipient =
  | 'RESPONSIBLE_UNIT'
  | 'SUPERIOR_BODY';

export type RecordAssessmentInput = {
  /** The bureau recording it; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  grade: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: AssessmentKind;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  scheme: Scalars['String']['input'];
  /** A unit supervised by the bureau or a bureau below it */
  unitId: Scalars['ID']['input'];
  /** Last day of validity, after the day of the assessment */
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type RecordHandlingReplyInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  summary: Scalars['String']['input'];
};

export type RecordInspectionInput = {
  /** The bureau that inspected; defaults to a bureau staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  checklistId: Scalars['ID']['input'];
  checklistVersion: Scalars['Int']['input'];
  conclusion: Scalars['String']['input'];
  /** The day it happened (YYYY-MM-DD, China time); occurredAt, when given, must fall on it */
  day: Scalars['String']['input'];
  evidence?: InputMaybe<Array<EvidenceRefInput>>;
  /** At least one for every NON_COMPLIANT item */
  findings?: InputMaybe<Array<FindingInput>>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectors: Array<InspectorInput>;
  kind: InspectionKind;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The plan it carries out, if any */
  planId?: InputMaybe<Scalars['ID']['input']>;
  /** One for every item of the checklist version that the kind uses */
  results: Array<ItemOutcomeInput>;
  unitId: Scalars['ID']['input'];
};

export type RecordLeadInvestigationInput = {
  findings: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type RecordRectificationFollowUpInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  orderId: Scalars['ID']['input'];
};

/** Any act on an order, in the order of its stream */
export type RectificationAct = {
  __typename?: 'RectificationAct';
  actor: ActorInfo;
  /** Business day of the act (its occurredAt in China time) */
  day: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  type: RectificationActType;
};

/** The event type of an act on an order */
export type RectificationActType =
  | 'RectificationDeadlineExtended'
  | 'RectificationFollowedUp'
  | 'RectificationOrdered'
  | 'RectificationReportSubmitted'
  | 'RectificationReviewed';

export type RectificationEvidence = {
  __typename?: 'RectificationEvidence';
  kind: RectificationEvidenceKind;
  value: Scalars['String']['output'];
};

export type RectificationEvidenceInput = {
  kind: RectificationEvidenceKind;
  value: Scalars['String']['input'];
};

/** Evidence is referenced, never stored: a document number (文号) or a SHA-256 of the content */
export type RectificationEvidenceKind =
  | 'DOCUMENT_NUMBER'
  | 'SHA256';

/** A deadline extension, with its reason */
export type RectificationExtension = {
  __typename?: 'RectificationExtension';
  actor: ActorInfo;
  /** Business day of the act (its occurredAt in China time) */
  day: Scalars['LocalDate']['output'];
  deadline: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  previousDeadline: Scalars['LocalDate']['output'];
  reason: Scalars['String']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** Rectification orders (责令限期整改), counted in the unit’s region as recorded when ordered; statuses by the order-status rules */
export type RectificationFigures = {
  __typename?: 'RectificationFigures';
  /** Orders closed (report accepted) in the period */
  closed: Scalars['Int']['output'];
  /** Of those, closed on time (CLOSED_ON_TIME) */
  closedOnTime: Scalars['Int']['output'];
  /** Median days from the order day to the closing day, of the orders closed in the period (null: none) */
  medianDaysToClose?: Maybe<Scalars['Float']['output']>;
  /** Orders not closed on `asOf` (OPEN, REPORTED or OVERDUE) */
  open: Scalars['Int']['output'];
  /** Orders dated in the period */
  opened: Scalars['Int']['output'];
  /** Orders OVERDUE on `asOf`: past the deadline in force, no report pending, not closed */
  overdueOpen: Scalars['Int']['output'];
};

/** A follow-up visit (跟踪) */
export type RectificationFollowUp = {
  __typename?: 'RectificationFollowUp';
  actor: ActorInfo;
  /** Business day of the act (its occurredAt in China time) */
  day: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** A rectification order (责令限期整改) for findings of an inspection */
export type RectificationOrder = {
  __typename?: 'RectificationOrder';
  /** The issuing bureau (null when outside your scope) */
  bureau?: Maybe<Bureau>;
  /** The bureau that issued the order */
  bureauId: Scalars['ID']['output'];
  /** The day a report was accepted */
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The deadline in force now (after extensions) */
  deadline: Scalars['LocalDate']['output'];
  /** 文号 of the order */
  documentNumber?: Maybe<Scalars['String']['output']>;
  extensions: Array<RectificationExtension>;
  findingIds: Array<Scalars['ID']['output']>;
  followUps: Array<RectificationFollowUp>;
  /** The deadline the order first set */
  initialDeadline: Scalars['LocalDate']['output'];
  inspectionId: Scalars['ID']['output'];
  /** e.g. 档案法§45 */
  legalBasis: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
  orderedOn: Scalars['LocalDate']['output'];
  /** The spans on which the order was overdue (LAW §48(8)) */
  overduePeriods: Array<RectificationStatusSpan>;
  /** GB/T 2260 code of the unit's current region */
  regionCode?: Maybe<Scalars['String']['output']>;
  reports: Array<RectificationReport>;
  reviews: Array<RectificationReview>;
  /** Status, deadline in force and days overdue on `asOf` */
  standing?: Maybe<RectificationStanding>;
  /** Status on `asOf` (default: the list's asOf, else today), as the record stood at `knownAt` (default: now); null before the order day */
  status?: Maybe<RectificationStatus>;
  /** The order's whole life as spans of one status */
  statusTimeline: Array<RectificationStatusSpan>;
  /** Every act on the order, in the order of its stream */
  timeline: Array<RectificationAct>;
  /** The unit (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};


/** A rectification order (责令限期整改) for findings of an inspection */
export type RectificationOrderOverduePeriodsArgs = {
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** A rectification order (责令限期整改) for findings of an inspection */
export type RectificationOrderStandingArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** A rectification order (责令限期整改) for findings of an inspection */
export type RectificationOrderStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** A rectification order (责令限期整改) for findings of an inspection */
export type RectificationOrderStatusTimelineArgs = {
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type RectificationOrderConnection = {
  __typename?: 'RectificationOrderConnection';
  edges: Array<RectificationOrderEdge>;
  nodes: Array<RectificationOrder>;
  pageInfo: PageInfo;
  /** Orders matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type RectificationOrderEdge = {
  __typename?: 'RectificationOrderEdge';
  cursor: Scalars['String']['output'];
  node: RectificationOrder;
};

export type RectificationOrderFilterInput = {
  /** The day statuses are judged on, YYYY-MM-DD (default: today in China); orders issued later are not listed */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** The issuing bureau */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only orders OVERDUE on `asOf`; false: all others */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** GB/T 2260 prefix of the unit's region */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Status on `asOf` */
  status?: InputMaybe<RectificationStatus>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RectificationOrderPayload = {
  __typename?: 'RectificationOrderPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  order?: Maybe<RectificationOrder>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
};

/** The unit's report: every finding of the order answered */
export type RectificationReport = {
  __typename?: 'RectificationReport';
  actor: ActorInfo;
  /** Business day of the act (its occurredAt in China time) */
  day: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  items: Array<RectificationReportItem>;
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** What the unit did about one finding */
export type RectificationReportItem = {
  __typename?: 'RectificationReportItem';
  action: Scalars['String']['output'];
  evidence: Array<RectificationEvidence>;
  findingId: Scalars['ID']['output'];
};

export type RectificationReportItemInput = {
  action: Scalars['String']['input'];
  evidence: Array<RectificationEvidenceInput>;
  findingId: Scalars['ID']['input'];
};

/** The bureau's review of a report */
export type RectificationReview = {
  __typename?: 'RectificationReview';
  actor: ActorInfo;
  /** Business day of the act (its occurredAt in China time) */
  day: Scalars['LocalDate']['output'];
  eventId: Scalars['ID']['output'];
  /** Business time: when the act happened, as the caller stated */
  occurredAt: Scalars['DateTimeISO']['output'];
  outcome: RectificationReviewOutcome;
  /** Position in the global order of the log */
  position: Scalars['SafeInt']['output'];
  reasons?: Maybe<Scalars['String']['output']>;
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** ACCEPTED closes the order; REJECTED keeps it open */
export type RectificationReviewOutcome =
  | 'ACCEPTED'
  | 'REJECTED';

/** An order's standing on a day */
export type RectificationStanding = {
  __typename?: 'RectificationStanding';
  asOf: Scalars['LocalDate']['output'];
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The deadline in force on that day */
  deadline: Scalars['LocalDate']['output'];
  /** Days past the deadline in force (OVERDUE only; the day after the deadline is 1) */
  overdueDays: Scalars['Int']['output'];
  /** Submission day of the report pending (REPORTED) or accepted (closed) */
  reportedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: RectificationStatus;
};

/** An order's status on a day: OPEN, REPORTED (a report awaits review), OVERDUE, CLOSED_ON_TIME, CLOSED_LATE */
export type RectificationStatus =
  | 'CLOSED_LATE'
  | 'CLOSED_ON_TIME'
  | 'OPEN'
  | 'OVERDUE'
  | 'REPORTED';

/** Consecutive days with one status; `to` is inclusive, null while the span lasts */
export type RectificationStatusSpan = {
  __typename?: 'RectificationStatusSpan';
  from: Scalars['LocalDate']['output'];
  status: RectificationStatus;
  to?: Maybe<Scalars['LocalDate']['output']>;
};

export type RecuseInspectorInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectorId: Scalars['ID']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  planId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

/** A GB/T 2260 division from the shipped table, with live counts rolled up from the registry */
export type Region = {
  __typename?: 'Region';
  /** The region's archival bureau, if established */
  bureau?: Maybe<Bureau>;
  children: Array<Region>;
  code: Scalars['String']['output'];
  level: BureauLevel;
  name: Scalars['String']['output'];
  /** The region above (null when outside your scope) */
  parent?: Maybe<Region>;
  parentCode?: Maybe<Scalars['String']['output']>;
  /** Active units registered in this region and everything below it */
  unitCount: Scalars['Int']['output'];
  unitCountByCategory: Array<CategoryCount>;
};

/** Figures of a region and everything below it: stock figures stand on `asOf`, flows count what is dated in [`from`, `to`]; as the record stood at `knownAt` (only what was recorded by then counts, corrections and withdrawals included) */
export type RegionStatistics = {
  __typename?: 'RegionStatistics';
  /** Archivist turnover */
  archivists: ArchivistFigures;
  /** Business day the stock figures stand on */
  asOf: Scalars['LocalDate']['output'];
  bulletins: BulletinFigures;
  /** The same figures for each child region within your scope (drill-down), by code */
  children: Array<RegionStatistics>;
  /** The two-year cycle on `asOf` */
  coverage: CoverageFigures;
  findings: FindingFigures;
  /** First day of the period of the flow figures */
  from: Scalars['LocalDate']['output'];
  /** Guidance acts (指导) dated in the period naming at least one unit of the region */
  guidanceActs: Scalars['Int']['output'];
  inspections: InspectionFigures;
  /** The record as it stood at this instant */
  knownAt: Scalars['DateTimeISO']['output'];
  leads: LeadFigures;
  /** NATION, PROVINCE, PREFECTURE or COUNTY */
  level: Scalars['String']['output'];
  /** Coverage at each month's end from `from` to `to` (YYYY-MM; default the 12 months up to asOf's), at most 120 months, as known at the same knownAt */
  monthlyCoverage: Array<MonthlyCoverageFigures>;
  rectification: RectificationFigures;
  /** GB/T 2260 code */
  regionCode: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
  selfReports: SelfReportFigures;
  /** Last day of the period of the flow figures */
  to: Scalars['LocalDate']['output'];
  trainings: TrainingFigures;
  units: UnitFigures;
};


/** Figures of a region and everything below it: stock figures stand on `asOf`, flows count what is dated in [`from`, `to`]; as the record stood at `knownAt` (only what was recorded by then counts, corrections and withdrawals included) */
export type RegionStatisticsMonthlyCoverageArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  bureauId: Scalars['ID']['input'];
  category: UnitCategory;
  /** Accept a code that fails the GB 32100 check character (early pilot codes): the written reason is recorded */
  checkOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  regionCode: Scalars['String']['input'];
  unitClass?: InputMaybe<UnitClass>;
  /** Unified social credit code; spaces and hyphens are ignored */
  unitId: Scalars['ID']['input'];
};

export type ReleaseArchivistInput = {
  archivistId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

export type ReportImplementationInput = {
  figures?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  period: ReportingPeriodInput;
  /** The reporting bureau; defaults to a staff member's own */
  reportingBureauId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  /** An established bureau above the reporting one */
  toBureauId: Scalars['ID']['input'];
};

export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  from: Scalars['LocalDate']['output'];
  to: Scalars['LocalDate']['output'];
};

export type ReportingPeriodInput = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
};

export type ReviewRating =
  | 'EXCELLENT'
  | 'FAIL'
  | 'GOOD'
  | 'PASS';

export type ReviewRectificationInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  orderId: Scalars['ID']['input'];
  outcome: RectificationReviewOutcome;
  /** Required for a rejection */
  reasons?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewSupervisionInput = {
  /** The reviewing bureau; defaults to a staff member's own */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  findings: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  period: ReportingPeriodInput;
  rating: ReviewRating;
  /** An established bureau below the reviewer in its region */
  reviewedBureauId: Scalars['ID']['input'];
};

/** How many to draw: a count, or a share rounded up */
export type SampleInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** In (0, 1] */
  ratio?: InputMaybe<Scalars['Float']['input']>;
};

export type SelfAssessedItem = {
  __typename?: 'SelfAssessedItem';
  itemCode: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  result: SelfAssessmentResult;
};

export type SelfAssessedItemInput = {
  itemCode: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  result: SelfAssessmentResult;
};

/** A unit's own result for a checklist item */
export type SelfAssessmentResult =
  | 'COMPLIANT'
  | 'NON_COMPLIANT'
  | 'NOT_APPLICABLE';

/** A unit's self-report on its archival work (自查, 实施条例§45); never counts for the cycle */
export type SelfReport = {
  __typename?: 'SelfReport';
  acknowledgement?: Maybe<SelfReportAcknowledgement>;
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  checklistId: Scalars['String']['output'];
  checklistVersion: Scalars['Int']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  flags: Array<SelfReportFlag>;
  period: ReportingPeriod;
  reportId: Scalars['ID']['output'];
  results: Array<SelfAssessedItem>;
  status: SelfReportStatus;
  summary?: Maybe<Scalars['String']['output']>;
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  /** The reporting unit (null outside your scope) */
  unit?: Maybe<UnitMention>;
};

export type SelfReportAcknowledgement = {
  __typename?: 'SelfReportAcknowledgement';
  day: Scalars['LocalDate']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type SelfReportConnection = {
  __typename?: 'SelfReportConnection';
  edges: Array<SelfReportEdge>;
  nodes: Array<SelfReport>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

/** A self-assessed COMPLIANT item that a later inspection of the unit found NON_COMPLIANT */
export type SelfReportDiscrepancy = {
  __typename?: 'SelfReportDiscrepancy';
  /** The bureau the self-report was addressed to */
  bureauId: Scalars['ID']['output'];
  inspectionBureauId: Scalars['ID']['output'];
  inspectionDay: Scalars['LocalDate']['output'];
  inspectionId: Scalars['ID']['output'];
  inspectionNote?: Maybe<Scalars['String']['output']>;
  itemCode: Scalars['String']['output'];
  regionCode: Scalars['String']['output'];
  reportDay: Scalars['LocalDate']['output'];
  reportId: Scalars['ID']['output'];
  selfAssessedNote?: Maybe<Scalars['String']['output']>;
  /** The unit as it stands now (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type SelfReportDiscrepancyConnection = {
  __typename?: 'SelfReportDiscrepancyConnection';
  edges: Array<SelfReportDiscrepancyEdge>;
  nodes: Array<SelfReportDiscrepancy>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type SelfReportDiscrepancyEdge = {
  __typename?: 'SelfReportDiscrepancyEdge';
  cursor: Scalars['String']['output'];
  node: SelfReportDiscrepancy;
};

export type SelfReportEdge = {
  __typename?: 'SelfReportEdge';
  cursor: Scalars['String']['output'];
  node: SelfReport;
};

/** Self-reports (自查) by units of the region */
export type SelfReportFigures = {
  __typename?: 'SelfReportFigures';
  /** Flagged in the period (each report once, on the first day it was flagged) */
  flagged: Scalars['Int']['output'];
  /** submitted / coverage.unitsInScope on `asOf` (null when no unit is in scope) */
  rate?: Maybe<Scalars['Float']['output']>;
  /** Submitted in the period */
  submitted: Scalars['Int']['output'];
};

export type SelfReportFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SelfReportStatus>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SelfReportFlag = {
  __typename?: 'SelfReportFlag';
  day: Scalars['LocalDate']['output'];
  discrepancies: Array<FlaggedItem>;
  reason: Scalars['String']['output'];
};

export type SelfReportPayload = {
  __typename?: 'SelfReportPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  selfReport?: Maybe<SelfReport>;
};

export type SelfReportStatus =
  | 'ACKNOWLEDGED'
  | 'FLAGGED'
  | 'SUBMITTED';

export type SendHandlingRecommendationInput = {
  content: Scalars['String']['input'];
  documentNumber: Scalars['String']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId: Scalars['ID']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  recipientKind: RecommendationRecipient;
  recipientName: Scalars['String']['input'];
};

/** A count under a label (a category, class, kind or checklist item) */
export type StatisticsTally = {
  __typename?: 'StatisticsTally';
  count: Scalars['Int']['output'];
  /** The label: an enum value (category, class, kind; NONE for an unclassified unit) or a checklist item code */
  key: Scalars['String']['output'];
};

export type StratumInput = {
  count?: InputMaybe<Scalars['Int']['input']>;
  /** In (0, 1] */
  ratio?: InputMaybe<Scalars['Float']['input']>;
  unitClass: DrawStratumClass;
};

export type SubmitRectificationReportInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** One item for every finding of the order */
  items: Array<RectificationReportItemInput>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  orderId: Scalars['ID']['input'];
};

export type SubmitSelfReportInput = {
  checklistId: Scalars['String']['input'];
  checklistVersion: Scalars['Int']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The period reported on; it ends by the day of submission */
  period: ReportingPeriodInput;
  /** A result for every item of the checklist version */
  results: Array<SelfAssessedItemInput>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The reporting unit; defaults to a unit reporter's own */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A higher bureau's review of a lower bureau's supervision; `bureauId` is the reviewer */
export type SupervisionReview = {
  __typename?: 'SupervisionReview';
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  findings: Scalars['String']['output'];
  period: ReportingPeriod;
  rating: ReviewRating;
  reviewId: Scalars['ID']['output'];
  reviewedBureauId: Scalars['ID']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
};

export type SupervisionReviewConnection = {
  __typename?: 'SupervisionReviewConnection';
  edges: Array<SupervisionReviewEdge>;
  nodes: Array<SupervisionReview>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type SupervisionReviewEdge = {
  __typename?: 'SupervisionReviewEdge';
  cursor: Scalars['String']['output'];
  node: SupervisionReview;
};

export type SupervisionReviewPayload = {
  __typename?: 'SupervisionReviewPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  supervisionReview?: Maybe<SupervisionReview>;
};

export type SupervisoryActKind =
  | 'ASSESSMENT'
  | 'BULLETIN'
  | 'GUIDANCE'
  | 'IMPLEMENTATION_REPORT'
  | 'LEAD'
  | 'SELF_REPORT'
  | 'SUPERVISION_REVIEW'
  | 'TRAINING'
  | 'VIOLATION_CASE';

/** How many records of a kind a list holds (activity figures: counts only) */
export type SupervisoryActivity = {
  __typename?: 'SupervisoryActivity';
  count: Scalars['Int']['output'];
  kind: SupervisoryActKind;
};

/** Targets listed by the bureau, or drawn at random (双随机) */
export type TargetSelectionMethod =
  | 'LISTED'
  | 'RANDOM_DRAW';

/** A training held by a bureau for units' archivists */
export type Training = {
  __typename?: 'Training';
  /** Attendees from units in your scope (totals count only what you may see) */
  attendeeCount: Scalars['Int']['output'];
  /** Attendees from units in your scope (names: personal data) */
  attendees: Array<ArchivistMention>;
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  hours: Scalars['Float']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  title: Scalars['String']['output'];
  topics: Array<TrainingTopic>;
  trainingId: Scalars['ID']['output'];
  /** The attendees' units that lie in your scope */
  units: Array<UnitMention>;
};

export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  edges: Array<TrainingEdge>;
  nodes: Array<Training>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  cursor: Scalars['String']['output'];
  node: Training;
};

/** Trainings dated in the period */
export type TrainingFigures = {
  __typename?: 'TrainingFigures';
  /** Attendances of archivists of units of the region */
  attendance: Scalars['Int']['output'];
  /** Trainings with at least one attendee from a unit of the region (each once) */
  sessions: Scalars['Int']['output'];
};

export type TrainingFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type TrainingPayload = {
  __typename?: 'TrainingPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  training?: Maybe<Training>;
};

export type TrainingTopic =
  | 'BUSINESS'
  | 'LEGAL'
  | 'OTHER'
  | 'POLITICAL'
  | 'STANDARDS'
  | 'TECHNOLOGY';

export type TransferUnitInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
  toBureauId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** A grassroots unit (基层单位) as it stands now */
export type Unit = {
  __typename?: 'Unit';
  address?: Maybe<Scalars['String']['output']>;
  archivists: Array<Archivist>;
  /** The supervising bureau (null when outside your scope) */
  bureau?: Maybe<Bureau>;
  /** The supervising bureau */
  bureauId: Scalars['ID']['output'];
  category: UnitCategory;
  /** Why a code failing the GB 32100 check was accepted, if it was */
  checkOverrideReason?: Maybe<Scalars['String']['output']>;
  /** The unit's place in the two-year cycle on `asOf` (default today), as the record stood at `knownAt` (default now) */
  cycleStatus: UnitCycleStatus;
  deregisteredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  deregistrationReason?: Maybe<Scalars['String']['output']>;
  /** When the unit last entered its bureau's scope (registration or transfer in) */
  enteredScopeAt: Scalars['DateTimeISO']['output'];
  history: HistoryConnection;
  /** The unit it merged into, when deregistered by a merger */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** The region from the shipped GB/T 2260 table (null when outside your scope) */
  region?: Maybe<Region>;
  /** GB/T 2260 code of the region the unit lies in */
  regionCode: Scalars['String']['output'];
  /** The region name as recorded */
  regionName: Scalars['String']['output'];
  registeredAt: Scalars['DateTimeISO']['output'];
  /** Revision of the unit's stream */
  revision: Scalars['Int']['output'];
  status: UnitStatus;
  unitClass?: Maybe<UnitClass>;
  /** Unified social credit code (统一社会信用代码), normalised */
  unitId: Scalars['ID']['output'];
};


/** A grassroots unit (基层单位) as it stands now */
export type UnitCycleStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** A grassroots unit (基层单位) as it stands now */
export type UnitHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of grassroots unit: 机关 organ, 团体 organisation, 企业 enterprise, 事业单位 public institution, 其他组织 other */
export type UnitCategory =
  | 'ENTERPRISE'
  | 'ORGAN'
  | 'ORGANISATION'
  | 'OTHER'
  | 'PUBLIC_INSTITUTION';

/** The bureau's supervision class of a unit (分门别类): 一类, 二类, 三类 */
export type UnitClass =
  | 'FIRST'
  | 'SECOND'
  | 'THIRD';

export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  nodes: Array<Unit>;
  pageInfo: PageInfo;
  /** Units matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

/** A unit's place in the two-year cycle on a day, as the record stood at a time */
export type UnitCycleStatus = {
  __typename?: 'UnitCycleStatus';
  asOf: Scalars['LocalDate']['output'];
  /** The bureau that supervised it on asOf */
  bureauId?: Maybe<Scalars['ID']['output']>;
  /** Days overdue on asOf (0 unless OVERDUE) */
  daysOverdue: Scalars['Int']['output'];
  /** The last day of its cycle: it must be inspected by then (overdue from the day after) */
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  enteredScopeOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Whether the unit was in a bureau's scope on asOf (registered, not deregistered) */
  inScope: Scalars['Boolean']['output'];
  knownAt: Scalars['DateTimeISO']['output'];
  /** Its last counting inspection on or before asOf (by any bureau) */
  lastCountingInspectionOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Null when in no scope on asOf */
  state?: Maybe<CycleState>;
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

/** Active units in the region and below on `asOf` (registered, not deregistered, that day), in their region of that day */
export type UnitFigures = {
  __typename?: 'UnitFigures';
  /** By category (ORGAN, ORGANISATION, ENTERPRISE, PUBLIC_INSTITUTION, OTHER), most first */
  byCategory: Array<StatisticsTally>;
  /** By supervision class (FIRST, SECOND, THIRD; NONE: not classified) on `asOf`, most first */
  byClass: Array<StatisticsTally>;
  total: Scalars['Int']['output'];
};

export type UnitFilterInput = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<UnitCategory>;
  /** GB/T 2260 code prefix: '33' Zhejiang, '3301' Hangzhou, '330106' a county */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UnitStatus>;
  unitClass?: InputMaybe<UnitClass>;
};

/** A unit a record names, with its region as recorded; `unit` is null outside your scope */
export type UnitMention = {
  __typename?: 'UnitMention';
  regionCode: Scalars['String']['output'];
  /** The unit as it stands now (null when outside your scope) */
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type UnitPayload = {
  __typename?: 'UnitPayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  unit?: Maybe<Unit>;
};

export type UnitStatus =
  | 'ACTIVE'
  | 'DEREGISTERED';

/** A violation case (档案违法案件) opened on a unit from a lead or an inspection */
export type ViolationCase = {
  __typename?: 'ViolationCase';
  /** The bureau that did the act */
  bureauId: Scalars['ID']['output'];
  caseId: Scalars['ID']['output'];
  closure?: Maybe<CaseClosure>;
  /** The day the record began */
  day: Scalars['LocalDate']['output'];
  /** Days from opening to closure, or to today while open */
  daysOpen: Scalars['Int']['output'];
  /** Last day of the decision limit (行政处罚法§60), as configured when the case opened */
  decisionDueBy: Scalars['LocalDate']['output'];
  /** Open past its decision due day today, or closed after it */
  exceedsDecisionLimit: Scalars['Boolean']['output'];
  inspectionId?: Maybe<Scalars['ID']['output']>;
  leadId?: Maybe<Scalars['ID']['output']>;
  legalBasis: Scalars['String']['output'];
  originKind: CaseOriginKind;
  status: CaseStatus;
  summary: Scalars['String']['output'];
  /** The record's events in order, each with actor and both times */
  timeline: Array<OversightStep>;
  /** The unit (null outside your scope) */
  unit?: Maybe<UnitMention>;
};

export type ViolationCaseConnection = {
  __typename?: 'ViolationCaseConnection';
  edges: Array<ViolationCaseEdge>;
  nodes: Array<ViolationCase>;
  pageInfo: PageInfo;
  /** Records matching the filter within your scope, all pages */
  totalCount: Scalars['Int']['output'];
};

export type ViolationCaseEdge = {
  __typename?: 'ViolationCaseEdge';
  cursor: Scalars['String']['output'];
  node: ViolationCase;
};

export type ViolationCaseFilterInput = {
  /** Records of this bureau (the one that did the act, or the other bureau it involves) */
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Records that began on or after this day */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only cases still open past the decision limit today */
  pastDecisionLimit?: InputMaybe<Scalars['Boolean']['input']>;
  /** GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  /** Records that began on or before this day */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Records naming this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ViolationCasePayload = {
  __typename?: 'ViolationCasePayload';
  /** Ids of the events appended; empty when the act changed nothing */
  eventIds: Array<Scalars['ID']['output']>;
  /** Global position of the last event written (the read models already reflect it in embedded mode) */
  position: Scalars['SafeInt']['output'];
  violationCase?: Maybe<ViolationCase>;
};

export type WithdrawBulletinInput = {
  bulletinId: Scalars['ID']['input'];
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
};

export type WithdrawInspectionInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  inspectionId: Scalars['ID']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
};

export type CycleFigureFieldsFragment = { __typename?: 'BureauCycleStatus', bureauId: string, asOf: string, knownAt: string, countingKinds: Array<InspectionKind>, met: boolean, unitsInScope: number, covered: number, notYetDue: number, overdue: number };

export type OverdueUnitFieldsFragment = { __typename?: 'OverdueUnit', unitId: string, name?: string | null, regionCode?: string | null, enteredScopeOn: string, dueOn: string, daysOverdue: number, lastCountingInspectionOn?: string | null };

export type CycleStatusQueryVariables = Exact<{
  bureauId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CycleStatusQuery = { __typename?: 'Query', cycleStatus: { __typename?: 'BureauCycleStatus', bureauId: string, asOf: string, knownAt: string, countingKinds: Array<InspectionKind>, met: boolean, unitsInScope: number, covered: number, notYetDue: number, overdue: number, overdueUnits?: { __typename?: 'OverdueUnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OverdueUnitEdge', cursor: string, node: { __typename?: 'OverdueUnit', unitId: string, name?: string | null, regionCode?: string | null, enteredScopeOn: string, dueOn: string, daysOverdue: number, lastCountingInspectionOn?: string | null } }> } | null } };

export type CycleFiguresQueryVariables = Exact<{
  bureauId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type CycleFiguresQuery = { __typename?: 'Query', cycleStatus: { __typename?: 'BureauCycleStatus', bureauId: string, asOf: string, knownAt: string, countingKinds: Array<InspectionKind>, met: boolean, unitsInScope: number, covered: number, notYetDue: number, overdue: number } };

export type UnitCycleStatusQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type UnitCycleStatusQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', unitId: string, cycleStatus: { __typename?: 'UnitCycleStatus', asOf: string, knownAt: string, inScope: boolean, bureauId?: string | null, state?: CycleState | null, enteredScopeOn?: string | null, dueOn?: string | null, daysOverdue: number, lastCountingInspectionOn?: string | null } } | null };

export type LateRecordsQueryVariables = Exact<{
  bureauId: Scalars['ID']['input'];
  minDelayDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LateRecordsQuery = { __typename?: 'Query', lateRecords: { __typename?: 'LateRecordConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'LateRecord', eventId: string, position: number, type: string, streamId: string, bureauId: string, occurredAt: string, recordedAt: string, delayDays: number, data: Record<string, unknown>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } };

export type ChecklistFieldsFragment = { __typename?: 'Checklist', checklistId: string, version: number, title: string, basis: string, effectiveFrom: string, items: Array<{ __typename?: 'ChecklistItem', code: string, title: string, legalBasis?: string | null, kinds: Array<InspectionKind>, key: boolean }> };

export type InspectorFieldsFragment = { __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null };

export type InspectionFieldsFragment = { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } };

export type InspectionPlanFieldsFragment = { __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, checklistId: string, checklistVersion: number, status: InspectionPlanStatus, completionNote?: string | null, cancellationReason?: string | null, plannedAt: string, recordedAt: string, closedAt?: string | null, targets: Array<{ __typename?: 'InspectionPlanTarget', unitId: string, inspectorIds: Array<string>, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }> }>, selection: { __typename?: 'InspectionPlanSelection', method: TargetSelectionMethod, algorithm?: string | null, seed?: string | null, seedCommitment?: string | null, poolDay?: string | null, pool?: Array<string> | null, poolSize?: number | null, poolHash?: string | null, sampleSize?: number | null, inspectorPool?: Array<string> | null, inspectorsPerTarget?: number | null, strata?: Array<{ __typename?: 'InspectionPlanStratum', unitClass: string, poolSize: number, drawn: number }> | null }, roster: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, recusals: Array<{ __typename?: 'InspectionPlanRecusal', unitId: string, inspectorId: string, replacementId: string, reason: string, redrawLabel: string, candidates: Array<string>, occurredAt: string, recordedAt: string }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } };

export type ChecklistsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistsQuery = { __typename?: 'Query', checklists: Array<{ __typename?: 'Checklist', checklistId: string, version: number, title: string, basis: string, effectiveFrom: string, items: Array<{ __typename?: 'ChecklistItem', code: string, title: string, legalBasis?: string | null, kinds: Array<InspectionKind>, key: boolean }> }> };

export type ChecklistQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChecklistQuery = { __typename?: 'Query', checklist?: { __typename?: 'Checklist', checklistId: string, version: number, title: string, basis: string, effectiveFrom: string, items: Array<{ __typename?: 'ChecklistItem', code: string, title: string, legalBasis?: string | null, kinds: Array<InspectionKind>, key: boolean }> } | null };

export type PlanInspectionsMutationVariables = Exact<{
  input: PlanInspectionsInput;
}>;


export type PlanInspectionsMutation = { __typename?: 'Mutation', planInspections: { __typename?: 'InspectionPlanPayload', position: number, eventIds: Array<string>, plan?: { __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, checklistId: string, checklistVersion: number, status: InspectionPlanStatus, completionNote?: string | null, cancellationReason?: string | null, plannedAt: string, recordedAt: string, closedAt?: string | null, targets: Array<{ __typename?: 'InspectionPlanTarget', unitId: string, inspectorIds: Array<string>, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }> }>, selection: { __typename?: 'InspectionPlanSelection', method: TargetSelectionMethod, algorithm?: string | null, seed?: string | null, seedCommitment?: string | null, poolDay?: string | null, pool?: Array<string> | null, poolSize?: number | null, poolHash?: string | null, sampleSize?: number | null, inspectorPool?: Array<string> | null, inspectorsPerTarget?: number | null, strata?: Array<{ __typename?: 'InspectionPlanStratum', unitClass: string, poolSize: number, drawn: number }> | null }, roster: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, recusals: Array<{ __typename?: 'InspectionPlanRecusal', unitId: string, inspectorId: string, replacementId: string, reason: string, redrawLabel: string, candidates: Array<string>, occurredAt: string, recordedAt: string }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type DrawInspectionPlanMutationVariables = Exact<{
  input: DrawInspectionPlanInput;
}>;


export type DrawInspectionPlanMutation = { __typename?: 'Mutation', drawInspectionPlan: { __typename?: 'InspectionPlanPayload', position: number, eventIds: Array<string>, plan?: { __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, checklistId: string, checklistVersion: number, status: InspectionPlanStatus, completionNote?: string | null, cancellationReason?: string | null, plannedAt: string, recordedAt: string, closedAt?: string | null, targets: Array<{ __typename?: 'InspectionPlanTarget', unitId: string, inspectorIds: Array<string>, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }> }>, selection: { __typename?: 'InspectionPlanSelection', method: TargetSelectionMethod, algorithm?: string | null, seed?: string | null, seedCommitment?: string | null, poolDay?: string | null, pool?: Array<string> | null, poolSize?: number | null, poolHash?: string | null, sampleSize?: number | null, inspectorPool?: Array<string> | null, inspectorsPerTarget?: number | null, strata?: Array<{ __typename?: 'InspectionPlanStratum', unitClass: string, poolSize: number, drawn: number }> | null }, roster: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, recusals: Array<{ __typename?: 'InspectionPlanRecusal', unitId: string, inspectorId: string, replacementId: string, reason: string, redrawLabel: string, candidates: Array<string>, occurredAt: string, recordedAt: string }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type RecuseInspectorMutationVariables = Exact<{
  input: RecuseInspectorInput;
}>;


export type RecuseInspectorMutation = { __typename?: 'Mutation', recuseInspector: { __typename?: 'InspectionPlanPayload', position: number, eventIds: Array<string>, plan?: { __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, checklistId: string, checklistVersion: number, status: InspectionPlanStatus, completionNote?: string | null, cancellationReason?: string | null, plannedAt: string, recordedAt: string, closedAt?: string | null, targets: Array<{ __typename?: 'InspectionPlanTarget', unitId: string, inspectorIds: Array<string>, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }> }>, selection: { __typename?: 'InspectionPlanSelection', method: TargetSelectionMethod, algorithm?: string | null, seed?: string | null, seedCommitment?: string | null, poolDay?: string | null, pool?: Array<string> | null, poolSize?: number | null, poolHash?: string | null, sampleSize?: number | null, inspectorPool?: Array<string> | null, inspectorsPerTarget?: number | null, strata?: Array<{ __typename?: 'InspectionPlanStratum', unitClass: string, poolSize: number, drawn: number }> | null }, roster: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, recusals: Array<{ __typename?: 'InspectionPlanRecusal', unitId: string, inspectorId: string, replacementId: string, reason: string, redrawLabel: string, candidates: Array<string>, occurredAt: string, recordedAt: string }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type CompleteInspectionPlanMutationVariables = Exact<{
  input: CompleteInspectionPlanInput;
}>;


export type CompleteInspectionPlanMutation = { __typename?: 'Mutation', completeInspectionPlan: { __typename?: 'InspectionPlanPayload', position: number, eventIds: Array<string>, plan?: { __typename?: 'InspectionPlan', planId: string, status: InspectionPlanStatus, completionNote?: string | null, closedAt?: string | null } | null } };

export type CancelInspectionPlanMutationVariables = Exact<{
  input: CancelInspectionPlanInput;
}>;


export type CancelInspectionPlanMutation = { __typename?: 'Mutation', cancelInspectionPlan: { __typename?: 'InspectionPlanPayload', position: number, eventIds: Array<string>, plan?: { __typename?: 'InspectionPlan', planId: string, status: InspectionPlanStatus, cancellationReason?: string | null, closedAt?: string | null } | null } };

export type InspectionPlansQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InspectionPlansQuery = { __typename?: 'Query', inspectionPlans: { __typename?: 'InspectionPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, status: InspectionPlanStatus }> } };

export type InspectionPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionPlanQuery = { __typename?: 'Query', inspectionPlan?: { __typename?: 'InspectionPlan', planId: string, bureauId: string, title: string, from: string, to: string, kind: InspectionKind, checklistId: string, checklistVersion: number, status: InspectionPlanStatus, completionNote?: string | null, cancellationReason?: string | null, plannedAt: string, recordedAt: string, closedAt?: string | null, targets: Array<{ __typename?: 'InspectionPlanTarget', unitId: string, inspectorIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string } | null, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }> }>, selection: { __typename?: 'InspectionPlanSelection', method: TargetSelectionMethod, algorithm?: string | null, seed?: string | null, seedCommitment?: string | null, poolDay?: string | null, pool?: Array<string> | null, poolSize?: number | null, poolHash?: string | null, sampleSize?: number | null, inspectorPool?: Array<string> | null, inspectorsPerTarget?: number | null, strata?: Array<{ __typename?: 'InspectionPlanStratum', unitClass: string, poolSize: number, drawn: number }> | null }, roster: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, recusals: Array<{ __typename?: 'InspectionPlanRecusal', unitId: string, inspectorId: string, replacementId: string, reason: string, redrawLabel: string, candidates: Array<string>, occurredAt: string, recordedAt: string }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null };

export type DrawReproducesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type DrawReproducesQuery = { __typename?: 'Query', drawReproduces: { __typename?: 'DrawReproduction', planId: string, reproduces: boolean, algorithm: string, algorithmKnown: boolean, poolHashMatches: boolean, seedCommitmentMatches?: boolean | null, targetsMatch: boolean, missing: Array<string>, unexpected: Array<string>, assignmentsMatch: boolean, recusalsMatch: boolean } };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { __typename?: 'Mutation', recordInspection: { __typename?: 'InspectionPayload', position: number, eventIds: Array<string>, inspection?: { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type CorrectInspectionRecordMutationVariables = Exact<{
  input: CorrectInspectionRecordInput;
}>;


export type CorrectInspectionRecordMutation = { __typename?: 'Mutation', correctInspectionRecord: { __typename?: 'InspectionPayload', position: number, eventIds: Array<string>, inspection?: { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type WithdrawInspectionMutationVariables = Exact<{
  input: WithdrawInspectionInput;
}>;


export type WithdrawInspectionMutation = { __typename?: 'Mutation', withdrawInspection: { __typename?: 'InspectionPayload', position: number, eventIds: Array<string>, inspection?: { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null } };

export type InspectionsQueryVariables = Exact<{
  filter?: InputMaybe<InspectionFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InspectionsQuery = { __typename?: 'Query', inspections: { __typename?: 'InspectionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'InspectionEdge', cursor: string, node: { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } }> } };

export type InspectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InspectionQuery = { __typename?: 'Query', inspection?: { __typename?: 'Inspection', inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, regionName?: string | null, planId?: string | null, kind: InspectionKind, day: string, checklistId: string, checklistVersion: number, conclusion: string, withdrawn: boolean, occurredAt: string, recordedAt: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null, inspectors: Array<{ __typename?: 'InspectionInspector', personId: string, name: string, credentialNumber?: string | null }>, results: Array<{ __typename?: 'InspectionItemOutcome', itemCode: string, result: InspectionItemResult, note?: string | null }>, findings: Array<{ __typename?: 'InspectionFinding', findingId: string, itemCode: string, severity: FindingSeverity, description: string, legalBasis?: string | null }>, evidence: Array<{ __typename?: 'InspectionEvidence', kind: InspectionEvidenceKind, value: string }>, withdrawal?: { __typename?: 'InspectionWithdrawal', reason: string, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null, corrections: Array<{ __typename?: 'InspectionCorrection', reason: string, fields: Array<string>, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } }>, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null } } | null };

export type OversightStepFieldsFragment = { __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } };

export type UnitMentionFieldsFragment = { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null };

export type BulletinFieldsFragment = { __typename?: 'Bulletin', bulletinId: string, bureauId: string, day: string, kind: BulletinKind, status: BulletinStatus, documentNumber: string, title: string, summary?: string | null, namedUnitCount: number, units: Array<{ __typename?: 'BulletinUnit', unitId: string, regionCode: string, reason: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, withdrawal?: { __typename?: 'BulletinWithdrawal', day: string, reason: string } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type TrainingFieldsFragment = { __typename?: 'Training', trainingId: string, bureauId: string, day: string, title: string, topics: Array<TrainingTopic>, hours: number, attendeeCount: number, attendees: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type GuidanceFieldsFragment = { __typename?: 'Guidance', guidanceId: string, bureauId: string, day: string, form: GuidanceForm, topics: Array<string>, note?: string | null, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, archivistsMet: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, difficulties: Array<{ __typename?: 'GuidanceDifficulty', unitId: string, archivistId?: string | null, description: string }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type SelfReportFieldsFragment = { __typename?: 'SelfReport', reportId: string, bureauId: string, day: string, status: SelfReportStatus, checklistId: string, checklistVersion: number, summary?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, results: Array<{ __typename?: 'SelfAssessedItem', itemCode: string, result: SelfAssessmentResult, note?: string | null }>, acknowledgement?: { __typename?: 'SelfReportAcknowledgement', day: string, note?: string | null } | null, flags: Array<{ __typename?: 'SelfReportFlag', day: string, reason: string, discrepancies: Array<{ __typename?: 'FlaggedItem', itemCode: string, note: string, inspectionId?: string | null }> }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type LeadFieldsFragment = { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type ViolationCaseFieldsFragment = { __typename?: 'ViolationCase', caseId: string, bureauId: string, day: string, status: CaseStatus, originKind: CaseOriginKind, leadId?: string | null, inspectionId?: string | null, legalBasis: string, summary: string, decisionDueBy: string, daysOpen: number, exceedsDecisionLimit: boolean, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, closure?: { __typename?: 'CaseClosure', day: string, outcome: CaseOutcome, transferredTo?: string | null, decisionNumber?: string | null, note?: string | null, withinDecisionLimit: boolean, penalties: Array<{ __typename?: 'Penalty', party: PenalisedParty, amountYuan: number }> } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type AssessmentFieldsFragment = { __typename?: 'Assessment', assessmentId: string, bureauId: string, day: string, kind: AssessmentKind, scheme: string, grade: string, validUntil?: string | null, validToday: boolean, note?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type ImplementationReportFieldsFragment = { __typename?: 'ImplementationReport', reportId: string, bureauId: string, day: string, reportingBureauId: string, toBureauId: string, summary: string, figures?: Record<string, unknown> | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type SupervisionReviewFieldsFragment = { __typename?: 'SupervisionReview', reviewId: string, bureauId: string, day: string, reviewedBureauId: string, rating: ReviewRating, findings: string, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> };

export type SelfReportDiscrepancyFieldsFragment = { __typename?: 'SelfReportDiscrepancy', unitId: string, regionCode: string, bureauId: string, reportId: string, reportDay: string, inspectionId: string, inspectionBureauId: string, inspectionDay: string, itemCode: string, selfAssessedNote?: string | null, inspectionNote?: string | null };

export type IssueBulletinMutationVariables = Exact<{
  input: IssueBulletinInput;
}>;


export type IssueBulletinMutation = { __typename?: 'Mutation', issueBulletin: { __typename?: 'BulletinPayload', position: number, eventIds: Array<string>, bulletin?: { __typename?: 'Bulletin', bulletinId: string, bureauId: string, day: string, kind: BulletinKind, status: BulletinStatus, documentNumber: string, title: string, summary?: string | null, namedUnitCount: number, units: Array<{ __typename?: 'BulletinUnit', unitId: string, regionCode: string, reason: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, withdrawal?: { __typename?: 'BulletinWithdrawal', day: string, reason: string } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type WithdrawBulletinMutationVariables = Exact<{
  input: WithdrawBulletinInput;
}>;


export type WithdrawBulletinMutation = { __typename?: 'Mutation', withdrawBulletin: { __typename?: 'BulletinPayload', position: number, eventIds: Array<string>, bulletin?: { __typename?: 'Bulletin', bulletinId: string, bureauId: string, day: string, kind: BulletinKind, status: BulletinStatus, documentNumber: string, title: string, summary?: string | null, namedUnitCount: number, units: Array<{ __typename?: 'BulletinUnit', unitId: string, regionCode: string, reason: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, withdrawal?: { __typename?: 'BulletinWithdrawal', day: string, reason: string } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type BulletinsQueryVariables = Exact<{
  filter?: InputMaybe<BulletinFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BulletinsQuery = { __typename?: 'Query', bulletins: { __typename?: 'BulletinConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Bulletin', bulletinId: string, bureauId: string, day: string, kind: BulletinKind, status: BulletinStatus, documentNumber: string, title: string, summary?: string | null, namedUnitCount: number, units: Array<{ __typename?: 'BulletinUnit', unitId: string, regionCode: string, reason: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, withdrawal?: { __typename?: 'BulletinWithdrawal', day: string, reason: string } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type HoldTrainingMutationVariables = Exact<{
  input: HoldTrainingInput;
}>;


export type HoldTrainingMutation = { __typename?: 'Mutation', holdTraining: { __typename?: 'TrainingPayload', position: number, eventIds: Array<string>, training?: { __typename?: 'Training', trainingId: string, bureauId: string, day: string, title: string, topics: Array<TrainingTopic>, hours: number, attendeeCount: number, attendees: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type TrainingsQueryVariables = Exact<{
  filter?: InputMaybe<TrainingFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingsQuery = { __typename?: 'Query', trainings: { __typename?: 'TrainingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Training', trainingId: string, bureauId: string, day: string, title: string, topics: Array<TrainingTopic>, hours: number, attendeeCount: number, attendees: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type ProvideGuidanceMutationVariables = Exact<{
  input: ProvideGuidanceInput;
}>;


export type ProvideGuidanceMutation = { __typename?: 'Mutation', provideGuidance: { __typename?: 'GuidancePayload', position: number, eventIds: Array<string>, guidance?: { __typename?: 'Guidance', guidanceId: string, bureauId: string, day: string, form: GuidanceForm, topics: Array<string>, note?: string | null, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, archivistsMet: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, difficulties: Array<{ __typename?: 'GuidanceDifficulty', unitId: string, archivistId?: string | null, description: string }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type GuidanceRecordsQueryVariables = Exact<{
  filter?: InputMaybe<GuidanceFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GuidanceRecordsQuery = { __typename?: 'Query', guidance: { __typename?: 'GuidanceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Guidance', guidanceId: string, bureauId: string, day: string, form: GuidanceForm, topics: Array<string>, note?: string | null, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, archivistsMet: Array<{ __typename?: 'ArchivistMention', unitId: string, archivistId: string, name: string }>, difficulties: Array<{ __typename?: 'GuidanceDifficulty', unitId: string, archivistId?: string | null, description: string }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type SubmitSelfReportMutationVariables = Exact<{
  input: SubmitSelfReportInput;
}>;


export type SubmitSelfReportMutation = { __typename?: 'Mutation', submitSelfReport: { __typename?: 'SelfReportPayload', position: number, eventIds: Array<string>, selfReport?: { __typename?: 'SelfReport', reportId: string, bureauId: string, day: string, status: SelfReportStatus, checklistId: string, checklistVersion: number, summary?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, results: Array<{ __typename?: 'SelfAssessedItem', itemCode: string, result: SelfAssessmentResult, note?: string | null }>, acknowledgement?: { __typename?: 'SelfReportAcknowledgement', day: string, note?: string | null } | null, flags: Array<{ __typename?: 'SelfReportFlag', day: string, reason: string, discrepancies: Array<{ __typename?: 'FlaggedItem', itemCode: string, note: string, inspectionId?: string | null }> }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type AcknowledgeSelfReportMutationVariables = Exact<{
  input: AcknowledgeSelfReportInput;
}>;


export type AcknowledgeSelfReportMutation = { __typename?: 'Mutation', acknowledgeSelfReport: { __typename?: 'SelfReportPayload', position: number, eventIds: Array<string>, selfReport?: { __typename?: 'SelfReport', reportId: string, bureauId: string, day: string, status: SelfReportStatus, checklistId: string, checklistVersion: number, summary?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, results: Array<{ __typename?: 'SelfAssessedItem', itemCode: string, result: SelfAssessmentResult, note?: string | null }>, acknowledgement?: { __typename?: 'SelfReportAcknowledgement', day: string, note?: string | null } | null, flags: Array<{ __typename?: 'SelfReportFlag', day: string, reason: string, discrepancies: Array<{ __typename?: 'FlaggedItem', itemCode: string, note: string, inspectionId?: string | null }> }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type FlagSelfReportMutationVariables = Exact<{
  input: FlagSelfReportInput;
}>;


export type FlagSelfReportMutation = { __typename?: 'Mutation', flagSelfReport: { __typename?: 'SelfReportPayload', position: number, eventIds: Array<string>, selfReport?: { __typename?: 'SelfReport', reportId: string, bureauId: string, day: string, status: SelfReportStatus, checklistId: string, checklistVersion: number, summary?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, results: Array<{ __typename?: 'SelfAssessedItem', itemCode: string, result: SelfAssessmentResult, note?: string | null }>, acknowledgement?: { __typename?: 'SelfReportAcknowledgement', day: string, note?: string | null } | null, flags: Array<{ __typename?: 'SelfReportFlag', day: string, reason: string, discrepancies: Array<{ __typename?: 'FlaggedItem', itemCode: string, note: string, inspectionId?: string | null }> }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type SelfReportsQueryVariables = Exact<{
  filter?: InputMaybe<SelfReportFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SelfReportsQuery = { __typename?: 'Query', selfReports: { __typename?: 'SelfReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SelfReport', reportId: string, bureauId: string, day: string, status: SelfReportStatus, checklistId: string, checklistVersion: number, summary?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, results: Array<{ __typename?: 'SelfAssessedItem', itemCode: string, result: SelfAssessmentResult, note?: string | null }>, acknowledgement?: { __typename?: 'SelfReportAcknowledgement', day: string, note?: string | null } | null, flags: Array<{ __typename?: 'SelfReportFlag', day: string, reason: string, discrepancies: Array<{ __typename?: 'FlaggedItem', itemCode: string, note: string, inspectionId?: string | null }> }>, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type SelfReportDiscrepanciesQueryVariables = Exact<{
  filter?: InputMaybe<DiscrepancyFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SelfReportDiscrepanciesQuery = { __typename?: 'Query', selfReportDiscrepancies: { __typename?: 'SelfReportDiscrepancyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SelfReportDiscrepancy', unitId: string, regionCode: string, bureauId: string, reportId: string, reportDay: string, inspectionId: string, inspectionBureauId: string, inspectionDay: string, itemCode: string, selfAssessedNote?: string | null, inspectionNote?: string | null }> } };

export type ReceiveLeadMutationVariables = Exact<{
  input: ReceiveLeadInput;
}>;


export type ReceiveLeadMutation = { __typename?: 'Mutation', receiveLead: { __typename?: 'LeadPayload', position: number, eventIds: Array<string>, lead?: { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type RecordLeadInvestigationMutationVariables = Exact<{
  input: RecordLeadInvestigationInput;
}>;


export type RecordLeadInvestigationMutation = { __typename?: 'Mutation', recordLeadInvestigation: { __typename?: 'LeadPayload', position: number, eventIds: Array<string>, lead?: { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type SendHandlingRecommendationMutationVariables = Exact<{
  input: SendHandlingRecommendationInput;
}>;


export type SendHandlingRecommendationMutation = { __typename?: 'Mutation', sendHandlingRecommendation: { __typename?: 'LeadPayload', position: number, eventIds: Array<string>, lead?: { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type RecordHandlingReplyMutationVariables = Exact<{
  input: RecordHandlingReplyInput;
}>;


export type RecordHandlingReplyMutation = { __typename?: 'Mutation', recordHandlingReply: { __typename?: 'LeadPayload', position: number, eventIds: Array<string>, lead?: { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type CloseLeadMutationVariables = Exact<{
  input: CloseLeadInput;
}>;


export type CloseLeadMutation = { __typename?: 'Mutation', closeLead: { __typename?: 'LeadPayload', position: number, eventIds: Array<string>, lead?: { __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type LeadsQueryVariables = Exact<{
  filter?: InputMaybe<LeadFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Lead', leadId: string, bureauId: string, day: string, status: LeadStatus, source: LeadSource, sourceReference?: string | null, summary: string, units: Array<{ __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null }>, investigations: Array<{ __typename?: 'LeadInvestigation', day: string, findings: string }>, recommendation?: { __typename?: 'HandlingRecommendation', day: string, recipientKind: RecommendationRecipient, recipientName: string, documentNumber: string, content: string } | null, reply?: { __typename?: 'HandlingReply', day: string, summary: string, documentNumber?: string | null } | null, closure?: { __typename?: 'LeadClosure', day: string, outcome: LeadOutcome, caseId?: string | null, note?: string | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type OpenViolationCaseMutationVariables = Exact<{
  input: OpenViolationCaseInput;
}>;


export type OpenViolationCaseMutation = { __typename?: 'Mutation', openViolationCase: { __typename?: 'ViolationCasePayload', position: number, eventIds: Array<string>, violationCase?: { __typename?: 'ViolationCase', caseId: string, bureauId: string, day: string, status: CaseStatus, originKind: CaseOriginKind, leadId?: string | null, inspectionId?: string | null, legalBasis: string, summary: string, decisionDueBy: string, daysOpen: number, exceedsDecisionLimit: boolean, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, closure?: { __typename?: 'CaseClosure', day: string, outcome: CaseOutcome, transferredTo?: string | null, decisionNumber?: string | null, note?: string | null, withinDecisionLimit: boolean, penalties: Array<{ __typename?: 'Penalty', party: PenalisedParty, amountYuan: number }> } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type CloseViolationCaseMutationVariables = Exact<{
  input: CloseViolationCaseInput;
}>;


export type CloseViolationCaseMutation = { __typename?: 'Mutation', closeViolationCase: { __typename?: 'ViolationCasePayload', position: number, eventIds: Array<string>, violationCase?: { __typename?: 'ViolationCase', caseId: string, bureauId: string, day: string, status: CaseStatus, originKind: CaseOriginKind, leadId?: string | null, inspectionId?: string | null, legalBasis: string, summary: string, decisionDueBy: string, daysOpen: number, exceedsDecisionLimit: boolean, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, closure?: { __typename?: 'CaseClosure', day: string, outcome: CaseOutcome, transferredTo?: string | null, decisionNumber?: string | null, note?: string | null, withinDecisionLimit: boolean, penalties: Array<{ __typename?: 'Penalty', party: PenalisedParty, amountYuan: number }> } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type ViolationCasesQueryVariables = Exact<{
  filter?: InputMaybe<ViolationCaseFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ViolationCasesQuery = { __typename?: 'Query', violationCases: { __typename?: 'ViolationCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ViolationCase', caseId: string, bureauId: string, day: string, status: CaseStatus, originKind: CaseOriginKind, leadId?: string | null, inspectionId?: string | null, legalBasis: string, summary: string, decisionDueBy: string, daysOpen: number, exceedsDecisionLimit: boolean, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, closure?: { __typename?: 'CaseClosure', day: string, outcome: CaseOutcome, transferredTo?: string | null, decisionNumber?: string | null, note?: string | null, withinDecisionLimit: boolean, penalties: Array<{ __typename?: 'Penalty', party: PenalisedParty, amountYuan: number }> } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { __typename?: 'Mutation', recordAssessment: { __typename?: 'AssessmentPayload', position: number, eventIds: Array<string>, assessment?: { __typename?: 'Assessment', assessmentId: string, bureauId: string, day: string, kind: AssessmentKind, scheme: string, grade: string, validUntil?: string | null, validToday: boolean, note?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type AssessmentsQueryVariables = Exact<{
  filter?: InputMaybe<AssessmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssessmentsQuery = { __typename?: 'Query', assessments: { __typename?: 'AssessmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Assessment', assessmentId: string, bureauId: string, day: string, kind: AssessmentKind, scheme: string, grade: string, validUntil?: string | null, validToday: boolean, note?: string | null, unit?: { __typename?: 'UnitMention', unitId: string, regionCode: string, unit?: { __typename?: 'Unit', unitId: string, name: string } | null } | null, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type ReportImplementationMutationVariables = Exact<{
  input: ReportImplementationInput;
}>;


export type ReportImplementationMutation = { __typename?: 'Mutation', reportImplementation: { __typename?: 'ImplementationReportPayload', position: number, eventIds: Array<string>, implementationReport?: { __typename?: 'ImplementationReport', reportId: string, bureauId: string, day: string, reportingBureauId: string, toBureauId: string, summary: string, figures?: Record<string, unknown> | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type ImplementationReportsQueryVariables = Exact<{
  filter?: InputMaybe<AccountabilityFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImplementationReportsQuery = { __typename?: 'Query', implementationReports: { __typename?: 'ImplementationReportConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ImplementationReport', reportId: string, bureauId: string, day: string, reportingBureauId: string, toBureauId: string, summary: string, figures?: Record<string, unknown> | null, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type ReviewSupervisionMutationVariables = Exact<{
  input: ReviewSupervisionInput;
}>;


export type ReviewSupervisionMutation = { __typename?: 'Mutation', reviewSupervision: { __typename?: 'SupervisionReviewPayload', position: number, eventIds: Array<string>, supervisionReview?: { __typename?: 'SupervisionReview', reviewId: string, bureauId: string, day: string, reviewedBureauId: string, rating: ReviewRating, findings: string, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } | null } };

export type SupervisionReviewsQueryVariables = Exact<{
  filter?: InputMaybe<AccountabilityFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupervisionReviewsQuery = { __typename?: 'Query', supervisionReviews: { __typename?: 'SupervisionReviewConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'SupervisionReview', reviewId: string, bureauId: string, day: string, reviewedBureauId: string, rating: ReviewRating, findings: string, period: { __typename?: 'ReportingPeriod', from: string, to: string }, timeline: Array<{ __typename?: 'OversightStep', eventId: string, type: string, day: string, occurredAt: string, recordedAt: string, position: number, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> }> } };

export type SupervisoryActivityQueryVariables = Exact<{
  filter?: InputMaybe<AccountabilityFilterInput>;
}>;


export type SupervisoryActivityQuery = { __typename?: 'Query', supervisoryActivity: Array<{ __typename?: 'SupervisoryActivity', kind: SupervisoryActKind, count: number }> };

export type RectificationActorFieldsFragment = { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null };

export type RectificationOrderFieldsFragment = { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null };

export type OrderRectificationMutationVariables = Exact<{
  input: OrderRectificationInput;
}>;


export type OrderRectificationMutation = { __typename?: 'Mutation', orderRectification: { __typename?: 'RectificationOrderPayload', position: number, eventIds: Array<string>, order?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null } | null } };

export type ExtendRectificationDeadlineMutationVariables = Exact<{
  input: ExtendRectificationDeadlineInput;
}>;


export type ExtendRectificationDeadlineMutation = { __typename?: 'Mutation', extendRectificationDeadline: { __typename?: 'RectificationOrderPayload', position: number, eventIds: Array<string>, order?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null } | null } };

export type SubmitRectificationReportMutationVariables = Exact<{
  input: SubmitRectificationReportInput;
}>;


export type SubmitRectificationReportMutation = { __typename?: 'Mutation', submitRectificationReport: { __typename?: 'RectificationOrderPayload', position: number, eventIds: Array<string>, order?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null } | null } };

export type ReviewRectificationMutationVariables = Exact<{
  input: ReviewRectificationInput;
}>;


export type ReviewRectificationMutation = { __typename?: 'Mutation', reviewRectification: { __typename?: 'RectificationOrderPayload', position: number, eventIds: Array<string>, order?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null } | null } };

export type RecordRectificationFollowUpMutationVariables = Exact<{
  input: RecordRectificationFollowUpInput;
}>;


export type RecordRectificationFollowUpMutation = { __typename?: 'Mutation', recordRectificationFollowUp: { __typename?: 'RectificationOrderPayload', position: number, eventIds: Array<string>, order?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null } | null } };

export type RectificationOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RectificationOrderQuery = { __typename?: 'Query', rectificationOrder?: { __typename?: 'RectificationOrder', orderId: string, inspectionId: string, bureauId: string, unitId: string, regionCode?: string | null, findingIds: Array<string>, orderedOn: string, initialDeadline: string, deadline: string, legalBasis: string, documentNumber?: string | null, closedOn?: string | null, status?: RectificationStatus | null, unit?: { __typename?: 'Unit', unitId: string, name: string } | null, bureau?: { __typename?: 'Bureau', bureauId: string } | null, statusTimeline: Array<{ __typename?: 'RectificationStatusSpan', status: RectificationStatus, from: string, to?: string | null }>, overduePeriods: Array<{ __typename?: 'RectificationStatusSpan', from: string, to?: string | null }>, timeline: Array<{ __typename?: 'RectificationAct', type: RectificationActType, day: string, eventId: string, position: number, occurredAt: string, recordedAt: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }>, extensions: Array<{ __typename?: 'RectificationExtension', day: string, previousDeadline: string, deadline: string, reason: string }>, reports: Array<{ __typename?: 'RectificationReport', day: string, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null }, items: Array<{ __typename?: 'RectificationReportItem', findingId: string, action: string, evidence: Array<{ __typename?: 'RectificationEvidence', kind: RectificationEvidenceKind, value: string }> }> }>, reviews: Array<{ __typename?: 'RectificationReview', day: string, outcome: RectificationReviewOutcome, reasons?: string | null }>, followUps: Array<{ __typename?: 'RectificationFollowUp', day: string, note: string }> } | null };

export type RectificationStandingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
  knownAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type RectificationStandingQuery = { __typename?: 'Query', rectificationOrder?: { __typename?: 'RectificationOrder', orderId: string, status?: RectificationStatus | null, standing?: { __typename?: 'RectificationStanding', asOf: string, status: RectificationStatus, deadline: string, overdueDays: number, reportedOn?: string | null, closedOn?: string | null } | null } | null };

export type RectificationOrdersQueryVariables = Exact<{
  filter?: InputMaybe<RectificationOrderFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RectificationOrdersQuery = { __typename?: 'Query', rectificationOrders: { __typename?: 'RectificationOrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RectificationOrderEdge', cursor: string }>, nodes: Array<{ __typename?: 'RectificationOrder', orderId: string, unitId: string, status?: RectificationStatus | null, deadline: string, standing?: { __typename?: 'RectificationStanding', overdueDays: number } | null }> } };

export type UnitFieldsFragment = { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> };

export type HistoryFieldsFragment = { __typename?: 'HistoryEntry', eventId: string, type: string, schemaVersion: number, position: number, streamId: string, revision: number, data: Record<string, unknown>, occurredAt: string, recordedAt: string, correlationId: string, causationId?: string | null, idempotencyKey?: string | null, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } };

export type EstablishBureauMutationVariables = Exact<{
  input: EstablishBureauInput;
}>;


export type EstablishBureauMutation = { __typename?: 'Mutation', establishBureau: { __typename?: 'BureauPayload', position: number, eventIds: Array<string>, bureau?: { __typename?: 'Bureau', bureauId: string, name: string, level: BureauLevel, regionCode: string, regionName: string, activeUnitCount: number } | null } };

export type RegisterUnitMutationVariables = Exact<{
  input: RegisterUnitInput;
}>;


export type RegisterUnitMutation = { __typename?: 'Mutation', registerUnit: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type AmendUnitDetailsMutationVariables = Exact<{
  input: AmendUnitDetailsInput;
}>;


export type AmendUnitDetailsMutation = { __typename?: 'Mutation', amendUnitDetails: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type ClassifyUnitMutationVariables = Exact<{
  input: ClassifyUnitInput;
}>;


export type ClassifyUnitMutation = { __typename?: 'Mutation', classifyUnit: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type TransferUnitMutationVariables = Exact<{
  input: TransferUnitInput;
}>;


export type TransferUnitMutation = { __typename?: 'Mutation', transferUnit: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type DeregisterUnitMutationVariables = Exact<{
  input: DeregisterUnitInput;
}>;


export type DeregisterUnitMutation = { __typename?: 'Mutation', deregisterUnit: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type AssignArchivistMutationVariables = Exact<{
  input: AssignArchivistInput;
}>;


export type AssignArchivistMutation = { __typename?: 'Mutation', assignArchivist: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type ReleaseArchivistMutationVariables = Exact<{
  input: ReleaseArchivistInput;
}>;


export type ReleaseArchivistMutation = { __typename?: 'Mutation', releaseArchivist: { __typename?: 'UnitPayload', position: number, eventIds: Array<string>, unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null } };

export type ImportUnitsMutationVariables = Exact<{
  input: ImportUnitsInput;
}>;


export type ImportUnitsMutation = { __typename?: 'Mutation', importUnits: { __typename?: 'ImportReport', rows: number, imported: number, unchanged: number, rejected: number, applied: boolean, errors: Array<{ __typename?: 'ImportRowError', line: number, field: string, reason: string, message: string }> } };

export type UnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, bureau?: { __typename?: 'Bureau', bureauId: string, name: string } | null, region?: { __typename?: 'Region', code: string, name: string, level: BureauLevel } | null, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } | null };

export type UnitsQueryVariables = Exact<{
  filter?: InputMaybe<UnitFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UnitEdge', cursor: string, node: { __typename?: 'Unit', unitId: string, name: string, category: UnitCategory, unitClass?: UnitClass | null, regionCode: string, regionName: string, bureauId: string, address?: string | null, status: UnitStatus, registeredAt: string, enteredScopeAt: string, deregisteredAt?: string | null, deregistrationReason?: string | null, mergedInto?: string | null, checkOverrideReason?: string | null, revision: number, archivists: Array<{ __typename?: 'Archivist', archivistId: string, name: string, partTime: boolean, duties?: string | null, assignedAt: string }> } }> } };

export type UnitsWithBureauAndRegionQueryVariables = Exact<{
  filter?: InputMaybe<UnitFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UnitsWithBureauAndRegionQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', totalCount: number, nodes: Array<{ __typename?: 'Unit', unitId: string, name: string, bureau?: { __typename?: 'Bureau', bureauId: string, name: string, level: BureauLevel, parent?: { __typename?: 'Bureau', bureauId: string } | null } | null, region?: { __typename?: 'Region', code: string, name: string, unitCount: number } | null }> } };

export type UnitHistoryQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitHistoryQuery = { __typename?: 'Query', unitHistory: { __typename?: 'HistoryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'HistoryEntry', eventId: string, type: string, schemaVersion: number, position: number, streamId: string, revision: number, data: Record<string, unknown>, occurredAt: string, recordedAt: string, correlationId: string, causationId?: string | null, idempotencyKey?: string | null, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } };

export type BureauQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BureauQuery = { __typename?: 'Query', bureau?: { __typename?: 'Bureau', bureauId: string, name: string, level: BureauLevel, regionCode: string, regionName: string, establishedAt: string, activeUnitCount: number, parent?: { __typename?: 'Bureau', bureauId: string, name: string } | null, region?: { __typename?: 'Region', code: string, name: string } | null } | null };

export type BureausQueryVariables = Exact<{
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<BureauLevel>;
}>;


export type BureausQuery = { __typename?: 'Query', bureaus: Array<{ __typename?: 'Bureau', bureauId: string, name: string, level: BureauLevel, activeUnitCount: number }> };

export type RegionQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegionQuery = { __typename?: 'Query', region?: { __typename?: 'Region', code: string, name: string, level: BureauLevel, parentCode?: string | null, unitCount: number, unitCountByCategory: Array<{ __typename?: 'CategoryCount', category: UnitCategory, count: number }>, bureau?: { __typename?: 'Bureau', bureauId: string, name: string } | null, parent?: { __typename?: 'Region', code: string, name: string } | null, children: Array<{ __typename?: 'Region', code: string, name: string, level: BureauLevel, unitCount: number, bureau?: { __typename?: 'Bureau', bureauId: string } | null }> } | null };

export type BureauHistoryQueryVariables = Exact<{
  bureauId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BureauHistoryQuery = { __typename?: 'Query', bureauHistory: { __typename?: 'HistoryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'HistoryEntry', eventId: string, type: string, schemaVersion: number, position: number, streamId: string, revision: number, data: Record<string, unknown>, occurredAt: string, recordedAt: string, correlationId: string, causationId?: string | null, idempotencyKey?: string | null, actor: { __typename?: 'ActorInfo', id: string, role: ActorRole, bureauId?: string | null, unitId?: string | null } }> } };

export const CycleFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauCycleStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"knownAt"}},{"kind":"Field","name":{"kind":"Name","value":"countingKinds"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"notYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CycleFigureFieldsFragment, unknown>;
export const OverdueUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverdueUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCountingInspectionOn"}}]}}]} as unknown as DocumentNode<OverdueUnitFieldsFragment, unknown>;
export const ChecklistFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ChecklistFieldsFragment, unknown>;
export const InspectorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}}]} as unknown as DocumentNode<InspectorFieldsFragment, unknown>;
export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const InspectionPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"poolDay"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolHash"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPool"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"replacementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"redrawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}}]} as unknown as DocumentNode<InspectionPlanFieldsFragment, unknown>;
export const OversightStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<OversightStepFieldsFragment, unknown>;
export const BulletinFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletinId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"namedUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<BulletinFieldsFragment, unknown>;
export const UnitMentionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitMentionFieldsFragment, unknown>;
export const TrainingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<TrainingFieldsFragment, unknown>;
export const GuidanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivistsMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<GuidanceFieldsFragment, unknown>;
export const SelfReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<SelfReportFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const ViolationCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originKind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsDecisionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"withinDecisionLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ViolationCaseFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const ImplementationReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"toBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ImplementationReportFieldsFragment, unknown>;
export const SupervisionReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<SupervisionReviewFieldsFragment, unknown>;
export const SelfReportDiscrepancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDay"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionDay"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedNote"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionNote"}}]}}]} as unknown as DocumentNode<SelfReportDiscrepancyFieldsFragment, unknown>;
export const RectificationActorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationActorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]} as unknown as DocumentNode<RectificationActorFieldsFragment, unknown>;
export const RectificationOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RectificationOrderFieldsFragment, unknown>;
export const UnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<UnitFieldsFragment, unknown>;
export const HistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<HistoryFieldsFragment, unknown>;
export const CycleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFigureFields"}},{"kind":"Field","name":{"kind":"Name","value":"overdueUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverdueUnitFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauCycleStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"knownAt"}},{"kind":"Field","name":{"kind":"Name","value":"countingKinds"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"notYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverdueUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCountingInspectionOn"}}]}}]} as unknown as DocumentNode<CycleStatusQuery, CycleStatusQueryVariables>;
export const CycleFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CycleFigureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CycleFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauCycleStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"knownAt"}},{"kind":"Field","name":{"kind":"Name","value":"countingKinds"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"unitsInScope"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"notYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<CycleFiguresQuery, CycleFiguresQueryVariables>;
export const UnitCycleStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitCycleStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"cycleStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"knownAt"}},{"kind":"Field","name":{"kind":"Name","value":"inScope"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastCountingInspectionOn"}}]}}]}}]}}]} as unknown as DocumentNode<UnitCycleStatusQuery, UnitCycleStatusQueryVariables>;
export const LateRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LateRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minDelayDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minDelayDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minDelayDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]} as unknown as DocumentNode<LateRecordsQuery, LateRecordsQueryVariables>;
export const ChecklistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Checklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ChecklistsQuery, ChecklistsQueryVariables>;
export const ChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Checklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checklist"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ChecklistQuery, ChecklistQueryVariables>;
export const PlanInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInspectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"poolDay"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolHash"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPool"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"replacementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"redrawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PlanInspectionsMutation, PlanInspectionsMutationVariables>;
export const DrawInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"poolDay"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolHash"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPool"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"replacementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"redrawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<DrawInspectionPlanMutation, DrawInspectionPlanMutationVariables>;
export const RecuseInspectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecuseInspector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecuseInspectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recuseInspector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"poolDay"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolHash"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPool"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"replacementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"redrawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<RecuseInspectorMutation, RecuseInspectorMutationVariables>;
export const CompleteInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteInspectionPlanMutation, CompleteInspectionPlanMutationVariables>;
export const CancelInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelInspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CancelInspectionPlanMutation, CancelInspectionPlanMutationVariables>;
export const InspectionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionPlansQuery, InspectionPlansQueryVariables>;
export const InspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitment"}},{"kind":"Field","name":{"kind":"Name","value":"poolDay"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"poolHash"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"poolSize"}},{"kind":"Field","name":{"kind":"Name","value":"drawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPool"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsPerTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"replacementId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"redrawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<InspectionPlanQuery, InspectionPlanQueryVariables>;
export const DrawReproducesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawReproduces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawReproduces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"reproduces"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"algorithmKnown"}},{"kind":"Field","name":{"kind":"Name","value":"poolHashMatches"}},{"kind":"Field","name":{"kind":"Name","value":"seedCommitmentMatches"}},{"kind":"Field","name":{"kind":"Name","value":"targetsMatch"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"unexpected"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsMatch"}},{"kind":"Field","name":{"kind":"Name","value":"recusalsMatch"}}]}}]}}]} as unknown as DocumentNode<DrawReproducesQuery, DrawReproducesQueryVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const CorrectInspectionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectInspectionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectInspectionRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctInspectionRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<CorrectInspectionRecordMutation, CorrectInspectionRecordMutationVariables>;
export const WithdrawInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<WithdrawInspectionMutation, WithdrawInspectionMutationVariables>;
export const InspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<InspectionsQuery, InspectionsQueryVariables>;
export const InspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionInspector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"credentialNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<InspectionQuery, InspectionQueryVariables>;
export const IssueBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"bulletin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletinId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"namedUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<IssueBulletinMutation, IssueBulletinMutationVariables>;
export const WithdrawBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"bulletin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletinId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"namedUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawBulletinMutation, WithdrawBulletinMutationVariables>;
export const BulletinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletinId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"namedUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<BulletinsQuery, BulletinsQueryVariables>;
export const HoldTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<HoldTrainingMutation, HoldTrainingMutationVariables>;
export const TrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Training"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<TrainingsQuery, TrainingsQueryVariables>;
export const ProvideGuidanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideGuidance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvideGuidanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideGuidance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivistsMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ProvideGuidanceMutation, ProvideGuidanceMutationVariables>;
export const GuidanceRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guidance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivistsMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<GuidanceRecordsQuery, GuidanceRecordsQueryVariables>;
export const SubmitSelfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSelfReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"selfReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfReportMutation, SubmitSelfReportMutationVariables>;
export const AcknowledgeSelfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeSelfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeSelfReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSelfReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"selfReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeSelfReportMutation, AcknowledgeSelfReportMutationVariables>;
export const FlagSelfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagSelfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagSelfReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagSelfReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"selfReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<FlagSelfReportMutation, FlagSelfReportMutationVariables>;
export const SelfReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistId"}},{"kind":"Field","name":{"kind":"Name","value":"checklistVersion"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"discrepancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<SelfReportsQuery, SelfReportsQueryVariables>;
export const SelfReportDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfReportDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfReportDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportDiscrepancyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDay"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionDay"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedNote"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionNote"}}]}}]} as unknown as DocumentNode<SelfReportDiscrepanciesQuery, SelfReportDiscrepanciesQueryVariables>;
export const ReceiveLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ReceiveLeadMutation, ReceiveLeadMutationVariables>;
export const RecordLeadInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadInvestigationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<RecordLeadInvestigationMutation, RecordLeadInvestigationMutationVariables>;
export const SendHandlingRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendHandlingRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendHandlingRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendHandlingRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<SendHandlingRecommendationMutation, SendHandlingRecommendationMutationVariables>;
export const RecordHandlingReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHandlingReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHandlingReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHandlingReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<RecordHandlingReplyMutation, RecordHandlingReplyMutationVariables>;
export const CloseLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<CloseLeadMutation, CloseLeadMutationVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"recipientKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const OpenViolationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenViolationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenViolationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openViolationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"violationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationCaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originKind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsDecisionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"withinDecisionLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<OpenViolationCaseMutation, OpenViolationCaseMutationVariables>;
export const CloseViolationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseViolationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseViolationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeViolationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"violationCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationCaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originKind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsDecisionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"withinDecisionLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<CloseViolationCaseMutation, CloseViolationCaseMutationVariables>;
export const ViolationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViolationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationCaseFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationCaseFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originKind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"exceedsDecisionLimit"}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferredTo"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"withinDecisionLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ViolationCasesQuery, ViolationCasesQueryVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitMentionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitMention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitMentionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"validToday"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<AssessmentsQuery, AssessmentsQueryVariables>;
export const ReportImplementationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"implementationReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"toBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ReportImplementationMutation, ReportImplementationMutationVariables>;
export const ImplementationReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImplementationReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementationReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImplementationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reportingBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"toBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"figures"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ImplementationReportsQuery, ImplementationReportsQueryVariables>;
export const ReviewSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<ReviewSupervisionMutation, ReviewSupervisionMutationVariables>;
export const SupervisionReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionReviewFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OversightStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OversightStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OversightStepFields"}}]}}]}}]} as unknown as DocumentNode<SupervisionReviewsQuery, SupervisionReviewsQueryVariables>;
export const SupervisoryActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisoryActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisoryActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<SupervisoryActivityQuery, SupervisoryActivityQueryVariables>;
export const OrderRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<OrderRectificationMutation, OrderRectificationMutationVariables>;
export const ExtendRectificationDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendRectificationDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendRectificationDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendRectificationDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ExtendRectificationDeadlineMutation, ExtendRectificationDeadlineMutationVariables>;
export const SubmitRectificationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRectificationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectificationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SubmitRectificationReportMutation, SubmitRectificationReportMutationVariables>;
export const ReviewRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReviewRectificationMutation, ReviewRectificationMutationVariables>;
export const RecordRectificationFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRectificationFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRectificationFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRectificationFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<RecordRectificationFollowUpMutation, RecordRectificationFollowUpMutationVariables>;
export const RectificationOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overduePeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationActorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"previousDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationActorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"initialDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationActorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActorInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]} as unknown as DocumentNode<RectificationOrderQuery, RectificationOrderQueryVariables>;
export const RectificationStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}]},{"kind":"Field","name":{"kind":"Name","value":"standing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"knownAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knownAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RectificationStandingQuery, RectificationStandingQueryVariables>;
export const RectificationOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationOrderFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"standing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RectificationOrdersQuery, RectificationOrdersQueryVariables>;
export const EstablishBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstablishBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishBureauInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"activeUnitCount"}}]}}]}}]}}]} as unknown as DocumentNode<EstablishBureauMutation, EstablishBureauMutationVariables>;
export const RegisterUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<RegisterUnitMutation, RegisterUnitMutationVariables>;
export const AmendUnitDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendUnitDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendUnitDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendUnitDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<AmendUnitDetailsMutation, AmendUnitDetailsMutationVariables>;
export const ClassifyUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<ClassifyUnitMutation, ClassifyUnitMutationVariables>;
export const TransferUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<TransferUnitMutation, TransferUnitMutationVariables>;
export const DeregisterUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeregisterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<DeregisterUnitMutation, DeregisterUnitMutationVariables>;
export const AssignArchivistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignArchivist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignArchivistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignArchivist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<AssignArchivistMutation, AssignArchivistMutationVariables>;
export const ReleaseArchivistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseArchivist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseArchivistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseArchivist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<ReleaseArchivistMutation, ReleaseArchivistMutationVariables>;
export const ImportUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUnitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportUnitsMutation, ImportUnitsMutationVariables>;
export const UnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const UnitsWithBureauAndRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsWithBureauAndRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsWithBureauAndRegionQuery, UnitsWithBureauAndRegionQueryVariables>;
export const UnitHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<UnitHistoryQuery, UnitHistoryQueryVariables>;
export const BureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"establishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeUnitCount"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BureauQuery, BureauQueryVariables>;
export const BureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bureaus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BureauLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"activeUnitCount"}}]}}]}}]} as unknown as DocumentNode<BureausQuery, BureausQueryVariables>;
export const RegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Region"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"unitCountByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionQuery, RegionQueryVariables>;
export const BureauHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<BureauHistoryQuery, BureauHistoryQueryVariables>;