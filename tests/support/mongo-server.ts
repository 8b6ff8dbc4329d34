import { MongoClient } from 'mongodb';
import { MongoReadStore } from '../../src/readstore/mongodb/mongo-read-store';
import { serverUnreachable } from './require-server';

/**
 * The MongoDB-wire server of the integration suites: `MONGODB_URL` (CI sets it to the FerretDB that
 * `scripts/ferretdb.sh start` runs; a real MongoDB works the same). Each test file works in databases of its own
 * (`aol_<file>_<pid>_<n>`) and drops them afterwards.
 */
export const MONGODB_URL = process.env['MONGODB_URL'];

/** Why the suites cannot run here (printed by `describeWithServer`), or null. */
export function mongoSkipReason(): string | null {
  if (!MONGODB_URL) return 'MONGODB_URL is not set (`scripts/ferretdb.sh start` runs FerretDB and prints one)';
  // A seed list (several hosts) or an SRV record cannot be probed by one TCP connection: try it in the tests.
  if (MONGODB_URL.startsWith('mongodb+srv:') || MONGODB_URL.includes(',')) return null;
  return serverUnreachable(MONGODB_URL, 27017);
}

/** One client per test file, and fresh databases from it. */
export class MongoTestDatabases {
  private client: MongoClient | null = null;
  private readonly names: string[] = [];
  private counter = 0;

  constructor(private readonly prefix: string) {}

  async connect(): Promise<MongoClient> {
    if (!this.client) {
      this.client = new MongoClient(MONGODB_URL as string, { serverSelectionTimeoutMS: 5000 });
      await this.client.connect();
    }
    return this.client;
  }

  /** A database name no other test uses. */
  nextName(): string {
    const name = `aol_${this.prefix}_${process.pid}_${++this.counter}`;
    this.names.push(name);
    return name;
  }

  /** A writer store on a fresh database. */
  async freshStore(): Promise<{ store: MongoReadStore; dbName: string }> {
    const client = await this.connect();
    const dbName = this.nextName();
    await client.db(dbName).dropDatabase();
    return { store: await MongoReadStore.open(client, dbName, { writer: true }), dbName };
  }

  async drop(dbName: string): Promise<void> {
    await (await this.connect()).db(dbName).dropDatabase();
  }

  /** Drops every database handed out and closes the client. */
  async close(): Promise<void> {
    if (!this.client) return;
    for (const name of this.names) await this.client.db(name).dropDatabase();
    await this.client.close();
    this.client = null;
  }
}
