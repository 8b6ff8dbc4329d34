import type { RectificationEvent } from './rectification.events';

/** Every event type of the area, for projections' `handles` lists. */
export const RECTIFICATION_EVENT_TYPES: readonly RectificationEvent['type'][] = [
  'RectificationOrdered',
  'RectificationDeadlineExtended',
  'RectificationReportSubmitted',
  'RectificationReviewed',
  'RectificationFollowedUp',
];

/** Current schema version of each event type (bumped with an upcaster when a shape changes). */
export const RECTIFICATION_SCHEMA_VERSIONS: Readonly<Record<RectificationEvent['type'], number>> = {
  RectificationOrdered: 1,
  RectificationDeadlineExtended: 1,
  RectificationReportSubmitted: 1,
  RectificationReviewed: 1,
  RectificationFollowedUp: 1,
};
