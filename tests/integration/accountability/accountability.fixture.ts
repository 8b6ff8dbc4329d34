import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { ProjectionRunner } from '../../../projections/runner';
import { AccountabilityService } from '../../../src/application/accountability.service';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { InspectionService } from '../../../src/application/inspection.service';
import { RegistryService } from '../../../src/application/registry.service';
import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import { itemsFor } from '../../../src/domain/checklist/checklist';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Actor } from '../../../src/domain/shared/event';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import type { InspectionKind } from '../../../src/domain/supervision/common';
import { DEFAULT_COUNTING_KINDS } from '../../../src/domain/supervision/common';
import { openEmbeddedStores } from '../../../src/main';

/**
 * The embedded store as src/main.ts opens it, with the accountability projections added to the append's inline hook
 * (until the composition root lists them in ALL_PROJECTIONS): the log, every read model and the seal in one transaction.
 */
export const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
export const V2 = SHIPPED_CHECKLISTS[1]!.checklist;
export const XIHU = '330106';
export const YUHANG = '330110';
export const CITY = '330100';
export const staffOf = (bureauId: string): Actor => ({ id: `clerk-${bureauId}`, role: 'BUREAU_STAFF', bureauId });

export type AccountabilityStores = Awaited<ReturnType<typeof openAccountabilityStores>>;

export async function openAccountabilityStores(countingKinds: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS) {
  const dir = mkdtempSync(join(tmpdir(), 'aol-accountability-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  const accountabilityRunner = new ProjectionRunner(stores.readStore, ACCOUNTABILITY_PROJECTIONS, (projection, event, error) => {
    throw new Error(`${projection} failed on ${event.type}@${event.position}: ${String(error)}`);
  });
  stores.rawEventStore.setInlineHook((events) => {
    const current = stores.toCurrent(events);
    stores.runner.apply(current);
    accountabilityRunner.apply(current);
    stores.ledger.sealInline(events);
  });
  const registry = new RegistryService(stores.eventStore);
  const inspections = new InspectionService(stores.eventStore);
  await inspections.seedReferenceData();
  for (const regionCode of ['330000', CITY, XIHU, YUHANG]) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(ADMIN, '2019-01-01'));
  const accountability = new AccountabilityService(stores.readStore, countingKinds);
  let seed = 4_400_000;

  const helpers = {
    async register(bureauId: string, on: string, name = '某某有限公司', unitId = makeCreditCode(seed++, { region: bureauId })): Promise<string> {
      await registry.execute(
        { type: 'RegisterUnit', data: { unitId, name, category: 'ENTERPRISE', unitClass: null, regionCode: bureauId, bureauId, address: null, checkOverrideReason: null } },
        meta(staffOf(bureauId), on),
      );
      return unitId;
    },
    async transfer(unitId: string, from: string, to: string, on: string): Promise<void> {
      await registry.execute({ type: 'TransferUnit', data: { unitId, toBureauId: to, reason: '隶属关系变更' } }, meta(staffOf(from), on));
    },
    async deregister(unitId: string, bureauId: string, on: string): Promise<void> {
      await registry.execute({ type: 'DeregisterUnit', data: { unitId, reason: 'DISSOLVED', mergedInto: null, note: null } }, meta(staffOf(bureauId), on));
    },
    async inspect(unitId: string, bureauId: string, day: string, kind: InspectionKind = 'LAW_ENFORCEMENT'): Promise<string> {
      const result = await inspections.recordInspection(
        {
          bureauId,
          unitId,
          planId: null,
          kind,
          checklist: { checklistId: V2.checklistId, version: 2 },
          day,
          inspectors: [
            { personId: 'p1', name: '王检查', credentialNumber: 'A-1' },
            { personId: 'p2', name: '李执法', credentialNumber: 'A-2' },
          ],
          results: itemsFor(V2, kind).map((i) => ({ itemCode: i.code, result: 'COMPLIANT' as const, note: null })),
          findings: [],
          conclusion: '符合要求',
          evidence: [],
        },
        meta(staffOf(bureauId), day),
      );
      return (result.events[0]?.data as { inspectionId: string }).inspectionId;
    },
    async correctDay(inspectionId: string, bureauId: string, day: string): Promise<void> {
      await inspections.correctInspectionRecord({ inspectionId, reason: '日期录入错误', changes: { day } }, meta(staffOf(bureauId), new Date().toISOString()));
    },
    async withdraw(inspectionId: string, bureauId: string): Promise<void> {
      await inspections.withdrawInspection({ inspectionId, reason: '记录不实' }, meta(staffOf(bureauId), new Date().toISOString()));
    },
    async close(): Promise<void> {
      await stores.eventStore.close();
      await stores.readStore.close();
      stores.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return { ...stores, dir, accountabilityRunner, registry, inspections, accountability, ...helpers };
}

/** Metadata of an act on a business day (10:00 in China) or at an instant. */
export function meta(actor: Actor, on: string): CommandMetadata {
  return { actor, occurredAt: on.length === 10 ? `${on}T02:00:00.000Z` : on, correlationId: uuidv7() };
}

/** A moment strictly between two appends (the store's clock is the real one). */
export async function instantBetween(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return at;
}
