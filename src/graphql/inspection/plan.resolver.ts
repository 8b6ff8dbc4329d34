import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { INSPECTION_PLANS, type InspectionPlanDoc } from '../../../projections/inspection/inspection-plans.projection';
import { countPlans, drawPool, findPlans } from '../../../projections/inspection/inspection.queries';
import type { BureauDoc } from '../../../projections/bureaus/bureaus.projection';
import type { UnitDoc } from '../../../projections/units/units.projection';
import type { CommandResult } from '../../application/command-handler';
import { canReadBureau, canReadUnit } from '../../auth/scope';
import { reproduceDraw } from '../../domain/inspection/plan.reproduce';
import { NotFoundError, RuleViolation } from '../../domain/shared/errors';
import type { Inspector } from '../../domain/supervision/common';
import type { Context } from '../context';
import { Bureau } from '../registry/bureau.type';
import { actFields } from '../registry/payload.type';
import { Unit } from '../registry/unit.type';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import { InspectorInput } from './inspection.input';
import { canReadPlan, toPlanFilter } from './inspection.scope';
import { InspectionPlanPayload } from './payload.type';
import {
  CancelInspectionPlanInput,
  CompleteInspectionPlanInput,
  DrawInspectionPlanInput,
  PlanFilterInput,
  PlanInspectionsInput,
  RecuseInspectorInput,
} from './plan.input';
import { DrawReproduction, InspectionPlan, InspectionPlanConnection, InspectionPlanRecusal, InspectionPlanSelection, InspectionPlanTarget } from './plan.type';

const PLAN_CURSOR = 'plan';

type TargetView = { unitId: string; inspectorIds: string[]; inspectors: Inspector[] };

async function visiblePlan(ctx: Context, planId: string): Promise<InspectionPlanDoc | null> {
  const plan = await ctx.readStore.get<InspectionPlanDoc>(INSPECTION_PLANS, planId.trim());
  return plan && canReadPlan(ctx, plan) ? plan : null;
}

const people = (input: readonly InspectorInput[]): Inspector[] =>
  input.map((p) => ({ personId: p.personId, name: p.name, credentialNumber: p.credentialNumber ?? null }));

