import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { addDays, dayOf } from '../../domain/shared/day';
import { ValidationError } from '../../domain/shared/errors';
import { CASE_DECISION_LIMIT_DAYS } from '../../domain/oversight/limits';
import type { CaseOrigin } from '../../domain/oversight/violation-case.events';
import type { AssessmentDoc, ViolationCaseDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import { listFor, pageOf } from './act-list';
import { Assessment, AssessmentConnection, AssessmentFilterInput, AssessmentPayload, RecordAssessmentInput, toAssessment } from './assessment.type';
import type { Connection } from '../shared/connection';
import { actingBureau, payloadFields, recordDoc } from './payload';
import {
  CloseViolationCaseInput,
  OpenViolationCaseInput,
  ViolationCase,
  ViolationCaseConnection,
  ViolationCaseFilterInput,
  ViolationCasePayload,
  toViolationCase,
} from './violation-case.type';

const todayOf = (ctx: Context) => dayOf(ctx.now().toISOString());

function originOf(input: OpenViolationCaseInput): CaseOrigin {
  const leadId = input.leadId?.trim();
  const inspectionId = input.inspectionId?.trim();
  if (input.originKind === 'LEAD') {
    if (!leadId) throw new ValidationError('A case from a lead names the lead', 'leadId', 'REQUIRED');
    if (inspectionId) throw new ValidationError('A case from a lead names no inspection', 'inspectionId', 'NOT_ALLOWED');
    return { kind: 'LEAD', leadId };
  }
  if (!inspectionId) throw new ValidationError('A case from an inspection names the inspection', 'inspectionId', 'REQUIRED');
  if (leadId) throw new ValidationError('A case from an inspection names no lead', 'leadId', 'NOT_ALLOWED');
  return { kind: 'INSPECTION', inspectionId };
}

async function casePayload(ctx: Context, result: Parameters<typeof payloadFields>[0], caseId: string): Promise<ViolationCasePayload> {
  const doc = await recordDoc<ViolationCaseDoc>(ctx, 'VIOLATION_CASE', caseId);
  return { ...payloadFields(result), violationCase: doc && toViolationCase(ctx, doc, todayOf(ctx)) };
}

/** Recognition and enforcement: assessments and certifications, violation cases. */
@Resolver()
export class EnforcementResolver {
  @Authorized(RECORD_READERS)
  @Query(() => ViolationCaseConnection, { description: 'Violation cases, newest first, within your scope' })
  async violationCases(
    @Ctx() ctx: Context,
    @Arg('filter', () => ViolationCaseFilterInput, { nullable: true }) filter?: ViolationCaseFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<ViolationCase>> {
    const today = todayOf(ctx);
    const list = await listFor(ctx, 'VIOLATION_CASE', filter);
    // Open past the limit today: opened on or before today minus the limit and one day (the due day itself is in time).
    const lastOpeningDay = addDays(today, -(CASE_DECISION_LIMIT_DAYS + 1));
    const pastLimit = filter?.pastDecisionLimit ? { status: 'OPEN', to: list?.to && list.to < lastOpeningDay ? list.to : lastOpeningDay } : {};
    const query = list && { ...list, ...(filter?.status && { status: filter.status }), ...pastLimit };
    return pageOf<ViolationCaseDoc, ViolationCase>(ctx, query, first, after, (doc) => toViolationCase(ctx, doc, today));
  }

  @Authorized(RECORD_READERS)
  @Query(() => AssessmentConnection, { description: 'Assessments, certifications and recognitions, newest first, within your scope' })
  async assessments(
    @Ctx() ctx: Context,
    @Arg('filter', () => AssessmentFilterInput, { nullable: true }) filter?: AssessmentFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Assessment>> {
    const list = await listFor(ctx, 'ASSESSMENT', filter);
    const today = todayOf(ctx);
    return pageOf<AssessmentDoc, Assessment>(ctx, list && { ...list, ...(filter?.kind && { variant: filter.kind }) }, first, after, (doc) => toAssessment(ctx, doc, today));
  }

  @Authorized(WRITERS)
  @Mutation(() => ViolationCasePayload, { description: 'Open a violation case on a unit from a lead or an inspection (ViolationCaseOpened)' })
  async openViolationCase(@Arg('input') input: OpenViolationCaseInput, @Ctx() ctx: Context): Promise<ViolationCasePayload> {
    const result = await ctx.oversight.openViolationCase(
      { bureauId: actingBureau(ctx, input.bureauId), unitId: input.unitId, origin: originOf(input), legalBasis: input.legalBasis, summary: input.summary },
      commandMetadata(ctx, input),
    );
    return casePayload(ctx, result, result.recordId);
  }

  @Authorized(WRITERS)
  @Mutation(() => ViolationCasePayload, { description: 'Close a violation case with its outcome (ViolationCaseClosed)' })
  async closeViolationCase(@Arg('input') input: CloseViolationCaseInput, @Ctx() ctx: Context): Promise<ViolationCasePayload> {
    const caseId = input.caseId.trim();
    const result = await ctx.oversight.closeViolationCase(
      {
        caseId,
        outcome: input.outcome,
        penalties: input.penalties.map((p) => ({ party: p.party, amountYuan: p.amountYuan })),
        transferredTo: input.transferredTo ?? null,
        decisionNumber: input.decisionNumber ?? null,
        note: input.note ?? null,
      },
      commandMetadata(ctx, input),
    );
    return casePayload(ctx, result, caseId);
  }

  @Authorized(WRITERS)
  @Mutation(() => AssessmentPayload, { description: 'Record an assessment, certification or recognition of a unit (AssessmentRecorded)' })
  async recordAssessment(@Arg('input') input: RecordAssessmentInput, @Ctx() ctx: Context): Promise<AssessmentPayload> {
    const result = await ctx.oversight.recordAssessment(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        unitId: input.unitId,
        kind: input.kind,
        scheme: input.scheme,
        grade: input.grade,
        validUntil: input.validUntil ?? null,
        note: input.note ?? null,
      },
      commandMetadata(ctx, input),
    );
    const doc = await recordDoc<AssessmentDoc>(ctx, 'ASSESSMENT', result.recordId);
    return { ...payloadFields(result), assessment: doc && toAssessment(ctx, doc, todayOf(ctx)) };
  }
}
