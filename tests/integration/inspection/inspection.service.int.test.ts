import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKLISTS } from '../../../projections/inspection/checklists.projection';
import { INSPECTIONS, type InspectionDoc } from '../../../projections/inspection/inspections.projection';
import { drawPool } from '../../../projections/inspection/inspection.queries';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { InspectionService, type RecordInspectionInput } from '../../../src/application/inspection.service';
import { RegistryService } from '../../../src/application/registry.service';
import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import { itemsFor } from '../../../src/domain/checklist/checklist';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Actor } from '../../../src/domain/shared/event';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { openEmbeddedStores } from '../../../src/main';

/** The inspection service against the real embedded store (one SQLite file), wired as src/main.ts wires it. */

const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const XIHU: Actor = { id: 'clerk-xh', role: 'BUREAU_STAFF', bureauId: '330106' };
const CITY: Actor = { id: 'clerk-hz', role: 'BUREAU_STAFF', bureauId: '330100' };
const AUDITOR: Actor = { id: 'auditor-zj', role: 'AUDITOR', regionCode: '330000' };
const V2 = SHIPPED_CHECKLISTS[1]!.checklist;

const meta = (actor: Actor, extra: Partial<CommandMetadata> = {}): CommandMetadata => ({ actor, occurredAt: '2025-03-10T01:00:00.000Z', correlationId: uuidv7(), ...extra });

let dir: string;
let stores: ReturnType<typeof openEmbeddedStores>;
let service: InspectionService;
let seed = 7_300_000;
let unitId: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aol-inspection-'));
  stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  service = new InspectionService(stores.eventStore, () => new Date('2025-06-01T04:00:00Z'));
  const registry = new RegistryService(stores.eventStore);
  await service.seedReferenceData();
  for (const regionCode of ['330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(ADMIN));
  unitId = makeCreditCode(seed++, { region: '330106' });
  await registry.execute(
    { type: 'RegisterUnit', data: { unitId, name: '某公司', category: 'ENTERPRISE', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
    meta(ADMIN, { occurredAt: '2024-01-05T01:00:00.000Z' }),
  );
});

afterEach(async () => {
  await stores.eventStore.close();
  await stores.readStore.close();
  rmSync(dir, { recursive: true, force: true });
});

const input = (overrides: Partial<RecordInspectionInput> = {}): RecordInspectionInput => ({
  bureauId: null,
  unitId,
  planId: null,
  kind: 'LAW_ENFORCEMENT',
  checklist: { checklistId: V2.checklistId, version: 2 },
  day: '2025-03-10',
  inspectors: [
    { personId: 'p1', name: '王', credentialNumber: 'A-1' },
    { personId: 'p2', name: '李', credentialNumber: 'A-2' },
  ],
  results: itemsFor(V2, 'LAW_ENFORCEMENT').map((i) => ({ itemCode: i.code, result: 'COMPLIANT' as const, note: null })),
  findings: [],
  conclusion: '符合要求',
  evidence: [],
  ...overrides,
});

describe('the inspection service on the embedded store', () => {
  it('seeds the shipped checklists once: a second start appends nothing', async () => {
    const head = await stores.eventStore.headPosition();
    await service.seedReferenceData();
    await new InspectionService(stores.eventStore).seedReferenceData();
    expect(await stores.eventStore.headPosition()).toBe(head);
    expect(await stores.readStore.count(CHECKLISTS, {})).toBe(2);
    const ids = (await stores.eventStore.readAll({ filter: { eventTypes: ['ChecklistVersionPublished'] } })).map((e) => [e.id, e.metadata.actor]);
    expect(ids).toEqual(SHIPPED_CHECKLISTS.map((s) => [s.eventId, { id: 'system', role: 'SYSTEM' }]));
  });

  it('records an inspection for a bureau staff member’s own bureau by default, visible at once in the read model', async () => {
    const result = await service.recordInspection(input(), meta(XIHU));
    const doc = await stores.readStore.get<InspectionDoc>(INSPECTIONS, result.streamId.replace('inspection-', ''));
    expect(doc).toMatchObject({ bureauId: '330106', unitId, regionCode: '330106', regionName: '西湖区', actor: XIHU });
  });

  it('refuses other bureaus’ staff and roles that do not write, appending nothing', async () => {
    const head = await stores.eventStore.headPosition();
    await expect(service.recordInspection(input({ bureauId: '330100' }), meta(XIHU))).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    await expect(service.recordInspection(input(), meta(AUDITOR))).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_CANNOT_WRITE' });
    // The city bureau's staff see the unit (it lies in their region) but did not supervise it that day.
    await expect(service.recordInspection(input(), meta(CITY))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNIT_OUTSIDE_SCOPE' });
    await expect(service.recordInspection(input({ bureauId: null }), meta(ADMIN))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(await stores.eventStore.headPosition()).toBe(head);
  });

  it('answers NOT_FOUND to another bureau’s staff acting on a record, as for an unknown one', async () => {
    const { streamId } = await service.recordInspection(input(), meta(XIHU));
    const inspectionId = streamId.replace('inspection-', '');
    await expect(service.withdrawInspection({ inspectionId, reason: 'x' }, meta(CITY))).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
    await expect(service.withdrawInspection({ inspectionId: uuidv7(), reason: 'x' }, meta(XIHU))).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
    await expect(service.withdrawInspection({ inspectionId, reason: '录错单位' }, meta(XIHU))).resolves.toMatchObject({ events: [{ type: 'InspectionWithdrawn' }] });
  });

  it('returns the first result for a retried idempotency key, for new records too', async () => {
    const first = await service.recordInspection(input(), meta(XIHU, { idempotencyKey: 'form-42' }));
    const head = await stores.eventStore.headPosition();
    const again = await service.recordInspection(input(), meta(XIHU, { idempotencyKey: 'form-42' }));
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await stores.eventStore.headPosition()).toBe(head);
  });

  it('draws a plan from the units read model, then records an inspection of a target under it', async () => {
    const roster = [1, 2, 3].map((i) => ({ personId: `p${i}`, name: `检查员${i}`, credentialNumber: `C-${i}` }));
    const plan = await service.drawInspectionPlan(
      { bureauId: null, title: '抽查', period: { from: '2025-04-01', to: '2025-12-31' }, kind: 'LAW_ENFORCEMENT', checklist: { checklistId: V2.checklistId, version: 2 }, sample: { count: 1, ratio: null }, strata: null, roster, inspectorsPerTarget: 2, seed: null, seedCommitment: null },
      meta(XIHU),
      (bureauId, day) => drawPool(stores.readStore, bureauId, day),
    );
    const planned = plan.events[0]!.data as { planId: string; unitIds: string[]; selection: { seed: string; pool: string[] } };
    expect(planned.unitIds).toEqual([unitId]);
    expect(planned.selection.seed).toMatch(/^[0-9a-f]{64}$/);
    const result = await service.recordInspection(input({ planId: planned.planId, day: '2025-05-01' }), meta(XIHU, { occurredAt: '2025-04-30T16:00:00.000Z' }));
    expect(result.events[0]!.data).toMatchObject({ planId: planned.planId });
  });
});
