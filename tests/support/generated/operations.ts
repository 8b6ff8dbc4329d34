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
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
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

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: UnitCategory;
  count: Scalars['Int']['output'];
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

export type EstablishBureauInput = {
  /** Retrying with the same key returns the first result and appends nothing */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Business time of the act; defaults to now */
  occurredAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** GB/T 2260 code of the bureau's region; '000000' for the national administration */
  regionCode: Scalars['String']['input'];
};

export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  edges: Array<HistoryEdge>;
  nodes: Array<HistoryEntry>;
  pageInfo: PageInfo;
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
  /** Server time: when the act was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  revision: Scalars['Int']['output'];
  schemaVersion: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
  /** Event type, e.g. UnitRegistered */
  type: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Amend a unit's name, address, category or region (UnitDetailsAmended) */
  amendUnitDetails: UnitPayload;
  /** Record that an archivist took up duty at a unit (ArchivistAssigned) */
  assignArchivist: UnitPayload;
  /** Set the supervision class of a unit (UnitClassified) */
  classifyUnit: UnitPayload;
  /** Take a unit off the register: dissolved, merged or out of scope (UnitDeregistered) */
  deregisterUnit: UnitPayload;
  /** Establish the archival bureau of a region (BureauEstablished) */
  establishBureau: BureauPayload;
  /** Register units in bulk from a CSV or XLSX list; every bad row is reported */
  importUnits: ImportReport;
  /** Register a unit in the scope of a bureau (UnitRegistered) */
  registerUnit: UnitPayload;
  /** Record that an archivist left duty at a unit (ArchivistReleased) */
  releaseArchivist: UnitPayload;
  /** Move a unit to the scope of another bureau (UnitTransferred) */
  transferUnit: UnitPayload;
};


export type MutationAmendUnitDetailsArgs = {
  input: AmendUnitDetailsInput;
};


export type MutationAssignArchivistArgs = {
  input: AssignArchivistInput;
};


export type MutationClassifyUnitArgs = {
  input: ClassifyUnitInput;
};


export type MutationDeregisterUnitArgs = {
  input: DeregisterUnitInput;
};


export type MutationEstablishBureauArgs = {
  input: EstablishBureauInput;
};


export type MutationImportUnitsArgs = {
  input: ImportUnitsInput;
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
};


export type MutationReleaseArchivistArgs = {
  input: ReleaseArchivistInput;
};


export type MutationTransferUnitArgs = {
  input: TransferUnitInput;
};

/** Relay page information */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A bureau (null when unknown or outside your scope) */
  bureau?: Maybe<Bureau>;
  /** Every act of the bureau and every act done to it (units transferred in or out, reviews), in log order */
  bureauHistory: HistoryConnection;
  /** Bureaus ordered by region code, optionally under a region prefix and at one level, within your scope */
  bureaus: Array<Bureau>;
  /** A GB/T 2260 division within your scope; '000000' is the nation, whose children are the provinces */
  region?: Maybe<Region>;
  /** A unit by its credit code (null when unknown or outside your scope) */
  unit?: Maybe<Unit>;
  /** Every event that touched the unit, in the order of the log */
  unitHistory: HistoryConnection;
  /** Units ordered by credit code, filtered, within your scope */
  units: UnitConnection;
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


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
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
  /** Units matching the filter, all pages */
  totalCount: Scalars['Int']['output'];
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

export type UnitFilterInput = {
  bureauId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<UnitCategory>;
  /** GB/T 2260 code prefix: '33' Zhejiang, '3301' Hangzhou, '330106' a county */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UnitStatus>;
  unitClass?: InputMaybe<UnitClass>;
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

export const UnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitClass"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"enteredScopeAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deregistrationReason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"checkOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivistId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<UnitFieldsFragment, unknown>;
export const HistoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<HistoryFieldsFragment, unknown>;
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