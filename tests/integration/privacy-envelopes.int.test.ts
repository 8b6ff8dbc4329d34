import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandMetadata } from '../../src/application/command-handler';
import { InspectionService } from '../../src/application/inspection.service';
import { RegistryService } from '../../src/application/registry.service';
import { itemsFor } from '../../src/domain/checklist/checklist';
import { SHIPPED_CHECKLISTS } from '../../src/domain/checklist/shipped';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Actor, RecordedEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { openEmbeddedStores, type EmbeddedStores } from '../../src/composition/embedded';
import { keysFileOf } from '../../src/privacy';
import { envelopeSubject } from '../../src/privacy/field-cipher';
import { KeyStore, type SubjectKey } from '../../src/privacy/key-store';
import { loadMasterKey } from '../../src/privacy/master-key';
import { sealLegacy } from '../unit/privacy/legacy-envelopes';

/**
 * Old logs stay readable: the same history stored with v1 envelopes (every field alone), v2 (a person's fields
 * together, as objects) and v3 (written now, strings) gives the same read models, incrementally and rebuilt, and an
 * erasure reads as the marker in each.
 */

const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const CLERK: Actor = { id: 'clerk-xh', role: 'BUREAU_STAFF', bureauId: '330106' };
const CHECKLIST = SHIPPED_CHECKLISTS[1]!.checklist;
const meta = (actor: Actor, day: string): CommandMetadata => ({ actor, occurredAt: `${day}T02:00:00.000Z`, correlationId: uuidv7() });
/** One clock for the three stores: recordedAt is the same in each. */
const clock = () => new Date('2025-06-01T04:00:00.000Z');

interface Opened {
  dir: string;
  stores: EmbeddedStores;
}
const opened: Opened[] = [];

function open(): Opened {
  const dir = mkdtempSync(join(tmpdir(), 'aol-privacy-envelopes-'));
  const store = { dir, stores: openEmbeddedStores(join(dir, 'ledger.sqlite'), undefined, clock) };
  opened.push(store);
  return store;
}

afterAll(async () => {
  for (const { dir, stores } of opened) {
    await stores.eventStore.close();
    stores.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Every read-model table (rm_<collection>), as rows of id and document. */
function readModels({ stores }: Opened): Record<string, unknown[]> {
  const tables = stores.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, stores.db.prepare(`SELECT * FROM "${table}" ORDER BY 1`).all()]));
}

