import { randomBytes } from 'node:crypto';
import type { KeyStore, SubjectKey } from '../../src/privacy/key-store';

/**
 * The key-store port's contract, run against every adapter (SQLite, PostgreSQL, MongoDB): given a store (and a second
 * one on the same keys, as a second API instance opens it), when keys are made, read, destroyed, then the answers.
 *
 * `open(masterKey)` opens a store on the adapter's shared keys (the same file, schema or database every call of one
 * test); `ttlMs` is the key cache's lifetime where the adapter has one.
 */
export interface KeyStoreHarness {
  name: string;
  /** Fresh shared keys for one test (a new file, schema or database). */
  fresh(): Promise<void>;
  open(masterKey: Buffer, options?: { ttlMs?: number }): Promise<KeyStore>;
  /** Forgets the test's keys (drops the schema or database, deletes the file). */
  cleanup(): Promise<void>;
  /** Whether the adapter caches keys in memory (server adapters): another instance's erasure is seen on `forget` or expiry. */
  caches: boolean;
}

/** keyOf after whatever preparation the adapter needs. */
async function read(keys: KeyStore, subjectId: string): Promise<SubjectKey | null> {
  await keys.prepare([subjectId], false);
  return keys.keyOf(subjectId);
}

async function create(keys: KeyStore, subjectId: string): Promise<SubjectKey | null> {
  await keys.prepare([subjectId], true);
  return keys.keyFor(subjectId);
}

const same = (a: SubjectKey | null, b: SubjectKey | null): boolean =>
  a !== null && b !== null && a.encryptionKey.equals(b.encryptionKey) && a.ivKey.equals(b.ivKey);

export function keyStoreContract(harness: KeyStoreHarness): void {
  describe(`key store contract: ${harness.name}`, () => {
    const master = randomBytes(32);
    const opened: KeyStore[] = [];
    const open = async (options?: { ttlMs?: number }, key: Buffer = master) => {
      const store = await harness.open(key, options);
      opened.push(store);
      return store;
    };

    beforeEach(() => harness.fresh());
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await harness.cleanup();
    });

    it('makes a key on first use, keeps it, and another instance reads the same one', async () => {
      const keys = await open();
      expect(await read(keys, 'p-1')).toBeNull();
      expect(await keys.hasKey('p-1')).toBe(false);
      const made = await create(keys, 'p-1');
      expect(made?.encryptionKey).toHaveLength(32);
      expect(made?.ivKey).toHaveLength(32);
      expect(same(await create(keys, 'p-1'), made)).toBe(true);
      expect(await keys.hasKey('p-1')).toBe(true);
      expect(await keys.isErased('p-1')).toBe(false);
      const other = await open();
      expect(same(await read(other, 'p-1'), made)).toBe(true);
      // Different subjects, different keys.
      expect(same(await create(keys, 'p-2'), made)).toBe(false);
    });

    it('destroys a key: no key, a tombstone with the legal basis, never a new key; a second destruction counts nothing', async () => {
      const keys = await open();
      await create(keys, 'p-1');
      await create(keys, 'p-2');
      expect(await keys.destroy(['p-1'], () => 'PIPL §47')).toBe(1);
      expect(await read(keys, 'p-1')).toBeNull();
      expect(await create(keys, 'p-1')).toBeNull();
      expect(await keys.hasKey('p-1')).toBe(false);
      expect(await keys.isErased('p-1')).toBe(true);
      expect(await keys.destroy(['p-1'], () => 'again')).toBe(0);
      expect(await keys.erasedSubjects()).toEqual([{ subjectId: 'p-1', legalBasis: 'PIPL §47' }]);
      // The others are untouched; a fresh instance agrees.
      const other = await open();
      expect(await read(other, 'p-2')).not.toBeNull();
      expect(await read(other, 'p-1')).toBeNull();
      expect(await create(other, 'p-1')).toBeNull();
    });

    it('leaves a tombstone for a subject that never had a key, so none is made for them later', async () => {
      const keys = await open();
      expect(await keys.destroy(['never'], () => 'basis')).toBe(0);
      expect(await keys.isErased('never')).toBe(true);
      expect(await create(keys, 'never')).toBeNull();
      expect(await keys.hasKey('never')).toBe(false);
    });

    it('gives one key to a subject two instances create at the same moment', async () => {
      const a = await open();
      const b = await open();
      const subjects = Array.from({ length: 20 }, (_, i) => `race-${i}`);
      await Promise.all([a.prepare(subjects, true), b.prepare(subjects, true)]);
      for (const id of subjects) expect(same(a.keyFor(id), b.keyFor(id))).toBe(true);
      const fresh = await open();
      for (const id of subjects) expect(same(await read(fresh, id), a.keyFor(id))).toBe(true);
    });

    it('refuses to unwrap with another master key, naming the likely cause', async () => {
      const keys = await open();
      await create(keys, 'p-1');
      const wrong = await open(undefined, randomBytes(32));
      await expect(read(wrong, 'p-1')).rejects.toThrow(/does not unwrap with this master key/);
    });

    it("stops answering another instance's destroyed key once told (forget), or once its cached key expires", async () => {
      const eraser = await open();
      const reader = await open({ ttlMs: 300 });
      await create(eraser, 'p-1');
      await create(eraser, 'p-2');
      expect(await read(reader, 'p-1')).not.toBeNull();
      expect(await read(reader, 'p-2')).not.toBeNull();
      await eraser.destroy(['p-1', 'p-2']);
      reader.forget(['p-1']);
      expect(await read(reader, 'p-1')).toBeNull();
      if (!harness.caches) return; // one process's own file: no expiry to test
      // Not told about p-2: the cached key serves until it expires (the backstop), then the store says no.
      expect(await read(reader, 'p-2')).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await read(reader, 'p-2')).toBeNull();
    });
  });
}
