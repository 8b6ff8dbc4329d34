import path from 'node:path';
import type { EventStore } from '../eventstore/port';
import { EncryptingEventStore, FieldCipher } from './encrypting-event-store';
import { SqliteKeyStore, type KeyStore } from './key-store';
import { loadMasterKey, type MasterKeySource } from './master-key';
import { MongoKeyRecords } from './mongo-key-store';
import { PostgresKeyRecords } from './postgres-key-store';
import { ERASURE_BLOCKERS, type ErasureBlocker } from './retention';
import { CachedKeyStore } from './server-key-store';

export { ERASED_MARKER, EncryptingEventStore, FieldCipher } from './encrypting-event-store';
export { ErasureService } from './erasure.service';
export { KeyStore, SqliteKeyStore } from './key-store';
export { CachedKeyStore } from './server-key-store';
export { MissingMasterKeyError } from './master-key';

/**
 * Where the subjects' keys are (KEY_STORE): DATA_DIR/keys.sqlite (this process's own), or shared by every instance of
 * a server deployment: a table in PostgreSQL (in the event store's schema), a collection in MongoDB.
 */
export type KeyStoreSettings =
  | { kind: 'sqlite' }
  | { kind: 'postgres'; url: string; schema: string }
  /** `url` null: no MONGODB_URL was given (start-up stops, naming it). */
  | { kind: 'mongodb'; url: string | null; database: string };

/** PERSONAL_DATA_ENCRYPTION, MASTER_KEY, KEY_STORE (+ its place), KEY_CACHE_TTL_SECONDS, PRIVACY_ERASURE_BLOCKERS (src/config.ts). */
export interface PrivacySettings {
  /** Encrypt personal fields on append (on by default). Off: events are stored as given, and nothing can be erased. */
  encryption: boolean;
  masterKey: MasterKeySource;
  erasureBlockers: ErasureBlocker[];
  /** Default: sqlite (the embedded composition, and where no server store is given). */
  keyStore?: KeyStoreSettings;
  /** How long a server key store's keys stay cached in a process (the backstop after an erasure elsewhere). Default 60. */
  keyCacheTtlSeconds?: number;
}

/** What the embedded store uses when the caller passes no settings: on, with a master key generated in the data folder. */
export const defaultPrivacySettings = (dataDir: string): PrivacySettings => ({
  encryption: true,
  masterKey: { kind: 'generated', dataDir },
  erasureBlockers: [...ERASURE_BLOCKERS],
  keyStore: { kind: 'sqlite' },
  keyCacheTtlSeconds: 60,
});

/** The key store of a data folder: DATA_DIR/keys.sqlite, its keys wrapped by the master key. */
export const keysFileOf = (dataDir: string): string => path.join(dataDir, 'keys.sqlite');

/** The raw log wrapped so that personal fields are encrypted on the way in and decrypted on the way out (SQLite keys: the embedded composition). */
export function openEncryptingStore(raw: EventStore, dataDir: string, settings: PrivacySettings): { store: EncryptingEventStore; keys: SqliteKeyStore } {
  const keys = new SqliteKeyStore(keysFileOf(dataDir), loadMasterKey(settings.masterKey));
  return { store: new EncryptingEventStore(raw, new FieldCipher(keys), () => keys.close(), keys), keys };
}

/** Thrown when a key-store setting cannot work (a MongoDB key store without MONGODB_URL): a configuration error. */
export class KeyStoreSettingError extends Error {}

/**
 * The key store the settings name. The master key is read first: with a shared store and no MASTER_KEY this throws
 * MissingMasterKeyError before connecting anywhere.
 */
export async function openKeyStore(settings: PrivacySettings, dataDir: string): Promise<KeyStore> {
  const where = settings.keyStore ?? { kind: 'sqlite' };
  const masterKey = loadMasterKey(settings.masterKey);
  const ttlMs = (settings.keyCacheTtlSeconds ?? 60) * 1000;
  switch (where.kind) {
    case 'sqlite':
      return new SqliteKeyStore(keysFileOf(dataDir), masterKey);
    case 'postgres':
      return new CachedKeyStore(await PostgresKeyRecords.open(where.url, where.schema), masterKey, { ttlMs });
    case 'mongodb':
      if (where.url === null) throw new KeyStoreSettingError('MONGODB_URL must be set when KEY_STORE=mongodb (the default with EVENT_STORE=kurrentdb); or set KEY_STORE=sqlite for a single instance');
      return new CachedKeyStore(await MongoKeyRecords.open(where.url, where.database), masterKey, { ttlMs });
  }
}

/** Any raw log (a server's) wrapped with the key store the settings name. */
export async function openServerEncryptingStore(raw: EventStore, dataDir: string, settings: PrivacySettings): Promise<{ store: EncryptingEventStore; keys: KeyStore }> {
  const keys = await openKeyStore(settings, dataDir);
  return { store: new EncryptingEventStore(raw, new FieldCipher(keys), () => keys.close(), keys), keys };
}
