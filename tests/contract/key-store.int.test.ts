import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { SqliteKeyStore } from '../../src/privacy/key-store';
import { MongoKeyRecords } from '../../src/privacy/mongo-key-store';
import { PostgresKeyRecords } from '../../src/privacy/postgres-key-store';
import { CachedKeyStore } from '../../src/privacy/server-key-store';
import { MONGODB_URL, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { keyStoreContract } from './key-store.contract';
import { dropSchema, freshSchemaName, POSTGRES_URL, postgresSkipReason } from './postgres-support';

/** The key-store contract against SQLite (a file), PostgreSQL (a fresh schema) and MongoDB/FerretDB (a fresh database). */

describe('SQLite key store', () => {
  let dir = '';
  keyStoreContract({
    name: 'sqlite',
    caches: false,
    async fresh() {
      dir = mkdtempSync(join(tmpdir(), 'aol-keys-'));
    },
    async open(masterKey) {
      return new SqliteKeyStore(join(dir, 'keys.sqlite'), masterKey);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  });
});

describeWithServer('PostgreSQL key store', postgresSkipReason, () => {
  let schema = '';
  keyStoreContract({
    name: 'postgres',
    caches: true,
    async fresh() {
      schema = freshSchemaName();
    },
    async open(masterKey, options) {
      return new CachedKeyStore(await PostgresKeyRecords.open(POSTGRES_URL, schema), masterKey, options);
    },
    async cleanup() {
      await dropSchema(schema);
    },
  });
});

describeWithServer('MongoDB key store', mongoSkipReason(), () => {
  let database = '';
  let counter = 0;
  keyStoreContract({
    name: 'mongodb',
    caches: true,
    async fresh() {
      database = `aol_keys_${process.pid}_${++counter}`;
    },
    async open(masterKey, options) {
      return new CachedKeyStore(await MongoKeyRecords.open(MONGODB_URL as string, database), masterKey, options);
    },
    async cleanup() {
      const client = new MongoClient(MONGODB_URL as string);
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
      }
    },
  });
});
