import { validateCreditCode } from '../shared/credit-code';
import type { Decider } from '../shared/decider';
import { ConflictError, NotFoundError, RuleViolation, UnreachableCaseError, ValidationError } from '../shared/errors';
import { isWithin, requireRegion } from '../shared/region';
import { TEXT_LIMITS, optionalText, requireId, requireText } from '../shared/text';
import type { BureauState } from './bureau.decider';
import type { RegionRef, UnitEvent } from './registry.events';
import type { RegisterUnit, UnitCommand } from './unit.commands';
import { evolveUnit, initialUnitState, type UnitState } from './unit.state';

/**
 * What a unit command needs to know beyond the unit's own stream: the bureau named by the command
 * (registration, transfer) or the unit's current bureau (a change of region). Loaded by the handler.
 */
export interface UnitContext {
  bureau: BureauState | null;
}

/** Which bureau's state the handler must load for this command, if any. */
export function bureauNeededFor(command: UnitCommand, state: UnitState): string | null {
  switch (command.type) {
    case 'RegisterUnit':
      return command.data.bureauId;
    case 'TransferUnit':
      return command.data.toBureauId;
    case 'AmendUnitDetails':
      return command.data.regionCode !== undefined && state.status !== 'unregistered' ? state.bureauId : null;
    default:
      return null;
  }
}

function requireBureau(context: UnitContext, bureauId: string, field: string) {
  const bureau = context.bureau;
  if (!bureau || bureau.status !== 'established' || bureau.bureauId !== bureauId) {
    throw new ValidationError(`Bureau ${bureauId} does not exist`, field, 'UNKNOWN_BUREAU', { bureauId });
  }
  return bureau;
}

/** A unit's region must lie within the region of the bureau that supervises it. */
function requireRegionWithinBureau(regionCode: string, bureau: { bureauId: string; regionCode: string }): RegionRef {
  const region = requireRegion(regionCode, 'regionCode');
  if (!isWithin(region.code, bureau.regionCode)) {
    throw new ValidationError(
      `Region ${region.code} lies outside the region ${bureau.regionCode} of bureau ${bureau.bureauId}`,
      'regionCode',
      'REGION_OUTSIDE_BUREAU',
      { regionCode: region.code, bureauId: bureau.bureauId },
    );
  }
  return { code: region.code, name: region.name };
}

function decideRegistration(command: RegisterUnit, state: UnitState, context: UnitContext): UnitEvent[] {
  const d = command.data;
  if (state.status === 'active') {
    throw new ConflictError(`An active unit with credit code ${d.unitId} is already registered`, 'DUPLICATE_CREDIT_CODE', {
      unitId: d.unitId,
    });
  }
  const check = validateCreditCode(d.unitId);
  const overrideReason = optionalText(d.checkOverrideReason, 'checkOverrideReason', TEXT_LIMITS.reason);
  const overridable = !check.ok && (check.reason === 'CHECK_CHARACTER' || check.reason === 'ORGANISATION_CODE_CHECK');
  if (!check.ok && !(overridable && overrideReason)) {
    throw new ValidationError(`${d.unitId} is not a valid unified social credit code`, 'unitId', 'INVALID_CREDIT_CODE', {
      check: check.reason,
      ...(check.expected !== undefined && { expected: check.expected }),
    });
  }
  const bureau = requireBureau(context, d.bureauId, 'bureauId');
  return [
    {
      type: 'UnitRegistered',
      data: {
        unitId: check.code,
        name: requireText(d.name, 'name', TEXT_LIMITS.name),
        category: d.category,
        unitClass: d.unitClass,
        region: requireRegionWithinBureau(d.regionCode, bureau),
        bureauId: bureau.bureauId,
        address: optionalText(d.address, 'address', TEXT_LIMITS.address),
        checkOverride: check.ok ? null : { reason: overrideReason as string },
      },
    },
  ];
}

