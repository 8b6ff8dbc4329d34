import { INSPECTION_SCHEMA_VERSIONS } from '../domain/inspection/inspection.schema-versions';
import { OVERSIGHT_SCHEMA_VERSIONS } from '../domain/oversight/oversight.events';
import { RECTIFICATION_SCHEMA_VERSIONS } from '../domain/rectification/rectification.versions';
import { REGISTRY_SCHEMA_VERSIONS } from '../domain/registry/registry.events';
import { PRIVACY_SCHEMA_VERSIONS } from './privacy.events';

/**
 * Where the log names people: one declaration per event type of its personal fields and whose they are.
 *
 * A path walks the event's data: `a.b` a nested field, `a[]` every item of an array (`inspectors[].name`: the
 * name of each inspector). The last segment is the personal field; the object holding it is its "owner", and
 * `subject` answers the data subject's id from the owner (each person's record carries their pseudonymous id beside
 * their name: an archivist's `archivistId`, an inspector's `personId`). A field whose owner names no subject (a
 * difficulty raised by no particular archivist), or whose value is not a string (a null credential number), stays
 * as it is.
 *
 * Every event type is listed, most with no personal fields, so that a new type has to be declared (a unit test
 * compares this table with the areas' version tables). Ids are not personal fields: they are the pseudonyms that
 * survive an erasure. Units' names and addresses are organisations', not people's; leads never record a
 * complainant (lead.events.ts); the actor in each event's metadata is a pseudonymous token subject.
 */
export interface PersonalField {
  path: string;
  subject: (owner: Readonly<Record<string, unknown>>) => string | null;
}

/** The subject is the owner's own id field (`personId`, `archivistId`). */
const idIn =
  (field: string) =>
  (owner: Readonly<Record<string, unknown>>): string | null => {
    const id = owner[field];
    return typeof id === 'string' && id !== '' ? id : null;
  };

const inspectorFields = (array: string): PersonalField[] => [
  { path: `${array}[].name`, subject: idIn('personId') },
  // 执法证号: identifies the person as surely as a name.
  { path: `${array}[].credentialNumber`, subject: idIn('personId') },
];

export const PERSONAL_FIELDS: Readonly<Record<string, readonly PersonalField[]>> = {
  // registry
  BureauEstablished: [],
  UnitRegistered: [],
  UnitDetailsAmended: [],
  UnitClassified: [],
  UnitTransferred: [],
  UnitDeregistered: [],
  ArchivistAssigned: [{ path: 'name', subject: idIn('archivistId') }],
  ArchivistReleased: [],
  // inspection
  ChecklistVersionPublished: [],
  InspectionPlanned: inspectorFields('roster'),
  InspectionPlanCompleted: [],
  InspectionPlanCancelled: [],
  InspectionPlanInspectorRecused: [],
  InspectionConducted: inspectorFields('inspectors'),
  InspectionRecordCorrected: inspectorFields('changes.inspectors'),
  InspectionWithdrawn: [],
  // rectification: units report and bureaus review; no person is named
  RectificationOrdered: [],
  RectificationDeadlineExtended: [],
  RectificationReportSubmitted: [],
  RectificationReviewed: [],
  RectificationFollowedUp: [],
  // oversight
  GuidanceProvided: [
    { path: 'archivistsMet[].name', subject: idIn('archivistId') },
    // What an archivist said, attributed to them.
    { path: 'difficulties[].description', subject: idIn('archivistId') },
  ],
  SelfReportSubmitted: [],
  SelfReportAcknowledged: [],
  SelfReportFlagged: [],
  LeadReceived: [],
  LeadInvestigated: [],
  // The recipient is a unit or its superior body, not a person.
  HandlingRecommendationSent: [],
  HandlingReplyReceived: [],
  LeadClosed: [],
  BulletinIssued: [],
  BulletinWithdrawn: [],
  TrainingHeld: [{ path: 'attendees[].name', subject: idIn('archivistId') }],
  AssessmentRecorded: [],
  ViolationCaseOpened: [],
  ViolationCaseClosed: [],
  ImplementationReported: [],
  SupervisionReviewed: [],
  // privacy
  PersonalDataErased: [],
};

/** Every event type the code writes, from the areas' own version tables. */
export const ALL_EVENT_TYPES: readonly string[] = Object.keys({
  ...REGISTRY_SCHEMA_VERSIONS,
  ...INSPECTION_SCHEMA_VERSIONS,
  ...RECTIFICATION_SCHEMA_VERSIONS,
  ...OVERSIGHT_SCHEMA_VERSIONS,
  ...PRIVACY_SCHEMA_VERSIONS,
});

