import type { Decider } from '../shared/decider';
import { ConflictError, UnreachableCaseError } from '../shared/errors';
import { requireText, TEXT_LIMITS } from '../shared/text';
import type { BureauEstablished, BureauEvent, BureauLevel } from './registry.events';

export type BureauState =
  | { status: 'none' }
  | { status: 'established'; bureauId: string; name: string; level: BureauLevel; regionCode: string };

/** The region (or the nation) that the bureau is established for, already resolved by the caller. */
export interface BureauRegion {
  code: string;
  name: string;
  level: BureauLevel;
}

export type EstablishBureau = {
  type: 'EstablishBureau';
  data: { region: BureauRegion; name: string };
};
export type BureauCommand = EstablishBureau;

/** A bureau is identified by the code of its region: one archival bureau per region and level. */
export const bureauIdForRegion = (regionCode: string): string => regionCode;

export const bureauDecider: Decider<BureauState, BureauCommand, BureauEvent> = {
  initialState: () => ({ status: 'none' }),

  evolve(state, event) {
    switch (event.type) {
      case 'BureauEstablished':
        return {
          status: 'established',
          bureauId: event.data.bureauId,
          name: event.data.name,
          level: event.data.level,
          regionCode: event.data.region.code,
        };
      default:
        return state;
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'EstablishBureau': {
        const { region } = command.data;
        const bureauId = bureauIdForRegion(region.code);
        if (state.status === 'established') {
          throw new ConflictError(`A bureau is already established for region ${region.code}`, 'BUREAU_EXISTS', {
            bureauId,
          });
        }
        const name = requireText(command.data.name, 'name', TEXT_LIMITS.name);
        const event: BureauEstablished = {
          type: 'BureauEstablished',
          data: { bureauId, name, level: region.level, region: { code: region.code, name: region.name } },
        };
        return [event];
      }
      default:
        throw new UnreachableCaseError(command.type);
    }
  },
};
