import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSPECTIONS, type InspectionDoc } from '../../../projections/inspection/inspections.projection';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { InactionReviewService } from '../../../src/application/inaction-review.service';
import { InspectionService } from '../../../src/application/inspection.service';
import { OversightService } from '../../../src/application/oversight.service';
import { RectificationService } from '../../../src/application/rectification.service';
import { RegistryService } from '../../../src/application/registry.service';
import { itemsFor } from '../../../src/domain/checklist/checklist';
import { SHIPPED_CHECKLISTS } from '../../../src/domain/checklist/shipped';
import { inspectionStreamId, planStreamId } from '../../../src/domain/inspection/inspection.events';
import { trainingStreamId } from '../../../src/domain/oversight/training.events';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Actor } from '../../../src/domain/shared/event';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { DEFAULT_COUNTING_KINDS, type InspectionKind } from '../../../src/domain/supervision/common';
import { openEmbeddedStores } from '../../../src/main';

/**
 * The embedded store as src/main.ts opens it (every read model in the append's transaction) with the services that
 * write through deciders, and raw appends for the few records the deciders would refuse today but a legacy import
 * holds (a law-enforcement inspection with one inspector) or that need more set-up than the review cares about
 * (trainings need archivists on duty; plans need rosters).
 */
export const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
export const V2 = SHIPPED_CHECKLISTS[1]!.checklist;
export const staffOf = (bureauId: string): Actor => ({ id: `clerk-${bureauId}`, role: 'BUREAU_STAFF', bureauId });

/** Metadata of an act on a business day (10:00 in China). */
export const meta = (actor: Actor, on: string): CommandMetadata => ({ actor, occurredAt: `${on}T02:00:00.000Z`, correlationId: uuidv7() });

export type InactionStores = Awaited<ReturnType<typeof openInactionStores>>;

export async function openInactionStores(bureaus: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'aol-inaction-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  const registry = new RegistryService(stores.eventStore);
  const inspections = new InspectionService(stores.eventStore);
  const rectifications = new RectificationService(stores.eventStore);
  const oversight = new OversightService(stores.eventStore);
  await inspections.seedReferenceData();
  for (const regionCode of bureaus) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(ADMIN, '2019-01-01'));
  const inaction = new InactionReviewService(stores.readStore, DEFAULT_COUNTING_KINDS);
  let seed = 7_700_000;

  async function appendRaw(streamId: string, type: string, data: object, actor: Actor, on: string): Promise<void> {
    const metadata = { actor, occurredAt: `${on}T02:00:00.000Z`, correlationId: uuidv7(), causationId: null, idempotencyKey: null };
    await stores.eventStore.appendToStream(streamId, [{ id: uuidv7(), type, data, schemaVersion: 1, metadata }], { expectedRevision: 'no_stream' });
  }

  const helpers = {
    async register(bureauId: string, on: string): Promise<string> {
      const unitId = makeCreditCode(seed++, { region: bureauId });
      await registry.execute(
        { type: 'RegisterUnit', data: { unitId, name: '某某有限公司', category: 'ENTERPRISE', unitClass: null, regionCode: bureauId, bureauId, address: null, checkOverrideReason: null } },
        meta(staffOf(bureauId), on),
      );
      return unitId;
    },
    /** A law-enforcement inspection by two inspectors; with `finding`, its first item is non-compliant. Returns its id and finding ids. */
    async inspect(unitId: string, bureauId: string, day: string, finding = false): Promise<{ inspectionId: string; findingIds: string[] }> {
      const kind: InspectionKind = 'LAW_ENFORCEMENT';
      const items = itemsFor(V2, kind);
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
          results: items.map((i, n) => ({ itemCode: i.code, result: finding && n === 0 ? ('NON_COMPLIANT' as const) : ('COMPLIANT' as const), note: null })),
          findings: finding ? [{ itemCode: items[0]!.code, severity: 'MAJOR' as const, description: '库房无防火门', legalBasis: null } as never] : [],
          conclusion: finding ? '存在问题' : '符合要求',
          evidence: [],
        },
        meta(staffOf(bureauId), day),
      );
      const inspectionId = (result.events[0]?.data as { inspectionId: string }).inspectionId;
      const doc = await stores.readStore.get<InspectionDoc>(INSPECTIONS, inspectionId);
      return { inspectionId, findingIds: doc?.findings.map((f) => f.findingId) ?? [] };
    },
    /** A legacy law-enforcement record by one inspector, with one finding F1 (the decider refuses such records now). */
    async inspectAlone(unitId: string, bureauId: string, day: string): Promise<string> {
      const inspectionId = `legacy-${seed++}`;
      await appendRaw(inspectionStreamId(inspectionId), 'InspectionConducted', {
        inspectionId, bureauId, unitId, planId: null, kind: 'LAW_ENFORCEMENT', day,
        inspectors: [{ personId: 'p1', name: '王检查', credentialNumber: 'A-1' }],
        checklist: { checklistId: V2.checklistId, version: 2 }, results: [], conclusion: '存在问题', evidence: [],
        findings: [{ findingId: 'F1', itemCode: 'STORAGE_SAFETY', severity: 'MAJOR', description: '无防火门', legalBasis: null }],
      }, staffOf(bureauId), day);
      return inspectionId;
    },
    order: async (inspectionId: string, findingIds: string[], bureauId: string, on: string, deadline: string): Promise<string> =>
      (await rectifications.order({ inspectionId, findingIds, deadline, legalBasis: '档案法§45', documentNumber: null }, meta(staffOf(bureauId), on))).orderId,
    async report(orderId: string, findingIds: string[], bureauId: string, on: string): Promise<void> {
      const items = findingIds.map((findingId) => ({ findingId, action: '已整改', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: '整改报告 1' }] }));
      await rectifications.execute({ type: 'SubmitRectificationReport', data: { orderId, items } }, meta(staffOf(bureauId), on));
    },
    async review(orderId: string, bureauId: string, on: string, outcome: 'ACCEPTED' | 'REJECTED' = 'ACCEPTED'): Promise<void> {
      await rectifications.execute({ type: 'ReviewRectification', data: { orderId, outcome, reasons: outcome === 'REJECTED' ? '证据不足' : null } }, meta(staffOf(bureauId), on));
    },
    async bulletin(bureauId: string, on: string): Promise<void> {
      await oversight.issueBulletin({ bureauId, kind: 'GENERAL', documentNumber: `${bureauId}〔${on}〕1号`, title: '年度通报', summary: null, units: [] }, meta(staffOf(bureauId), on));
    },
    async training(bureauId: string, on: string): Promise<void> {
      const trainingId = `training-${seed++}`;
      await appendRaw(trainingStreamId(trainingId), 'TrainingHeld', { trainingId, bureauId, day: on, title: '档案法培训', topics: ['LEGAL'], hours: 4, attendees: [], unitIds: [], unitRegions: [] }, staffOf(bureauId), on);
    },
    async plan(bureauId: string, on: string, to: string): Promise<void> {
      const planId = `plan-${seed++}`;
      await appendRaw(planStreamId(planId), 'InspectionPlanned', {
        planId, bureauId, title: '年度执法检查计划', period: { from: on, to }, kind: 'LAW_ENFORCEMENT', checklist: { checklistId: V2.checklistId, version: 2 },
        unitIds: [], assignments: [], selection: { method: 'LISTED' }, roster: [],
      }, staffOf(bureauId), on);
    },
    async close(): Promise<void> {
      await stores.eventStore.close();
      await stores.readStore.close();
      stores.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return { ...stores, registry, inspections, rectifications, oversight, inaction, ...helpers };
}
