import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { RECTIFICATION_ORDERS, datedActs, type RectificationActDoc } from '../../../projections/rectification/rectification-orders.projection';
import { countRectificationOrders, findRectificationOrders, type OrderKey, type RectificationOrderFilter } from '../../../projections/rectification/rectification-orders.queries';
import type { UnitDoc } from '../../../projections/units/units.projection';
import { canReadBureau, canReadUnit, narrowRegionPrefix } from '../../auth/scope';
import { orderStandingOn, statusTimeline, type StatusOptions } from '../../domain/rectification/order-status';
import type { OrderStatus, RectificationEvent } from '../../domain/rectification/rectification.events';
import { normaliseCreditCode } from '../../domain/shared/credit-code';
import { isDay, requireDay } from '../../domain/shared/day';
import { ValidationError } from '../../domain/shared/errors';
import type { Context } from '../context';
import { Bureau } from '../registry/bureau.type';
import { Unit } from '../registry/unit.type';
import { RECORD_READERS } from '../roles';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import { RectificationStatusEnum } from './enums';
import { canReadOrder, today, type OrderView } from './order-view';
import { RectificationOrderFilterInput } from './rectification.input';
import {
  RectificationAct,
  RectificationExtension,
  RectificationFollowUp,
  RectificationOrder,
  RectificationOrderConnection,
  RectificationReport,
  RectificationReview,
  RectificationStanding,
  RectificationStatusSpan,
} from './rectification.type';

const ORDER_CURSOR = 'rectification';
const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

function decodeOrderCursor(after: string | null | undefined): OrderKey | undefined {
  const key = decodeCursor(ORDER_CURSOR, after);
  if (key === undefined) return undefined;
  const [orderedOn = '', orderId = ''] = key.split('|');
  if (!isDay(orderedOn) || orderId === '') throw new ValidationError('Invalid cursor', 'after', 'INVALID_CURSOR');
  return { orderedOn, orderId };
}

const cursorOf = (order: OrderView): string => encodeCursor(ORDER_CURSOR, `${order.orderedOn}|${order.orderId}`);

/** The caller's filter within the caller's scope; null when the two do not meet (an empty answer). */
function toFilter(ctx: Context, input: RectificationOrderFilterInput | null | undefined): RectificationOrderFilter | null {
  const unitId = input?.unitId ? normaliseCreditCode(input.unitId) : undefined;
  const filter: RectificationOrderFilter = {
    asOf: input?.asOf == null ? today(ctx) : requireDay(input.asOf.trim(), 'asOf'),
    unitId,
    bureauId: orUndefined(input?.bureauId?.trim()),
    inspectionId: orUndefined(input?.inspectionId?.trim()),
    status: orUndefined(input?.status),
    overdue: orUndefined(input?.overdue),
  };
  const scope = ctx.scope;
  if (scope.kind === 'unit') {
    if (unitId !== undefined && unitId !== scope.unitId) return null;
    return { ...filter, unitId: scope.unitId, regionPrefix: orUndefined(input?.regionPrefix) };
  }
  const regionPrefix = narrowRegionPrefix(scope, orUndefined(input?.regionPrefix));
  return regionPrefix === null ? null : { ...filter, regionPrefix };
}

const options = (knownAt: Date | null | undefined): StatusOptions => (knownAt ? { knownAt: knownAt.toISOString() } : {});
const asOfFor = (ctx: Context, order: OrderView, asOf: string | null | undefined) => (asOf == null ? (order.listAsOf ?? today(ctx)) : requireDay(asOf.trim(), 'asOf'));
const actsOf = (order: OrderView, type: RectificationEvent['type']) => order.acts.filter((a) => a.type === type);
const flat = <T>(act: RectificationActDoc) => ({ ...act, ...(act.data as object) }) as unknown as T;

@Resolver(() => RectificationOrder)
export class RectificationOrderResolver {
  @Authorized(RECORD_READERS)
  @Query(() => RectificationOrder, { nullable: true, description: 'An order (null when unknown or outside your scope)' })
  async rectificationOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OrderView | null> {
    const order = await ctx.readStore.get<OrderView>(RECTIFICATION_ORDERS, id.trim());
    return order && canReadOrder(ctx, order) ? order : null;
  }

