import type { Event } from '../shared/event';

/** The five kinds of grassroots unit named by the notice. */
export const UNIT_CATEGORIES = ['ORGAN', 'ORGANISATION', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'OTHER'] as const;
export type UnitCategory = (typeof UNIT_CATEGORIES)[number];

/** 分门别类: a bureau's supervision class for a unit (一类 key units … 三类). */
export const UNIT_CLASSES = ['FIRST', 'SECOND', 'THIRD'] as const;
export type UnitClass = (typeof UNIT_CLASSES)[number];

export const BUREAU_LEVELS = ['NATION', 'PROVINCE', 'PREFECTURE', 'COUNTY'] as const;
export type BureauLevel = (typeof BUREAU_LEVELS)[number];

export const DEREGISTRATION_REASONS = ['DISSOLVED', 'MERGED', 'OUT_OF_SCOPE'] as const;
export type DeregistrationReason = (typeof DEREGISTRATION_REASONS)[number];

/** A region as it stood when the event was recorded (codes and names change over the years). */
export interface RegionRef {
  code: string;
  name: string;
}

export type BureauEstablished = Event<
  'BureauEstablished',
  {
    bureauId: string;
    name: string;
    level: BureauLevel;
    region: RegionRef;
  }
>;

export type UnitRegistered = Event<
  'UnitRegistered',
  {
    unitId: string; // the unified social credit code, normalised
    name: string;
    category: UnitCategory;
    unitClass: UnitClass | null;
    region: RegionRef;
    bureauId: string;
    address: string | null;
    /** Set when a code failing the GB 32100 check was accepted through the audited override. */
    checkOverride: { reason: string } | null;
  }
>;

export type UnitDetailsAmended = Event<
  'UnitDetailsAmended',
  {
    unitId: string;
    /** Only the fields that changed, with their new values. */
    changes: { name?: string; address?: string | null; category?: UnitCategory; region?: RegionRef };
    reason: string | null;
  }
>;

export type UnitClassified = Event<
  'UnitClassified',
  { unitId: string; unitClass: UnitClass; previousClass: UnitClass | null; reason: string | null }
>;

export type UnitTransferred = Event<
  'UnitTransferred',
  { unitId: string; fromBureauId: string; toBureauId: string; reason: string }
>;

export type UnitDeregistered = Event<
  'UnitDeregistered',
  {
    unitId: string;
    /** The bureau that supervised it until then. */
    bureauId: string;
    reason: DeregistrationReason;
    mergedInto: string | null;
    note: string | null;
  }
>;

export type ArchivistAssigned = Event<
  'ArchivistAssigned',
  { unitId: string; archivistId: string; name: string; partTime: boolean; duties: string | null }
>;

export type ArchivistReleased = Event<
  'ArchivistReleased',
  { unitId: string; archivistId: string; reason: string | null }
>;

export type BureauEvent = BureauEstablished;
export type UnitEvent =
  | UnitRegistered
  | UnitDetailsAmended
  | UnitClassified
  | UnitTransferred
  | UnitDeregistered
  | ArchivistAssigned
  | ArchivistReleased;
export type RegistryEvent = BureauEvent | UnitEvent;

export const REGISTRY_EVENT_TYPES: readonly RegistryEvent['type'][] = [
  'BureauEstablished',
  'UnitRegistered',
  'UnitDetailsAmended',
  'UnitClassified',
  'UnitTransferred',
  'UnitDeregistered',
  'ArchivistAssigned',
  'ArchivistReleased',
];

/** Current schema version of each event type (bumped with an upcaster when a shape changes). */
export const REGISTRY_SCHEMA_VERSIONS: Readonly<Record<RegistryEvent['type'], number>> = {
  BureauEstablished: 1,
  UnitRegistered: 1,
  UnitDetailsAmended: 1,
  UnitClassified: 1,
  UnitTransferred: 1,
  UnitDeregistered: 1,
  ArchivistAssigned: 1,
  ArchivistReleased: 1,
};

export const bureauStreamId = (bureauId: string): string => `bureau-${bureauId}`;
export const unitStreamId = (unitId: string): string => `unit-${unitId}`;
