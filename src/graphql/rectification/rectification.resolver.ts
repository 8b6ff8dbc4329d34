import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RECTIFICATION_ORDERS, type RectificationOrderDoc } from '../../../projections/rectification/rectification-orders.projection';
import type { CommandResult } from '../../application/command-handler';
import type { RectificationRequest } from '../../application/rectification.service';
import type { Context } from '../context';
import { WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { REPORT_SUBMITTERS } from './enums';
import {
  ExtendRectificationDeadlineInput,
  OrderRectificationInput,
  RecordRectificationFollowUpInput,
  ReviewRectificationInput,
  SubmitRectificationReportInput,
} from './rectification.input';
import { canReadOrder } from './order-view';
import { RectificationOrder, RectificationOrderPayload } from './rectification.type';

/** A mutation per act: input → command → service → the order as the read model now shows it. */
@Resolver()
export class RectificationActResolver {
  @Authorized(WRITERS)
  @Mutation(() => RectificationOrderPayload, { description: 'Order a unit to rectify findings of an inspection by a deadline (RectificationOrdered)' })
  async orderRectification(@Arg('input') input: OrderRectificationInput, @Ctx() ctx: Context): Promise<RectificationOrderPayload> {
    const result = await ctx.rectifications.order(
      {
        orderId: input.orderId ?? null,
        inspectionId: input.inspectionId,
        findingIds: input.findingIds,
        deadline: input.deadline,
        legalBasis: input.legalBasis,
        documentNumber: input.documentNumber ?? null,
      },
      commandMetadata(ctx, input),
    );
    return payload(ctx, result, result.orderId);
  }

  @Authorized(WRITERS)
  @Mutation(() => RectificationOrderPayload, { description: 'Grant a later deadline, with a reason (RectificationDeadlineExtended)' })
  extendRectificationDeadline(@Arg('input') input: ExtendRectificationDeadlineInput, @Ctx() ctx: Context): Promise<RectificationOrderPayload> {
    return act(ctx, input, { type: 'ExtendRectificationDeadline', data: { orderId: input.orderId, deadline: input.deadline, reason: input.reason } });
  }

  @Authorized(REPORT_SUBMITTERS)
  @Mutation(() => RectificationOrderPayload, {
    description: "The unit's report on every finding (RectificationReportSubmitted): by the unit, or recorded by the ordering bureau",
  })
  submitRectificationReport(@Arg('input') input: SubmitRectificationReportInput, @Ctx() ctx: Context): Promise<RectificationOrderPayload> {
    const items = input.items.map((i) => ({ findingId: i.findingId, action: i.action, evidence: i.evidence.map((e) => ({ kind: e.kind, value: e.value })) }));
    return act(ctx, input, { type: 'SubmitRectificationReport', data: { orderId: input.orderId, items } });
  }

  @Authorized(WRITERS)
  @Mutation(() => RectificationOrderPayload, { description: 'Accept (closes the order) or reject (with reasons) the pending report (RectificationReviewed)' })
  reviewRectification(@Arg('input') input: ReviewRectificationInput, @Ctx() ctx: Context): Promise<RectificationOrderPayload> {
    return act(ctx, input, { type: 'ReviewRectification', data: { orderId: input.orderId, outcome: input.outcome, reasons: input.reasons ?? null } });
  }

  @Authorized(WRITERS)
  @Mutation(() => RectificationOrderPayload, { description: 'Record a follow-up visit, while open or after closure (RectificationFollowedUp)' })
  recordRectificationFollowUp(@Arg('input') input: RecordRectificationFollowUpInput, @Ctx() ctx: Context): Promise<RectificationOrderPayload> {
    return act(ctx, input, { type: 'RecordRectificationFollowUp', data: { orderId: input.orderId, note: input.note } });
  }
}

async function act(ctx: Context, input: Parameters<typeof commandMetadata>[1], request: RectificationRequest): Promise<RectificationOrderPayload> {
  const result = await ctx.rectifications.execute(request, commandMetadata(ctx, input));
  return payload(ctx, result, request.data.orderId.trim());
}

async function payload(ctx: Context, result: CommandResult, orderId: string): Promise<RectificationOrderPayload> {
  const order = await ctx.readStore.get<RectificationOrderDoc>(RECTIFICATION_ORDERS, orderId);
  return {
    position: result.position,
    eventIds: result.events.map((e) => e.id),
    order: order && canReadOrder(ctx, order) ? (order as unknown as RectificationOrder) : null,
  };
}
