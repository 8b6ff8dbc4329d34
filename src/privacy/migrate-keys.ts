import Database from 'better-sqlite3';
import { unwrapDataKey, wrapDataKey } from './key-store';
import type { KeyRecords } from './server-key-store';

/**
 * Moving an embedded deployment to a server (`npm run migrate` copies the log byte for byte, so its personal fields
 * stay envelopes under the subjects' keys): the keys must follow, or every field would read as erased. This copies
 * DATA_DIR/keys.sqlite into a server key store: each data key unwrapped with the embedded master key and wrapped
 * again with the server's (MASTER_KEY; the two may be the same), each tombstone as a tombstone. Idempotent and
 * resumable: a subject that already has a record on the server keeps it (insert-if-absent), a tombstone always wins.
 */
export interface KeyMigrationReport {
  keys: number;
  tombstones: number;
}

/** What an embedded key store holds, read without changing it (for the plan and the report). */
export interface KeyFileContents {
  keys: number;
  tombstones: number;
  /** One wrapped key, to find which master key wrapped them; null when there are none. */
  sample: { subjectId: string; wrapped: Buffer } | null;
}

export function inspectKeyFile(keysFile: string): KeyFileContents {
  const db = new Database(keysFile, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((row) => row.name));
    if (!tables.has('subject_keys') || !tables.has('erased_subjects')) throw new Error(`${keysFile} is not a key store (no subject_keys or erased_subjects table)`);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const sample = (db.prepare('SELECT subject_id AS subjectId, wrapped FROM subject_keys ORDER BY subject_id LIMIT 1').get() as { subjectId: string; wrapped: Buffer } | undefined) ?? null;
    return { keys: count('subject_keys'), tombstones: count('erased_subjects'), sample };
  } finally {
    db.close();
  }
}

/**
 * Which of the candidate master keys wrapped the file's keys (tried on one of them): the embedded deployment's is
 * MASTER_KEY if it had one, or else DATA_DIR/master-key. Null when none does.
 */
export function findWrappingKey<T extends { key: Buffer }>(sample: { subjectId: string; wrapped: Buffer }, candidates: readonly T[]): T | null {
  for (const candidate of candidates) {
    try {
      unwrapDataKey(candidate.key, sample.subjectId, sample.wrapped);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

export async function migrateKeys(
  keysFile: string,
  fromMasterKey: Buffer,
  to: KeyRecords,
  toMasterKey: Buffer,
  batchSize = 1000,
): Promise<KeyMigrationReport> {
  const db = new Database(keysFile, { readonly: true, fileMustExist: true });
  try {
    const keys = db.prepare('SELECT subject_id AS subjectId, wrapped FROM subject_keys ORDER BY subject_id').iterate() as IterableIterator<{ subjectId: string; wrapped: Buffer }>;
    let batch: { subjectId: string; wrapped: Buffer }[] = [];
    let copied = 0;
    const now = new Date().toISOString();
    for (const row of keys) {
      batch.push({ subjectId: row.subjectId, wrapped: wrapDataKey(toMasterKey, row.subjectId, unwrapDataKey(fromMasterKey, row.subjectId, row.wrapped)) });
      if (batch.length >= batchSize) {
        await to.insertIfAbsent(batch, now);
        copied += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await to.insertIfAbsent(batch, now);
    copied += batch.length;
    const tombstones = db.prepare('SELECT subject_id AS subjectId, erased_at AS erasedAt, legal_basis AS legalBasis FROM erased_subjects ORDER BY subject_id').all() as {
      subjectId: string;
      erasedAt: string;
      legalBasis: string;
    }[];
    for (const tombstone of tombstones) await to.destroy([tombstone.subjectId], tombstone.erasedAt, () => tombstone.legalBasis);
    return { keys: copied, tombstones: tombstones.length };
  } finally {
    db.close();
  }
}
