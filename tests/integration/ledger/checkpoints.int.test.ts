import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { parsePublicKey, verifyCheckpoint } from '../../../src/ledger/checkpoints';
import { verifyConsistency } from '../../../src/ledger/merkle';
import { GENERATED_KEY_FILE, loadSigningKey, SigningKeyError } from '../../../src/ledger/signing-key';
import { newEvent } from '../../contract/event-store.contract';
import { openEmbedded, removeFolder, type EmbeddedLedger } from './embedded-ledger.fixture';

const dirs: string[] = [];
const opened: EmbeddedLedger[] = [];
function open(options?: Parameters<typeof openEmbedded>[0]): EmbeddedLedger {
  const app = openEmbedded(options);
  opened.push(app);
  dirs.push(app.dir);
  return app;
}
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) removeFolder(dir);
});

const append = (app: EmbeddedLedger, n = 1) => app.eventStore.appendToStream(`s-${uuidv7()}`, Array.from({ length: n }, () => newEvent()));

describe('the signing key', () => {
  it('is generated once into DATA_DIR/ledger-signing-key.pem, readable by its owner only, and reused', async () => {
    const app = open();
    const file = join(app.dir, GENERATED_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const keyId = app.ledger.publicKey.keyId;
    await app.close();
    const again = open({ dir: app.dir });
    expect(again.ledger.publicKey.keyId).toBe(keyId);
  });

  it('comes from configuration when given: PEM or base64 PKCS#8 inline, or a PEM file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aol-key-'));
    dirs.push(dir);
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const keyId = loadSigningKey({ kind: 'inline', key: pem }).publicKey.keyId;
    expect(loadSigningKey({ kind: 'inline', key: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64') }).publicKey.keyId).toBe(keyId);
    writeFileSync(join(dir, 'key.pem'), pem);
    expect(loadSigningKey({ kind: 'file', path: join(dir, 'key.pem') }).publicKey.keyId).toBe(keyId);
    expect(() => loadSigningKey({ kind: 'file', path: join(dir, 'missing.pem') })).toThrow(SigningKeyError);
    writeFileSync(join(dir, GENERATED_KEY_FILE), 'not a key');
    expect(() => loadSigningKey({ kind: 'generated', dataDir: dir })).toThrow(/not a PEM or base64 PKCS#8/);
  });
});

describe('checkpoints', () => {
  it('sign the current tree on demand; the public key verifies them', async () => {
    const times = ['2025-03-01T10:00:00.000Z', '2025-03-01T10:01:00.000Z'];
    const app = open({ now: () => new Date(times.shift() ?? '2025-03-01T10:02:00.000Z') });
    await append(app, 3);
    const first = await app.ledger.publishCheckpoint();
    expect(first).toMatchObject({ treeSize: 3, issuedAt: '2025-03-01T10:00:00.000Z', keyId: app.ledger.publicKey.keyId });
    expect(first.rootHash).toBe((await app.ledger.rootAt(3)).toString('hex'));
    expect(verifyCheckpoint(first, parsePublicKey(app.ledger.publicKey.pem)!)).toBe(true);
    expect(await app.ledger.latestCheckpoint()).toEqual(first);
    // The key that signed is kept in the ledger, so checkpoints stay verifiable after a key change.
    expect((await app.ledger.ledgerStore.publicKey(first.keyId))?.toString('base64')).toBe(app.ledger.publicKey.spki);
  });

  it('are published at the interval only when the tree grew', async () => {
    const app = open();
    expect(await app.ledger.publishIfGrown()).toMatchObject({ treeSize: 0 }); // none yet: the empty tree
    expect(await app.ledger.publishIfGrown()).toBeNull();
    await append(app, 2);
    app.ledger.startPublishing(60, (error) => { throw error; });
    await app.ledger.stopPublishing(); // waits for the publication the start triggered
    expect((await app.ledger.latestCheckpoint())?.treeSize).toBe(2);
    expect(await app.ledger.publishIfGrown()).toBeNull();
    const page = await app.ledger.checkpoints(10);
    expect(page.checkpoints.map((c) => c.treeSize)).toEqual([2, 0]);
  });

  it('page newest first, and two of them are proven consistent', async () => {
    const app = open();
    const sizes: number[] = [];
    for (let i = 1; i <= 5; i++) {
      await append(app, i);
      sizes.push((await app.ledger.publishCheckpoint()).treeSize);
    }
    const first = await app.ledger.checkpoints(2);
    expect(first.checkpoints.map((c) => c.treeSize)).toEqual([15, 10]);
    expect(first.hasNextPage).toBe(true);
    const second = await app.ledger.checkpoints(10, first.checkpoints[1]?.seq);
    expect(second.checkpoints.map((c) => c.treeSize)).toEqual([6, 3, 1]);
    expect(second.hasNextPage).toBe(false);

    const proof = await app.ledger.consistencyProof(3, 10);
    expect(proof.fromCheckpoint?.treeSize).toBe(3);
    expect(proof.toCheckpoint?.treeSize).toBe(10);
    const hashes = proof.proof.map((h) => Buffer.from(h, 'hex'));
    const roots = [proof.fromCheckpoint!.rootHash, proof.toCheckpoint!.rootHash].map((h) => Buffer.from(h, 'hex')) as [Buffer, Buffer];
    expect(verifyConsistency(3, 10, roots[0], roots[1], hashes)).toBe(true);
    // Without a target: the latest checkpoint.
    expect((await app.ledger.consistencyProof(6)).toSize).toBe(15);
  });

  it('refuse tree sizes the ledger does not have, with stable codes', async () => {
    const app = open();
    await append(app, 4);
    await expect(app.ledger.inclusionProof(5)).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'EVENT_NOT_SEALED' });
    await expect(app.ledger.inclusionProof(0)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_POSITION' });
    await expect(app.ledger.inclusionProof(3, 9)).rejects.toMatchObject({ reason: 'TREE_SIZE_BEYOND_LEDGER' });
    await expect(app.ledger.inclusionProof(3, 2)).rejects.toMatchObject({ reason: 'EVENT_NOT_IN_TREE' });
    await expect(app.ledger.consistencyProof(3, 2)).rejects.toMatchObject({ reason: 'INVALID_TREE_SIZE' });
    await expect(app.ledger.inclusionProofForEvent('no-such-event')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'EVENT_NOT_FOUND' });
  });

  it('are attached to inclusion proofs: the latest when it covers the event, else none until one is published', async () => {
    const app = open();
    const { events } = await append(app, 2);
    const signed = await app.ledger.publishCheckpoint();
    await append(app, 1);
    expect(await app.ledger.inclusionProof(1)).toMatchObject({ treeSize: 2, checkpoint: signed });
    expect(await app.ledger.inclusionProof(3)).toMatchObject({ treeSize: 3, checkpoint: null });
    expect(await app.ledger.inclusionProofForEvent(events[1]!.id)).toMatchObject({ position: 2, treeSize: 2 });
  });
});
