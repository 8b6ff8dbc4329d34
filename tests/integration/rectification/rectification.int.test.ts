import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECTIFICATION_ORDERS, datedActs, type RectificationOrderDoc } from '../../../projections/rectification/rectification-orders.projection';
import { countRectificationOrders, findRectificationOrders } from '../../../projections/rectification/rectification-orders.queries';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { RectificationService } from '../../../src/application/rectification.service';
import { RegistryService } from '../../../src/application/registry.service';
import { inspectionStreamId, type InspectionConducted, type InspectionWithdrawn } from '../../../src/domain/inspection/inspection.events';
import { orderStatusOn } from '../../../src/domain/rectification/order-status';
import { ORDER_STATUSES } from '../../../src/domain/rectification/rectification.events';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { addDays } from '../../../src/domain/shared/day';
import { AppError } from '../../../src/domain/shared/errors';
import type { Actor, Event } from '../../../src/domain/shared/event';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { openEmbeddedStores } from '../../../src/main';
import type { Doc } from '../../../src/readstore/port';

/**
 * Rectification against the real embedded store (one SQLite file), wired as src/main.ts wires it: commands through
 * the service, the read model updated in the append's transaction, queries through the SQLite adapter.
 */
type Ledger = ReturnType<typeof openEmbeddedStores> & { registry: RegistryService; rectifications: RectificationService; dir: string };
let ledger: Ledger;
let seed = 61_000;

const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const clerk: Actor = { id: 'clerk-7', role: 'BUREAU_STAFF', bureauId: '330106' };
const otherClerk: Actor = { id: 'clerk-9', role: 'BUREAU_STAFF', bureauId: '330102' };
const reporterOf = (unitId: string): Actor => ({ id: `reporter-${unitId}`, role: 'UNIT_REPORTER', unitId });
const meta = (actor: Actor, occurredAt: string, idempotencyKey: string | null = null): CommandMetadata => ({ actor, occurredAt, correlationId: uuidv7(), idempotencyKey });
const ITEMS = [{ findingId: 'F1', action: '更换防火门', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: '验收单 17' }] }];

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aol-rectification-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  ledger = { ...stores, registry: new RegistryService(stores.eventStore), rectifications: new RectificationService(stores.eventStore), dir };
  for (const [regionCode, name] of [['330106', '西湖区档案局'], ['330102', '上城区档案局']] as const) {
    await ledger.registry.establishBureau({ regionCode, name }, meta(admin, '2025-01-01T00:00:00Z'));
  }
});

afterEach(async () => {
  await ledger.eventStore.close();
  await ledger.readStore.close();
  ledger.db.close();
  rmSync(ledger.dir, { recursive: true, force: true });
});

