import { seedCommitment } from '../../src/domain/inspection/draw';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import {
  BulletinsDocument,
  DrawInspectionPlanDocument,
  DrawReproducesDocument,
  EstablishBureauDocument,
  InspectionPlanDocument,
  IssueBulletinDocument,
  OrderRectificationDocument,
  RecordInspectionDocument,
  RectificationStandingDocument,
  RegisterUnitDocument,
  ReviewRectificationDocument,
  SubmitRectificationReportDocument,
  UnitHistoryDocument,
} from '../support/generated/operations';
import { ADMIN, auditorOf, clerkOf, reporterOf, TestServer } from '../support/test-server';
import { V2_ITEMS } from '../support/access-matrix-fixture';

/**
 * The notice's whole cycle for one unit, over HTTP as its users would drive it: a 双随机 plan draws the unit, the
 * bureau inspects it and finds a hazard, orders it rectified, rejects the first report, accepts the second, and
 * commends the unit in a bulletin. After every step the unit's history and the order's status are asserted.
 */
let server: TestServer;
const BUREAU = '330106';
const clerk = clerkOf(BUREAU);
const roster = [1, 2, 3].map((i) => ({ personId: `xh-${i}`, name: `西湖检查员${i}`, credentialNumber: `浙档执 10${i}` }));
const at = (day: string) => `${day}T02:00:00.000Z`; // 10:00 in China, on that day
const units: string[] = [];

beforeAll(async () => {
  server = await TestServer.start();
  await server.ok(EstablishBureauDocument, { input: { regionCode: BUREAU, name: '杭州市西湖区档案局' } }, ADMIN);
  for (let i = 0; i < 4; i++) {
    const unitId = makeCreditCode(9_100_000 + i, { region: BUREAU });
    units.push(unitId);
    const input = { unitId, name: `西湖区第${i + 1}单位`, category: 'PUBLIC_INSTITUTION' as const, regionCode: BUREAU, bureauId: BUREAU, occurredAt: at('2024-01-05') };
    await server.ok(RegisterUnitDocument, { input }, clerk);
  }
});
afterAll(() => server.stop());

async function historyTypes(unitId: string): Promise<string[]> {
  const { unitHistory } = await server.ok(UnitHistoryDocument, { unitId, first: 100 }, auditorOf('330100'));
  return unitHistory.nodes.map((n) => n.type);
}

async function statusOn(orderId: string, asOf: string): Promise<string | null | undefined> {
  return (await server.ok(RectificationStandingDocument, { id: orderId, asOf }, clerk)).rectificationOrder?.status;
}

