import { read, seesRegion, sortedIds, write, type RowContext } from './access-matrix-core';
import { at, freshOrder, inspect, recordsOf, report, reportItems } from './access-matrix-fixture';
import { seesUnitRecord } from './access-matrix-oracle';
import {
  ExtendRectificationDeadlineDocument,
  OrderRectificationDocument,
  RecordRectificationFollowUpDocument,
  RectificationOrderDocument,
  RectificationOrdersDocument,
  ReviewRectificationDocument,
  SubmitRectificationReportDocument,
} from './generated/operations';

/**
 * Rectification orders: read by their unit's current region (a unit's reporter reads its own unit's), acted on by
 * the issuing bureau's staff, reported on by the unit. Refused acts aim at the fixture's order of the target unit;
 * allowed ones at a fresh order (of a fresh inspection of the same unit), so that each row has its own.
 */

/** The order an act works on, with the finding it names: a fresh one when the act must succeed. */
async function orderFor(ctx: RowContext, mustSucceed: boolean): Promise<{ orderId: string; findingId: string }> {
  if (mustSucceed) return freshOrder(ctx.server, ctx.target.unitId, ctx.target.place.bureauId);
  const { orderId, findingId } = recordsOf(ctx);
  return { orderId, findingId };
}

export const RECTIFICATION_OPERATIONS = {
  // -- queries --------------------------------------------------------------------------------------------------
  rectificationOrder: read({
    doc: RectificationOrderDocument,
    variables: (_target, ctx) => ({ id: recordsOf(ctx).orderId }),
    allowed: (data, ctx) => {
      const { orderId, unitId, bureauId } = recordsOf(ctx);
      expect(data.rectificationOrder).toMatchObject({ orderId, unitId, bureauId, unit: { unitId } });
      // The issuing bureau is shown to those who read its region (not to the unit's reporter).
      expect(data.rectificationOrder?.bureau ?? null).toEqual(seesRegion(ctx.sees, bureauId) ? { bureauId } : null);
    },
    empty: (data) => expect(data.rectificationOrder).toBeNull(),
  }),
  rectificationOrders: read({
    doc: RectificationOrdersDocument,
    variables: (target) => ({ filter: { regionPrefix: target.prefix }, first: 100 }),
    allowed: async (data, ctx) => {
      const expected = (await ctx.oracle.orders()).filter(seesUnitRecord(ctx.sees, ctx.target.prefix));
      expect(expected.length).toBeGreaterThan(0);
      expect(data.rectificationOrders.totalCount).toBe(expected.length);
      expect(sortedIds(data.rectificationOrders.nodes, (n) => n.orderId)).toEqual(sortedIds(expected, (o) => o.id));
    },
    empty: (data) => expect(data.rectificationOrders).toMatchObject({ totalCount: 0, nodes: [] }),
  }),

  // -- mutations ------------------------------------------------------------------------------------------------
  orderRectification: write({
    doc: OrderRectificationDocument,
    prepare: async (ctx, mustSucceed) => {
      const inspection = mustSucceed ? await inspect(ctx.server, ctx.target.unitId, ctx.target.place.bureauId) : recordsOf(ctx);
      const input = { inspectionId: inspection.inspectionId, findingIds: [inspection.findingId], deadline: '2025-06-30', legalBasis: '档案法§45', occurredAt: at('2025-03-15') };
      return { input };
    },
    appended: (data) => data.orderRectification.eventIds.length,
    allowed: (data, _variables, ctx) =>
      expect(data.orderRectification.order).toMatchObject({ unitId: ctx.target.unitId, bureauId: ctx.target.place.bureauId, deadline: '2025-06-30', closedOn: null }),
  }),
  extendRectificationDeadline: write({
    doc: ExtendRectificationDeadlineDocument,
    prepare: async (ctx, mustSucceed) => ({ input: { orderId: (await orderFor(ctx, mustSucceed)).orderId, deadline: '2025-08-31', reason: '整改工程量大', occurredAt: at('2025-04-01') } }),
    appended: (data) => data.extendRectificationDeadline.eventIds.length,
    allowed: (data, variables) => expect(data.extendRectificationDeadline.order).toMatchObject({ orderId: variables.input.orderId, deadline: '2025-08-31' }),
  }),
  submitRectificationReport: write({
    doc: SubmitRectificationReportDocument,
    prepare: async (ctx, mustSucceed) => {
      const { orderId, findingId } = await orderFor(ctx, mustSucceed);
      return { input: { orderId, items: reportItems(findingId), occurredAt: at('2025-04-10') } };
    },
    appended: (data) => data.submitRectificationReport.eventIds.length,
    // A report awaits review: the clock stops.
    allowed: (data, variables) => expect(data.submitRectificationReport.order).toMatchObject({ orderId: variables.input.orderId, status: 'REPORTED' }),
  }),
  reviewRectification: write({
    doc: ReviewRectificationDocument,
    prepare: async (ctx, mustSucceed) => {
      const { orderId, findingId } = await orderFor(ctx, mustSucceed);
      if (mustSucceed) await report(ctx.server, orderId, findingId);
      return { input: { orderId, outcome: 'ACCEPTED' as const, occurredAt: at('2025-04-20') } };
    },
    appended: (data) => data.reviewRectification.eventIds.length,
    allowed: (data, variables) =>
      expect(data.reviewRectification.order).toMatchObject({ orderId: variables.input.orderId, status: 'CLOSED_ON_TIME', closedOn: '2025-04-20' }),
  }),
  recordRectificationFollowUp: write({
    doc: RecordRectificationFollowUpDocument,
    prepare: async (ctx, mustSucceed) => ({ input: { orderId: (await orderFor(ctx, mustSucceed)).orderId, note: '回头看：整改保持', occurredAt: at('2025-04-20') } }),
    appended: (data) => data.recordRectificationFollowUp.eventIds.length,
    allowed: (data, variables) => expect(data.recordRectificationFollowUp.order).toMatchObject({ orderId: variables.input.orderId }),
  }),
};
