import type { BureauState } from '../registry/bureau.decider';
import { isDay, type Day } from '../shared/day';
import { NotFoundError, RuleViolation, ValidationError } from '../shared/errors';
import { isWithin } from '../shared/region';
import { requireText } from '../shared/text';
import { OVERSIGHT_LIMITS } from './limits';
import type { UnitOnDay, UnitRegion, UnitView } from './unit-on-day';

/**
 * Rules every oversight act shares: the acting bureau exists, the units it names existed on the act's day and lay
 * in its scope, lists are bounded and free of duplicates, steps of one record never go back in time.
 */

export type EstablishedBureau = Extract<BureauState, { status: 'established' }>;

export function requireEstablishedBureau(bureau: BureauState | null, bureauId: string, field = 'bureauId'): EstablishedBureau {
  if (!bureau || bureau.status !== 'established' || bureau.bureauId !== bureauId) {
    throw new ValidationError(`Bureau ${bureauId} does not exist`, field, 'UNKNOWN_BUREAU', { bureauId });
  }
  return bureau;
}

/** A unit the actor may see and that was ever registered; anything else reads as not found. */
export function requireKnownUnit(units: UnitView, unitId: string): UnitOnDay & { firstRegisteredOn: Day } {
  const unit = units[unitId];
  if (!unit || unit.firstRegisteredOn === null) throw new NotFoundError(`Unit ${unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId });
  return unit as UnitOnDay & { firstRegisteredOn: Day };
}

/** Nothing is dated before the unit existed; a unit deregistered on the day takes no act. */
function supervisorOnDay(units: UnitView, unitId: string, day: Day): string {
  const unit = requireKnownUnit(units, unitId);
  if (day < unit.firstRegisteredOn) {
    throw new ValidationError(`Unit ${unitId} was not registered on ${day}`, 'occurredAt', 'BEFORE_UNIT_REGISTERED', {
      unitId,
      day,
      registeredOn: unit.firstRegisteredOn,
    });
  }
  if (unit.supervisorBureauId === null) {
    throw new RuleViolation(`Unit ${unitId} was deregistered on ${day}`, 'UNIT_DEREGISTERED', { unitId, day });
  }
  return unit.supervisorBureauId;
}

/** The unit was in the bureau's own scope on the day (acts of direct supervision). */
export function requireSupervisedBy(units: UnitView, unitId: string, bureauId: string, day: Day): UnitOnDay {
  if (supervisorOnDay(units, unitId, day) !== bureauId) {
    throw new RuleViolation(`Unit ${unitId} was not in the scope of bureau ${bureauId} on ${day}`, 'UNIT_NOT_IN_BUREAU_SCOPE', {
      unitId,
      bureauId,
      day,
    });
  }
  return units[unitId] as UnitOnDay;
}

/**
 * The unit was supervised on the day by the bureau or by a bureau below it in its region (region-wide acts:
 * bulletins, trainings, assessments). A bureau's id is its region's code.
 */
export function requireWithinBureauRegion(units: UnitView, unitId: string, bureauId: string, day: Day): UnitOnDay {
  const supervisor = supervisorOnDay(units, unitId, day);
  if (!isWithin(supervisor, bureauId)) {
    throw new RuleViolation(`Unit ${unitId} was not supervised within the region of bureau ${bureauId} on ${day}`, 'UNIT_NOT_IN_BUREAU_REGION', {
      unitId,
      bureauId,
      day,
    });
  }
  return units[unitId] as UnitOnDay;
}

/** The regions of units already checked to have existed on the day (so their region on the day is known). */
export function regionsOf(units: UnitView, unitIds: readonly string[]): UnitRegion[] {
  return unitIds.map((unitId) => ({ unitId, regionCode: units[unitId]?.regionCode ?? '' }));
}

/** Distinct ids, at least `min`, at most the per-act bound. */
export function requireDistinct(ids: readonly string[], field: string, min = 0, max: number = OVERSIGHT_LIMITS.unitsPerAct): string[] {
  if (ids.length < min) throw new ValidationError(`${field} needs at least ${min} entries`, field, 'REQUIRED', { min });
  if (ids.length > max) throw new ValidationError(`${field} has more than ${max} entries`, field, 'TOO_MANY', { max });
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new ValidationError(`${id} is named twice`, `${field}[${i}]`, 'DUPLICATE', { value: id });
    seen.add(id);
  });
  return [...ids];
}

/** A list of short texts (topics): trimmed, non-empty, distinct, bounded. */
export function requireTextList(values: readonly string[], field: string, min: number, maxLength: number = OVERSIGHT_LIMITS.title): string[] {
  const texts = values.map((v, i) => requireText(v, `${field}[${i}]`, maxLength));
  return requireDistinct(texts, field, min, OVERSIGHT_LIMITS.listEntries);
}

/** A step of a record never lies before the step it follows. */
export function requireNotBefore(day: Day, previous: Day, what: string): void {
  if (day < previous) {
    throw new ValidationError(`The act is dated ${day}, before ${what} on ${previous}`, 'occurredAt', 'BEFORE_PREVIOUS_STEP', { day, previous });
  }
}

export interface Period {
  from: Day;
  to: Day;
}

/** A period of whole days, from ≤ to, ending no later than `notAfter` when given. */
export function requirePeriod(period: Period, field: string, notAfter?: Day): Period {
  if (!isDay(period.from)) throw new ValidationError(`${field}.from must be a date YYYY-MM-DD`, `${field}.from`, 'INVALID_DATE');
  if (!isDay(period.to)) throw new ValidationError(`${field}.to must be a date YYYY-MM-DD`, `${field}.to`, 'INVALID_DATE');
  if (period.to < period.from) throw new ValidationError(`${field} ends before it starts`, field, 'INVALID_PERIOD');
  if (notAfter !== undefined && period.to > notAfter) {
    throw new ValidationError(`${field} ends after ${notAfter}`, `${field}.to`, 'PERIOD_NOT_OVER', { notAfter });
  }
  return { from: period.from, to: period.to };
}
