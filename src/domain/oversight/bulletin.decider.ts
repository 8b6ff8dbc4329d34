import type { BureauState } from '../registry/bureau.decider';
import type { Decider } from '../shared/decider';
import type { Day } from '../shared/day';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { optionalText, requireText } from '../shared/text';
import { BULLETIN_KINDS, type BulletinEvent, type BulletinKind } from './bulletin.events';
import { OVERSIGHT_LIMITS } from './limits';
import { regionsOf, requireDistinct, requireEstablishedBureau, requireNotBefore, requireWithinBureauRegion } from './rules';
import type { UnitView } from './unit-on-day';

export type IssueBulletin = {
  type: 'IssueBulletin';
  data: {
    bulletinId: string;
    bureauId: string;
    day: Day;
    kind: BulletinKind;
    documentNumber: string;
    title: string;
    summary: string | null;
    units: { unitId: string; reason: string }[];
  };
};
export type WithdrawBulletin = { type: 'WithdrawBulletin'; data: { bulletinId: string; day: Day; reason: string } };
export type BulletinCommand = IssueBulletin | WithdrawBulletin;

export type BulletinState =
  | { status: 'none' }
  | { status: 'issued' | 'withdrawn'; bulletinId: string; bureauId: string; unitIds: string[]; day: Day };

/** The issuing bureau and the units named, as the actor may see them on the bulletin's day. */
export interface BulletinContext {
  bureau: BureauState | null;
  units: UnitView;
}

function issue(command: IssueBulletin, state: BulletinState, context: BulletinContext): BulletinEvent[] {
  const d = command.data;
  if (state.status !== 'none') throw new ConflictError(`Bulletin ${d.bulletinId} already exists`, 'BULLETIN_EXISTS', { bulletinId: d.bulletinId });
  const bureau = requireEstablishedBureau(context.bureau, d.bureauId);
  if (!BULLETIN_KINDS.includes(d.kind)) throw new ValidationError(`Unknown bulletin kind ${String(d.kind)}`, 'kind', 'INVALID_KIND');
  // Only a general bulletin may name no unit: commendations, criticisms and typical cases are about someone.
  const unitIds = requireDistinct(
    d.units.map((u) => u.unitId),
    'units',
    d.kind === 'GENERAL' ? 0 : 1,
  );
  const units = d.units.map((u, i) => {
    requireWithinBureauRegion(context.units, u.unitId, bureau.bureauId, d.day);
    return { unitId: u.unitId, reason: requireText(u.reason, `units[${i}].reason`, OVERSIGHT_LIMITS.longText) };
  });
  return [
    {
      type: 'BulletinIssued',
      data: {
        bulletinId: d.bulletinId,
        bureauId: bureau.bureauId,
        day: d.day,
        kind: d.kind,
        documentNumber: requireText(d.documentNumber, 'documentNumber', OVERSIGHT_LIMITS.shortText),
        title: requireText(d.title, 'title', OVERSIGHT_LIMITS.title),
        summary: optionalText(d.summary, 'summary', OVERSIGHT_LIMITS.longText),
        units,
        unitIds,
        unitRegions: regionsOf(context.units, unitIds),
      },
    },
  ];
}

function decide(command: BulletinCommand, state: BulletinState, context: BulletinContext): BulletinEvent[] {
  switch (command.type) {
    case 'IssueBulletin':
      return issue(command, state, context);
    case 'WithdrawBulletin': {
      const d = command.data;
      if (state.status === 'none') throw new NotFoundError(`Bulletin ${d.bulletinId} does not exist`, 'BULLETIN_NOT_FOUND', { bulletinId: d.bulletinId });
      if (state.status === 'withdrawn') throw new RuleViolation(`Bulletin ${d.bulletinId} is already withdrawn`, 'BULLETIN_WITHDRAWN');
      requireNotBefore(d.day, state.day, 'the bulletin was issued');
      return [
        {
          type: 'BulletinWithdrawn',
          data: { bulletinId: state.bulletinId, bureauId: state.bureauId, unitIds: state.unitIds, day: d.day, reason: requireText(d.reason, 'reason', OVERSIGHT_LIMITS.longText) },
        },
      ];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

function evolve(state: BulletinState, event: BulletinEvent): BulletinState {
  switch (event.type) {
    case 'BulletinIssued':
      return { status: 'issued', bulletinId: event.data.bulletinId, bureauId: event.data.bureauId, unitIds: event.data.unitIds, day: event.data.day };
    case 'BulletinWithdrawn':
      return state.status === 'none' ? state : { ...state, status: 'withdrawn' };
    default:
      return state;
  }
}

export const bulletinDecider: Decider<BulletinState, BulletinCommand, BulletinEvent, BulletinContext> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
