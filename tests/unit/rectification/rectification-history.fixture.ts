import { inspectionStreamId, type InspectionConducted } from '../../../src/domain/inspection/inspection.events';
import { inspectionFactsFrom } from '../../../src/domain/rectification/inspection-facts';
import type { RectificationCommand } from '../../../src/domain/rectification/rectification.commands';
import { NO_CONTEXT, rectificationDecider } from '../../../src/domain/rectification/rectification.decider';
import { orderStreamId } from '../../../src/domain/rectification/rectification.events';
import type { RectificationState } from '../../../src/domain/rectification/rectification.state';
import { dayOf } from '../../../src/domain/shared/day';
import type { Actor } from '../../../src/domain/shared/event';
import { U, actors, realisticHistory, type RegistryHistory } from '../projections/registry-history.fixture';

type Command = RectificationCommand extends infer C ? (C extends { data: infer D } ? { type: (C & { type: string })['type']; data: Omit<D, 'on'> } : never) : never;

/**
 * The registry's realistic history, then inspections (recorded as the inspection area would) and rectification
 * acts decided by the rectification decider itself, each with its business time and actor.
 */
export class RectificationHistory {
  readonly registry: RegistryHistory = realisticHistory();
  private readonly orders = new Map<string, RectificationState>();

  get log() {
    return this.registry.log;
  }

  inspect(inspectionId: string, unitId: string, bureauId: string, day: string, findingIds: string[], actor: Actor): this {
    const event: InspectionConducted = {
      type: 'InspectionConducted',
      data: {
        inspectionId,
        bureauId,
        unitId,
        planId: null,
        kind: 'LAW_ENFORCEMENT',
        day,
        inspectors: [],
        checklist: { checklistId: 'archives-law-2020', version: 1 },
        results: [],
        findings: findingIds.map((findingId) => ({ findingId, itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR', description: '隐患', legalBasis: '档案法§45' })),
        conclusion: '存在安全隐患',
        evidence: [],
      },
    };
    this.log.record(event, { streamId: inspectionStreamId(inspectionId), actor, occurredAt: `${day}T02:00:00Z` });
    return this;
  }

  /** Decides the command at `occurredAt` (refusals are bugs in the fixture) and records its events. */
  act(command: Command, actor: Actor, occurredAt: string, recordedAt?: string): this {
    const on = dayOf(occurredAt);
    const full = { type: command.type, data: { ...command.data, on } } as RectificationCommand;
    const orderId = full.data.orderId;
    const state = this.orders.get(orderId) ?? rectificationDecider.initialState();
    const context =
      full.type === 'OrderRectification'
        ? { inspection: inspectionFactsFrom(this.log.stream(inspectionStreamId(full.data.inspectionId))), unitInRegisterOnOrderDay: true }
        : NO_CONTEXT;
    const events = rectificationDecider.decide(full, state, context);
    this.orders.set(orderId, events.reduce(rectificationDecider.evolve, state));
    for (const event of events) this.log.record(event, { streamId: orderStreamId(orderId), actor, occurredAt, ...(recordedAt && { recordedAt }) });
    return this;
  }
}

const items = (...findingIds: string[]) => findingIds.map((findingId) => ({ findingId, action: '已整改', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: `验收-${findingId}` }] }));
const reporterOf = (unitId: string): Actor => ({ id: `reporter-${unitId}`, role: 'UNIT_REPORTER', unitId });

/**
 * - oA (U.u4, 西湖区): extended before the deadline, reported, rejected after the new deadline, reported again,
 *   accepted: closed late; a follow-up after closure.
 * - oB (U.u7, 拱墅区 under 杭州市): never reported, overdue from 2024-06-02; the unit then moves to 上城区.
 * - oC (U.u2, 西湖区): the report is recorded two weeks late but dated in time; accepted: closed on time.
 */
export function rectificationHistory(): RectificationHistory {
  const h = new RectificationHistory();
  const xihu = actors.xihu;
  const hangzhou = actors.hangzhou;
  h.inspect('iA', U.u4, '330106', '2024-04-10', ['F1', 'F2'], xihu)
    .act({ type: 'OrderRectification', data: { orderId: 'oA', inspectionId: 'iA', findingIds: ['F1', 'F2'], deadline: '2024-05-31', legalBasis: '档案法§45', documentNumber: '西档改〔2024〕1号' } }, xihu, '2024-04-15T02:00:00Z')
    .inspect('iB', U.u7, '330100', '2024-05-01', ['F9'], hangzhou)
    .act({ type: 'OrderRectification', data: { orderId: 'oB', inspectionId: 'iB', findingIds: ['F9'], deadline: '2024-06-01', legalBasis: '档案法§45', documentNumber: null } }, hangzhou, '2024-05-02T02:00:00Z')
    .act({ type: 'ExtendRectificationDeadline', data: { orderId: 'oA', deadline: '2024-06-30', reason: '库房改造工期' } }, xihu, '2024-05-20T02:00:00Z')
    .inspect('iC', U.u2, '330106', '2024-06-01', ['F1'], xihu)
    .act({ type: 'OrderRectification', data: { orderId: 'oC', inspectionId: 'iC', findingIds: ['F1'], deadline: '2024-07-01', legalBasis: '档案法§42(4)', documentNumber: null } }, xihu, '2024-06-02T02:00:00Z')
    .act({ type: 'SubmitRectificationReport', data: { orderId: 'oA', items: items('F1', 'F2') } }, reporterOf(U.u4), '2024-06-20T02:00:00Z')
    .act({ type: 'ReviewRectification', data: { orderId: 'oA', outcome: 'REJECTED', reasons: '防火门未验收' } }, xihu, '2024-07-05T02:00:00Z')
    // Back-filled: the paper report of 25 June was entered on 10 July.
    .act({ type: 'SubmitRectificationReport', data: { orderId: 'oC', items: items('F1') } }, xihu, '2024-06-25T02:00:00Z', '2024-07-10T08:00:00Z')
    .act({ type: 'SubmitRectificationReport', data: { orderId: 'oA', items: items('F1', 'F2') } }, reporterOf(U.u4), '2024-07-10T02:00:00Z')
    .act({ type: 'ReviewRectification', data: { orderId: 'oC', outcome: 'ACCEPTED', reasons: null } }, xihu, '2024-07-11T02:00:00Z')
    .act({ type: 'ReviewRectification', data: { orderId: 'oA', outcome: 'ACCEPTED', reasons: null } }, xihu, '2024-07-15T02:00:00Z')
    .act({ type: 'RecordRectificationFollowUp', data: { orderId: 'oA', note: '回头看：整改保持' } }, xihu, '2024-09-01T02:00:00Z');
  h.registry.then({ type: 'AmendUnitDetails', data: { unitId: U.u7, regionCode: '330102', reason: '迁址' } }, { actor: hangzhou, occurredAt: '2024-10-01T02:00:00Z' });
  return h;
}
