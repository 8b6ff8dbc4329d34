import type { Emission, UnitSubjectFacts } from '../../src/domain/accountability/segments';
import type { DatedRectificationEvent } from '../../src/domain/rectification/order-status';
import type { Doc } from '../../src/readstore/port';

/**
 * The region-activity read model (see src/domain/accountability/segments.ts for the idea):
 *
 * - SUBJECTS: per subject (a unit, an order, a bulletin, a training, a guidance act, a lead, a self-report) its facts
 *   as the record stands and its current emission, so that the next event can diff old against new.
 * - MONTHS: one document per (region code at every level, business month, recorded month): `cells` keyed
 *   `DD|recordedDay` (the business day of the month, the UTC day the change was recorded) hold counters. A region's
 *   answer reads only its own documents, never the units; an append rewrites only documents of its recorded month.
 * - TOTALS: one document per (region code, recorded month): the same changes summed per business month. A query
 *   reads these for every whole month it needs (a stock sums the months before asOf's, a flow the months inside the
 *   period, a monthly series nothing else), and MONTHS only for the few months it cuts (asOf's, from's, to's) and for
 *   the month knownAt falls in: the work stays near (recorded months × business months × counters) at any scale.
 * - DELTAS: the raw changes of each recorded day, one document per (recorded day, region code named by the change):
 *   each change with its recordedAt, so that a knownAt inside a recorded day reads the cells of the days before it
 *   and, for that day, only the changes recorded by knownAt. One document per day and region, not per event: an
 *   append (or a rebuild's batch) rewrites a few small documents, and a query reads one day's documents of its
 *   level, not one document per event of the day.
 */
export const REGION_ACTIVITY_SUBJECTS = 'region_activity_subjects';
export const REGION_ACTIVITY_MONTHS = 'region_activity_months';
export const REGION_ACTIVITY_DELTAS = 'region_activity_deltas';
export const REGION_ACTIVITY_TOTALS = 'region_activity_totals';

interface SubjectBase extends Doc {
  /** Expand each emitted code to its ancestors (unit-based subjects); false: codes are exact (acts naming units). */
  expand: boolean;
  emission: Emission;
  lastPosition: number;
}

export interface UnitSubjectDoc extends SubjectBase, UnitSubjectFacts {
  kind: 'unit';
}

export interface OrderSubjectDoc extends SubjectBase {
  kind: 'order';
  /** The unit's region when the order was recorded. */
  regionCode: string;
  acts: DatedRectificationEvent[];
}

export interface ActSubjectDoc extends SubjectBase {
  kind: 'act';
  /** bulletin, training, guidance, lead, selfReport. */
  act: string;
  day: string;
  /** Named units' region codes on the day (one per unit; per attendee for trainings in `attendeeRegions`). */
  unitRegions: string[];
  attendeeRegions: string[];
  /** Bulletin kind. */
  label: string | null;
  withdrawn: boolean;
  /** Lead closed / self-report first flagged: that day. */
  laterDay: string | null;
}

export type SubjectDoc = UnitSubjectDoc | OrderSubjectDoc | ActSubjectDoc;

/** cells: `DD|YYYY-MM-DD(recorded, UTC)` → counter → value. */
export interface MonthDoc extends Doc {
  code: string;
  /** YYYY-MM (business time). */
  month: string;
  /** YYYY-MM (UTC) in which the changes of this document were recorded. */
  recordedMonth: string;
  cells: Record<string, Record<string, number>>;
}

/** months: `YYYY-MM` (business) → counter → value, of the changes recorded in `recordedMonth`. */
export interface TotalsDoc extends Doc {
  code: string;
  recordedMonth: string;
  months: Record<string, Record<string, number>>;
}

/**
 * One recorded day's changes at one region code (`expand`: the change counts at the code and every ancestor, whose
 * level fields are all set; exact: only at the code). A query of region R reads the day's documents whose R-level
 * field is R.
 */
export interface DeltaDoc extends Doc {
  /** YYYY-MM-DD (UTC), the day the changes were recorded. */
  recordedDay: string;
  nation: string;
  province: string;
  prefecture: string;
  county: string;
  /** Each change: recordedAt (`at`), business day and counter (`k`: `day|key`), and the change (`n`), in recording order (objects, not tuples: MongoDB servers such as FerretDB refuse nested arrays). */
  changes: { at: string; k: string; n: number }[];
}