@Resolver(() => InspectionPlan)
export class InspectionPlanResolver {
  @Authorized(RECORD_READERS)
  @Query(() => InspectionPlanConnection, { description: 'Plans, latest period first, within your scope' })
  async inspectionPlans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilterInput, { nullable: true }) filter?: PlanFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<InspectionPlanConnection> {
    const size = pageSize(first);
    const planFilter = toPlanFilter(ctx, filter);
    if (planFilter === null) return { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const key = decodeCursor(PLAN_CURSOR, after);
    const [from, id] = key === undefined ? [] : key.split('|');
    const [rows, totalCount] = await Promise.all([
      findPlans(ctx.readStore, planFilter, size + 1, from !== undefined && id !== undefined ? { from, id } : undefined),
      countPlans(ctx.readStore, planFilter),
    ]);
    const cursorOf = (row: InspectionPlanDoc) => encodeCursor(PLAN_CURSOR, `${row.from}|${row._id}`);
    const page = toPage(rows, size, cursorOf);
    return {
      nodes: page.nodes as InspectionPlan[],
      edges: page.nodes.map((node) => ({ node: node as InspectionPlan, cursor: cursorOf(node) })),
      pageInfo: page.pageInfo,
      totalCount,
    };
  }

  @Authorized(RECORD_READERS)
  @Query(() => InspectionPlan, { nullable: true, description: 'A plan (null when unknown or outside your scope)' })
  inspectionPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InspectionPlanDoc | null> {
    return visiblePlan(ctx, id);
  }

  @Authorized(RECORD_READERS)
  @Query(() => DrawReproduction, { description: "Re-runs a plan's recorded draw and says whether it gives the recorded selection" })
  async drawReproduces(@Arg('planId', () => ID) planId: string, @Ctx() ctx: Context): Promise<DrawReproduction> {
    const plan = await visiblePlan(ctx, planId);
    if (!plan) throw new NotFoundError(`Plan ${planId} does not exist`, 'PLAN_NOT_FOUND', { planId });
    const recusals = plan.recusals.map((r) => ({ ...r, planId: plan.planId, bureauId: plan.bureauId }));
    const result = reproduceDraw(
      {
        planId: plan.planId,
        bureauId: plan.bureauId,
        title: plan.title,
        period: { from: plan.from, to: plan.to },
        kind: plan.kind,
        checklist: { checklistId: plan.checklistId, version: plan.checklistVersion },
        unitIds: plan.unitIds,
        assignments: plan.plannedAssignments,
        selection: plan.selection,
      },
      recusals,
    );
    if (!result) throw new RuleViolation(`Plan ${plan.planId} lists its targets: there is no draw to re-run`, 'PLAN_NOT_DRAWN', { planId: plan.planId });
    return { planId: plan.planId, ...result };
  }

  @FieldResolver(() => [InspectionPlanTarget], { description: 'The units to inspect, in the order drawn or listed' })
  targets(@Root() plan: InspectionPlanDoc): TargetView[] {
    const people = new Map(plan.roster.map((p) => [p.personId, p]));
    const assigned = new Map(plan.assignments.map((a) => [a.unitId, a.inspectorIds]));
    return plan.unitIds.map((unitId) => {
      const inspectorIds = assigned.get(unitId) ?? [];
      const inspectors = inspectorIds.map((id) => people.get(id) ?? { personId: id, name: id, credentialNumber: null });
      return { unitId, inspectorIds, inspectors };
    });
  }

  @FieldResolver(() => InspectionPlanSelection)
  selection(@Root() plan: InspectionPlanDoc): InspectionPlanSelection {
    const s = plan.selection;
    if (s.method === 'LISTED') {
      return { method: 'LISTED', algorithm: null, seed: null, seedCommitment: null, poolDay: null, pool: null, poolSize: null, poolHash: null, sampleSize: null, strata: null, inspectorPool: null, inspectorsPerTarget: null };
    }
    return {
      method: 'RANDOM_DRAW',
      algorithm: s.algorithm,
      seed: s.seed,
      seedCommitment: s.seedCommitment ?? null,
      poolDay: s.poolDay ?? null,
      pool: s.pool,
      poolSize: s.pool.length,
      poolHash: s.poolHash,
      sampleSize: s.sampleSize,
      strata: s.strata?.map(({ unitClass, poolSize, drawn }) => ({ unitClass, poolSize, drawn })) ?? null,
      inspectorPool: s.inspectorPool,
      inspectorsPerTarget: s.inspectorsPerTarget,
    };
  }

  @FieldResolver(() => [InspectionPlanRecusal])
  recusals(@Root() plan: InspectionPlanDoc): InspectionPlanRecusal[] {
    return plan.recusals.map((r) => ({ ...r, redrawLabel: r.redraw.label, candidates: r.redraw.candidates }));
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The planning bureau (null when outside your scope)' })
  async bureau(@Root() plan: InspectionPlanDoc, @Ctx() ctx: Context): Promise<BureauDoc | null> {
    const bureau = await ctx.loaders.bureau.load(plan.bureauId);
    return bureau && canReadBureau(ctx.scope, bureau) ? bureau : null;
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPlanPayload, { description: 'Plan inspections of listed units (InspectionPlanned)' })
  async planInspections(@Arg('input') input: PlanInspectionsInput, @Ctx() ctx: Context): Promise<InspectionPlanPayload> {
    const result = await ctx.inspections.planInspections(
      {
        bureauId: input.bureauId ?? null,
        title: input.title,
        period: { from: input.from, to: input.to },
        kind: input.kind,
        checklist: { checklistId: input.checklistId.trim(), version: input.checklistVersion },
        unitIds: input.unitIds,
        roster: input.roster ? people(input.roster) : null,
        assignments: input.assignments?.map((a) => ({ unitId: a.unitId, inspectorIds: a.inspectorIds })) ?? null,
      },
      commandMetadata(ctx, input),
    );
    return planPayload(ctx, result);
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPlanPayload, { description: 'Draw targets and inspectors at random (双随机) and plan them (InspectionPlanned)' })
  async drawInspectionPlan(@Arg('input') input: DrawInspectionPlanInput, @Ctx() ctx: Context): Promise<InspectionPlanPayload> {
    const size = (s: { count?: number | null; ratio?: number | null }) => ({ count: s.count ?? null, ratio: s.ratio ?? null });
    const result = await ctx.inspections.drawInspectionPlan(
      {
        bureauId: input.bureauId ?? null,
        title: input.title,
        period: { from: input.from, to: input.to },
        kind: input.kind,
        checklist: { checklistId: input.checklistId.trim(), version: input.checklistVersion },
        sample: input.sample ? size(input.sample) : null,
        strata: input.strata?.map((s) => ({ unitClass: s.unitClass, ...size(s) })) ?? null,
        roster: people(input.roster),
        inspectorsPerTarget: input.inspectorsPerTarget,
        seed: input.seed ?? null,
        seedCommitment: input.seedCommitment ?? null,
      },
      commandMetadata(ctx, input),
      (bureauId, day) => drawPool(ctx.readStore, bureauId, day),
    );
    return planPayload(ctx, result);
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPlanPayload, { description: 'Recuse an inspector from a target; a logged re-draw replaces them (InspectionPlanInspectorRecused)' })
  async recuseInspector(@Arg('input') input: RecuseInspectorInput, @Ctx() ctx: Context): Promise<InspectionPlanPayload> {
    const data = { planId: input.planId, unitId: input.unitId, inspectorId: input.inspectorId, reason: input.reason };
    return planPayload(ctx, await ctx.inspections.recuseInspector(data, commandMetadata(ctx, input)));
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPlanPayload, { description: 'Complete a plan (InspectionPlanCompleted)' })
  async completeInspectionPlan(@Arg('input') input: CompleteInspectionPlanInput, @Ctx() ctx: Context): Promise<InspectionPlanPayload> {
    const data = { planId: input.planId, note: input.note ?? null };
    return planPayload(ctx, await ctx.inspections.completeInspectionPlan(data, commandMetadata(ctx, input)));
  }

  @Authorized(WRITERS)
  @Mutation(() => InspectionPlanPayload, { description: 'Cancel a plan, with a reason (InspectionPlanCancelled)' })
  async cancelInspectionPlan(@Arg('input') input: CancelInspectionPlanInput, @Ctx() ctx: Context): Promise<InspectionPlanPayload> {
    const data = { planId: input.planId, reason: input.reason };
    return planPayload(ctx, await ctx.inspections.cancelInspectionPlan(data, commandMetadata(ctx, input)));
  }
}

/** The plan as the read model shows it after the act (its stream is named by the plan id). */
async function planPayload(ctx: Context, result: CommandResult): Promise<InspectionPlanPayload> {
  const planId = result.streamId.replace(/^plan-/, '');
  const plan = await ctx.readStore.get<InspectionPlanDoc>(INSPECTION_PLANS, planId);
  return { ...actFields(result), plan: plan as InspectionPlan | null };
}

@Resolver(() => InspectionPlanTarget)
export class InspectionPlanTargetResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit (null when outside your scope)' })
  async unit(@Root() target: TargetView, @Ctx() ctx: Context): Promise<UnitDoc | null> {
    const unit = await ctx.loaders.unit.load(target.unitId);
    return unit && canReadUnit(ctx.scope, unit) ? unit : null;
  }
}
