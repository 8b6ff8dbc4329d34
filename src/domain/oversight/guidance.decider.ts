import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireId, requireText } from '../shared/text';
import { requireArchivists } from './archivists';
import { GUIDANCE_FORMS, type GuidanceEvent, type GuidanceForm, type RaisedDifficulty } from './guidance.events';
import { OVERSIGHT_LIMITS } from './limits';
import { regionsOf, requireDistinct, requireEstablishedBureau, requireSupervisedBy, requireTextList } from './rules';
import type { UnitView } from './unit-on-day';

export type ProvideGuidance = {
  type: 'ProvideGuidance';
  data: {
    guidanceId: string;
    bureauId: string;
    day: Day;
    form: GuidanceForm;
    unitIds: string[];
    topics: string[];
    archivistsMet: { unitId: string; archivistId: string }[];
    difficulties: { unitId: string; archivistId: string | null; description: string }[];
    note: string | null;
  };
};
export type GuidanceCommand = ProvideGuidance;

export type GuidanceState = { status: 'none' } | { status: 'provided'; guidanceId: string; bureauId: string };

export interface GuidanceContext {
  bureau: BureauState | null;
  units: UnitView;
}

function difficulties(d: ProvideGuidance['data'], met: readonly { unitId: string; archivistId: string }[]): RaisedDifficulty[] {
  if (d.difficulties.length > OVERSIGHT_LIMITS.listEntries) {
    throw new ValidationError(`difficulties has more than ${OVERSIGHT_LIMITS.listEntries} entries`, 'difficulties', 'TOO_MANY');
  }
  return d.difficulties.map((difficulty, i) => {
    const field = `difficulties[${i}]`;
    if (!d.unitIds.includes(difficulty.unitId)) throw new ValidationError(`${field} names a unit not guided`, `${field}.unitId`, 'UNIT_NOT_NAMED');
    const archivistId = difficulty.archivistId === null ? null : requireId(difficulty.archivistId, `${field}.archivistId`);
    // Whoever raised a difficulty was met: listen to the archivists, and record whom.
    if (archivistId !== null && !met.some((m) => m.unitId === difficulty.unitId && m.archivistId === archivistId)) {
      throw new ValidationError(`${field} was raised by someone not met`, `${field}.archivistId`, 'ARCHIVIST_NOT_MET');
    }
    return { unitId: difficulty.unitId, archivistId, description: requireText(difficulty.description, `${field}.description`, OVERSIGHT_LIMITS.longText) };
  });
}

function decide(command: GuidanceCommand, state: GuidanceState, context: GuidanceContext): GuidanceEvent[] {
  switch (command.type) {
    case 'ProvideGuidance': {
      const d = command.data;
      if (state.status !== 'none') throw new ConflictError(`Guidance ${d.guidanceId} already exists`, 'GUIDANCE_EXISTS');
      const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
      if (!GUIDANCE_FORMS.includes(d.form)) throw new ValidationError(`Unknown guidance form ${String(d.form)}`, 'form', 'INVALID_FORM');
      const unitIds = requireDistinct(d.unitIds, 'unitIds', 1);
      // Guidance is direct supervision: only the bureau's own units, on the day.
      for (const unitId of unitIds) requireSupervisedBy(context.units, unitId, bureau.bureauId, d.day);
      const archivistsMet = requireArchivists(d.archivistsMet, context.units, unitIds, 'archivistsMet', d.day);
      return [
        {
          type: 'GuidanceProvided',
          data: {
            guidanceId: d.guidanceId,
            bureauId: bureau.bureauId,
            unitIds,
            unitRegions: regionsOf(context.units, unitIds),
            day: d.day,
            form: d.form,
            topics: requireTextList(d.topics, 'topics', 1),
            archivistsMet,
            difficulties: difficulties(d, archivistsMet),
            note: optionalText(d.note, 'note', OVERSIGHT_LIMITS.longText),
          },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command.type);
  }
}

export const guidanceDecider: Decider<GuidanceState, GuidanceCommand, GuidanceEvent, GuidanceContext> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) =>
    event.type === 'GuidanceProvided' ? { status: 'provided', guidanceId: event.data.guidanceId, bureauId: event.data.bureauId } : state,
  decide,
};
