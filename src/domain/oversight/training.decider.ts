import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, UnreachableCaseError, ValidationError } from '../shared/errors';
import { requireText } from '../shared/text';
import { requireArchivists } from './archivists';
import { OVERSIGHT_LIMITS } from './limits';
import { regionsOf, requireDistinct, requireEstablishedBureau, requireWithinBureauRegion } from './rules';
import { TRAINING_TOPICS, type TrainingEvent, type TrainingTopic } from './training.events';
import type { UnitView } from './unit-on-day';

export type HoldTraining = {
  type: 'HoldTraining';
  data: {
    trainingId: string;
    bureauId: string;
    day: Day;
    title: string;
    topics: TrainingTopic[];
    hours: number;
    attendees: { unitId: string; archivistId: string }[];
  };
};
export type TrainingCommand = HoldTraining;

export type TrainingState = { status: 'none' } | { status: 'held'; trainingId: string; bureauId: string };

export interface TrainingContext {
  bureau: BureauState | null;
  units: UnitView;
}

function requireHours(hours: number): number {
  // Half hours at least: a 90-minute session is 1.5 hours.
  if (!Number.isFinite(hours) || hours <= 0 || hours > OVERSIGHT_LIMITS.trainingHours || !Number.isInteger(hours * 2)) {
    throw new ValidationError(`hours must be a positive number of half hours up to ${OVERSIGHT_LIMITS.trainingHours}`, 'hours', 'INVALID_HOURS', {
      max: OVERSIGHT_LIMITS.trainingHours,
    });
  }
  return hours;
}

function decide(command: TrainingCommand, state: TrainingState, context: TrainingContext): TrainingEvent[] {
  switch (command.type) {
    case 'HoldTraining': {
      const d = command.data;
      if (state.status !== 'none') throw new ConflictError(`Training ${d.trainingId} already exists`, 'TRAINING_EXISTS');
      const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
      d.topics.forEach((topic, i) => {
        if (!TRAINING_TOPICS.includes(topic)) throw new ValidationError(`Unknown topic ${String(topic)}`, `topics[${i}]`, 'INVALID_TOPIC');
      });
      const topics = requireDistinct(d.topics, 'topics', 1, TRAINING_TOPICS.length) as TrainingTopic[];
      const unitIds = [...new Set(d.attendees.map((a) => a.unitId))];
      if (unitIds.length > OVERSIGHT_LIMITS.unitsPerAct) {
        throw new ValidationError(`Attendees come from more than ${OVERSIGHT_LIMITS.unitsPerAct} units`, 'attendees', 'TOO_MANY');
      }
      for (const unitId of unitIds) requireWithinBureauRegion(context.units, unitId, bureau.bureauId, d.day);
      const attendees = requireArchivists(d.attendees, context.units, unitIds, 'attendees', d.day, 1);
      return [
        {
          type: 'TrainingHeld',
          data: {
            trainingId: d.trainingId,
            bureauId: bureau.bureauId,
            day: d.day,
            title: requireText(d.title, 'title', OVERSIGHT_LIMITS.title),
            topics,
            hours: requireHours(d.hours),
            attendees,
            unitIds,
            unitRegions: regionsOf(context.units, unitIds),
          },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command.type);
  }
}

export const trainingDecider: Decider<TrainingState, TrainingCommand, TrainingEvent, TrainingContext> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) =>
    event.type === 'TrainingHeld' ? { status: 'held', trainingId: event.data.trainingId, bureauId: event.data.bureauId } : state,
  decide,
};
