import { bureauDecider, bureauIdForRegion, type BureauRegion, type BureauState } from '../domain/registry/bureau.decider';
import {
  REGISTRY_SCHEMA_VERSIONS,
  bureauStreamId,
  unitStreamId,
  type BureauLevel,
  type RegistryEvent,
  type UnitEvent,
} from '../domain/registry/registry.events';
import type { UnitCommand } from '../domain/registry/unit.commands';
import { bureauNeededFor, unitDecider } from '../domain/registry/unit.decider';
import type { UnitState } from '../domain/registry/unit.state';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import { foldEvents } from '../domain/shared/decider';
import { requireRegion } from '../domain/shared/region';
import type { EventStore } from '../eventstore/port';
import { authorizeEstablishBureau, authorizeUnitAct } from './registry.policy';
import { commitDecision, decideOn, handleCommand, type CommandMetadata, type CommandResult, type Decision } from './command-handler';

const schemaVersionOf = (type: RegistryEvent['type']): number => REGISTRY_SCHEMA_VERSIONS[type];

/** The registry's use cases: each loads the streams it needs, lets the decider judge, and appends. */
export class RegistryService {
  constructor(private readonly store: EventStore) {}

  /** Bureaus are established once and never removed: an established one is kept, for bulk work above all. */
  private readonly establishedBureaus = new Map<string, BureauState>();

  async loadBureau(bureauId: string): Promise<BureauState> {
    const known = this.establishedBureaus.get(bureauId);
    if (known) return known;
    const state = foldEvents(bureauDecider, await this.store.readStream(bureauStreamId(bureauId)));
    if (state.status === 'established') this.establishedBureaus.set(bureauId, state);
    return state;
  }

  establishBureau(input: { regionCode: string; name: string }, metadata: CommandMetadata): Promise<CommandResult> {
    const region = resolveBureauRegion(input.regionCode);
    authorizeEstablishBureau(metadata.actor, region.code);
    return handleCommand({
      store: this.store,
      streamId: bureauStreamId(bureauIdForRegion(region.code)),
      decider: bureauDecider,
      command: { type: 'EstablishBureau', data: { region, name: input.name } },
      metadata,
      schemaVersionOf,
      loadContext: async () => undefined,
    });
  }

  /** Every unit act goes through here: the command names its unit, whose stream is loaded. */
  execute(command: UnitCommand, metadata: CommandMetadata): Promise<CommandResult> {
    return handleCommand({ ...this.unitOptions(command, metadata), schemaVersionOf });
  }

  /**
   * Judges a unit act as `execute` would, writing nothing: the decision (the events it would append) or its
   * domain error. `commit` then appends it, unless the unit changed in between, when it is decided again.
   */
  async check(command: UnitCommand, metadata: CommandMetadata): Promise<Decision<UnitEvent>> {
    return decideOn(this.unitOptions(command, metadata));
  }

  commit(command: UnitCommand, metadata: CommandMetadata, decision: Decision<UnitEvent>): Promise<CommandResult> {
    return commitDecision({ ...this.unitOptions(command, metadata), schemaVersionOf }, decision);
  }

  private unitOptions(given: UnitCommand, metadata: CommandMetadata) {
    // The stream is named by the normalised code, however the caller typed it: one unit, one stream.
    const command = { ...given, data: { ...given.data, unitId: normaliseCreditCode(given.data.unitId) } } as UnitCommand;
    return {
      store: this.store,
      streamId: unitStreamId(command.data.unitId),
      decider: unitDecider,
      command,
      metadata,
      loadContext: async (state: UnitState) => {
        authorizeUnitAct(metadata.actor, command, state);
        const bureauId = bureauNeededFor(command, state);
        return { bureau: bureauId === null ? null : await this.loadBureau(bureauId) };
      },
    };
  }
}

function resolveBureauRegion(regionCode: string): BureauRegion {
  const region = requireRegion(regionCode, 'regionCode');
  // The region table's levels are the bureau levels: one bureau per region and level.
  const level: BureauLevel = region.level;
  return { code: region.code, name: region.name, level };
}