async function registerUnit(): Promise<string> {
  const unitId = makeCreditCode(seed++, { region: '330106' });
  await ledger.registry.execute(
    { type: 'RegisterUnit', data: { unitId, name: '某公司', category: 'ENTERPRISE', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
    meta(clerk, '2025-03-01T01:00:00Z'),
  );
  return unitId;
}

/** Test setup: the inspection area's events, appended as its service would (its code is written elsewhere). */
async function appendInspection(unitId: string, more: Event[] = []): Promise<string> {
  const inspectionId = `insp-${seed++}`;
  const conducted: InspectionConducted = {
    type: 'InspectionConducted',
    data: {
      inspectionId, bureauId: '330106', unitId, planId: null, kind: 'LAW_ENFORCEMENT', day: '2025-03-20', inspectors: [],
      checklist: { checklistId: 'archives-law-2020', version: 1 }, results: [], conclusion: '存在隐患', evidence: [],
      findings: [{ findingId: 'F1', itemCode: 'STOREROOM_AND_EQUIPMENT', severity: 'MAJOR', description: '无防火门', legalBasis: '档案法§45' }],
    },
  };
  const envelope = { actor: clerk, occurredAt: '2025-03-20T02:00:00.000Z', correlationId: uuidv7(), causationId: null, idempotencyKey: null };
  await ledger.eventStore.appendToStream(
    inspectionStreamId(inspectionId),
    [conducted, ...more].map((e) => ({ id: uuidv7(), type: e.type, data: e.data, schemaVersion: 1, metadata: envelope })),
    { expectedRevision: 'no_stream' },
  );
  return inspectionId;
}

const order = (inspectionId: string, actor = clerk, key: string | null = null, occurredAt = '2025-04-01T02:00:00Z') =>
  ledger.rectifications.order({ inspectionId, findingIds: ['F1'], deadline: '2025-05-15', legalBasis: '档案法§45', documentNumber: null }, meta(actor, occurredAt, key));
const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'accepted', (error: unknown) => (error instanceof AppError ? `${error.code}/${error.reason}` : String(error)));
const readOrder = (orderId: string) => ledger.readStore.get<RectificationOrderDoc>(RECTIFICATION_ORDERS, orderId);

describe('rectification on the embedded store', () => {
  it('carries an order through rejection to acceptance, the read model current after each act', async () => {
    const unitId = await registerUnit();
    const inspectionId = await appendInspection(unitId);
    const { orderId, events } = await order(inspectionId);
    expect(events.map((e) => [e.type, e.streamId])).toEqual([['RectificationOrdered', `order-${orderId}`]]);
    const r = ledger.rectifications;
    await r.execute({ type: 'SubmitRectificationReport', data: { orderId, items: ITEMS } }, meta(reporterOf(unitId), '2025-05-10T02:00:00Z'));
    expect(await readOrder(orderId)).toMatchObject({ pendingReportOn: '2025-05-10', regionCode: '330106' });
    await r.execute({ type: 'ReviewRectification', data: { orderId, outcome: 'REJECTED', reasons: '证据不足' } }, meta(clerk, '2025-05-20T02:00:00Z'));
    await r.execute({ type: 'SubmitRectificationReport', data: { orderId, items: ITEMS } }, meta(clerk, '2025-05-25T02:00:00Z'));
    await r.execute({ type: 'ReviewRectification', data: { orderId, outcome: 'ACCEPTED', reasons: null } }, meta(clerk, '2025-06-01T02:00:00Z'));
    const closed = (await readOrder(orderId)) as RectificationOrderDoc;
    expect(closed).toMatchObject({ closedOn: '2025-06-01', closedLate: true, acts: expect.any(Array) });
    expect(closed.acts.map((a) => a.actor.id)).toEqual(['clerk-7', `reporter-${unitId}`, 'clerk-7', 'clerk-7', 'clerk-7']);
    expect(orderStatusOn(datedActs(closed), '2025-05-20')).toBe('OVERDUE');
  });

  it('refuses with stable codes and appends nothing when it refuses', async () => {
    const unitId = await registerUnit();
    const inspectionId = await appendInspection(unitId);
    const { orderId } = await order(inspectionId);
    const head = await ledger.eventStore.headPosition();
    const r = ledger.rectifications;
    expect(await reasonOf(r.execute({ type: 'ReviewRectification', data: { orderId, outcome: 'ACCEPTED', reasons: null } }, meta(clerk, '2025-04-02T00:00:00Z')))).toBe('BAD_USER_INPUT/NO_REPORT_TO_REVIEW');
    expect(await reasonOf(r.execute({ type: 'SubmitRectificationReport', data: { orderId, items: ITEMS } }, meta(reporterOf(makeCreditCode(1, { region: '330106' })), '2025-04-02T00:00:00Z')))).toBe('NOT_FOUND/ORDER_NOT_FOUND');
    expect(await reasonOf(r.execute({ type: 'RecordRectificationFollowUp', data: { orderId, note: '看' } }, meta(otherClerk, '2025-04-02T00:00:00Z')))).toBe('NOT_FOUND/ORDER_NOT_FOUND');
    expect(await reasonOf(r.execute({ type: 'RecordRectificationFollowUp', data: { orderId: 'nope', note: '看' } }, meta(clerk, '2025-04-02T00:00:00Z')))).toBe('NOT_FOUND/ORDER_NOT_FOUND');
    expect(await reasonOf(order(inspectionId, otherClerk))).toBe('NOT_FOUND/INSPECTION_NOT_FOUND');
    expect(await reasonOf(order('no-such-inspection'))).toBe('NOT_FOUND/INSPECTION_NOT_FOUND');
    expect(await ledger.eventStore.headPosition()).toBe(head);
  });

  it('refuses an order for a withdrawn inspection, and for a unit gone from the register', async () => {
    const unitId = await registerUnit();
    const withdrawn: InspectionWithdrawn = { type: 'InspectionWithdrawn', data: { inspectionId: 'x', bureauId: '330106', unitId, reason: '错录' } };
    expect(await reasonOf(order(await appendInspection(unitId, [withdrawn])))).toBe('BAD_USER_INPUT/INSPECTION_WITHDRAWN');
    const inspectionId = await appendInspection(unitId);
    await ledger.registry.execute({ type: 'DeregisterUnit', data: { unitId, reason: 'DISSOLVED', mergedInto: null, note: null } }, meta(clerk, '2025-03-25T02:00:00Z'));
    expect(await reasonOf(order(inspectionId))).toBe('BAD_USER_INPUT/UNIT_NOT_IN_REGISTER');
  });

  it('issues one order for a retried request with the same idempotency key', async () => {
    const inspectionId = await appendInspection(await registerUnit());
    const first = await order(inspectionId, clerk, 'order-once');
    const again = await order(inspectionId, clerk, 'order-once');
    expect(again.orderId).toBe(first.orderId);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await ledger.readStore.count(RECTIFICATION_ORDERS, { inspectionId })).toBe(1);
  });

  it('answers status queries through SQLite exactly as the status function does', async () => {
    const unitId = await registerUnit();
    const r = ledger.rectifications;
    const ids: string[] = [];
    for (const [i, occurredAt] of ['2025-04-01T02:00:00Z', '2025-04-03T02:00:00Z', '2025-04-05T02:00:00Z'].entries()) {
      const { orderId } = await order(await appendInspection(unitId), clerk, null, occurredAt);
      ids.push(orderId);
      if (i > 0) await r.execute({ type: 'SubmitRectificationReport', data: { orderId, items: ITEMS } }, meta(clerk, '2025-05-10T02:00:00Z'));
    }
    await r.execute({ type: 'ReviewRectification', data: { orderId: ids[1]!, outcome: 'ACCEPTED', reasons: null } }, meta(clerk, '2025-05-20T02:00:00Z'));
    await r.execute({ type: 'ReviewRectification', data: { orderId: ids[2]!, outcome: 'REJECTED', reasons: '不足' } }, meta(clerk, '2025-05-21T02:00:00Z'));
    await r.execute({ type: 'ExtendRectificationDeadline', data: { orderId: ids[0]!, deadline: '2025-06-30', reason: '工期' } }, meta(clerk, '2025-05-25T02:00:00Z'));
    const all = await ledger.readStore.find<RectificationOrderDoc>(RECTIFICATION_ORDERS, {});
    for (let day = '2025-03-30'; day <= '2025-07-05'; day = addDays(day, 3)) {
      for (const status of ORDER_STATUSES) {
        const expected = all.filter((o) => orderStatusOn(datedActs(o), day) === status).map((o) => o.orderId).sort();
        const found = (await findRectificationOrders(ledger.readStore, { asOf: day, status, regionPrefix: '3301' }, 100)).map((o) => o.orderId).sort();
        expect({ day, status, found }).toEqual({ day, status, found: expected });
        expect(await countRectificationOrders(ledger.readStore, { asOf: day, status })).toBe(expected.length);
      }
    }
  });

  it('rebuilds the same read model as incremental application', async () => {
    const unitId = await registerUnit();
    const { orderId } = await order(await appendInspection(unitId));
    await ledger.rectifications.execute({ type: 'SubmitRectificationReport', data: { orderId, items: ITEMS } }, meta(reporterOf(unitId), '2025-05-10T02:00:00Z'));
    await ledger.registry.execute({ type: 'AmendUnitDetails', data: { unitId, name: '新名', reason: '更名' } }, meta(clerk, '2025-05-11T02:00:00Z'));
    const dump = async (): Promise<Doc[][]> => Promise.all(['rectification_orders', 'rectification_units'].map((c) => ledger.readStore.find(c, {})));
    const incremental = await dump();
    await ledger.runner.rebuild(ledger.eventStore);
    expect(await dump()).toEqual(incremental);
  });
});
