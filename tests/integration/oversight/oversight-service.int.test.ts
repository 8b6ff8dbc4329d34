import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUPERVISORY_ACTS, type ActDoc } from '../../../projections/oversight/acts.model';
import { countActs, findActs } from '../../../projections/oversight/acts.queries';
import { findDiscrepancies } from '../../../projections/oversight/discrepancies.queries';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { OversightService } from '../../../src/application/oversight.service';
import { RegistryService } from '../../../src/application/registry.service';
import { checklistStreamId, inspectionStreamId } from '../../../src/domain/inspection/inspection.events';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Actor, NewEvent } from '../../../src/domain/shared/event';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { openEmbeddedStores } from '../../../src/main';

/**
 * The oversight service on the real embedded store (one SQLite file, projections in the append's transaction), wired
 * as src/main.ts wires it: what it writes, what it refuses, and what the read models then answer.
 */
type Ledger = ReturnType<typeof openEmbeddedStores> & { registry: RegistryService; oversight: OversightService; dir: string };
let ledger: Ledger;
let seed = 40_000;

const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const xihu: Actor = { id: 'xh-1', role: 'BUREAU_STAFF', bureauId: '330106' };
const yuhang: Actor = { id: 'yh-1', role: 'BUREAU_STAFF', bureauId: '330110' };
const auditor: Actor = { id: 'au-1', role: 'AUDITOR', regionCode: '330000' };
const meta = (actor: Actor, day: string, idempotencyKey?: string): CommandMetadata => ({
  actor,
  occurredAt: `${day}T02:00:00.000Z`,
  correlationId: uuidv7(),
  ...(idempotencyKey && { idempotencyKey }),
});

async function register(regionCode: string, bureauId: string): Promise<string> {
  const unitId = makeCreditCode(seed++, { region: regionCode });
  await ledger.registry.execute(
    { type: 'RegisterUnit', data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, regionCode, bureauId, address: null, checkOverrideReason: null } },
    meta(admin, '2024-01-02'),
  );
  return unitId;
}

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aol-oversight-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  ledger = { ...stores, registry: new RegistryService(stores.eventStore), oversight: new OversightService(stores.eventStore), dir };
  for (const regionCode of ['330000', '330100', '330106', '330110']) {
    await ledger.registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(admin, '2024-01-01'));
  }
});

afterEach(async () => {
  await ledger.eventStore.close();
  await ledger.readStore.close();
  ledger.db.close();
  rmSync(ledger.dir, { recursive: true, force: true });
});

const bulletin = (unitIds: string[], bureauId = '330100') => ({
  bureauId,
  kind: 'COMMENDATION' as const,
  documentNumber: '杭档〔2025〕1号',
  title: '表扬通报',
  summary: null,
  units: unitIds.map((unitId) => ({ unitId, reason: '规范' })),
});

