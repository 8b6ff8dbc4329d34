import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * Per-subject data keys (AES-256), each wrapped (AES-256-GCM) with the master key and kept in their own SQLite file,
 * DATA_DIR/keys.sqlite — apart from the log, so that the log, its backups and its exports hold ciphertext only, and
 * the key store is backed up on its own.
 *
 * Destroying a subject's key deletes its row. Everywhere else in this code nothing is ever deleted; here deletion is
 * the point: with the key gone, every copy of that subject's ciphertext, in the log and in every backup of it,
 * is unreadable for good (crypto-shredding). `secure_delete` zeroes the freed bytes, the rollback journal (not a
 * WAL) leaves no old page behind once the transaction ends, and a VACUUM after each destruction rewrites the file.
 * What remains of the subject is a tombstone (their pseudonymous id and the time), so that a key is never made for
 * them again.
 */
export interface SubjectKey {
  /** Encrypts the fields (AES-256-GCM). */
  encryptionKey: Buffer;
  /** Derives each field's IV (HMAC-SHA256): see FieldCipher. */
  ivKey: Buffer;
}

/** An unwrapped key: the subject's two working keys, derived from the one stored (HKDF-SHA256). */
function deriveSubjectKey(dataKey: Buffer, subjectId: string): SubjectKey {
  const derive = (label: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.from(subjectId, 'utf8'), label, 32));
  return { encryptionKey: derive('aol-field-encryption-v1'), ivKey: derive('aol-field-iv-v1') };
}

/** How many unwrapped keys stay in memory; beyond that the cache starts over (unwrapping is cheap). */
const CACHE_LIMIT = 50_000;

export class KeyStore {
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
    if (this.cache.has(subjectId)) return this.cache.get(subjectId) ?? null;
    const row = this.selectKey.get(subjectId);
    const key = row ? deriveSubjectKey(this.unwrap(subjectId, row.wrapped), subjectId) : null;
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
    const dataKey = randomBytes(32);
    this.insertKey.run(subjectId, this.wrap(subjectId, dataKey), this.clock().toISOString());
    // Another connection may have made one first (INSERT OR IGNORE): whatever is stored is the key.
    this.cache.delete(subjectId);
    return this.keyOf(subjectId);
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

  /** iv ‖ tag ‖ ciphertext; the subject id is bound in (AAD), so a wrapped key cannot be moved to another subject. */
  private wrap(subjectId: string, dataKey: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.masterKey, iv);
    cipher.setAAD(Buffer.from(`subject-key:${subjectId}`, 'utf8'));
    const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]);
  }

  private unwrap(subjectId: string, wrapped: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.masterKey, wrapped.subarray(0, 12));
    decipher.setAAD(Buffer.from(`subject-key:${subjectId}`, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
    } catch {
      throw new Error(`The key of subject ${subjectId} does not unwrap with this master key (MASTER_KEY or DATA_DIR/master-key changed?)`);
    }
  }
}
