import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { InspectionConducted, InspectionWithdrawn } from '../../src/domain/inspection/inspection.events';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Event } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { BureauHistoryDocument, EstablishBureauDocument, RegisterUnitDocument, UnitHistoryDocument } from '../support/generated/operations';
import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, TestServer, type As, type GraphQLResponse } from '../support/test-server';

/**
 * Rectification over HTTP: order → report → rejection → second report → acceptance → follow-up, with statuses as of
 * several days, scope, refusals, and every act in the unit's and the bureau's history. The operations are those of
 * schema/operations/rectification.graphql, sent as plain strings until codegen types them.
 */

const OPERATIONS = parse(readFileSync(path.join(__dirname, '../../schema/operations/rectification.graphql'), 'utf8'));
const fragments = new Map(
  OPERATIONS.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
);

/** The named operation with the fragments it uses (unused fragments would fail validation). */
function documentFor(name: string): string {
  const operation = OPERATIONS.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`No operation ${name} in rectification.graphql`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
}

let server: TestServer;
// Loosely typed until codegen: the assertions say what the shape is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

async function op(name: string, variables: Record<string, unknown>, as: As): Promise<GraphQLResponse<Data>> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.headersFor(as)) },
    body: JSON.stringify({ query: documentFor(name), variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}

async function ok(name: string, variables: Record<string, unknown>, as: As): Promise<Data> {
  const result = await op(name, variables, as);
  if (result.errors?.length) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const refusal = async (name: string, variables: Record<string, unknown>, as: As) => {
  const result = await op(name, variables, as);
  const ext = result.errors?.[0]?.extensions;
  return `${ext?.code}/${ext?.reason}`;
};

const BUREAU = '330106';
const UNIT = makeCreditCode(7_100_001, { region: BUREAU });
const NEIGHBOUR = makeCreditCode(7_100_002, { region: BUREAU });
const clerk = clerkOf(BUREAU);
const reporter = reporterOf(UNIT);

/**
 * TEST SETUP, not the inspection area's API (its mutations are written elsewhere): an inspection's events appended
 * straight to its stream with the envelope the command handler writes.
 */
async function appendInspection(inspectionId: string, unitId: string, more: Event[] = []): Promise<void> {
  const conducted: InspectionConducted = {
    type: 'InspectionConducted',
    data: {
      inspectionId,
      bureauId: BUREAU,
      unitId,
      planId: null,
      kind: 'LAW_ENFORCEMENT',
      day: '2025-03-20',
      inspectors: [
        { personId: 'p-1', name: '赵执法', credentialNumber: 'ZF-001' },
        { personId: 'p-2', name: '钱执法', credentialNumber: 'ZF-002' },
      ],
      checklist: { checklistId: 'archives-law-2020', version: 1 },
      results: [],
      findings: [
        { findingId: 'F1', itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'CRITICAL', description: '库房无防火门', legalBasis: '档案法§45' },
        { findingId: 'F2', itemCode: 'COLLECTION_TO_USE', severity: 'MINOR', description: '温湿度记录缺失', legalBasis: '档案法§42(4)' },
      ],
      conclusion: '存在安全隐患，责令整改',
      evidence: [{ kind: 'DOCUMENT_NUMBER', value: '西档检〔2025〕5号' }],
    },
  };
  const metadata = { actor: { id: clerk.sub, role: 'BUREAU_STAFF' as const, bureauId: BUREAU }, occurredAt: '2025-03-20T02:00:00.000Z', correlationId: uuidv7(), causationId: null, idempotencyKey: null };
  await server.app.eventStore.appendToStream(
    `inspection-${inspectionId}`,
    [conducted, ...more].map((event) => ({ id: uuidv7(), type: event.type, data: event.data, schemaVersion: 1, metadata })),
    { expectedRevision: 'no_stream' },
  );
}

const items = (action: string) => [
  { findingId: 'F1', action: `${action}：更换甲级防火门`, evidence: [{ kind: 'DOCUMENT_NUMBER', value: '验收单 2025-17' }] },
  { findingId: 'F2', action: `${action}：补齐温湿度记录`, evidence: [{ kind: 'SHA256', value: 'ab'.repeat(32) }] },
];

beforeAll(async () => {
  server = await TestServer.start();
  for (const [regionCode, name] of [['330000', '浙江省档案局'], ['330100', '杭州市档案局'], [BUREAU, '杭州市西湖区档案局'], ['330102', '杭州市上城区档案局']] as const) {
    await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
  }
  for (const unitId of [UNIT, NEIGHBOUR]) {
    await server.ok(
      RegisterUnitDocument,
      { input: { unitId, name: '杭州某某科技有限公司', category: 'ENTERPRISE', regionCode: BUREAU, bureauId: BUREAU, occurredAt: '2025-03-01T01:00:00.000Z' } },
      clerk,
    );
  }
  await appendInspection('i-1', UNIT);
});
afterAll(() => server.stop());

describe('a rectification order over HTTP', () => {
  let orderId: string;
  const standing = async (asOf: string, as: As = clerk, knownAt?: string) =>
    (await ok('RectificationStanding', { id: orderId, asOf, knownAt }, as)).rectificationOrder;

  it('is ordered by the bureau, once for a retried request', async () => {
    const input = {
      inspectionId: 'i-1',
      findingIds: ['F1', 'F2'],
      deadline: '2025-05-15',
      legalBasis: '档案法§45',
      documentNumber: '西档改〔2025〕3号',
      occurredAt: '2025-04-01T02:00:00.000Z',
      idempotencyKey: 'e2e-order-i-1',
    };
    const first = (await ok('OrderRectification', { input }, clerk)).orderRectification;
    orderId = first.order.orderId;
    expect(first.eventIds).toHaveLength(1);
    expect(first.order).toMatchObject({ unitId: UNIT, bureauId: BUREAU, regionCode: BUREAU, orderedOn: '2025-04-01', deadline: '2025-05-15', status: 'OVERDUE', closedOn: null });
    const head = await server.headPosition();
    const again = (await ok('OrderRectification', { input }, clerk)).orderRectification;
    expect({ orderId: again.order.orderId, eventIds: again.eventIds }).toEqual({ orderId, eventIds: first.eventIds });
    expect(await server.headPosition()).toBe(head);
  });

  it('refuses a review before any report, and acts by those it does not belong to', async () => {
    expect(await refusal('ReviewRectification', { input: { orderId, outcome: 'ACCEPTED', occurredAt: '2025-04-02T02:00:00.000Z' } }, clerk)).toBe('BAD_USER_INPUT/NO_REPORT_TO_REVIEW');
    expect(await refusal('SubmitRectificationReport', { input: { orderId, items: items('整改') } }, reporterOf(NEIGHBOUR))).toBe('NOT_FOUND/ORDER_NOT_FOUND');
    expect(await refusal('RecordRectificationFollowUp', { input: { orderId, note: '看看' } }, clerkOf('330102'))).toBe('NOT_FOUND/ORDER_NOT_FOUND');
    expect(await refusal('ExtendRectificationDeadline', { input: { orderId, deadline: '2025-06-30', reason: '延期' } }, reporter)).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    expect(await refusal('SubmitRectificationReport', { input: { orderId, items: items('整改').slice(0, 1), occurredAt: '2025-05-10T02:00:00.000Z' } }, reporter)).toBe('BAD_USER_INPUT/MISSING_FINDING');
  });

  it('goes through report, rejection, second report and acceptance', async () => {
    const report1 = (await ok('SubmitRectificationReport', { input: { orderId, items: items('初次整改'), occurredAt: '2025-05-10T02:00:00.000Z' } }, reporter)).submitRectificationReport;
    expect(report1.order.status).toBe('REPORTED');
    const rejected = (await ok('ReviewRectification', { input: { orderId, outcome: 'REJECTED', reasons: '防火门未经消防验收', occurredAt: '2025-05-20T02:00:00.000Z' } }, clerk)).reviewRectification;
    expect(rejected.order.status).toBe('OVERDUE');
    await ok('SubmitRectificationReport', { input: { orderId, items: items('再次整改'), occurredAt: '2025-05-25T02:00:00.000Z' } }, reporter);
    const accepted = (await ok('ReviewRectification', { input: { orderId, outcome: 'ACCEPTED', occurredAt: '2025-06-01T02:00:00.000Z' } }, clerk)).reviewRectification;
    expect(accepted.order).toMatchObject({ status: 'CLOSED_LATE', closedOn: '2025-06-01' });
    await ok('RecordRectificationFollowUp', { input: { orderId, note: '回头看：整改保持', occurredAt: '2025-09-01T02:00:00.000Z' } }, clerk);
  });

  it('tells its status as of any day', async () => {
    expect(await standing('2025-03-31')).toEqual({ orderId, status: null, standing: null });
    const days = ['2025-04-01', '2025-05-09', '2025-05-10', '2025-05-15', '2025-05-16', '2025-05-20', '2025-05-25', '2025-06-01', '2026-01-01'];
    const seen: Record<string, [string, number]> = {};
    for (const day of days) {
      const { status, standing: s } = await standing(day);
      expect(s.status).toBe(status);
      seen[day] = [status, s.overdueDays];
    }
    expect(seen).toEqual({
      '2025-04-01': ['OPEN', 0],
      '2025-05-09': ['OPEN', 0],
      '2025-05-10': ['REPORTED', 0],
      '2025-05-15': ['REPORTED', 0],
      '2025-05-16': ['REPORTED', 0], // a pending report stops the clock
      '2025-05-20': ['OVERDUE', 5], // rejected after the deadline: not rectified, overdue since the 16th
      '2025-05-25': ['REPORTED', 0],
      '2025-06-01': ['CLOSED_LATE', 0],
      '2026-01-01': ['CLOSED_LATE', 0],
    });
  });

  it('shows its whole record: timeline, reports, reviews, follow-ups, status spans', async () => {
    const { rectificationOrder: order } = await ok('RectificationOrder', { id: orderId }, clerk);
    expect(order.unit).toEqual({ unitId: UNIT, name: '杭州某某科技有限公司' });
    expect(order.bureau).toEqual({ bureauId: BUREAU });
    expect(order.timeline.map((a: Data) => [a.type, a.day, a.actor.id])).toEqual([
      ['RectificationOrdered', '2025-04-01', clerk.sub],
      ['RectificationReportSubmitted', '2025-05-10', reporter.sub],
      ['RectificationReviewed', '2025-05-20', clerk.sub],
      ['RectificationReportSubmitted', '2025-05-25', reporter.sub],
      ['RectificationReviewed', '2025-06-01', clerk.sub],
      ['RectificationFollowedUp', '2025-09-01', clerk.sub],
    ]);
    expect(order.reports[1].items[1]).toEqual({ findingId: 'F2', action: '再次整改：补齐温湿度记录', evidence: [{ kind: 'SHA256', value: 'ab'.repeat(32) }] });
    expect(order.reviews).toEqual([
      { day: '2025-05-20', outcome: 'REJECTED', reasons: '防火门未经消防验收' },
      { day: '2025-06-01', outcome: 'ACCEPTED', reasons: null },
    ]);
    expect(order.followUps).toEqual([{ day: '2025-09-01', note: '回头看：整改保持' }]);
    expect(order.overduePeriods).toEqual([{ from: '2025-05-20', to: '2025-05-24' }]);
    expect(order.statusTimeline.map((s: Data) => s.status)).toEqual(['OPEN', 'REPORTED', 'OVERDUE', 'REPORTED', 'CLOSED_LATE']);

    // As the record stood right after the rejection was recorded: still overdue, whatever the day asked about.
    const rejection = order.timeline[2];
    expect((await standing('2025-06-01', clerk, rejection.recordedAt)).status).toBe('OVERDUE');
  });

  it('takes nothing but follow-ups once closed', async () => {
    expect(await refusal('SubmitRectificationReport', { input: { orderId, items: items('再报') } }, reporter)).toBe('BAD_USER_INPUT/ORDER_CLOSED');
    expect(await refusal('ExtendRectificationDeadline', { input: { orderId, deadline: '2026-12-31', reason: '延期' } }, clerk)).toBe('BAD_USER_INPUT/ORDER_CLOSED');
    expect(await refusal('ReviewRectification', { input: { orderId, outcome: 'REJECTED', reasons: '再审' } }, clerk)).toBe('BAD_USER_INPUT/ORDER_CLOSED');
  });

  it('is listed by status as of a day, within each reader’s scope', async () => {
    const list = async (filter: Record<string, unknown>, as: As = clerk) => (await ok('RectificationOrders', { filter }, as)).rectificationOrders;
    const overdue = await list({ asOf: '2025-05-21', overdue: true, bureauId: BUREAU });
    expect(overdue.nodes).toEqual([{ orderId, unitId: UNIT, status: 'OVERDUE', deadline: '2025-05-15', standing: { overdueDays: 6 } }]);
    expect(overdue.totalCount).toBe(1);
    expect((await list({ asOf: '2025-05-12', status: 'REPORTED', regionPrefix: '3301' })).totalCount).toBe(1);
    expect((await list({ asOf: '2025-05-12', status: 'OPEN' })).totalCount).toBe(0);
    expect((await list({ asOf: '2025-03-31' })).totalCount).toBe(0);
    expect((await list({ status: 'CLOSED_LATE', unitId: UNIT }, reporter)).nodes.map((n: Data) => n.orderId)).toEqual([orderId]);
    expect((await list({ asOf: '2025-05-21', overdue: true }, auditorOf('330000'))).totalCount).toBe(1);
    // Outside the scope: nothing, and the order itself is unknown.
    expect((await list({}, reporterOf(NEIGHBOUR))).totalCount).toBe(0);
    expect((await list({}, clerkOf('330102'))).totalCount).toBe(0);
    expect((await ok('RectificationOrder', { id: orderId }, clerkOf('330102'))).rectificationOrder).toBeNull();
    expect(await refusal('RectificationOrders', {}, analystOf('330000'))).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    expect(await refusal('RectificationOrders', { filter: { asOf: '2025-13-01' } }, clerk)).toBe('BAD_USER_INPUT/INVALID_DATE');
  });

  it('puts every act in the unit’s and the bureau’s history, with actor and both times', async () => {
    const isRectification = (n: { type: string }) => n.type.startsWith('Rectification');
    const unitHistory = (await server.ok(UnitHistoryDocument, { unitId: UNIT, first: 100 }, clerk)).unitHistory.nodes.filter(isRectification);
    const bureauHistory = (await server.ok(BureauHistoryDocument, { bureauId: BUREAU, first: 100 }, clerk)).bureauHistory.nodes.filter(isRectification);
    const summary = (n: Data) => [n.type, n.actor.id, n.actor.role, n.occurredAt.slice(0, 10), Date.parse(n.recordedAt) > Date.parse(n.occurredAt)];
    const expected = [
      ['RectificationOrdered', clerk.sub, 'BUREAU_STAFF', '2025-04-01', true],
      ['RectificationReportSubmitted', reporter.sub, 'UNIT_REPORTER', '2025-05-10', true],
      ['RectificationReviewed', clerk.sub, 'BUREAU_STAFF', '2025-05-20', true],
      ['RectificationReportSubmitted', reporter.sub, 'UNIT_REPORTER', '2025-05-25', true],
      ['RectificationReviewed', clerk.sub, 'BUREAU_STAFF', '2025-06-01', true],
      ['RectificationFollowedUp', clerk.sub, 'BUREAU_STAFF', '2025-09-01', true],
    ];
    expect(unitHistory.map(summary)).toEqual(expected);
    expect(bureauHistory.map(summary)).toEqual(expected);
    // The unit itself reads its own history, rectification included.
    expect((await server.ok(UnitHistoryDocument, { unitId: UNIT, first: 100 }, reporter)).unitHistory.nodes.filter(isRectification)).toHaveLength(6);
  });
});

describe('orders refused over HTTP', () => {
  it('refuses an order for a withdrawn inspection, or by another bureau, or with a deadline not after the order', async () => {
    const withdrawn: InspectionWithdrawn = { type: 'InspectionWithdrawn', data: { inspectionId: 'i-2', bureauId: BUREAU, unitId: NEIGHBOUR, reason: '记录有误' } };
    await appendInspection('i-2', NEIGHBOUR, [withdrawn]);
    await appendInspection('i-3', NEIGHBOUR);
    const input = (inspectionId: string, deadline = '2025-06-30') => ({ input: { inspectionId, findingIds: ['F1'], deadline, legalBasis: '档案法§45', occurredAt: '2025-04-01T02:00:00.000Z' } });
    expect(await refusal('OrderRectification', input('i-2'), clerk)).toBe('BAD_USER_INPUT/INSPECTION_WITHDRAWN');
    expect(await refusal('OrderRectification', input('i-3'), clerkOf('330102'))).toBe('NOT_FOUND/INSPECTION_NOT_FOUND');
    expect(await refusal('OrderRectification', input('i-3', '2025-04-01'), clerk)).toBe('BAD_USER_INPUT/DEADLINE_NOT_AFTER_ORDER');
    expect(await refusal('OrderRectification', input('i-3', '2025-02-30'), clerk)).toBe('BAD_USER_INPUT/INVALID_DATE');
    expect(await refusal('OrderRectification', input('i-3'), reporterOf(NEIGHBOUR))).toBe('FORBIDDEN/ROLE_NOT_ALLOWED');
    expect((await ok('OrderRectification', input('i-3'), ADMIN)).orderRectification.order.unitId).toBe(NEIGHBOUR);
  });
});
