import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { UnitRegion } from './unit-on-day';

/**
 * Business guidance (业务指导), half of the notice's title: visits, consultations and on-site help, with the
 * archivists met and the difficulties they raised (the notice asks bureaus to listen to them). Guidance never
 * counts as an inspection for the two-year cycle; it appears in histories and activity figures. Trainings are
 * their own act (TrainingHeld), not a form of guidance, so that "trainings held" is counted in one place.
 */
export const GUIDANCE_FORMS = ['VISIT', 'CONSULTATION', 'ON_SITE_HELP'] as const;
export type GuidanceForm = (typeof GUIDANCE_FORMS)[number];

/** An archivist of a named unit, as the registry knew them on the day (personal data). */
export interface ArchivistRef {
  unitId: string;
  archivistId: string;
  name: string;
}

export interface RaisedDifficulty {
  unitId: string;
  /** The archivist who raised it, when one of those met. */
  archivistId: string | null;
  description: string;
}

export type GuidanceProvided = Event<
  'GuidanceProvided',
  {
    guidanceId: string;
    bureauId: string;
    /** The units guided, each in the bureau's own scope on the day. */
    unitIds: string[];
    /** Each unit's region on the day. */
    unitRegions: UnitRegion[];
    day: Day;
    form: GuidanceForm;
    topics: string[];
    archivistsMet: ArchivistRef[];
    difficulties: RaisedDifficulty[];
    note: string | null;
  }
>;

export type GuidanceEvent = GuidanceProvided;
export const guidanceStreamId = (guidanceId: string): string => `guidance-${guidanceId}`;
