import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { UnitRegion } from './unit-on-day';
import type { ArchivistRef } from './guidance.events';

/**
 * Trainings held by a bureau for the archivists of units (实施条例§12(4); the notice: political, legal, standards,
 * new technology). Attendees are archivists on duty on the day at units supervised by the bureau or by a bureau
 * below it in its region; their names are taken from the registry.
 */
export const TRAINING_TOPICS = ['POLITICAL', 'LEGAL', 'STANDARDS', 'TECHNOLOGY', 'BUSINESS', 'OTHER'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export type TrainingHeld = Event<
  'TrainingHeld',
  {
    trainingId: string;
    bureauId: string;
    day: Day;
    title: string;
    topics: TrainingTopic[];
    /** Teaching hours, in half hours at least. */
    hours: number;
    attendees: ArchivistRef[];
    /** The attendees' units, each once. */
    unitIds: string[];
    /** Each unit's region on the day. */
    unitRegions: UnitRegion[];
  }
>;

export type TrainingEvent = TrainingHeld;
export const trainingStreamId = (trainingId: string): string => `training-${trainingId}`;
