import { Pool } from 'pg';
import { redactUrl } from '../eventstore/postgres/connection';
import type { KeyRecord, KeyRecords } from './server-key-store';

/**
 * The subjects' keys in PostgreSQL (KEY_STORE=postgres, the default with EVENT_STORE=postgres): the table
 * `subject_keys` in the event store's schema (POSTGRES_SCHEMA), apart from `events`. One row per subject: the wrapped
 * key, or once erased, a tombstone (no key, the time, the legal basis). See server-key-store.ts for why one row.
 *
 * Destroying a key sets its column to NULL and then VACUUMs the table, so that the old row version (which held the
 * wrapped key) is pruned from the table's pages; the write-ahead log keeps it until the server recycles that segment
 * (checkpoint_timeout, max_wal_size). What remains there is wrapped by the master key.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

export class PostgresKeyRecords implements KeyRecords {
  readonly description: string;
  private readonly table: string;

  private constructor(
    private readonly pool: Pool,
    schema: string,
    url: string,
  ) {
    this.table = `"${schema}".subject_keys`;
    this.description = `postgres ${redactUrl(url)} table ${schema}.subject_keys`;
  }

  /** Connects, and creates the schema and table when missing (idempotent, safe with several instances starting at once). */
  static async open(url: string, schema: string, options: { poolSize?: number; connectTimeoutMs?: number } = {}): Promise<PostgresKeyRecords> {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`PostgreSQL key store: schema name "${schema}" must match ${String(SCHEMA_NAME)}`);
    const pool = new Pool({ connectionString: url, max: options.poolSize ?? 3, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000 });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Serialises instances that create it together (CREATE ... IF NOT EXISTS races on the catalog otherwise).
        await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('archival-oversight-ledger/subject-keys:${schema}', 0))`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query(`
          CREATE TABLE IF NOT EXISTS "${schema}".subject_keys (
            subject_id  text        PRIMARY KEY,
            wrapped     bytea,
            created_at  timestamptz NOT NULL,
            erased_at   timestamptz,
            legal_basis text        NOT NULL DEFAULT '',
            CHECK ((wrapped IS NULL) = (erased_at IS NOT NULL))
          )`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresKeyRecords(pool, schema, url);
  }

  async find(subjectIds: readonly string[]): Promise<KeyRecord[]> {
    if (subjectIds.length === 0) return [];
    const { rows } = await this.pool.query<{ subject_id: string; wrapped: Buffer | null }>(
      `SELECT subject_id, wrapped FROM ${this.table} WHERE subject_id = ANY($1::text[])`,
      [subjectIds],
    );
    return rows.map((row) => ({ subjectId: row.subject_id, wrapped: row.wrapped }));
  }

  async insertIfAbsent(records: readonly { subjectId: string; wrapped: Buffer }[], createdAt: string): Promise<void> {
    if (records.length === 0) return;
    await this.pool.query(
      `INSERT INTO ${this.table} (subject_id, wrapped, created_at)
       SELECT * FROM unnest($1::text[], $2::bytea[], array_fill($3::timestamptz, ARRAY[cardinality($1::text[])]))
       ON CONFLICT (subject_id) DO NOTHING`,
      [records.map((r) => r.subjectId), records.map((r) => r.wrapped), createdAt],
    );
  }

  async insertIfAbsentAndFind(records: readonly { subjectId: string; wrapped: Buffer }[], createdAt: string): Promise<KeyRecord[]> {
    if (records.length === 0) return [];
    // The rows inserted are answered by RETURNING; those already there by the SELECT (whose snapshot does not see
    // this statement's inserts, so nothing comes twice). A row another transaction commits while this one runs may
    // be in neither: the caller reads those again.
    const { rows } = await this.pool.query<{ subject_id: string; wrapped: Buffer | null }>(
      `WITH inserted AS (
         INSERT INTO ${this.table} (subject_id, wrapped, created_at)
         SELECT * FROM unnest($1::text[], $2::bytea[], array_fill($3::timestamptz, ARRAY[cardinality($1::text[])]))
         ON CONFLICT (subject_id) DO NOTHING
         RETURNING subject_id, wrapped
       )
       SELECT subject_id, wrapped FROM inserted
       UNION ALL
       SELECT subject_id, wrapped FROM ${this.table} WHERE subject_id = ANY($1::text[])`,
      [records.map((r) => r.subjectId), records.map((r) => r.wrapped), createdAt],
    );
    return rows.map((row) => ({ subjectId: row.subject_id, wrapped: row.wrapped }));
  }

  async destroy(subjectIds: readonly string[], erasedAt: string, legalBasisOf: (subjectId: string) => string): Promise<number> {
    if (subjectIds.length === 0) return 0;
    // One statement: the rows that had a key lose it (counted), the subjects without a row get a tombstone, and a
    // tombstone already there keeps its first time and legal basis.
    const { rows } = await this.pool.query<{ destroyed: string }>(
      `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t(subject_id, legal_basis)),
            upserted AS (
              INSERT INTO ${this.table} AS k (subject_id, wrapped, created_at, erased_at, legal_basis)
              SELECT subject_id, NULL, $3::timestamptz, $3::timestamptz, legal_basis FROM input
              ON CONFLICT (subject_id) DO UPDATE SET wrapped = NULL, erased_at = $3::timestamptz, legal_basis = EXCLUDED.legal_basis
                WHERE k.wrapped IS NOT NULL
              RETURNING (xmax <> 0) AS updated
            )
       SELECT count(*) FILTER (WHERE updated) AS destroyed FROM upserted`,
      [subjectIds, subjectIds.map(legalBasisOf), erasedAt],
    );
    const destroyed = Number(rows[0]?.destroyed ?? 0);
    // The old row versions held the wrapped keys: pruned now rather than at the next autovacuum.
    if (destroyed > 0) await this.pool.query(`VACUUM ${this.table}`);
    return destroyed;
  }

  async erasedSubjects(): Promise<{ subjectId: string; legalBasis: string }[]> {
    const { rows } = await this.pool.query<{ subjectId: string; legalBasis: string }>(
      `SELECT subject_id AS "subjectId", legal_basis AS "legalBasis" FROM ${this.table} WHERE wrapped IS NULL ORDER BY subject_id`,
    );
    return rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
