import type { KeyStore, SubjectKey } from './key-store';
import { unwrapSubjectKey, wrapDataKey } from './key-store';

/**
 * A key store on a server (PostgreSQL, MongoDB), shared by every API instance and the projector, seen through a
 * cache in this process's memory.
 *
 * What a server adapter stores (`KeyRecords`): one record per subject, holding their wrapped data key, or, once
 * erased, no key and a tombstone (the time and the legal basis). One record, not a key table beside a tombstone
 * table: a key being created by one instance while another erases the subject then meets on the same primary key,
 * so the erasure always wins — creation inserts only when no record exists (insert-if-absent), then reads back,
 * and an erasure turns whatever record exists (or none) into a tombstone. Two instances creating a key for the same
 * new subject at once both read back the one that was inserted first.
 *
 * The cache (`prepare` fills it, `keyOf`/`keyFor` read it):
 * - keys and "erased" answers are kept at most `ttlMs` (KEY_CACHE_TTL_SECONDS): the backstop that stops an instance
 *   decrypting a subject erased elsewhere even if it never sees the PersonalDataErased event; an entry older than
 *   that is asked again by the next `prepare`. `forget` (on seeing PersonalDataErased) drops an entry at once;
 * - at most `limit` subjects; beyond, the entries used least recently go first (a batch being prepared is always
 *   the most recent, so its keys stay until the cipher has used them);
 * - a subject the store has no record of is not remembered as such: the next `prepare` asks again.
 * A subject not prepared is a programming error, not an erased subject: `keyOf` refuses rather than answer the marker.
 */

/** A subject's record: its wrapped key, or null when erased (tombstone). */
export interface KeyRecord {
  subjectId: string;
  wrapped: Buffer | null;
}

/** What a server adapter implements: the records, all the rest (wrapping, caching) is shared. */
export interface KeyRecords {
  /** Where, for the logs (no password). */
  readonly description: string;
  /** The records of these subjects (those that have one). */
  find(subjectIds: readonly string[]): Promise<KeyRecord[]>;
  /** Inserts each record unless the subject already has one (a key, or a tombstone). Durable when it resolves. */
  insertIfAbsent(records: readonly { subjectId: string; wrapped: Buffer }[], createdAt: string): Promise<void>;
  /**
   * Optional, one round trip for both: inserts each record unless the subject has one, and answers the records as
   * stored (the inserted ones and those already there). May leave out a subject whose record another instance was
   * inserting at that very moment: the caller reads those again.
   */
  insertIfAbsentAndFind?(records: readonly { subjectId: string; wrapped: Buffer }[], createdAt: string): Promise<KeyRecord[]>;
  /** Makes each subject's record a tombstone (creating it when there was none); answers how many keys were removed. */
  destroy(subjectIds: readonly string[], erasedAt: string, legalBasisOf: (subjectId: string) => string): Promise<number>;
  erasedSubjects(): Promise<{ subjectId: string; legalBasis: string }[]>;
  close(): Promise<void>;
}

export interface CachedKeyStoreOptions {
  /** Longest a cached key (or erased answer) is used before the store is asked again. Default 60 s. */
  ttlMs?: number;
  /** Most subjects remembered. Default 50,000. */
  limit?: number;
  clock?: () => Date;
}

interface Entry {
  key: SubjectKey | null;
  at: number;
}

/** Thrown when the cipher asks for a subject nobody prepared: a bug in the caller, never shown as an erasure. */
export class KeyNotPreparedError extends Error {}