describe('oversight service on SQLite', () => {
  it('lists records by region, unit and bureau with day ranges and keyset pages, as in memory', async () => {
    const a = await register('330106', '330106');
    const b = await register('330110', '330110');
    const days = ['2025-01-10', '2025-02-10', '2025-03-10'];
    for (const day of days) await ledger.oversight.issueBulletin(bulletin([a, b]), meta(admin, day));
    await ledger.oversight.issueBulletin(bulletin([b]), meta(admin, '2025-04-10'));
    const store = ledger.readStore;
    expect(await countActs(store, { kind: 'BULLETIN', key: 'R:330106' })).toBe(3);
    expect(await countActs(store, { kind: 'BULLETIN', key: 'R:330110' })).toBe(4);
    expect(await countActs(store, { kind: 'BULLETIN', key: 'R:33' })).toBe(4);
    expect(await countActs(store, { kind: 'BULLETIN', key: 'R:3' })).toBe(0);
    expect(await countActs(store, { kind: 'BULLETIN', key: `U:${a}`, from: '2025-02-01', to: '2025-03-10' })).toBe(2);
    const page1 = await findActs(store, { kind: 'BULLETIN', key: 'B:330100' }, 2);
    const page2 = await findActs(store, { kind: 'BULLETIN', key: 'B:330100' }, 2, page1[1]!.rowId);
    expect([...page1, ...page2].map((r) => r.doc.day)).toEqual(['2025-04-10', '2025-03-10', '2025-02-10', '2025-01-10']);
  });

  it('creates one record for a retried act with the same idempotency key', async () => {
    const a = await register('330106', '330106');
    const first = await ledger.oversight.issueBulletin(bulletin([a]), meta(admin, '2025-01-10', 'retry-1'));
    const again = await ledger.oversight.issueBulletin(bulletin([a]), meta(admin, '2025-01-10', 'retry-1'));
    expect(again.recordId).toBe(first.recordId);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await ledger.readStore.count(SUPERVISORY_ACTS, {})).toBe(1);
  });

  it('appends nothing when it refuses, and hides other bureaus’ units and records from staff', async () => {
    const a = await register('330106', '330106');
    const b = await register('330110', '330110');
    const { recordId } = await ledger.oversight.issueBulletin(bulletin([a], '330106'), meta(xihu, '2025-01-10'));
    const head = await ledger.eventStore.headPosition();
    const refusals: [Promise<unknown>, Record<string, unknown>][] = [
      [ledger.oversight.issueBulletin(bulletin([b], '330106'), meta(xihu, '2025-01-10')), { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' }],
      [ledger.oversight.issueBulletin(bulletin([a], '330110'), meta(xihu, '2025-01-10')), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' }],
      [ledger.oversight.withdrawBulletin({ bulletinId: recordId, reason: 'x' }, meta(yuhang, '2025-01-11')), { code: 'NOT_FOUND', reason: 'BULLETIN_NOT_FOUND' }],
      [ledger.oversight.withdrawBulletin({ bulletinId: recordId, reason: 'x' }, meta(auditor, '2025-01-11')), { code: 'FORBIDDEN', reason: 'ROLE_CANNOT_WRITE' }],
      [ledger.oversight.issueBulletin(bulletin([a], '330106'), meta(xihu, '2023-12-31')), { code: 'BAD_USER_INPUT', reason: 'BEFORE_UNIT_REGISTERED' }],
    ];
    for (const [attempt, expected] of refusals) await expect(attempt).rejects.toMatchObject(expected);
    expect(await ledger.eventStore.headPosition()).toBe(head);
  });

  it("checks scope before answering a replayed idempotency key: another bureau's key on a record reads as not found", async () => {
    const a = await register('330106', '330106');
    const { recordId } = await ledger.oversight.issueBulletin(bulletin([a], '330106'), meta(xihu, '2025-01-10'));
    const withdrawal = { bulletinId: recordId, reason: '有误' };
    const first = await ledger.oversight.withdrawBulletin(withdrawal, meta(xihu, '2025-01-11', 'withdraw-1'));
    await expect(ledger.oversight.withdrawBulletin(withdrawal, meta(yuhang, '2025-01-11', 'withdraw-1'))).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'BULLETIN_NOT_FOUND' });
    const replay = await ledger.oversight.withdrawBulletin(withdrawal, meta(xihu, '2025-01-11', 'withdraw-1'));
    expect(replay.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
  });

  it('validates a self-report against the published checklist version, and surfaces the discrepancy a later inspection finds', async () => {
    const a = await register('330106', '330106');
    const items = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT'];
    const submit = () =>
      ledger.oversight.submitSelfReport(
        {
          unitId: a,
          period: { from: '2024-01-01', to: '2024-12-31' },
          checklist: { checklistId: 'law-2020', version: 1 },
          results: items.map((itemCode) => ({ itemCode, result: 'COMPLIANT' as const, note: null })),
          summary: null,
        },
        meta({ id: 'rep', role: 'UNIT_REPORTER', unitId: a }, '2025-02-01'),
      );
    await expect(submit()).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CHECKLIST_VERSION' });
    // Test setup: the inspection area's reference data and an inspection, appended directly.
    const envelope = (type: string, data: object, day: string): NewEvent => ({ id: uuidv7(), type, data, schemaVersion: 1, metadata: meta(admin, day) });
    await ledger.eventStore.appendToStream(checklistStreamId('law-2020', 1), [
      envelope('ChecklistVersionPublished', { checklistId: 'law-2020', version: 1, title: '档案法检查项目', basis: '《档案法》(2020)', effectiveFrom: '2021-01-01', items: items.map((code) => ({ code, title: code, legalBasis: null, kinds: ['LAW_ENFORCEMENT'], key: false })) }, '2021-01-01'),
    ]);
    const { recordId } = await submit();
    const inspected = { inspectionId: 'i-1', bureauId: '330106', unitId: a, planId: null, kind: 'LAW_ENFORCEMENT', day: '2025-03-01', inspectors: [], checklist: { checklistId: 'law-2020', version: 1 }, findings: [], conclusion: '', evidence: [] };
    await ledger.eventStore.appendToStream(inspectionStreamId('i-1'), [
      envelope('InspectionConducted', { ...inspected, results: [{ itemCode: items[0]!, result: 'COMPLIANT', note: null }, { itemCode: items[1]!, result: 'NON_COMPLIANT', note: '无防火设施' }] }, '2025-03-01'),
    ]);
    expect(await findDiscrepancies(ledger.readStore, { regionPrefix: '3301' }, 10)).toEqual([
      expect.objectContaining({ reportId: recordId, inspectionId: 'i-1', itemCode: 'STOREROOM_AND_EQUIPMENT', inspectionNote: '无防火设施', active: true }),
    ]);
    await ledger.oversight.reviewSelfReport(
      { type: 'FlagSelfReport', data: { reportId: recordId, reason: '与检查不符', discrepancies: [{ itemCode: items[1]!, note: '无防火设施', inspectionId: 'i-1' }] } },
      meta(xihu, '2025-03-02'),
    );
    const [doc] = await findActs<ActDoc>(ledger.readStore, { kind: 'SELF_REPORT', key: `U:${a}` }, 1);
    expect(doc?.doc).toMatchObject({ status: 'FLAGGED', bureauId: '330106' });
  });

  it('runs a lead to a violation case and back, reading the case from its stream', async () => {
    const a = await register('330106', '330106');
    const lead = await ledger.oversight.leads.receive({ bureauId: '330106', unitIds: [a], source: 'COMPLAINT', sourceReference: null, summary: '举报' }, meta(xihu, '2025-03-01'));
    const leadId = lead.recordId;
    const origin = { kind: 'LEAD' as const, leadId };
    const open = () => ledger.oversight.openViolationCase({ bureauId: '330106', unitId: a, origin, legalBasis: '档案法§48', summary: '违法' }, meta(xihu, '2025-03-05'));
    await expect(open()).rejects.toMatchObject({ reason: 'LEAD_NOT_INVESTIGATED' });
    await ledger.oversight.leads.step({ type: 'RecordLeadInvestigation', data: { leadId, findings: '属实' } }, meta(xihu, '2025-03-04'));
    const opened = await open();
    await expect(ledger.oversight.leads.step({ type: 'CloseLead', data: { leadId, outcome: 'VIOLATION_CASE_OPENED', caseId: 'no-such-case', note: null } }, meta(xihu, '2025-03-06'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CASE_NOT_FOUND',
    });
    await ledger.oversight.leads.step({ type: 'CloseLead', data: { leadId, outcome: 'VIOLATION_CASE_OPENED', caseId: opened.recordId, note: null } }, meta(xihu, '2025-03-06'));
    const [row] = await findActs<ActDoc>(ledger.readStore, { kind: 'LEAD', key: 'B:330106' }, 1);
    expect(row?.doc).toMatchObject({ status: 'CLOSED', closure: { outcome: 'VIOLATION_CASE_OPENED', caseId: opened.recordId } });
  });
});
