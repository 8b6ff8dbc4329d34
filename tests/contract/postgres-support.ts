import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import {
  openPostgresEventStore,
  type PostgresEventStore,
  type PostgresEventStoreOptions,
} from '../../src/eventstore/postgres/postgres-event-store';
import { serverUnreachable } from '../support/require-server';

/** The server the PostgreSQL suites run against; they are skipped (and say why) when nothing answers there. */
export const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const postgresSkipReason: string | null = serverUnreachable(POSTGRES_URL, 5432);

/** A schema name no other test (or test run) uses. */
export function freshSchemaName(): string {
  return `aol_test_${randomBytes(6).toString('hex')}`;
}

/** A store in a schema of its own; `cleanup` closes it and drops the schema. */
export async function openIsolatedStore(
  options: PostgresEventStoreOptions = {},
): Promise<{ store: PostgresEventStore; schema: string; cleanup: () => Promise<void> }> {
  const schema = options.schema ?? freshSchemaName();
  const store = await openPostgresEventStore(POSTGRES_URL, { poolSize: 4, pollIntervalMs: 200, ...options, schema });
  return {
    store,
    schema,
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const pool = new Pool({ connectionString: POSTGRES_URL, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await pool.end();
  }
}