/** The v3 store: the history written through the services, as the application writes it. */
async function writeHistory({ stores }: Opened): Promise<{ unitId: string }> {
  const registry = new RegistryService(stores.eventStore);
  const inspections = new InspectionService(stores.eventStore, clock);
  await inspections.seedReferenceData();
  for (const regionCode of ['330000', '330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta(ADMIN, '2024-01-01'));
  const unitId = makeCreditCode(7_303_001, { region: '330106' });
  await registry.execute(
    { type: 'RegisterUnit', data: { unitId, name: '某公司', category: 'ENTERPRISE', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
    meta(ADMIN, '2024-01-02'),
  );
  for (const [archivistId, name] of [['env-a-1', '张旧档'], ['env-a-2', '李新档']] as const) {
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId, name, partTime: false, duties: null } }, meta(ADMIN, '2024-02-01'));
  }
  await inspections.recordInspection(
    {
      bureauId: null,
      unitId,
      planId: null,
      kind: 'LAW_ENFORCEMENT',
      checklist: { checklistId: CHECKLIST.checklistId, version: 2 },
      day: '2025-03-10',
      inspectors: [
        { personId: 'env-p-1', name: '王检查', credentialNumber: '执 001' },
        { personId: 'env-p-2', name: '赵执法', credentialNumber: '执 002' },
      ],
      results: itemsFor(CHECKLIST, 'LAW_ENFORCEMENT').map((i) => ({ itemCode: i.code, result: 'COMPLIANT' as const, note: null })),
      findings: [],
      conclusion: '符合要求',
      evidence: [],
    },
    meta(CLERK, '2025-03-10'),
  );
  return { unitId };
}

/** Another store: the same events (ids, streams, order, data), their personal fields sealed as `version` wrote them. */
async function copyAs(version: 'v1' | 'v2', history: readonly RecordedEvent[], target: Opened): Promise<void> {
  const keys = new KeyStore(keysFileOf(target.dir), loadMasterKey({ kind: 'generated', dataDir: target.dir }));
  try {
    for (const event of history) {
      const { recordedAt: _recordedAt, ...metadata } = event.metadata;
      const data = sealLegacy(version, (subjectId) => keys.keyFor(subjectId) as SubjectKey, event.id, event.type, event.data);
      await target.stores.rawEventStore.appendToStream(event.streamId, [{ id: event.id, type: event.type, schemaVersion: event.schemaVersion, data, metadata }]);
    }
  } finally {
    keys.close();
  }
}

describe('one history stored as v1, v2 and v3 envelopes', () => {
  let v3: Opened;
  let v2: Opened;
  let v1: Opened;
  let ids: { unitId: string };

  beforeAll(async () => {
    v3 = open();
    ids = await writeHistory(v3);
    const history = await v3.stores.eventStore.readAll();
    v2 = open();
    await copyAs('v2', history, v2);
    v1 = open();
    await copyAs('v1', history, v1);
  });

  it('is stored in each version, with no name in clear', async () => {
    const names = ['张旧档', '李新档', '王检查', '执 001', '赵执法'];
    const stored = async ({ stores }: Opened) => JSON.stringify((await stores.rawEventStore.readAll()).map((e) => e.data));
    const [text3, text2, text1] = await Promise.all([stored(v3), stored(v2), stored(v1)]);
    expect(text3).toContain('\uFEFFv3:env-p-1:');
    expect(text3).not.toContain('$enc');
    expect(text2).toContain('"$enc":"v2"');
    expect(text1).toContain('"$enc":"v1"');
    expect(text1).not.toContain('"$enc":"v2"');
    for (const text of [text3, text2, text1]) for (const name of names) expect(text).not.toContain(name);
    const conducted = (await v2.stores.rawEventStore.readAll({ filter: { eventTypes: ['InspectionConducted'] } }))[0];
    expect(envelopeSubject((conducted?.data as { inspectors: { credentialNumber: unknown }[] }).inspectors[0]?.credentialNumber)).toBe('env-p-1');
  });

  it('reads the same events and projects the same read models, as appended and rebuilt', async () => {
    const decrypted = async ({ stores }: Opened) => (await stores.eventStore.readAll()).map(({ id, type, data }) => ({ id, type, data }));
    expect(await decrypted(v2)).toEqual(await decrypted(v3));
    expect(await decrypted(v1)).toEqual(await decrypted(v3));
    const models = readModels(v3);
    expect(JSON.stringify(models)).toContain('王检查');
    expect(readModels(v2)).toEqual(models);
    expect(readModels(v1)).toEqual(models);
    for (const store of [v3, v2, v1]) await store.stores.runner.rebuild(store.stores.eventStore);
    expect(readModels(v3)).toEqual(models);
    expect(readModels(v2)).toEqual(models);
    expect(readModels(v1)).toEqual(models);
  });

  it('reads an erased archivist and inspector as the marker in each, and the others unchanged', async () => {
    for (const { stores } of [v3, v2, v1]) {
      const privacy = stores.privacy;
      if (!privacy) throw new Error('encryption is on by default');
      for (const subjectId of ['env-a-1', 'env-p-1']) {
        await privacy.erase({ subjectId, legalBasis: 'PIPL §47', actor: ADMIN, correlationId: 'c', occurredAt: '2025-07-01T00:00:00.000Z' });
      }
      const unit = JSON.stringify(await stores.readStore.get('units', ids.unitId));
      expect(unit).toContain('[erased]');
      expect(unit).toContain('李新档');
      expect(unit).not.toContain('张旧档');
      const conducted = (await stores.eventStore.readAll({ filter: { eventTypes: ['InspectionConducted'] } }))[0];
      expect((conducted?.data as { inspectors: unknown[] }).inspectors).toEqual([
        { personId: 'env-p-1', name: '[erased]', credentialNumber: '[erased]' },
        { personId: 'env-p-2', name: '赵执法', credentialNumber: '执 002' },
      ]);
      expect(JSON.stringify(readModels({ dir: '', stores }))).not.toContain('王检查');
    }
  });
});
