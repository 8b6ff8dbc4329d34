import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandMetadata } from '../../src/application/command-handler';
import { RegistryService } from '../../src/application/registry.service';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Actor, NewEvent } from '../../src/domain/shared/event';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { openEmbeddedStores, type EmbeddedStores } from '../../src/composition/embedded';
import { envelopeSubject } from '../../src/privacy/field-cipher';

/** The encrypting wrapper over the real embedded store: what is stored, what is read, what a replay is. */

const admin: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const meta = (day: string): CommandMetadata => ({ actor: admin, occurredAt: `${day}T02:00:00.000Z`, correlationId: uuidv7() });

let dir: string;
let stores: EmbeddedStores;
let registry: RegistryService;
const unitId = makeCreditCode(7301);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aol-privacy-store-'));
  stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  registry = new RegistryService(stores.eventStore);
  for (const regionCode of ['330000', '330100', '330106']) await registry.establishBureau({ regionCode, name: `${regionCode}档案局` }, meta('2024-01-01'));
  await registry.execute(
    { type: 'RegisterUnit', data: { unitId, name: '某单位', category: 'ORGAN', unitClass: null, regionCode: '330106', bureauId: '330106', address: null, checkOverrideReason: null } },
    meta('2024-01-02'),
  );
});

afterEach(async () => {
  await stores.eventStore.close();
  stores.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the encrypting event store over the embedded log', () => {
  it('stores the name encrypted, answers and projects it decrypted', async () => {
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-1', name: '张秘密', partTime: false, duties: null } }, meta('2024-02-01'));
    const stored = (await stores.rawEventStore.readStream(`unit-${unitId}`)).find((e) => e.type === 'ArchivistAssigned');
    expect(JSON.stringify(stored?.data)).not.toContain('张秘密');
    expect(envelopeSubject((stored?.data as { name: unknown }).name)).toBe('a-1');
    const read = (await stores.eventStore.readStream(`unit-${unitId}`)).find((e) => e.type === 'ArchivistAssigned');
    expect((read?.data as { name: unknown }).name).toBe('张秘密');
    const unit = await stores.readStore.get<{ _id: string; archivists?: { name: string }[] }>('units', unitId);
    expect(JSON.stringify(unit)).toContain('张秘密');
  });

  it('recognises the same event appended again as an idempotent replay', async () => {
    const event: NewEvent = {
      id: uuidv7(),
      type: 'ArchivistAssigned',
      schemaVersion: 1,
      data: { unitId, archivistId: 'a-2', name: '李重放', partTime: false, duties: null },
      metadata: meta('2024-02-02'),
    };
    const first = await stores.eventStore.appendToStream(`unit-${unitId}`, [event]);
    const again = await stores.eventStore.appendToStream(`unit-${unitId}`, [event]);
    expect(first.written).toBe(true);
    expect(again.written).toBe(false);
    expect(again.lastPosition).toBe(first.lastPosition);
    expect((again.events[0]?.data as { name: string }).name).toBe('李重放');
  });
});

describe('erasure over the embedded store', () => {
  it('applies the retention policy: an open rectification order on the unit blocks it, its acceptance frees it', async () => {
    const privacy = stores.privacy;
    if (!privacy) throw new Error('encryption is on by default');
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-3', name: '王保留', partTime: false, duties: null } }, meta('2024-02-01'));
    const order = (orderId: string, type: string, data: object): NewEvent => ({ id: uuidv7(), type, schemaVersion: 1, data: { orderId, unitId, bureauId: '330106', ...data }, metadata: meta('2024-03-01') });
    await stores.eventStore.appendToStream('order-o-1', [order('o-1', 'RectificationOrdered', { inspectionId: 'i-1', findingIds: [], orderedOn: '2024-03-01', deadline: '2024-06-01', legalBasis: { law: 'x' }, documentNumber: null })]);
    const request = { subjectId: 'a-3', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c', occurredAt: '2024-07-01T00:00:00.000Z' };
    await expect(privacy.erase(request)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_BLOCKED_OPEN_ORDER', details: { unitIds: [unitId] } });
    await stores.eventStore.appendToStream('order-o-1', [order('o-1', 'RectificationReviewed', { outcome: 'ACCEPTED', reasons: null, reviewedOn: '2024-06-02' })]);
    await expect(privacy.erase(request)).resolves.toMatchObject({ subjectId: 'a-3', keysDestroyed: 1 });
    const read = (await stores.eventStore.readStream(`unit-${unitId}`)).find((e) => e.type === 'ArchivistAssigned');
    expect((read?.data as { name: string }).name).toBe('[erased]');
    expect(JSON.stringify(await stores.readStore.get('units', unitId))).not.toContain('王保留');
  });

  it('holds appends while it rebuilds the read models, and lets them through after', async () => {
    const privacy = stores.privacy;
    if (!privacy) throw new Error('encryption is on by default');
    await registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-4', name: '赵并发', partTime: false, duties: null } }, meta('2024-02-01'));
    const erasing = privacy.erase({ subjectId: 'a-4', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c', occurredAt: '2024-07-01T00:00:00.000Z' });
    const concurrent = registry.execute({ type: 'AssignArchivist', data: { unitId, archivistId: 'a-5', name: '钱同时', partTime: false, duties: null } }, meta('2024-02-03'));
    await Promise.all([erasing, concurrent]);
    const unit = JSON.stringify(await stores.readStore.get('units', unitId));
    expect(unit).toContain('钱同时');
    expect(unit).not.toContain('赵并发');
    // The read models are complete: every projection reached the head.
    expect(stores.runner.position()).toBe(await stores.eventStore.headPosition());
  });

  it('refuses to call erased a subject whose fields were stored in clear (before encryption was on), and changes nothing', async () => {
    const privacy = stores.privacy;
    if (!privacy) throw new Error('encryption is on by default');
    const plain: NewEvent = { id: uuidv7(), type: 'ArchivistAssigned', schemaVersion: 1, data: { unitId, archivistId: 'a-6', name: '孙明文', partTime: false, duties: null }, metadata: meta('2024-02-04') };
    await stores.rawEventStore.appendToStream(`unit-${unitId}`, [plain]); // as a log written before encryption holds it
    const head = await stores.eventStore.headPosition();
    const request = { subjectId: 'a-6', legalBasis: 'PIPL §47', actor: admin, correlationId: 'c', occurredAt: '2024-07-01T00:00:00.000Z' };
    await expect(privacy.erase(request)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_IMPOSSIBLE_STORED_IN_CLEAR' });
    expect(await stores.eventStore.headPosition()).toBe(head);
  });
});
