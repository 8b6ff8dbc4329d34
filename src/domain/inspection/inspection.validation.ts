import { requireDay, type Day } from '../shared/day';
import { ValidationError } from '../shared/errors';
import { TEXT_LIMITS, optionalText, requireId, requireText } from '../shared/text';
import type { PublishedChecklist } from '../checklist/checklist';
import { itemsFor } from '../checklist/checklist';
import { MIN_LAW_ENFORCEMENT_INSPECTORS, type InspectionKind, type Inspector } from '../supervision/common';
import type { ChecklistItem, ChecklistRef } from './inspection.events';

/** Rules shared by plans and inspections: people, periods, checklists. */

export const CREDENTIAL_MAX = 64;

/**
 * People acting for the bureau: distinct ids, names, credentials. Law enforcement needs a credential on every
 * officer (实施条例§47, 行政处罚法§55); `min` is the fewest the act needs.
 */
export function validInspectors(people: readonly Inspector[], field: string, kind: InspectionKind, limits: { min: number; max: number }): Inspector[] {
  if (people.length < limits.min) {
    throw new ValidationError(`${field} needs at least ${limits.min} people`, field, 'TOO_FEW_INSPECTORS', { min: limits.min });
  }
  if (people.length > limits.max) throw new ValidationError(`${field} has more than ${limits.max} people`, field, 'TOO_MANY_INSPECTORS', { max: limits.max });
  const seen = new Set<string>();
  return people.map((person, i) => {
    const personId = requireId(person.personId, `${field}[${i}].personId`);
    if (seen.has(personId)) throw new ValidationError(`${personId} appears twice`, `${field}[${i}].personId`, 'DUPLICATE_INSPECTOR', { personId });
    seen.add(personId);
    const credentialNumber = optionalText(person.credentialNumber, `${field}[${i}].credentialNumber`, CREDENTIAL_MAX);
    if (kind === 'LAW_ENFORCEMENT' && credentialNumber === null) {
      throw new ValidationError(`A law-enforcement officer shows an enforcement credential`, `${field}[${i}].credentialNumber`, 'CREDENTIAL_REQUIRED', {
        personId,
      });
    }
    return { personId, name: requireText(person.name, `${field}[${i}].name`, TEXT_LIMITS.name), credentialNumber };
  });
}

/** The fewest inspectors an act of this kind needs: two for law enforcement (行政处罚法§42), else one. */
export const minInspectors = (kind: InspectionKind): number => (kind === 'LAW_ENFORCEMENT' ? MIN_LAW_ENFORCEMENT_INSPECTORS : 1);

export function validPeriod(period: { from: Day; to: Day }): { from: Day; to: Day } {
  const from = requireDay(period.from, 'from');
  const to = requireDay(period.to, 'to');
  if (to < from) throw new ValidationError('A period ends on or after its first day', 'to', 'PERIOD_REVERSED');
  return { from, to };
}

/** The checklist version must exist, and the kind must use some of its items; answers those items. */
export function checklistItemsFor(checklist: PublishedChecklist | null, ref: ChecklistRef, kind: InspectionKind): ChecklistItem[] {
  if (!checklist || checklist.checklistId !== ref.checklistId || checklist.version !== ref.version) {
    throw new ValidationError(`Checklist ${ref.checklistId} version ${ref.version} is not published`, 'checklistId', 'UNKNOWN_CHECKLIST', {
      checklistId: ref.checklistId,
      version: ref.version,
    });
  }
  const items = itemsFor(checklist, kind);
  if (items.length === 0) {
    throw new ValidationError(`Checklist ${ref.checklistId} version ${ref.version} has no items for ${kind}`, 'kind', 'CHECKLIST_NOT_FOR_KIND', {
      checklistId: ref.checklistId,
      version: ref.version,
    });
  }
  return items;
}