/** The types with at least one personal field: the only ones the cipher touches. */
export const PERSONAL_EVENT_TYPES: readonly string[] = Object.entries(PERSONAL_FIELDS)
  .filter(([, fields]) => fields.length > 0)
  .map(([type]) => type);

/** One occurrence of a personal field in an event's data. */
export interface FieldSite {
  /** The concrete path, array indices included (`inspectors[1].name`): bound into the ciphertext. */
  path: string;
  owner: Record<string, unknown>;
  key: string;
  subjectId: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place a declared personal field occurs in `data` (tolerant: a missing or odd-shaped branch is skipped). */
export function fieldSites(type: string, data: object): FieldSite[] {
  const fields = PERSONAL_FIELDS[type];
  if (!fields || fields.length === 0) return [];
  const sites: FieldSite[] = [];
  for (const field of fields) collect(data as Record<string, unknown>, field.path.split('.'), '', field, sites);
  return sites;
}

function collect(node: Record<string, unknown>, segments: string[], prefix: string, field: PersonalField, out: FieldSite[]): void {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  const isArray = segment.endsWith('[]');
  const name = isArray ? segment.slice(0, -2) : segment;
  const here = prefix === '' ? name : `${prefix}.${name}`;
  if (rest.length === 0) {
    if (name in node) out.push({ path: here, owner: node, key: name, subjectId: field.subject(node) });
    return;
  }
  const value = node[name];
  if (isArray) {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (isRecord(item)) collect(item, rest, `${here}[${i}]`, field, out);
    });
  } else if (isRecord(value)) {
    collect(value, rest, here, field, out);
  }
}

/** Rewrites one occurrence of a personal field: answers the value to store there (the same value: no change). */
export type FieldRewrite = (value: unknown, path: string, owner: Readonly<Record<string, unknown>>, field: PersonalField) => unknown;

const SEGMENTS = new Map<string, string[]>();
const segmentsOf = (path: string): string[] => {
  let segments = SEGMENTS.get(path);
  if (!segments) SEGMENTS.set(path, (segments = path.split('.')));
  return segments;
};

/**
 * The data with each declared personal field rewritten, copying only the objects and arrays on the way to a field
 * that changed (the rest is shared, never mutated); the same object when nothing changed. The hot path of every
 * append and read of a type with personal fields, hence no deep clone.
 */
export function rewriteFields(type: string, data: object, rewrite: FieldRewrite): object {
  const fields = PERSONAL_FIELDS[type];
  if (!fields || fields.length === 0) return data;
  let out = data as Record<string, unknown>;
  for (const field of fields) out = rewriteAt(out, segmentsOf(field.path), 0, '', field, rewrite);
  return out;
}

