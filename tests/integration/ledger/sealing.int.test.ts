import Database from 'better-sqlite3';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { SqliteEventStore } from '../../../src/eventstore/sqlite/sqlite-event-store';
import { canonicalEventBytes, LedgerGapError, openSqliteLedger, type LedgerStore } from '../../../src/ledger';
import { Ledger } from '../../../src/ledger/ledger';
import { consistencyProofOf, inclusionProofOf, leafHash, rootOfLeaves, verifyConsistency, verifyInclusion } from '../../../src/ledger/merkle';
import { loadSigningKey } from '../../../src/ledger/signing-key';
import { SqliteLedgerStore } from '../../../src/ledger/sqlite-ledger-store';
import { verifyStore } from '../../../src/ledger/verify-store';
import { newEvent } from '../../contract/event-store.contract';
import { openEmbedded, removeFolder, seedRegistry, type EmbeddedLedger } from './embedded-ledger.fixture';

const opened: EmbeddedLedger[] = [];
function open(options?: Parameters<typeof openEmbedded>[0]): EmbeddedLedger {
  const app = openEmbedded(options);
  opened.push(app);
  return app;
}
afterEach(async () => {
  const dirs = new Set<string>();
  for (const app of opened.splice(0)) {
    await app.close().catch(() => undefined);
    dirs.add(app.dir);
  }
  for (const dir of dirs) removeFolder(dir);
});

/** The leaves as the events read back from the store give them: the reference every stored tree must match. */
async function referenceLeaves(app: Pick<EmbeddedLedger, 'eventStore'>): Promise<Buffer[]> {
  return (await app.eventStore.readAll()).map((event) => leafHash(canonicalEventBytes(event)));
}

/** Lets the event loop turn until `done` holds (a subscription catching up); fails after many turns, never on time. */
async function until(done: () => Promise<boolean>, turns = 10_000): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (await done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition never held');
}

describe('sealing inline, in the append transaction', () => {
  it('seals every event in log order: the stored tree gives the reference root, proofs and consistency proofs', async () => {
    const app = open();
    await seedRegistry(app);
    const leaves = await referenceLeaves(app);
    expect(leaves.length).toBeGreaterThan(8);
    expect(await app.ledger.size()).toBe(leaves.length);
    for (let size = 0; size <= leaves.length; size++) {
      expect((await app.ledger.rootAt(size)).equals(rootOfLeaves(leaves, 0, size))).toBe(true);
    }
    const root = rootOfLeaves(leaves);
    for (let position = 1; position <= leaves.length; position++) {
      const proof = await app.ledger.inclusionProof(position, leaves.length);
      expect(proof.auditPath).toEqual(inclusionProofOf(position - 1, leaves).map((h) => h.toString('hex')));
      expect(proof.leafHash).toBe((leaves[position - 1] as Buffer).toString('hex'));
      const path = proof.auditPath.map((h) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(position - 1, leaves.length, leaves[position - 1] as Buffer, path, root)).toBe(true);
    }
    for (let from = 0; from <= leaves.length; from++) {
      const proof = await app.ledger.consistencyProof(from, leaves.length);
      expect(proof.proof).toEqual(consistencyProofOf(from, leaves).map((h) => h.toString('hex')));
      const hashes = proof.proof.map((h) => Buffer.from(h, 'hex'));
      expect(verifyConsistency(from, leaves.length, rootOfLeaves(leaves, 0, from), root, hashes)).toBe(true);
    }
  });

  it('seals a group commit of concurrent appends at once', async () => {
    const app = open();
    await Promise.all(Array.from({ length: 50 }, () => app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()])));
    expect(await app.ledger.size()).toBe(100);
    expect((await app.ledger.rootAt(100)).equals(rootOfLeaves(await referenceLeaves(app)))).toBe(true);
  });

  it('rolls its leaves back with an append the hook refuses, and the next append continues the tree', async () => {
    const app = open();
    app.eventStore.setInlineHook((events) => {
      app.runner.apply(events);
      app.ledger.sealInline(events);
      if (events.some((e) => e.type === 'Poison')) throw new Error('refused after sealing');
    });
    const outcomes = await Promise.allSettled([
      app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
      app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent('Fine'), newEvent('Poison')]),
      app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent('Fine')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent('After')]);
    expect(await app.ledger.size()).toBe(3);
    expect((await verifyStore(app.eventStore, app.ledger.ledgerStore)).ok).toBe(true);
  });

  it('refuses to seal across a gap: appends fail until the ledger caught up', async () => {
    const before = open({ seal: false });
    await before.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
    await before.close();
    const app = open({ dir: before.dir });
    const refused = await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent()]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LedgerGapError);
    expect(String(refused)).toMatch(/sealed 0 events and must continue at position 1, got 3/);
    expect(await app.eventStore.headPosition()).toBe(2);
    await app.ledger.catchUp(app.eventStore);
    await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent()]);
    expect(await app.ledger.size()).toBe(3);
  });

  it('continues one tree when two handles on the same file append in turn (the import CLI beside the server)', async () => {
    const server = open();
    const db = new Database(server.file);
    const cli = new SqliteEventStore(db);
    const cliLedger = openSqliteLedger(db, { signingKey: { kind: 'generated', dataDir: server.dir } });
    cli.setInlineHook((events) => cliLedger.sealInline(events));
    try {
      for (let i = 0; i < 6; i++) {
        const store = i % 2 === 0 ? server.eventStore : cli;
        await Promise.all([store.appendToStream(`s-${uuidv7()}`, [newEvent()]), store.appendToStream(`s-${uuidv7()}`, [newEvent()])]);
      }
      expect(await server.ledger.size()).toBe(12);
      expect(cliLedger.publicKey.keyId).toBe(server.ledger.publicKey.keyId); // the same generated key file
      expect((await verifyStore(server.eventStore, server.ledger.ledgerStore)).ok).toBe(true);
    } finally {
      await cli.close();
      db.close();
    }
  });
});

