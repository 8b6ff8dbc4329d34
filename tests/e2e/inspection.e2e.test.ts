import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { seedCommitment } from '../../src/domain/inspection/draw';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { BureauHistoryDocument, EstablishBureauDocument, RegisterUnitDocument, TransferUnitDocument, UnitHistoryDocument } from '../support/generated/operations';
import { ADMIN, analystOf, auditorOf, clerkOf, reporterOf, TestServer, type As } from '../support/test-server';
import { V2_ITEMS } from '../support/access-matrix-fixture';

/**
 * The inspection area over HTTP: checklists, a 双随机 draw that reproduces, an inspection of a drawn target,
 * refusals that change nothing, and corrections and withdrawals in the unit's and the bureau's histories.
 * Operations come from schema/operations/inspection.graphql (typed by codegen once the schema is re-emitted).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const source = parse(readFileSync(path.join(__dirname, '../../schema/operations/inspection.graphql'), 'utf8'));
const fragments = new Map(source.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

/** One named operation with the fragments it uses (graphql refuses unused ones). */
function op(name: string): TypedDocumentNode<Loose, Loose> {
  const operation = source.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name}`);
  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragments.get(spread.name.value) as FragmentDefinitionNode);
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((n) => fragments.get(n) as FragmentDefinitionNode)] } as DocumentNode as TypedDocumentNode<Loose, Loose>;
}

let server: TestServer;
let seed = 7_500_000;
const XIHU = clerkOf('330106');
const YUHANG = clerkOf('330110');
const roster = [1, 2, 3, 4].map((i) => ({ personId: `yh-${i}`, name: `余杭检查员${i}`, credentialNumber: `浙档执 11${i}` }));
const officers = [
  { personId: 'xh-1', name: '王检查', credentialNumber: '浙档执 001' },
  { personId: 'xh-2', name: '李执法', credentialNumber: '浙档执 002' },
];
const compliant = V2_ITEMS.map((itemCode) => ({ itemCode, result: 'COMPLIANT' }));

async function register(bureauId: string, occurredAt = '2024-01-05T01:00:00.000Z'): Promise<string> {
  const unitId = makeCreditCode(seed++, { region: bureauId });
  const input = { unitId, name: `单位${seed}`, category: 'ENTERPRISE' as const, regionCode: bureauId, bureauId, occurredAt };
  await server.ok(RegisterUnitDocument, { input }, clerkOf(bureauId));
  return unitId;
}

const recordInput = (unitId: string, overrides: Record<string, unknown> = {}) => ({
  unitId,
  kind: 'LAW_ENFORCEMENT',
  day: '2025-03-10',
  inspectors: officers,
  checklistId: 'grassroots-archival-work',
  checklistVersion: 2,
  results: compliant,
  conclusion: '档案工作符合要求',
  evidence: [{ kind: 'DOCUMENT_NUMBER', value: '西档检〔2025〕3号' }],
  ...overrides,
});

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of ['330000', '330100', '330106', '330110']) await server.ok(EstablishBureauDocument, { input: { regionCode, name: `${regionCode}档案局` } });
});
afterAll(() => server.stop());

describe('checklists', () => {
  it('shows the two shipped versions, seeded at start-up, to anyone signed in', async () => {
    const { checklists } = await server.ok(op('Checklists'), {}, analystOf('330000'));
    expect(checklists.map((c: Loose) => [c.version, c.basis, c.items.length])).toEqual([
      [1, '档办〔2007〕59号', 8],
      [2, '《档案法》(2020年修订)', 6],
    ]);
    const { checklist } = await server.ok(op('Checklist'), { id: 'grassroots-archival-work' }, XIHU);
    expect(checklist.items.map((i: Loose) => i.code)).toEqual(V2_ITEMS);
  });
});

describe('a 双随机 plan, and an inspection of its target', () => {
  let planId: string;
  let target: { unitId: string; inspectorIds: string[] };

  it('draws targets from the bureau’s scope on the first day and inspectors from the roster; the draw reproduces', async () => {
    const units = [];
    for (let i = 0; i < 6; i++) units.push(await register('330110'));
    await register('330110', '2025-04-02T01:00:00.000Z'); // entered the scope after the first day: not in the pool
    const seedText = 'yuhang-2025-draw-seed-published';
    const input = { title: '2025年双随机抽查', from: '2025-04-01', to: '2025-12-31', kind: 'LAW_ENFORCEMENT', checklistId: 'grassroots-archival-work', checklistVersion: 2, sample: { count: 2 }, roster, inspectorsPerTarget: 2, seed: seedText, seedCommitment: seedCommitment(seedText) };
    const { drawInspectionPlan } = await server.ok(op('DrawInspectionPlan'), { input }, YUHANG);
    const plan = drawInspectionPlan.plan;
    expect(plan).toMatchObject({ bureauId: '330110', status: 'PLANNED', selection: { method: 'RANDOM_DRAW', algorithm: 'sha256-ctr-fisher-yates-v1', poolDay: '2025-04-01', poolSize: 6, sampleSize: 2, seed: seedText } });
    expect(plan.selection.pool).toEqual([...units].sort());
    expect(plan.targets).toHaveLength(2);
    for (const t of plan.targets) {
      expect(units).toContain(t.unitId);
      expect(t.inspectors).toHaveLength(2);
      expect(t.inspectors[0].name).toMatch(/^余杭检查员/);
    }
    planId = plan.planId;
    target = plan.targets[0];
    expect((await server.ok(op('DrawReproduces'), { planId }, auditorOf('330000'))).drawReproduces).toMatchObject({ reproduces: true, missing: [], unexpected: [] });
  });

  it('replaces a recused inspector by a logged re-draw, and the draw still reproduces', async () => {
    const input = { planId, unitId: target.unitId, inspectorId: target.inspectorIds[0], reason: '与被检查单位负责人系近亲属' };
    const { recuseInspector } = await server.ok(op('RecuseInspector'), { input }, YUHANG);
    const recusal = recuseInspector.plan.recusals[0];
    expect(recusal).toMatchObject({ unitId: target.unitId, inspectorId: target.inspectorIds[0], redrawLabel: `recusal:${target.unitId}:1` });
    target = recuseInspector.plan.targets.find((t: Loose) => t.unitId === target.unitId);
    expect(target.inspectorIds).toContain(recusal.replacementId);
    expect((await server.ok(op('DrawReproduces'), { planId }, YUHANG)).drawReproduces).toMatchObject({ reproduces: true, recusalsMatch: true });
  });

  it('records the inspection of a target under the plan, by its assigned inspectors', async () => {
    const inspectors = roster.filter((p) => target.inspectorIds.includes(p.personId));
    const results = compliant.map((r) => (r.itemCode === 'STOREROOM_AND_EQUIPMENT' ? { ...r, result: 'NON_COMPLIANT', note: '库房漏雨' } : r));
    const findings = [{ itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR', description: '库房屋顶漏雨，未配备除湿设备' }];
    const input = recordInput(target.unitId, { planId, day: '2025-05-20', inspectors, results, findings, evidence: [{ kind: 'SHA256', value: 'AB'.repeat(32) }] });
    const { recordInspection } = await server.ok(op('RecordInspection'), { input }, YUHANG);
    expect(recordInspection.inspection).toMatchObject({ planId, unitId: target.unitId, bureauId: '330110', regionCode: '330110', day: '2025-05-20', occurredAt: '2025-05-19T16:00:00.000Z', evidence: [{ kind: 'SHA256', value: 'ab'.repeat(32) }] });
    expect(recordInspection.inspection.findings[0]).toMatchObject({ legalBasis: '档案法§42(2)', severity: 'MAJOR' });
    const { inspections } = await server.ok(op('Inspections'), { filter: { planId } }, YUHANG);
    expect(inspections.totalCount).toBe(1);
    const { completeInspectionPlan } = await server.ok(op('CompleteInspectionPlan'), { input: { planId, note: '抽查完毕' } }, YUHANG);
    expect(completeInspectionPlan.plan).toMatchObject({ status: 'COMPLETED', completionNote: '抽查完毕' });
    const { inspectionPlans } = await server.ok(op('InspectionPlans'), { filter: { bureauId: '330110', status: 'COMPLETED' } }, auditorOf('330100'));
    expect(inspectionPlans.nodes.map((p: Loose) => p.planId)).toEqual([planId]);
  });
});

describe('refusals', () => {
  it('refuses an inspection outside the scope that day, missing results, one law-enforcement officer, an unknown checklist — changing nothing', async () => {
    const unitId = await register('330106');
    await server.ok(TransferUnitDocument, { input: { unitId, toBureauId: '330100', reason: '升格为市管单位', occurredAt: '2025-02-01T01:00:00.000Z' } }, XIHU);
    const kept = await register('330106');
    const before = await server.headPosition();
    const cases: [As, Record<string, unknown>, Record<string, unknown>][] = [
      [XIHU, recordInput(unitId, { day: '2025-02-01' }), { code: 'BAD_USER_INPUT', reason: 'UNIT_OUTSIDE_SCOPE', field: 'day' }],
      [ADMIN, recordInput(unitId, { bureauId: '330106', day: '2025-03-01' }), { code: 'BAD_USER_INPUT', reason: 'UNIT_OUTSIDE_SCOPE', field: 'day' }],
      // Beyond the staff's read scope the unit is not admitted to exist.
      [YUHANG, recordInput(kept), { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' }],
      [XIHU, recordInput(kept, { results: compliant.slice(1) }), { code: 'BAD_USER_INPUT', reason: 'MISSING_ITEM_RESULT', field: 'results', missing: ['RESPONSIBILITY_AND_RULES'] }],
      [XIHU, recordInput(kept, { inspectors: officers.slice(0, 1) }), { code: 'BAD_USER_INPUT', reason: 'TOO_FEW_INSPECTORS', field: 'inspectors' }],
      [XIHU, recordInput(kept, { checklistVersion: 7 }), { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHECKLIST', field: 'checklistId' }],
      [XIHU, recordInput(kept, { day: '2024-01-04' }), { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_YET_REGISTERED', field: 'day' }],
      [XIHU, recordInput(kept, { occurredAt: '2025-03-11T08:00:00.000Z' }), { code: 'BAD_USER_INPUT', reason: 'DAY_MISMATCH', field: 'occurredAt' }],
      [XIHU, recordInput(kept, { bureauId: '330110' }), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }],
      [auditorOf('330000'), recordInput(kept), { code: 'FORBIDDEN' }],
    ];
    for (const [as, input, expected] of cases) {
      const result = await server.request(op('RecordInspection'), { input }, as);
      expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    }
    // The city bureau supervised the unit from the transfer on: its record is accepted.
    await server.ok(op('RecordInspection'), { input: recordInput(unitId, { day: '2025-02-01' }) }, clerkOf('330100'));
    expect(await server.headPosition()).toBe(before + 1);
  });
});

describe('corrections and withdrawals', () => {
  it('appear in the unit’s and the bureau’s histories with actor and both times; the original stays', async () => {
    const unitId = await register('330106');
    const { recordInspection } = await server.ok(op('RecordInspection'), { input: recordInput(unitId) }, XIHU);
    const inspectionId = recordInspection.inspection.inspectionId;
    const { correctInspectionRecord } = await server.ok(op('CorrectInspectionRecord'), { input: { inspectionId, reason: '结论笔误', conclusion: '基本符合要求', occurredAt: '2025-03-12T02:00:00.000Z' } }, XIHU);
    expect(correctInspectionRecord.inspection).toMatchObject({ conclusion: '基本符合要求', corrections: [{ reason: '结论笔误', fields: ['conclusion'], actor: { id: 'clerk-330106' } }] });
    const { withdrawInspection } = await server.ok(op('WithdrawInspection'), { input: { inspectionId, reason: '误录单位' } }, ADMIN);
    expect(withdrawInspection.inspection).toMatchObject({ withdrawn: true, withdrawal: { reason: '误录单位', actor: { id: 'admin-1', role: 'NATIONAL_ADMIN' } } });
    const again = await server.request(op('WithdrawInspection'), { input: { inspectionId, reason: '再撤' } }, XIHU);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSPECTION_WITHDRAWN' });

    const { unitHistory } = await server.ok(UnitHistoryDocument, { unitId }, auditorOf('330000'));
    const acts = unitHistory.nodes.filter((n) => n.type.startsWith('Inspection'));
    expect(acts.map((n) => [n.type, n.actor.id, n.occurredAt])).toEqual([
      ['InspectionConducted', 'clerk-330106', '2025-03-09T16:00:00.000Z'],
      ['InspectionRecordCorrected', 'clerk-330106', '2025-03-12T02:00:00.000Z'],
      ['InspectionWithdrawn', 'admin-1', expect.any(String)],
    ]);
    for (const act of acts) expect(Date.parse(act.recordedAt)).toBeGreaterThan(Date.parse('2025-06-01'));
    expect(acts[0]!.data).toMatchObject({ conclusion: '档案工作符合要求' });
    const { bureauHistory } = await server.ok(BureauHistoryDocument, { bureauId: '330106', first: 100 }, XIHU);
    expect(bureauHistory.nodes.filter((n) => (n.data as { inspectionId?: string }).inspectionId === inspectionId).map((n) => n.type)).toEqual([
      'InspectionConducted',
      'InspectionRecordCorrected',
      'InspectionWithdrawn',
    ]);
    const hidden = await server.ok(op('Inspections'), { filter: { unitId } }, XIHU);
    const shown = await server.ok(op('Inspections'), { filter: { unitId, includeWithdrawn: true } }, XIHU);
    expect([hidden.inspections.totalCount, shown.inspections.totalCount]).toEqual([0, 1]);
  });
});

describe('read scope', () => {
  it('shows an inspection to those who see its unit, and to nobody else', async () => {
    const unitId = await register('330106');
    const { recordInspection } = await server.ok(op('RecordInspection'), { input: recordInput(unitId) }, XIHU);
    const id = recordInspection.inspection.inspectionId;
    const seen = async (as: As) => (await server.ok(op('Inspection'), { id }, as)).inspection?.inspectionId ?? null;
    expect(await seen(auditorOf('330100'))).toBe(id);
    expect(await seen(reporterOf(unitId))).toBe(id);
    expect(await seen(YUHANG)).toBeNull();
    expect(await seen(reporterOf(makeCreditCode(seed++, { region: '330106' })))).toBeNull();
    const { inspections } = await server.ok(op('Inspections'), { filter: { regionPrefix: '33' } }, YUHANG);
    expect(inspections.edges.map((e: Loose) => e.node.bureauId).every((b: string) => b === '330110')).toBe(true);
    const analyst = await server.request(op('Inspections'), {}, analystOf('330000'));
    expect(analyst.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await server.ok(op('InspectionPlans'), {}, reporterOf(unitId))).inspectionPlans.totalCount).toBe(0);
  });
});
