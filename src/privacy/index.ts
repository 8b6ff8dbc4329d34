import path from 'node:path';
import type { EventStore } from '../eventstore/port';
import { EncryptingEventStore, FieldCipher } from './encrypting-event-store';
import { KeyStore } from './key-store';
import { loadMasterKey, type MasterKeySource } from './master-key';
import { ERASURE_BLOCKERS, type ErasureBlocker } from './retention';

export { ERASED_MARKER, EncryptingEventStore, FieldCipher } from './encrypting-event-store';
export { ErasureService } from './erasure.service';
export { KeyStore } from './key-store';

/** PERSONAL_DATA_ENCRYPTION, MASTER_KEY, PRIVACY_ERASURE_BLOCKERS (src/config.ts). */
export interface PrivacySettings {
  /** Encrypt personal fields on append (on by default). Off: events are stored as given, and nothing can be erased. */
  encryption: boolean;
  masterKey: MasterKeySource;
  erasureBlockers: ErasureBlocker[];
}

/** What the embedded store uses when the caller passes no settings: on, with a master key generated in the data folder. */
export const defaultPrivacySettings = (dataDir: string): PrivacySettings => ({
  encryption: true,
  masterKey: { kind: 'generated', dataDir },
  erasureBlockers: [...ERASURE_BLOCKERS],
});

/** The key store of a data folder: DATA_DIR/keys.sqlite, its keys wrapped by the master key. */
export const keysFileOf = (dataDir: string): string => path.join(dataDir, 'keys.sqlite');

/** The raw log wrapped so that personal fields are encrypted on the way in and decrypted on the way out. */
export function openEncryptingStore(raw: EventStore, dataDir: string, settings: PrivacySettings): { store: EncryptingEventStore; keys: KeyStore } {
  const keys = new KeyStore(keysFileOf(dataDir), loadMasterKey(settings.masterKey));
  return { store: new EncryptingEventStore(raw, new FieldCipher(keys), () => keys.close()), keys };
}
