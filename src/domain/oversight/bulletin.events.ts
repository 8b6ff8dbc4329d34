import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { UnitRegion } from './unit-on-day';

/**
 * Bulletins (通报制度): commend the advanced, criticise the laggards, set typical cases as examples, or report in
 * general. A bulletin may name units supervised by the issuing bureau or by any bureau below it in its region (a
 * provincial bulletin names units across the province); every unit named says why.
 */
export const BULLETIN_KINDS = ['COMMENDATION', 'CRITICISM', 'TYPICAL_CASE', 'GENERAL'] as const;
export type BulletinKind = (typeof BULLETIN_KINDS)[number];

export interface NamedUnit {
  unitId: string;
  reason: string;
}

export type BulletinIssued = Event<
  'BulletinIssued',
  {
    bulletinId: string;
    bureauId: string;
    day: Day;
    kind: BulletinKind;
    /** 文号, e.g. 浙档发〔2025〕12号. */
    documentNumber: string;
    title: string;
    summary: string | null;
    units: NamedUnit[];
    /** The same units, for histories. */
    unitIds: string[];
    /** Each unit's region on the day. */
    unitRegions: UnitRegion[];
  }
>;

export type BulletinWithdrawn = Event<'BulletinWithdrawn', { bulletinId: string; bureauId: string; unitIds: string[]; day: Day; reason: string }>;

export type BulletinEvent = BulletinIssued | BulletinWithdrawn;
export const bulletinStreamId = (bulletinId: string): string => `bulletin-${bulletinId}`;