function rewriteAt(
  node: Record<string, unknown>,
  segments: readonly string[],
  index: number,
  prefix: string,
  field: PersonalField,
  rewrite: FieldRewrite,
): Record<string, unknown> {
  const segment = segments[index];
  if (segment === undefined) return node;
  const isArray = segment.endsWith('[]');
  const name = isArray ? segment.slice(0, -2) : segment;
  const here = prefix === '' ? name : `${prefix}.${name}`;
  if (index === segments.length - 1) {
    if (!(name in node)) return node;
    const value = node[name];
    const next = rewrite(value, here, node, field);
    return next === value ? node : { ...node, [name]: next };
  }
  const value = node[name];
  if (isArray) {
    if (!Array.isArray(value)) return node;
    let changed = false;
    const items = value.map((item: unknown, i) => {
      if (!isRecord(item)) return item;
      const next = rewriteAt(item, segments, index + 1, `${here}[${i}]`, field, rewrite);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? { ...node, [name]: items } : node;
  }
  if (!isRecord(value)) return node;
  const next = rewriteAt(value, segments, index + 1, here, field, rewrite);
  return next === value ? node : { ...node, [name]: next };
}

/** The personal fields of one kind of owner in an event type: the path to the owners, and their fields. */
interface OwnerDeclaration {
  /** Steps to the owner (`inspectors[]`: one step, into each item of the array `inspectors`; none for the data itself). */
  segments: readonly { name: string; isArray: boolean }[];
  fields: readonly OwnedField[];
}

/**
 * The paths of the items of an array (`inspectors[0]`, `inspectors[1]` …), made once: the same strings each time,
 * so that comparing a path with one remembered is a pointer comparison, not a walk over two fresh strings.
 */
const ITEM_PATHS = new Map<string, string[]>();
function itemPath(arrayPath: string, i: number): string {
  let paths = ITEM_PATHS.get(arrayPath);
  if (!paths) {
    if (ITEM_PATHS.size > 10_000) ITEM_PATHS.clear();
    ITEM_PATHS.set(arrayPath, (paths = []));
  }
  if (i >= 1_000) return `${arrayPath}[${i}]`;
  return (paths[i] ??= `${arrayPath}[${i}]`);
}

/** A personal field as its owner holds it: the owner's key, and the declaration. */
export interface OwnedField {
  key: string;
  field: PersonalField;
  /** `[key]`, made once: the field names of a group of this field alone (the cipher compares them by reference). */
  alone: readonly string[];
}

/**
 * Rewrites one owner (the object holding personal fields): answers the owner to store there (the same object: no
 * change). `path` is the owner's concrete path (`inspectors[1]`, '' for the data itself); a field's path is
 * `fieldPath(path, key)`. `fields` are the owner's declared personal fields in declaration order, present or not.
 */
export type OwnerRewrite = (owner: Record<string, unknown>, path: string, fields: readonly OwnedField[]) => Record<string, unknown>;

/** The concrete path of an owner's field, as rewriteFields and fieldSites spell it (`inspectors[1].name`). */
export const fieldPath = (ownerPath: string, key: string): string => (ownerPath === '' ? key : `${ownerPath}.${key}`);

const OWNERS = new Map<string, readonly OwnerDeclaration[]>();

/** The last type asked, and its owners: a history or a batch is mostly one type (no hashing of the type's name). */
let lastType = '';
let lastOwners: readonly OwnerDeclaration[] = [];

/** The declarations of a type grouped by owner path, in declaration order (memoised: the table is constant). */
function ownersOf(type: string): readonly OwnerDeclaration[] {
  if (type === lastType) return lastOwners;
  let owners = OWNERS.get(type);
  if (!owners) owners = declareOwners(type);
  lastType = type;
  lastOwners = owners;
  return owners;
}

function declareOwners(type: string): readonly OwnerDeclaration[] {
  if (OWNERS.size > 10_000) OWNERS.clear(); // types the code does not know, read from a log: a bound, not a case
  const byPath = new Map<string, { segments: { name: string; isArray: boolean }[]; fields: OwnedField[] }>();
  const declared = Object.prototype.hasOwnProperty.call(PERSONAL_FIELDS, type) ? PERSONAL_FIELDS[type] : undefined;
  for (const field of declared ?? []) {
    const segments = field.path.split('.');
    const key = segments.pop() as string;
    const ownerPath = segments.join('.');
    let owner = byPath.get(ownerPath);
    const steps = segments.map((segment) => (segment.endsWith('[]') ? { name: segment.slice(0, -2), isArray: true } : { name: segment, isArray: false }));
    if (!owner) byPath.set(ownerPath, (owner = { segments: steps, fields: [] }));
    owner.fields.push({ key, field, alone: [key] });
  }
  const owners = [...byPath.values()];
  OWNERS.set(type, owners);
  return owners;
}

/**
 * Like rewriteFields, but one call per owner with all its personal fields, so that the fields one person has in one
 * place can be handled together (sealed in one envelope). Copies only what changed; the same object when nothing did.
 */
export function rewriteOwners(type: string, data: object, rewrite: OwnerRewrite): object {
  const owners = ownersOf(type);
  let out = data as Record<string, unknown>;
  for (const owner of owners) out = rewriteOwnersAt(out, owner, 0, '', rewrite);
  return out;
}

function rewriteOwnersAt(node: Record<string, unknown>, owner: OwnerDeclaration, index: number, prefix: string, rewrite: OwnerRewrite): Record<string, unknown> {
  const segment = owner.segments[index];
  if (segment === undefined) return rewrite(node, prefix, owner.fields);
  const { name, isArray } = segment;
  const here = prefix === '' ? name : `${prefix}.${name}`;
  const value = node[name];
  let next: unknown;
  if (isArray) {
    if (!Array.isArray(value)) return node;
    let items: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!isRecord(item)) continue;
      const rewritten = rewriteOwnersAt(item, owner, index + 1, itemPath(here, i), rewrite);
      if (rewritten !== item) (items ??= value.slice())[i] = rewritten;
    }
    if (!items) return node;
    next = items;
  } else {
    if (!isRecord(value)) return node;
    next = rewriteOwnersAt(value, owner, index + 1, here, rewrite);
    if (next === value) return node;
  }
  const copy = { ...node };
  copy[name] = next;
  return copy;
}
