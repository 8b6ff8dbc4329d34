import type { InactionFacts } from '../../../src/domain/accountability/inaction';
import type { DatedRectificationEvent } from '../../../src/domain/rectification/order-status';
import type { RectificationEvent } from '../../../src/domain/rectification/rectification.events';
import type { Day } from '../../../src/domain/shared/day';

/** Facts of a diligent bureau established long ago: nothing overdue, a bulletin, a training and a plan recently. */
export function facts(more: Partial<InactionFacts> = {}): InactionFacts {
  return {
    bureauId: '330106',
    establishedOn: '2019-01-01',
    overdueUnits: [],
    inspections: [],
    orders: [],
    bulletins: [{ day: '2025-05-01', withdrawnOn: null }],
    trainings: [{ day: '2025-05-01' }],
    plans: [{ plannedOn: '2025-01-05', from: '2025-02-01', to: '2025-12-31', cancelledOn: null }],
    lateRecords: [],
    ...more,
  };
}

type Inspection = InactionFacts['inspections'][number];
export const inspection = (inspectionId: string, day: Day, more: Partial<Inspection> = {}): Inspection => ({
  inspectionId,
  unitId: `U-${inspectionId}`,
  kind: 'LAW_ENFORCEMENT',
  day,
  inspectorCount: 2,
  findingIds: [],
  withdrawn: false,
  ...more,
});

const act = (type: RectificationEvent['type'], day: Day, data: object = {}): DatedRectificationEvent => ({ event: { type, data } as RectificationEvent, day });
export const ordered = (day: Day, deadline: Day) => act('RectificationOrdered', day, { deadline });
export const reported = (day: Day) => act('RectificationReportSubmitted', day);
export const reviewed = (day: Day, outcome: 'ACCEPTED' | 'REJECTED') => act('RectificationReviewed', day, { outcome });
export const followedUp = (day: Day) => act('RectificationFollowedUp', day);
export const extended = (day: Day, deadline: Day) => act('RectificationDeadlineExtended', day, { deadline });

type Order = InactionFacts['orders'][number];
/** An order for findings of an inspection; its acts begin with the order itself. */
export const order = (orderId: string, inspectionId: string, findingIds: string[], orderedOn: Day, deadline: Day, ...acts: DatedRectificationEvent[]): Order => ({
  orderId,
  inspectionId,
  unitId: `U-${inspectionId}`,
  findingIds,
  orderedOn,
  acts: [ordered(orderedOn, deadline), ...acts],
});