describe('catching up at start', () => {
  it('seals a log written before the ledger existed, with progress, then seals new events inline', async () => {
    const before = open({ seal: false });
    await seedRegistry(before);
    const head = await before.eventStore.headPosition();
    await before.close();

    const app = open({ dir: before.dir });
    expect(await app.ledger.size()).toBe(0);
    const progress: [number, number][] = [];
    expect(await app.ledger.sealer.catchUp(app.eventStore, (done, total) => progress.push([done, total]), 4)).toBe(head);
    expect(progress[progress.length - 1]).toEqual([head, head]);
    expect(progress.length).toBe(Math.ceil(head / 4));
    expect(await app.ledger.catchUp(app.eventStore)).toBe(0);
    await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent()]);
    expect((await app.ledger.rootAt(head + 1)).equals(rootOfLeaves(await referenceLeaves(app)))).toBe(true);
  });

  it('refuses to start on a log shorter than the ledger: sealed events are missing', async () => {
    const app = open();
    await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
    const logOfOne = { headPosition: async () => 1, readAll: async () => [] };
    await expect(app.ledger.catchUp(logOfOne)).rejects.toThrow(/the log ends at position 1: sealed events are missing/);
  });
});

describe('sealing by subscription (server backends)', () => {
  /** Only the asynchronous port: what a PostgreSQL ledger would offer. */
  function asyncOnly(store: SqliteLedgerStore): LedgerStore {
    return {
      size: () => store.size(),
      appendLeaves: (first, hashes) => store.appendLeaves(first, hashes),
      nodeHashes: (ids) => store.nodeHashes(ids),
      leafHashes: (from, count) => store.leafHashes(from, count),
      addCheckpoint: (c) => store.addCheckpoint(c),
      latestCheckpoint: () => store.latestCheckpoint(),
      checkpoints: (q) => store.checkpoints(q),
      checkpointOfSize: (s) => store.checkpointOfSize(s),
      addPublicKey: (id, spki) => store.addPublicKey(id, spki),
      publicKey: (id) => store.publicKey(id),
    };
  }

  it('catches up from the last sealed position, then follows live appends through the catch-up subscription', async () => {
    const app = open({ seal: false });
    await seedRegistry(app);
    // The ledger in a database of its own, as a server backend would keep it.
    const ledgerDb = new Database(':memory:');
    const ledger = new Ledger({ store: asyncOnly(new SqliteLedgerStore(ledgerDb)), signingKey: loadSigningKey({ kind: 'generated', dataDir: app.dir }) });
    expect(() => ledger.sealInline([])).toThrow(/cannot seal inline/);
    const errors: unknown[] = [];
    const subscription = await ledger.follow(app.eventStore, { onError: (error) => errors.push(error), batchSize: 3 });
    try {
      expect(await ledger.size()).toBe(await app.eventStore.headPosition());
      await Promise.all(Array.from({ length: 20 }, () => app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent()])));
      await app.eventStore.appendToStream(`s-${uuidv7()}`, [newEvent(), newEvent()]);
      const head = await app.eventStore.headPosition();
      await until(async () => (await ledger.size()) === head);
      expect((await ledger.rootAt(head)).equals(rootOfLeaves(await referenceLeaves(app)))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await subscription.stop();
      ledgerDb.close();
    }
  });
});
