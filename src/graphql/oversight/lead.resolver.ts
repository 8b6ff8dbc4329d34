import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CommandResult } from '../../application/command-handler';
import type { LeadStepInput } from '../../application/oversight.leads';
import type { LeadDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { RECORD_READERS, WRITERS } from '../roles';
import { commandMetadata } from '../shared/act';
import type { ActInput } from '../registry/unit.input';
import { listFor, pageOf } from './act-list';
import type { Connection } from '../shared/connection';
import {
  CloseLeadInput,
  Lead,
  LeadConnection,
  LeadFilterInput,
  LeadPayload,
  ReceiveLeadInput,
  RecordHandlingReplyInput,
  RecordLeadInvestigationInput,
  SendHandlingRecommendationInput,
  toLead,
} from './lead.type';
import { actingBureau, payloadFields, recordDoc } from './payload';

async function payload(ctx: Context, result: CommandResult, leadId: string): Promise<LeadPayload> {
  const doc = await recordDoc<LeadDoc>(ctx, 'LEAD', leadId);
  return { ...payloadFields(result), lead: doc && toLead(ctx, doc) };
}

async function step(ctx: Context, input: ActInput, command: LeadStepInput): Promise<LeadPayload> {
  return payload(ctx, await ctx.oversight.leads.step(command, commandMetadata(ctx, input)), command.data.leadId);
}

@Resolver(() => Lead)
export class LeadResolver {
  @Authorized(RECORD_READERS)
  @Query(() => LeadConnection, { description: 'Leads and complaints, newest first, within your scope' })
  async leads(
    @Ctx() ctx: Context,
    @Arg('filter', () => LeadFilterInput, { nullable: true }) filter?: LeadFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Lead>> {
    const list = await listFor(ctx, 'LEAD', filter);
    const query = list && { ...list, ...(filter?.status && { status: filter.status }), ...(filter?.source && { variant: filter.source }) };
    return pageOf<LeadDoc, Lead>(ctx, query, first, after, (doc) => toLead(ctx, doc));
  }

  @Authorized(WRITERS)
  @Mutation(() => LeadPayload, { description: 'Receive a lead or complaint (LeadReceived)' })
  async receiveLead(@Arg('input') input: ReceiveLeadInput, @Ctx() ctx: Context): Promise<LeadPayload> {
    const result = await ctx.oversight.leads.receive(
      {
        bureauId: actingBureau(ctx, input.bureauId),
        unitIds: input.unitIds,
        source: input.source,
        sourceReference: input.sourceReference ?? null,
        summary: input.summary,
      },
      commandMetadata(ctx, input),
    );
    return payload(ctx, result, result.recordId);
  }

  @Authorized(WRITERS)
  @Mutation(() => LeadPayload, { description: 'Record what investigating a lead found (LeadInvestigated)' })
  recordLeadInvestigation(@Arg('input') input: RecordLeadInvestigationInput, @Ctx() ctx: Context): Promise<LeadPayload> {
    return step(ctx, input, { type: 'RecordLeadInvestigation', data: { leadId: input.leadId.trim(), findings: input.findings } });
  }

  @Authorized(WRITERS)
  @Mutation(() => LeadPayload, { description: 'Send a handling recommendation to the responsible unit or its superior (HandlingRecommendationSent)' })
  sendHandlingRecommendation(@Arg('input') input: SendHandlingRecommendationInput, @Ctx() ctx: Context): Promise<LeadPayload> {
    return step(ctx, input, {
      type: 'SendHandlingRecommendation',
      data: {
        leadId: input.leadId.trim(),
        recipient: { kind: input.recipientKind, name: input.recipientName },
        documentNumber: input.documentNumber,
        content: input.content,
      },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => LeadPayload, { description: 'Record the written reply to a handling recommendation (HandlingReplyReceived)' })
  recordHandlingReply(@Arg('input') input: RecordHandlingReplyInput, @Ctx() ctx: Context): Promise<LeadPayload> {
    return step(ctx, input, { type: 'RecordHandlingReply', data: { leadId: input.leadId.trim(), summary: input.summary, documentNumber: input.documentNumber ?? null } });
  }

  @Authorized(WRITERS)
  @Mutation(() => LeadPayload, { description: 'Close a lead: a violation case opened, a recommendation answered, or no violation (LeadClosed)' })
  closeLead(@Arg('input') input: CloseLeadInput, @Ctx() ctx: Context): Promise<LeadPayload> {
    return step(ctx, input, {
      type: 'CloseLead',
      data: { leadId: input.leadId.trim(), outcome: input.outcome, caseId: input.caseId?.trim() || null, note: input.note ?? null },
    });
  }
}