  @Authorized(RECORD_READERS)
  @Query(() => RectificationOrderConnection, { description: 'Orders issued by `asOf`, by order day, filtered (status as of `asOf`), within your scope' })
  async rectificationOrders(
    @Ctx() ctx: Context,
    @Arg('filter', () => RectificationOrderFilterInput, { nullable: true }) input?: RectificationOrderFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<RectificationOrderConnection> {
    const size = pageSize(first);
    const cursor = decodeOrderCursor(after);
    const filter = toFilter(ctx, input);
    if (filter === null) return { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const [rows, totalCount] = await Promise.all([
      findRectificationOrders(ctx.readStore, filter, size + 1, cursor),
      countRectificationOrders(ctx.readStore, filter),
    ]);
    const views: OrderView[] = rows.map((row) => ({ ...row, listAsOf: filter.asOf }));
    const page = toPage(views, size, cursorOf);
    const nodes = page.nodes as unknown as RectificationOrder[];
    return { nodes, edges: page.nodes.map((node) => ({ node: node as unknown as RectificationOrder, cursor: cursorOf(node) })), pageInfo: page.pageInfo, totalCount };
  }

  @FieldResolver(() => RectificationStatusEnum, {
    nullable: true,
    description: "Status on `asOf` (default: the list's asOf, else today), as the record stood at `knownAt` (default: now); null before the order day",
  })
  status(
    @Root() order: OrderView,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string | null,
    @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null,
  ): OrderStatus | null {
    return orderStandingOn(datedActs(order), asOfFor(ctx, order, asOf), options(knownAt))?.status ?? null;
  }

  @FieldResolver(() => RectificationStanding, { nullable: true, description: 'Status, deadline in force and days overdue on `asOf`' })
  standing(
    @Root() order: OrderView,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string | null,
    @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null,
  ): RectificationStanding | null {
    const day = asOfFor(ctx, order, asOf);
    const standing = orderStandingOn(datedActs(order), day, options(knownAt));
    return standing && { ...standing, asOf: day };
  }

  @FieldResolver(() => [RectificationStatusSpan], { description: "The order's whole life as spans of one status" })
  statusTimeline(@Root() order: OrderView, @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null): RectificationStatusSpan[] {
    return statusTimeline(datedActs(order), options(knownAt));
  }

  @FieldResolver(() => [RectificationStatusSpan], { description: 'The spans on which the order was overdue (LAW §48(8))' })
  overduePeriods(@Root() order: OrderView, @Arg('knownAt', () => DateTimeISOResolver, { nullable: true }) knownAt?: Date | null): RectificationStatusSpan[] {
    return statusTimeline(datedActs(order), options(knownAt)).filter((span) => span.status === 'OVERDUE');
  }

  @FieldResolver(() => [RectificationAct], { description: 'Every act on the order, in the order of its stream' })
  timeline(@Root() order: OrderView): RectificationAct[] {
    return order.acts as unknown as RectificationAct[];
  }

  @FieldResolver(() => [RectificationExtension])
  extensions(@Root() order: OrderView): RectificationExtension[] {
    return actsOf(order, 'RectificationDeadlineExtended').map((a) => flat<RectificationExtension>(a));
  }

  @FieldResolver(() => [RectificationReport])
  reports(@Root() order: OrderView): RectificationReport[] {
    return actsOf(order, 'RectificationReportSubmitted').map((a) => flat<RectificationReport>(a));
  }

  @FieldResolver(() => [RectificationReview])
  reviews(@Root() order: OrderView): RectificationReview[] {
    return actsOf(order, 'RectificationReviewed').map((a) => flat<RectificationReview>(a));
  }

  @FieldResolver(() => [RectificationFollowUp])
  followUps(@Root() order: OrderView): RectificationFollowUp[] {
    return actsOf(order, 'RectificationFollowedUp').map((a) => flat<RectificationFollowUp>(a));
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit (null when outside your scope)' })
  async unit(@Root() order: OrderView, @Ctx() ctx: Context): Promise<UnitDoc | null> {
    const unit = await ctx.loaders.unit.load(order.unitId);
    return unit && canReadUnit(ctx.scope, unit) ? unit : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The issuing bureau (null when outside your scope)' })
  async bureau(@Root() order: OrderView, @Ctx() ctx: Context) {
    const bureau = await ctx.loaders.bureau.load(order.bureauId);
    return bureau && canReadBureau(ctx.scope, bureau) ? bureau : null;
  }
}
