import { itemsFor } from '../../../src/domain/checklist/checklist';
import { checklistDecider, type PublishChecklistVersion } from '../../../src/domain/checklist/checklist.decider';
import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import type { ChecklistEvent } from '../../../src/domain/inspection/inspection.events';
import { ConflictError, ValidationError } from '../../../src/domain/shared/errors';
import { UUID_PATTERN } from '../../../src/domain/shared/uuid';
import { DeciderSpecification } from '../../support/decider-spec';
import { V1, V2 } from './inspection.fixture';

const spec = DeciderSpecification.for(checklistDecider);
const publish = (data = V2): PublishChecklistVersion => ({ type: 'PublishChecklistVersion', data });
const published = (data = V2): ChecklistEvent => ({ type: 'ChecklistVersionPublished', data });

describe('checklist versions (ChecklistVersionPublished)', () => {
  it('publishes a version once; the same content again changes nothing; other content is a conflict', () => {
    spec.given([]).when(publish()).then([published()]);
    spec.given([published()]).when(publish()).thenNothingHappened();
    spec.given([published()]).when(publish({ ...V2, title: '另一个标题' })).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'CHECKLIST_VERSION_EXISTS' });
  });

  it.each([
    ['a bad id', { ...V2, checklistId: 'Not A Slug' }, 'INVALID_ID', 'checklistId'],
    ['version 0', { ...V2, version: 0 }, 'INVALID_VERSION', 'version'],
    ['no items', { ...V2, items: [] }, 'INVALID_ITEM_COUNT', 'items'],
    ['an item twice', { ...V2, items: [V2.items[0]!, V2.items[0]!] }, 'DUPLICATE_ITEM', 'items[1].code'],
    ['a bad item code', { ...V2, items: [{ ...V2.items[0]!, code: 'lower' }] }, 'INVALID_ITEM_CODE', 'items[0].code'],
    ['an item for no kind', { ...V2, items: [{ ...V2.items[0]!, kinds: [] }] }, 'INVALID_KINDS', 'items[0].kinds'],
  ])('refuses %s', (_name, data, reason, field) => {
    spec.given([]).when(publish(data)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason, field });
  });
});

describe('the shipped checklists', () => {
  it('have fixed, valid, distinct event ids, so that seeding them again appends nothing', () => {
    const ids = SHIPPED_CHECKLISTS.map((s) => s.eventId);
    expect(ids.every((id) => UUID_PATTERN.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const shipped of SHIPPED_CHECKLISTS) expect(checklistDecider.decide(publish(shipped.checklist), checklistDecider.initialState(), undefined)).toEqual([published(shipped.checklist)]);
  });

  it('version 1 follows the 2007 notice: four law-enforcement focus items (also annual), four special-business items', () => {
    expect(V1.basis).toBe('档办〔2007〕59号');
    expect(itemsFor(V1, 'LAW_ENFORCEMENT').map((i) => i.code)).toEqual(['WORK_PLAN', 'ORGANISATION_AND_STAFF', 'COLLECTION_COMPLETE', 'STORAGE_SAFETY']);
    expect(itemsFor(V1, 'ANNUAL').map((i) => i.code)).toEqual(itemsFor(V1, 'LAW_ENFORCEMENT').map((i) => i.code));
    expect(itemsFor(V1, 'SPECIAL_BUSINESS').map((i) => i.code)).toEqual(['COLLECTION_AND_ARRANGEMENT', 'SAFE_CUSTODY', 'ACCESS_AND_USE', 'MODERNISATION']);
    expect(itemsFor(V1, 'ASSESSMENT')).toEqual([]);
  });

  it('version 2 follows Archives Law §42: six items with their legal bases, for every kind, the storeroom a key item', () => {
    for (const kind of ['LAW_ENFORCEMENT', 'SPECIAL_BUSINESS', 'ANNUAL', 'ASSESSMENT'] as const) expect(itemsFor(V2, kind)).toHaveLength(6);
    expect(V2.items.map((i) => [i.code, i.legalBasis])).toEqual([
      ['RESPONSIBILITY_AND_RULES', '档案法§42(1)'],
      ['STOREROOM_AND_EQUIPMENT', '档案法§42(2)'],
      ['ARCHIVIST_MANAGEMENT', '档案法§42(3)'],
      ['COLLECTION_TO_USE', '档案法§42(4)'],
      ['DIGITAL_AND_SECURITY', '档案法§42(5)'],
      ['SUBORDINATE_SUPERVISION', '档案法§42(6)'],
    ]);
    expect(V2.items.filter((i) => i.key).map((i) => i.code)).toEqual(['STOREROOM_AND_EQUIPMENT']);
    expect(V2.items.find((i) => i.key)?.title).toContain('§45');
  });
});
