import type { Decider } from '../shared/decider';
import { isDay } from '../shared/day';
import { ConflictError, UnreachableCaseError, ValidationError } from '../shared/errors';
import { TEXT_LIMITS, optionalText, requireText } from '../shared/text';
import type { ChecklistEvent, ChecklistItem } from '../inspection/inspection.events';
import { INSPECTION_KINDS } from '../supervision/common';
import type { PublishedChecklist } from './checklist';

/**
 * Checklists are reference data: one stream per version, published once and never changed (a new rule is a new
 * version, and every inspection records the version it used). Publishing the same version again with the same
 * content changes nothing; with other content it is a conflict.
 */
export type PublishChecklistVersion = { type: 'PublishChecklistVersion'; data: PublishedChecklist };
export type ChecklistCommand = PublishChecklistVersion;

export type ChecklistState = { status: 'unpublished' } | ({ status: 'published' } & PublishedChecklist);

const CHECKLIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ITEM_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_ITEMS = 200;

function validItems(items: readonly ChecklistItem[]): ChecklistItem[] {
  if (items.length === 0 || items.length > MAX_ITEMS) {
    throw new ValidationError(`A checklist has 1-${MAX_ITEMS} items`, 'items', 'INVALID_ITEM_COUNT', { max: MAX_ITEMS });
  }
  const seen = new Set<string>();
  return items.map((item, i) => {
    const field = `items[${i}]`;
    if (!ITEM_CODE.test(item.code)) throw new ValidationError(`${field}.code must be an UPPER_SNAKE code`, `${field}.code`, 'INVALID_ITEM_CODE');
    if (seen.has(item.code)) throw new ValidationError(`Item ${item.code} appears twice`, `${field}.code`, 'DUPLICATE_ITEM', { itemCode: item.code });
    seen.add(item.code);
    if (item.kinds.length === 0 || item.kinds.some((k) => !INSPECTION_KINDS.includes(k))) {
      throw new ValidationError(`${field}.kinds must name inspection kinds`, `${field}.kinds`, 'INVALID_KINDS');
    }
    return {
      code: item.code,
      title: requireText(item.title, `${field}.title`, TEXT_LIMITS.name),
      legalBasis: optionalText(item.legalBasis, `${field}.legalBasis`, TEXT_LIMITS.id),
      kinds: [...new Set(item.kinds)],
      key: item.key,
    };
  });
}

function decideChecklist(command: ChecklistCommand, state: ChecklistState): ChecklistEvent[] {
  // One command so far; a switch keeps the shape of the other deciders for the next.
  switch (command.type) {
    case 'PublishChecklistVersion': {
      const d = command.data;
      if (!CHECKLIST_ID.test(d.checklistId)) throw new ValidationError('checklistId must be a lower-case slug', 'checklistId', 'INVALID_ID');
      if (!Number.isInteger(d.version) || d.version < 1) throw new ValidationError('version must be a positive integer', 'version', 'INVALID_VERSION');
      if (!isDay(d.effectiveFrom)) throw new ValidationError('effectiveFrom must be a date YYYY-MM-DD', 'effectiveFrom', 'INVALID_DATE');
      const data: PublishedChecklist = {
        checklistId: d.checklistId,
        version: d.version,
        title: requireText(d.title, 'title', TEXT_LIMITS.name),
        basis: requireText(d.basis, 'basis', TEXT_LIMITS.name),
        effectiveFrom: d.effectiveFrom,
        items: validItems(d.items),
      };
      if (state.status === 'published') {
        const { status: _status, ...published } = state;
        if (JSON.stringify(published) === JSON.stringify(data)) return [];
        throw new ConflictError(`Checklist ${d.checklistId} version ${d.version} is already published`, 'CHECKLIST_VERSION_EXISTS');
      }
      return [{ type: 'ChecklistVersionPublished', data }];
    }
    default:
      throw new UnreachableCaseError(command.type);
  }
}

function evolveChecklist(state: ChecklistState, event: ChecklistEvent): ChecklistState {
  return event.type === 'ChecklistVersionPublished' && state.status === 'unpublished' ? { status: 'published', ...event.data } : state;
}

export const checklistDecider: Decider<ChecklistState, ChecklistCommand, ChecklistEvent> = {
  initialState: () => ({ status: 'unpublished' }),
  evolve: evolveChecklist,
  decide: (command, state) => decideChecklist(command, state),
};
