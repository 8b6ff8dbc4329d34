import type { ChecklistItem, ChecklistRef, ChecklistVersionPublished } from '../inspection/inspection.events';
import type { InspectionKind } from '../supervision/common';

/** A published checklist version, as deciders receive it (loaded from its stream by the service). */
export type PublishedChecklist = ChecklistVersionPublished['data'];

/** The items of a version that an inspection of this kind uses, in the version's order. */
export function itemsFor(checklist: PublishedChecklist, kind: InspectionKind): ChecklistItem[] {
  return checklist.items.filter((item) => item.kinds.includes(kind));
}

export const sameChecklist = (a: ChecklistRef, b: ChecklistRef): boolean => a.checklistId === b.checklistId && a.version === b.version;

export const checklistDocId = (checklistId: string, version: number): string => `${checklistId}:v${version}`;