export class CachedKeyStore implements KeyStore {
  readonly synchronous = false;
  private readonly cache = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly limit: number;
  private readonly clock: () => Date;
  private readonly queue: { subjectIds: string[]; create: boolean; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private loading = false;

  constructor(
    private readonly records: KeyRecords,
    private readonly masterKey: Buffer,
    options: CachedKeyStoreOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.limit = options.limit ?? 50_000;
    this.clock = options.clock ?? (() => new Date());
  }

  get description(): string {
    return this.records.description;
  }

  keyOf(subjectId: string): SubjectKey | null {
    const entry = this.cache.get(subjectId);
    if (!entry) throw new KeyNotPreparedError(`The key of subject ${subjectId} was not loaded before use (KeyStore.prepare)`);
    return entry.key;
  }

  keyFor(subjectId: string): SubjectKey | null {
    return this.keyOf(subjectId);
  }

  prepare(subjectIds: Iterable<string>, create: boolean): Promise<void> | undefined {
    const now = Date.now();
    let missing: string[] | null = null;
    for (const id of subjectIds) {
      const entry = this.cache.get(id);
      if (entry && now - entry.at < this.ttlMs) {
        // Used now: the most recent, last to be evicted.
        this.cache.delete(id);
        this.cache.set(id, entry);
      } else {
        (missing ??= []).push(id);
      }
    }
    return missing ? this.load([...new Set(missing)], create) : undefined;
  }

  loaded(subjectIds: Iterable<string>): boolean {
    const now = Date.now();
    for (const id of subjectIds) {
      const entry = this.cache.get(id);
      if (!entry || now - entry.at >= this.ttlMs) return false;
    }
    return true;
  }

  forget(subjectIds: Iterable<string>): void {
    for (const id of subjectIds) this.cache.delete(id);
  }

  async isErased(subjectId: string): Promise<boolean> {
    const [record] = await this.records.find([subjectId]);
    return record !== undefined && record.wrapped === null;
  }

  async hasKey(subjectId: string): Promise<boolean> {
    const [record] = await this.records.find([subjectId]);
    return record !== undefined && record.wrapped !== null;
  }

  async destroy(subjectIds: readonly string[], legalBasisOf: (subjectId: string) => string = () => ''): Promise<number> {
    const destroyed = await this.records.destroy([...new Set(subjectIds)], this.clock().toISOString(), legalBasisOf);
    const now = Date.now();
    for (const id of subjectIds) this.remember(id, null, now);
    return destroyed;
  }

  erasedSubjects(): Promise<{ subjectId: string; legalBasis: string }[]> {
    return this.records.erasedSubjects();
  }

  close(): Promise<void> {
    this.cache.clear();
    return this.records.close();
  }

  /**
   * Loads go to the store in groups, like the event store's group commit: while one group is being fetched, the
   * requests that arrive wait and then go together (concurrent appends naming new subjects make one round trip,
   * not one each).
   */
  private load(subjectIds: string[], create: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ subjectIds, create, resolve, reject });
      if (!this.loading) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.loading = true;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0);
      const creating = new Set<string>();
      const reading = new Set<string>();
      for (const request of group) for (const id of request.subjectIds) (request.create ? creating : reading).add(id);
      for (const id of creating) reading.delete(id);
      try {
        await Promise.all([this.fetch([...reading], false), this.fetch([...creating], true)]);
        for (const request of group) request.resolve();
      } catch (error) {
        for (const request of group) request.reject(error);
      }
    }
    this.loading = false;
  }

  private async fetch(subjectIds: string[], create: boolean): Promise<void> {
    if (subjectIds.length === 0) return;
    let found: KeyRecord[];
    if (create && this.records.insertIfAbsentAndFind) {
      const fresh = subjectIds.map((subjectId) => ({ subjectId, wrapped: wrapDataKey(this.masterKey, subjectId) }));
      found = await this.records.insertIfAbsentAndFind(fresh, this.clock().toISOString());
      const answered = new Set(found.map((record) => record.subjectId));
      const late = subjectIds.filter((id) => !answered.has(id));
      // Another instance's insert that committed after our statement began: stored now, read it.
      if (late.length > 0) found = [...found, ...(await this.records.find(late))];
    } else {
      found = await this.records.find(subjectIds);
      if (create) {
        const known = new Set(found.map((record) => record.subjectId));
        const absent = subjectIds.filter((id) => !known.has(id));
        if (absent.length > 0) {
          await this.records.insertIfAbsent(
            absent.map((subjectId) => ({ subjectId, wrapped: wrapDataKey(this.masterKey, subjectId) })),
            this.clock().toISOString(),
          );
          // Whatever is stored now is the key: ours, another instance's made at the same moment, or a tombstone.
          found = [...found, ...(await this.records.find(absent))];
        }
      }
    }
    const now = Date.now();
    const byId = new Map(found.map((record) => [record.subjectId, record]));
    for (const id of subjectIds) {
      const record = byId.get(id);
      if (record) this.remember(id, record.wrapped ? unwrapSubjectKey(this.masterKey, id, record.wrapped) : null, now);
      else if (create) throw new Error(`The key of subject ${id} was neither found nor created`);
      // No record, nothing created (a read): no key, but not erased either; asked again next time.
      else this.remember(id, null, now - this.ttlMs);
    }
  }

  private remember(subjectId: string, key: SubjectKey | null, at: number): void {
    this.cache.delete(subjectId);
    this.cache.set(subjectId, { key, at });
    while (this.cache.size > this.limit) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
  }
}
