import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * Per-subject data keys (AES-256), each wrapped (AES-256-GCM) with the master key and kept apart from the log, so
 * that the log, its backups and its exports hold ciphertext only, and the key store is backed up on its own.
 *
 * The port (`KeyStore`) and its adapters:
 * - SQLite (this file, `SqliteKeyStore`): DATA_DIR/keys.sqlite, the embedded mode's (KEY_STORE=sqlite);
 * - PostgreSQL (postgres-key-store.ts) and MongoDB (mongo-key-store.ts): shared by every API instance and the
 *   projector of a server deployment (KEY_STORE=postgres|mongodb), through server-key-store.ts's cache.
 *
 * The field cipher asks for keys synchronously (`keyOf`, `keyFor`); a server store answers asynchronously. So the
 * encrypting store first `prepare`s the subjects an event batch names (loads their keys, and on append creates the
 * missing ones, durably, before the event is appended); the cipher then finds them in memory. The SQLite adapter
 * reads its file synchronously and needs no preparation.
 *
 * Destroying a subject's key deletes it. Everywhere else in this code nothing is ever deleted; here deletion is the
 * point: with the key gone, every copy of that subject's ciphertext, in the log and in every backup of it, is
 * unreadable for good (crypto-shredding). What remains of the subject is a tombstone (their pseudonymous id, the
 * time and the legal basis), so that a key is never made for them again.
 *
 * SQLite specifics: `secure_delete` zeroes the freed bytes, the rollback journal (not a WAL) leaves no old page
 * behind once the transaction ends, and a VACUUM after each destruction rewrites the file.
 */
export interface SubjectKey {
  /** Encrypts the fields (AES-256-GCM). */
  encryptionKey: Buffer;
  /** Derives each field's IV (HMAC-SHA256): see FieldCipher. */
  ivKey: Buffer;
}

/** Answers that a synchronous adapter gives at once and a server adapter gives as a promise: callers `await` them. */
export type MaybePromise<T> = T | Promise<T>;

/** The key-store port: what the field cipher, the encrypting store and erasure need of any adapter. */
export interface KeyStore {
  /** The subject's key; null when they have none (or it was destroyed). A server adapter answers from memory: see `prepare`. */
  keyOf(subjectId: string): SubjectKey | null;
  /**
   * The subject's key, made (and stored, durably, before the event that needs it) on first use; null for an erased
   * subject: their fields are written as the redaction marker, never under a new key.
   */
  keyFor(subjectId: string): SubjectKey | null;
  /**
   * Makes `keyOf` (and with `create`, `keyFor`) answer from memory for these subjects: loads their keys, creating the
   * missing ones of subjects not erased when `create`. Undefined when nothing had to be fetched (no await needed).
   */
  prepare(subjectIds: Iterable<string>, create: boolean): Promise<void> | undefined;
  /** Whether `prepare` would have nothing to fetch for these subjects (in memory and fresh). */
  loaded(subjectIds: Iterable<string>): boolean;
  /** Drops what this process remembers of these subjects (erased by another instance): the next use asks the store. */
  forget(subjectIds: Iterable<string>): void;
  isErased(subjectId: string): MaybePromise<boolean>;
  /** Whether the subject has a key now (asks the store, not the memory). */
  hasKey(subjectId: string): MaybePromise<boolean>;
  /** Destroys the subjects' keys and leaves tombstones; answers how many keys were destroyed. */
  destroy(subjectIds: readonly string[], legalBasisOf?: (subjectId: string) => string): MaybePromise<number>;
  /** Every tombstone: the subjects erased through this key store, with the legal basis given. */
  erasedSubjects(): MaybePromise<{ subjectId: string; legalBasis: string }[]>;
  /** Where the keys are, for the logs (no password). */
  readonly description: string;
  /** True when `keyOf`/`keyFor` read the store themselves (SQLite): `prepare` does nothing and need not be called. */
  readonly synchronous: boolean;
  close(): MaybePromise<void>;
}

/** An unwrapped key: the subject's two working keys, derived from the one stored (HKDF-SHA256). */
export function deriveSubjectKey(dataKey: Buffer, subjectId: string): SubjectKey {
  const derive = (label: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(subjectId, 'utf8'), label, 32));
  return { encryptionKey: derive('aol-field-encryption-v1'), ivKey: derive('aol-field-iv-v1') };
}

