import type { RecordedEvent } from '../domain/shared/event';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectionsFor } from '../../projections';
import type { InspectionKind } from '../domain/supervision/common';
import { ProjectionRunner } from '../../projections/runner';
import { SqliteEventStore } from '../eventstore/sqlite/sqlite-event-store';
import { upcast, UpcastingEventStore } from '../eventstore/upcasting';
import { openSqliteLedger, type SigningKeySource } from '../ledger';
import { createLogger, errorMessage, type Logger } from '../ops/logger';
import { SqliteReadStore } from '../readstore/sqlite/sqlite-read-store';
import { defaultPrivacySettings, ErasureService, openEncryptingStore, type PrivacySettings } from '../privacy';

/** For the command-line tools that open the stores before (or without) reading the log level. */
const defaultLogger = createLogger('info');

export interface EmbeddedOptions {
  /**
   * Whether the append's transaction also applies the projections (default true). False when the read models live
   * elsewhere (READ_STORE=mongodb): the log and the ledger stay in the file, sealed in the append's transaction.
   */
  inlineProjections?: boolean;
  /** Personal-field encryption and erasure (src/privacy); default: on, master key generated in the file's folder. */
  privacy?: PrivacySettings;
  /** The cycle's counting kinds (CYCLE_COUNTING_KINDS) the read models are built for; default: the default kinds. */
  countingKinds?: readonly InspectionKind[];
}

/**
 * The embedded composition: one SQLite file holds the log, the read models and the ledger, updated in one
 * transaction. The signing key defaults to one generated in the file's folder (the data folder).
 */
export function openEmbeddedStores(
  sqliteFile: string,
  signingKey: SigningKeySource = { kind: 'generated', dataDir: path.dirname(sqliteFile) },
  /** The store's clock (recordedAt): only `npm run seed` sets it, to lay down a history recorded over past years. */
  clock?: () => Date,
  logger: Logger = defaultLogger,
  options: EmbeddedOptions = {},
) {
  const db = new Database(sqliteFile);
  // The log as stored: the ledger hashes exactly these bytes (sealing, the auditor's export, `npm run verify`).
  const rawEventStore = new SqliteEventStore(db, clock ? { clock } : {});
  // Personal fields are stored encrypted (the ledger seals those bytes); everything above reads them decrypted.
  const dataDir = path.dirname(sqliteFile);
  const privacySettings = options.privacy ?? defaultPrivacySettings(dataDir);
  const encrypting = privacySettings.encryption ? openEncryptingStore(rawEventStore, dataDir, privacySettings) : null;
  // Everything else (services, projections' catch-up and rebuild, resolvers) reads it in the current shapes.
  const eventStore = new UpcastingEventStore(encrypting?.store ?? rawEventStore);
  const readStore = new SqliteReadStore(db);
  const runner = new ProjectionRunner(readStore, projectionsFor(options.countingKinds), (projection, event, error) =>
    logger.error({ projection, position: event.position, type: event.type, error: errorMessage(error) }, 'projection failed on an event'),
  );
  const ledger = openSqliteLedger(db, { signingKey });
  const inlineProjections = options.inlineProjections ?? true;
  // Projections, then the seal, in the append's transaction: an append the ledger refuses (a gap) is rolled back.
  // Events as stored, as everything above the store reads them: decrypted, then upcast (just appended, they are
  // current already: upcasting answers the same objects, a guard at no cost).
  const toCurrent = (events: readonly RecordedEvent[]): RecordedEvent[] => {
    const cipher = encrypting?.store.cipher;
    return events.map((event) => upcast(cipher ? cipher.decryptEvent(event) : event));
  };
  rawEventStore.setInlineHook((events) => {
    if (inlineProjections) runner.apply(toCurrent(events));
    ledger.sealInline(events);
  });
  // erasePersonalData: null when encryption is off (nothing could be erased).
  const privacy = encrypting
    ? new ErasureService({
        log: encrypting.store,
        keys: encrypting.keys,
        blockers: privacySettings.erasureBlockers,
        rebuildReadModels: inlineProjections
          ? async () => {
              await runner.rebuild(eventStore);
            }
          : null,
        compact: () => {
          db.exec('VACUUM');
          db.pragma('wal_checkpoint(TRUNCATE)');
        },
      })
    : null;
  return { db, eventStore, rawEventStore, readStore, runner, ledger, privacy, toCurrent };
}

export type EmbeddedStores = ReturnType<typeof openEmbeddedStores>;
