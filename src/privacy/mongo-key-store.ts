import { Binary, MongoClient, type Collection } from 'mongodb';
import { redactUrl } from '../eventstore/postgres/connection';
import type { KeyRecord, KeyRecords } from './server-key-store';

/**
 * The subjects' keys in MongoDB (KEY_STORE=mongodb, the default with EVENT_STORE=kurrentdb, whose deployment has
 * MongoDB and whose log has no tables): the collection `subject_keys` of a database of its own
 * (KEY_STORE_MONGODB_DATABASE, default `<MONGODB_DATABASE>_keys`), so that the read models' database, its rebuilds
 * and its copies never hold a key. One document per subject, `_id` the subject: the wrapped key, or once erased,
 * a tombstone (`wrapped: null`, the time, the legal basis). See server-key-store.ts for why one document.
 *
 * Writes are acknowledged by a majority and journaled (`w: 'majority', j: true`), so a key exists durably before
 * the event that needs it is appended.
 */

interface KeyDoc {
  _id: string;
  wrapped: Binary | null;
  createdAt: string;
  erasedAt: string | null;
  legalBasis: string;
}

const DUPLICATE_KEY = 11000;
const isDuplicate = (error: unknown): boolean => {
  const e = error as { code?: unknown; writeErrors?: { code?: unknown }[] };
  return e.code === DUPLICATE_KEY || (Array.isArray(e.writeErrors) && e.writeErrors.length > 0 && e.writeErrors.every((w) => w.code === DUPLICATE_KEY));
};

export class MongoKeyRecords implements KeyRecords {
  readonly description: string;

  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDoc>,
    url: string,
    database: string,
  ) {
    this.description = `mongodb ${redactUrl(url)} database ${database} collection subject_keys`;
  }

  static async open(url: string, database: string): Promise<MongoKeyRecords> {
    const client = new MongoClient(url, { serverSelectionTimeoutMS: 5000, writeConcern: { w: 'majority', journal: true } });
    await client.connect();
    try {
      const db = client.db(database);
      const existing = await db.listCollections({ name: 'subject_keys' }, { nameOnly: true }).toArray();
      if (existing.length === 0) {
        await db.createCollection('subject_keys').catch((error: unknown) => {
          if ((error as { code?: number }).code !== 48) throw error; // another instance made it meanwhile
        });
      }
      return new MongoKeyRecords(client, db.collection<KeyDoc>('subject_keys'), url, database);
    } catch (error) {
      await client.close();
      throw error;
    }
  }

  async find(subjectIds: readonly string[]): Promise<KeyRecord[]> {
    if (subjectIds.length === 0) return [];
    const docs = await this.keys.find({ _id: { $in: [...subjectIds] } }, { projection: { _id: 1, wrapped: 1 } }).toArray();
    return docs.map((doc) => ({ subjectId: doc._id, wrapped: doc.wrapped ? Buffer.from(doc.wrapped.buffer) : null }));
  }

  async insertIfAbsent(records: readonly { subjectId: string; wrapped: Buffer }[], createdAt: string): Promise<void> {
    if (records.length === 0) return;
    try {
      // Unordered: every insert is tried; those whose subject already has a document fail on `_id`, as meant.
      await this.keys.insertMany(
        records.map((r) => ({ _id: r.subjectId, wrapped: new Binary(r.wrapped), createdAt, erasedAt: null, legalBasis: '' })),
        { ordered: false },
      );
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
  }

  async destroy(subjectIds: readonly string[], erasedAt: string, legalBasisOf: (subjectId: string) => string): Promise<number> {
    let destroyed = 0;
    for (const subjectId of subjectIds) {
      // The key, if any, becomes a tombstone; a tombstone already there keeps its first time and legal basis.
      const updated = await this.keys.updateOne({ _id: subjectId, wrapped: { $ne: null } }, { $set: { wrapped: null, erasedAt, legalBasis: legalBasisOf(subjectId) } });
      destroyed += updated.modifiedCount;
      if (updated.matchedCount === 0) {
        await this.keys.insertOne({ _id: subjectId, wrapped: null, createdAt: erasedAt, erasedAt, legalBasis: legalBasisOf(subjectId) }).catch((error: unknown) => {
          if (!isDuplicate(error)) throw error; // already a tombstone (or a key made this instant: erased below)
        });
        // A key inserted between the update and the insert (another instance's first append naming the subject).
        const late = await this.keys.updateOne({ _id: subjectId, wrapped: { $ne: null } }, { $set: { wrapped: null, erasedAt, legalBasis: legalBasisOf(subjectId) } });
        destroyed += late.modifiedCount;
      }
    }
    return destroyed;
  }

  async erasedSubjects(): Promise<{ subjectId: string; legalBasis: string }[]> {
    const docs = await this.keys.find({ wrapped: null }, { sort: { _id: 1 } }).toArray();
    return docs.map((doc) => ({ subjectId: doc._id, legalBasis: doc.legalBasis ?? '' }));
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