/** A new data key wrapped with the master key: iv ‖ tag ‖ ciphertext; the subject id is bound in (AAD), so a wrapped key cannot be moved to another subject. */
export function wrapDataKey(masterKey: Buffer, subjectId: string, dataKey: Buffer = randomBytes(32)): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(`subject-key:${subjectId}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]);
}

/** The data key inside a wrapped key; an error that names the likely cause when the master key is not the one that wrapped it. */
export function unwrapDataKey(masterKey: Buffer, subjectId: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', masterKey, wrapped.subarray(0, 12));
  decipher.setAAD(Buffer.from(`subject-key:${subjectId}`, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
  } catch {
    throw new Error(`The key of subject ${subjectId} does not unwrap with this master key (MASTER_KEY or DATA_DIR/master-key changed?)`);
  }
}

/** The subject's working keys from a wrapped data key. */
export function unwrapSubjectKey(masterKey: Buffer, subjectId: string, wrapped: Buffer): SubjectKey {
  return deriveSubjectKey(unwrapDataKey(masterKey, subjectId, wrapped), subjectId);
}

/** How many unwrapped keys stay in memory; beyond that the cache starts over (unwrapping is cheap). */
const CACHE_LIMIT = 50_000;

/** The SQLite adapter: DATA_DIR/keys.sqlite (KEY_STORE=sqlite, the embedded mode's). Synchronous throughout. */
export class SqliteKeyStore implements KeyStore {
  readonly description: string;
  readonly synchronous = true;
  private readonly db: Database.Database;
  private readonly cache = new Map<string, SubjectKey | null>();
  private readonly selectKey: Database.Statement<[string], { wrapped: Buffer }>;
  private readonly selectErased: Database.Statement<[string], { subject_id: string }>;
  private readonly insertKey: Database.Statement<[string, Buffer, string]>;

  /** `file`: DATA_DIR/keys.sqlite, or ':memory:' in tests. */
  constructor(
    file: string,
    private readonly masterKey: Buffer,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.description = `sqlite ${file}`;
    this.db = new Database(file);
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS subject_keys (subject_id TEXT PRIMARY KEY, wrapped BLOB NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS erased_subjects (subject_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL, legal_basis TEXT NOT NULL DEFAULT '');
    `);
    this.selectKey = this.db.prepare('SELECT wrapped FROM subject_keys WHERE subject_id = ?');
    this.selectErased = this.db.prepare('SELECT subject_id FROM erased_subjects WHERE subject_id = ?');
    this.insertKey = this.db.prepare('INSERT OR IGNORE INTO subject_keys (subject_id, wrapped, created_at) VALUES (?, ?, ?)');
  }

  /** The subject's key; null when they have none (or it was destroyed). */
  keyOf(subjectId: string): SubjectKey | null {
    // One lookup: every envelope read asks (a remembered null, the key destroyed, is not undefined).
    const cached = this.cache.get(subjectId);
    if (cached !== undefined) return cached;
    const row = this.selectKey.get(subjectId);
    const key = row ? unwrapSubjectKey(this.masterKey, subjectId, row.wrapped) : null;
    this.remember(subjectId, key);
    return key;
  }

  /**
   * The subject's key, made (and stored, durably, before the event that needs it) on first use; null for an
   * erased subject: their fields are written as the redaction marker, never under a new key.
   */
  keyFor(subjectId: string): SubjectKey | null {
    const existing = this.keyOf(subjectId);
    if (existing) return existing;
    if (this.isErased(subjectId)) return null;
    this.insertKey.run(subjectId, wrapDataKey(this.masterKey, subjectId), this.clock().toISOString());
    // Another connection may have made one first (INSERT OR IGNORE): whatever is stored is the key.
    this.cache.delete(subjectId);
    return this.keyOf(subjectId);
  }

  /** Nothing to load: the file answers synchronously. */
  prepare(): undefined {
    return undefined;
  }

  loaded(): boolean {
    return true;
  }

  forget(subjectIds: Iterable<string>): void {
    for (const id of subjectIds) this.cache.delete(id);
  }

  isErased(subjectId: string): boolean {
    return this.selectErased.get(subjectId) !== undefined;
  }

  /** Whether the subject has a key now. */
  hasKey(subjectId: string): boolean {
    return this.selectKey.get(subjectId) !== undefined;
  }

  /**
   * Destroys the subjects' keys and leaves tombstones; answers how many keys were destroyed. The file is then vacuumed so
   * that no page of it still holds the wrapped key.
   */
  destroy(subjectIds: readonly string[], legalBasisOf: (subjectId: string) => string = () => ''): number {
    const erasedAt = this.clock().toISOString();
    const deleteKey = this.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?');
    const tombstone = this.db.prepare('INSERT OR IGNORE INTO erased_subjects (subject_id, erased_at, legal_basis) VALUES (?, ?, ?)');
    let destroyed = 0;
    this.db.transaction(() => {
      for (const id of subjectIds) {
        destroyed += deleteKey.run(id).changes;
        tombstone.run(id, erasedAt, legalBasisOf(id));
      }
    })();
    for (const id of subjectIds) this.cache.set(id, null);
    if (destroyed > 0) this.db.exec('VACUUM');
    return destroyed;
  }

  /** Every tombstone: the subjects erased through this key store, with the legal basis given. */
  erasedSubjects(): { subjectId: string; legalBasis: string }[] {
    return this.db.prepare('SELECT subject_id AS subjectId, legal_basis AS legalBasis FROM erased_subjects ORDER BY subject_id').all() as { subjectId: string; legalBasis: string }[];
  }

  close(): void {
    this.db.close();
  }

  private remember(subjectId: string, key: SubjectKey | null): void {
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(subjectId, key);
  }
}

/** The SQLite adapter under its former name (the embedded composition, tools and tests construct it so). */
export const KeyStore = SqliteKeyStore;
