import { checklistDocId } from '../../src/domain/checklist/checklist';
import type { ChecklistItem, ChecklistVersionPublished } from '../../src/domain/inspection/inspection.events';
import type { Day } from '../../src/domain/shared/day';
import type { RecordedEvent } from '../../src/domain/shared/event';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const CHECKLISTS = 'checklists';

/** One published checklist version (reference data). */
export interface ChecklistDoc extends Doc {
  checklistId: string;
  version: number;
  title: string;
  basis: string;
  effectiveFrom: Day;
  items: ChecklistItem[];
  publishedAt: string;
  lastPosition: number;
}

export const checklistsProjection: Projection = {
  name: 'checklists',
  collections: [{ name: CHECKLISTS, indexes: ['checklistId'] }],
  handles: ['ChecklistVersionPublished'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as ChecklistVersionPublished;
    if (event.type !== 'ChecklistVersionPublished') return;
    const d = event.data;
    if (typeof d?.checklistId !== 'string' || typeof d.version !== 'number' || !Array.isArray(d.items)) return;
    const id = checklistDocId(d.checklistId, d.version);
    // A version is published once; the first publication stands.
    if (tx.get<ChecklistDoc>(CHECKLISTS, id)) return;
    tx.put(CHECKLISTS, {
      _id: id,
      checklistId: d.checklistId,
      version: d.version,
      title: d.title,
      basis: d.basis,
      effectiveFrom: d.effectiveFrom,
      items: d.items,
      publishedAt: recorded.metadata.occurredAt,
      lastPosition: recorded.position,
    } satisfies ChecklistDoc);
  },
};
