import type { Day } from '../shared/day';
import { RuleViolation, ValidationError } from '../shared/errors';
import { requireId } from '../shared/text';
import type { ArchivistRef } from './guidance.events';
import { OVERSIGHT_LIMITS } from './limits';
import type { UnitView } from './unit-on-day';

/**
 * People named by an act (archivists met, attendees) are archivists on duty at a named unit on the act's day. The
 * command gives ids; the names come from the registry, so that a record never disagrees with it.
 */
export function requireArchivists(
  people: readonly { unitId: string; archivistId: string }[],
  units: UnitView,
  allowedUnitIds: readonly string[],
  field: string,
  day: Day,
  min = 0,
): ArchivistRef[] {
  if (people.length < min) throw new ValidationError(`${field} needs at least ${min} entries`, field, 'REQUIRED', { min });
  if (people.length > OVERSIGHT_LIMITS.peoplePerAct) {
    throw new ValidationError(`${field} has more than ${OVERSIGHT_LIMITS.peoplePerAct} entries`, field, 'TOO_MANY', { max: OVERSIGHT_LIMITS.peoplePerAct });
  }
  const seen = new Set<string>();
  return people.map((person, i) => {
    const archivistId = requireId(person.archivistId, `${field}[${i}].archivistId`);
    if (!allowedUnitIds.includes(person.unitId)) {
      throw new ValidationError(`${field}[${i}] names unit ${person.unitId}, which the act does not`, `${field}[${i}].unitId`, 'UNIT_NOT_NAMED');
    }
    const key = `${person.unitId}/${archivistId}`;
    if (seen.has(key)) throw new ValidationError(`${archivistId} of ${person.unitId} is listed twice`, `${field}[${i}]`, 'DUPLICATE', { value: key });
    seen.add(key);
    const onDuty = units[person.unitId]?.archivists.find((a) => a.archivistId === archivistId);
    if (!onDuty) {
      throw new RuleViolation(`${archivistId} was not an archivist of unit ${person.unitId} on ${day}`, 'ARCHIVIST_NOT_AT_UNIT', {
        field: `${field}[${i}].archivistId`,
        unitId: person.unitId,
        archivistId,
        day,
      });
    }
    return { unitId: person.unitId, archivistId, name: onDuty.name };
  });
}
