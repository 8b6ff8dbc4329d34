import type { ChecklistEvent, InspectionEvent, PlanEvent } from './inspection.events';

export type InspectionAreaEvent = ChecklistEvent | PlanEvent | InspectionEvent;

/**
 * Current schema version of each event type of the area. The additive fields (a conducted inspection's region, a
 * draw's seed commitment, pool day and strata pools, a plan's roster) are optional, so they need no new version.
 * InspectionConducted 2: each result carries `findingIds` (older events are upcast on read: inspection.upcasters.ts).
 */
export const INSPECTION_SCHEMA_VERSIONS: Readonly<Record<InspectionAreaEvent['type'], number>> = {
  ChecklistVersionPublished: 1,
  InspectionPlanned: 1,
  InspectionPlanCompleted: 1,
  InspectionPlanCancelled: 1,
  InspectionPlanInspectorRecused: 1,
  InspectionConducted: 2,
  InspectionRecordCorrected: 1,
  InspectionWithdrawn: 1,
};

export const INSPECTION_EVENT_TYPES = Object.keys(INSPECTION_SCHEMA_VERSIONS) as InspectionAreaEvent['type'][];