describe('the supervisory cycle of one unit, plan to bulletin', () => {
  let unitId: string;
  let planId: string;
  let inspectionId: string;
  let findingId: string;
  let orderId: string;

  it('draws the unit at random into a plan, reproducibly', async () => {
    const seed = 'xihu-2025-plan-seed';
    const input = {
      title: '2025年双随机抽查',
      from: '2025-03-01',
      to: '2025-12-31',
      kind: 'LAW_ENFORCEMENT' as const,
      checklistId: 'grassroots-archival-work',
      checklistVersion: 2,
      sample: { count: 1 },
      roster,
      inspectorsPerTarget: 2,
      seed,
      seedCommitment: seedCommitment(seed),
      occurredAt: at('2025-03-01'),
    };
    const plan = (await server.ok(DrawInspectionPlanDocument, { input }, clerk)).drawInspectionPlan.plan!;
    expect(plan.selection).toMatchObject({ method: 'RANDOM_DRAW', poolSize: 4, sampleSize: 1 });
    planId = plan.planId;
    unitId = plan.targets[0]!.unitId;
    expect(units).toContain(unitId);
    expect((await server.ok(DrawReproducesDocument, { planId }, auditorOf('330100'))).drawReproduces.reproduces).toBe(true);
    expect(await historyTypes(unitId)).toEqual(['UnitRegistered', 'InspectionPlanned']);
  });

  it('inspects it with the drawn inspectors and finds a storage hazard', async () => {
    const { inspectionPlan } = await server.ok(InspectionPlanDocument, { id: planId }, clerk);
    const assigned = inspectionPlan!.targets.find((t) => t.unitId === unitId)!.inspectorIds;
    const results = V2_ITEMS.map((itemCode) =>
      itemCode === 'STOREROOM_AND_EQUIPMENT' ? { itemCode, result: 'NON_COMPLIANT' as const, note: '库房漏雨' } : { itemCode, result: 'COMPLIANT' as const },
    );
    const input = {
      unitId,
      planId,
      kind: 'LAW_ENFORCEMENT' as const,
      day: '2025-04-10',
      inspectors: roster.filter((p) => assigned.includes(p.personId)),
      checklistId: 'grassroots-archival-work',
      checklistVersion: 2,
      results,
      findings: [{ itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR' as const, description: '库房屋顶漏雨，无除湿设备' }],
      conclusion: '存在档案安全隐患，责令整改',
      evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: '西档检〔2025〕7号' }],
    };
    const inspection = (await server.ok(RecordInspectionDocument, { input }, clerk)).recordInspection.inspection!;
    inspectionId = inspection.inspectionId;
    findingId = inspection.findings[0]!.findingId;
    expect(await historyTypes(unitId)).toEqual(['UnitRegistered', 'InspectionPlanned', 'InspectionConducted']);
  });

  it('orders the hazard rectified within a deadline (档案法§45); the order is open, then overdue', async () => {
    const input = { inspectionId, findingIds: [findingId], deadline: '2025-05-31', legalBasis: '档案法§45', documentNumber: '西档改〔2025〕2号', occurredAt: at('2025-04-12') };
    orderId = (await server.ok(OrderRectificationDocument, { input }, clerk)).orderRectification.order!.orderId;
    expect(await statusOn(orderId, '2025-04-12')).toBe('OPEN');
    expect(await statusOn(orderId, '2025-05-31')).toBe('OPEN');
    expect(await statusOn(orderId, '2025-06-01')).toBe('OVERDUE');
    expect((await historyTypes(unitId)).at(-1)).toBe('RectificationOrdered');
  });

  it('takes the unit’s report, rejects it with reasons, takes a second and accepts it', async () => {
    const report = (action: string, day: string) => ({
      orderId,
      items: [{ findingId, action, evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: `整改报告${day}` }] }],
      occurredAt: at(day),
    });
    const reporter = reporterOf(unitId);
    await server.ok(SubmitRectificationReportDocument, { input: report('修补屋顶', '2025-05-20') }, reporter);
    expect(await statusOn(orderId, '2025-05-21')).toBe('REPORTED');
    await server.ok(ReviewRectificationDocument, { input: { orderId, outcome: 'REJECTED', reasons: '未配备除湿设备', occurredAt: at('2025-05-25') } }, clerk);
    expect(await statusOn(orderId, '2025-05-26')).toBe('OPEN');
    await server.ok(SubmitRectificationReportDocument, { input: report('修补屋顶并配备除湿机', '2025-05-30') }, reporter);
    await server.ok(ReviewRectificationDocument, { input: { orderId, outcome: 'ACCEPTED', occurredAt: at('2025-06-05') } }, clerk);
    expect(await statusOn(orderId, '2025-06-05')).toBe('CLOSED_ON_TIME');
    // The past stays as it was: before the acceptance the order was awaiting review.
    expect(await statusOn(orderId, '2025-06-02')).toBe('REPORTED');
  });

  it('commends the unit in a bulletin, and the whole cycle is in its history in order, with who and when', async () => {
    const input = {
      kind: 'COMMENDATION' as const,
      documentNumber: '西档通〔2025〕5号',
      title: '关于表扬档案整改工作成效显著单位的通报',
      units: [{ unitId, reason: '整改及时到位' }],
      occurredAt: at('2025-06-20'),
    };
    await server.ok(IssueBulletinDocument, { input }, clerk);
    expect((await server.ok(BulletinsDocument, { filter: { unitId } }, reporterOf(unitId))).bulletins.totalCount).toBe(1);

    const { unitHistory } = await server.ok(UnitHistoryDocument, { unitId, first: 100 }, auditorOf('330100'));
    expect(unitHistory.nodes.map((n) => [n.type, n.actor.role])).toEqual([
      ['UnitRegistered', 'BUREAU_STAFF'],
      ['InspectionPlanned', 'BUREAU_STAFF'],
      ['InspectionConducted', 'BUREAU_STAFF'],
      ['RectificationOrdered', 'BUREAU_STAFF'],
      ['RectificationReportSubmitted', 'UNIT_REPORTER'],
      ['RectificationReviewed', 'BUREAU_STAFF'],
      ['RectificationReportSubmitted', 'UNIT_REPORTER'],
      ['RectificationReviewed', 'BUREAU_STAFF'],
      ['BulletinIssued', 'BUREAU_STAFF'],
    ]);
    const occurred = unitHistory.nodes.map((n) => n.occurredAt);
    expect([...occurred].sort()).toEqual(occurred);
    for (const node of unitHistory.nodes) expect(Date.parse(node.recordedAt)).toBeGreaterThan(Date.parse(node.occurredAt));
  });
});