/** Every act but registration needs a unit that is registered and not deregistered. */
function requireActive(state: UnitState, unitId: string): Extract<UnitState, { status: 'active' }> {
  if (state.status === 'unregistered') throw new NotFoundError(`Unit ${unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId });
  if (state.status === 'deregistered') {
    throw new RuleViolation(`Unit ${unitId} is deregistered and takes no further acts`, 'UNIT_DEREGISTERED', { unitId });
  }
  return state;
}

export function decideUnit(command: UnitCommand, state: UnitState, context: UnitContext): UnitEvent[] {
  if (command.type === 'RegisterUnit') return decideRegistration(command, state, context);
  const unit = requireActive(state, command.data.unitId);
  const unitId = unit.unitId;
  switch (command.type) {
    case 'AmendUnitDetails': {
      const d = command.data;
      const changes: Extract<UnitEvent, { type: 'UnitDetailsAmended' }>['data']['changes'] = {};
      if (d.name !== undefined) {
        const name = requireText(d.name, 'name', TEXT_LIMITS.name);
        if (name !== unit.name) changes.name = name;
      }
      if (d.address !== undefined) {
        const address = optionalText(d.address, 'address', TEXT_LIMITS.address);
        if (address !== unit.address) changes.address = address;
      }
      if (d.category !== undefined && d.category !== unit.category) changes.category = d.category;
      if (d.regionCode !== undefined && d.regionCode !== unit.regionCode) {
        changes.region = requireRegionWithinBureau(d.regionCode, requireBureau(context, unit.bureauId, 'regionCode'));
      }
      if (Object.keys(changes).length === 0) return [];
      return [{ type: 'UnitDetailsAmended', data: { unitId, changes, reason: optionalText(d.reason, 'reason', TEXT_LIMITS.reason) } }];
    }
    case 'ClassifyUnit': {
      if (command.data.unitClass === unit.unitClass) return [];
      return [
        {
          type: 'UnitClassified',
          data: {
            unitId,
            unitClass: command.data.unitClass,
            previousClass: unit.unitClass,
            reason: optionalText(command.data.reason, 'reason', TEXT_LIMITS.reason),
          },
        },
      ];
    }
    case 'TransferUnit': {
      const d = command.data;
      if (d.toBureauId === unit.bureauId) {
        throw new ValidationError(`Unit ${unitId} is already supervised by bureau ${d.toBureauId}`, 'toBureauId', 'SAME_BUREAU');
      }
      // Where the target lies is judged before whether it exists (a bureau's id is its region's code), so that a
      // refusal never tells a bureau outside the unit's region from one that does not exist.
      requireRegionWithinBureau(unit.regionCode, { bureauId: d.toBureauId, regionCode: d.toBureauId });
      const target = requireBureau(context, d.toBureauId, 'toBureauId');
      return [
        {
          type: 'UnitTransferred',
          data: { unitId, fromBureauId: unit.bureauId, toBureauId: target.bureauId, reason: requireText(d.reason, 'reason', TEXT_LIMITS.reason) },
        },
      ];
    }
    case 'DeregisterUnit': {
      const d = command.data;
      let mergedInto: string | null = null;
      if (d.reason !== 'MERGED' && d.mergedInto) {
        throw new ValidationError('Only a merger names a unit merged into', 'mergedInto', 'NOT_A_MERGER');
      }
      if (d.reason === 'MERGED') {
        if (!d.mergedInto) throw new ValidationError('A merger names the unit merged into', 'mergedInto', 'REQUIRED');
        const target = validateCreditCode(d.mergedInto);
        if (!target.ok) throw new ValidationError(`${d.mergedInto} is not a valid credit code`, 'mergedInto', 'INVALID_CREDIT_CODE');
        if (target.code === unitId) throw new ValidationError('A unit cannot merge into itself', 'mergedInto', 'SAME_UNIT');
        mergedInto = target.code;
      }
      return [
        {
          type: 'UnitDeregistered',
          data: { unitId, bureauId: unit.bureauId, reason: d.reason, mergedInto, note: optionalText(d.note, 'note', TEXT_LIMITS.reason) },
        },
      ];
    }
    case 'AssignArchivist': {
      const d = command.data;
      const archivistId = requireId(d.archivistId, 'archivistId');
      if (unit.archivists.some((a) => a.archivistId === archivistId)) {
        throw new ConflictError(`Archivist ${archivistId} is already assigned to unit ${unitId}`, 'ARCHIVIST_ALREADY_ASSIGNED', {
          archivistId,
        });
      }
      return [
        {
          type: 'ArchivistAssigned',
          data: {
            unitId,
            archivistId,
            name: requireText(d.name, 'name', TEXT_LIMITS.name),
            partTime: d.partTime,
            duties: optionalText(d.duties, 'duties', TEXT_LIMITS.reason),
          },
        },
      ];
    }
    case 'ReleaseArchivist': {
      const archivistId = requireId(command.data.archivistId, 'archivistId');
      if (!unit.archivists.some((a) => a.archivistId === archivistId)) {
        throw new RuleViolation(`Archivist ${archivistId} is not assigned to unit ${unitId}`, 'ARCHIVIST_NOT_ASSIGNED', {
          archivistId,
        });
      }
      return [
        { type: 'ArchivistReleased', data: { unitId, archivistId, reason: optionalText(command.data.reason, 'reason', TEXT_LIMITS.reason) } },
      ];
    }
    default:
      throw new UnreachableCaseError(command);
  }
}

export const unitDecider: Decider<UnitState, UnitCommand, UnitEvent, UnitContext> = {
  initialState: initialUnitState,
  evolve: evolveUnit,
  decide: decideUnit,
};
