import { projectionsFor } from '../../projections';
import { ProjectionRunner, resetStaleShapesAsync } from '../../projections/runner';
import { ConfigError, type Config } from '../config';
import type { EventStore } from '../eventstore/port';
import { openKurrentEventStore } from '../eventstore/kurrentdb/kurrentdb-event-store';
import { openPostgresEventStore, redactUrl } from '../eventstore/postgres/postgres-event-store';
import { UpcastingEventStore } from '../eventstore/upcasting';
import type { Ledger } from '../ledger';
import { errorMessage, type Logger } from '../ops/logger';
import { MongoReadStore } from '../readstore/mongodb/mongo-read-store';
import type { AsyncReadModelStore } from '../readstore/port';
import { SqliteReadStore } from '../readstore/sqlite/sqlite-read-store';
import { mongoTarget, rebuildMongo, sqliteTarget, type ProjectionProgress, type ProjectionTarget } from '../projector/target';
import { erasingTarget } from '../projector/erasures';
import { ErasureService, KeyStoreSettingError, MissingMasterKeyError, openServerEncryptingStore, type EncryptingEventStore } from '../privacy';
import type { KeyStore } from '../privacy/key-store';
import { openEmbeddedStores, type EmbeddedStores } from './embedded';

/** A store named by the configuration could not be opened (unreachable, refused, wrong schema): start-up stops. */
export class StoreUnavailableError extends Error {}

/** Who opens the stores: an API instance, or the projector process (the one writer of the read models). */
export type StoreRole = 'api' | 'projector';

export interface Stores {
  /** The log as stored (not upcast): what the ledger seals and the auditor's export carries. */
  rawEventStore: EventStore;
  /** The log in current shapes: services, projections, resolvers. */
  eventStore: UpcastingEventStore;
  readStore: AsyncReadModelStore;
  /** Where the projections stand (read fresh from the store: another process may be moving them). */
  progress: ProjectionProgress;
  /**
   * The read models as this process writes them batch by batch (the projector, or an API instance that runs its
   * own projector loop); null when the append's transaction applies them (embedded) or another process does.
   */
  target: ProjectionTarget | null;
  /** The SQLite read models' runner (catch-up and rebuild); null on MongoDB. */
  runner: ProjectionRunner | null;
  /** The projections move in the append's transaction: every acknowledged position is already applied. */
  inlineInTransaction: boolean;
  /** The audit trail: only beside the embedded log (see unavailable-ledger.ts). */
  ledger: Ledger | null;
  /** The embedded store's pieces, when the log is SQLite. */
  embedded: EmbeddedStores | null;
  /**
   * erasePersonalData: null when personal-data encryption is off. Embedded: the embedded store's; server modes: keys
   * destroyed in the shared key store, read models rebuilt by their writer (src/projector/erasures.ts).
   */
  privacy: ErasureService | null;
  /** Server modes with encryption on: the decrypting wrapper of the raw log, and the shared key store. */
  encryption: { store: EncryptingEventStore; keys: KeyStore } | null;
  /** The SQLite file whose size /metrics reports, if any. */
  sqliteFile: string | null;
  /** A line for the logs: which stores, where (no passwords). */
  description: Record<string, string>;
  close(): Promise<void>;
}

async function opening<T>(what: string, open: () => Promise<T> | T): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the ${what}: ${errorMessage(error)}`);
  }
}

/**
 * Opens the stores the configuration names, for every combination:
 * - EVENT_STORE=sqlite, READ_STORE=sqlite: the embedded store (one file, projections and the ledger's seal in the
 *   append's transaction);
 * - EVENT_STORE=sqlite, READ_STORE=mongodb: the log and ledger in the file, the read models in MongoDB, applied by a
 *   projector loop in the API process (the embedded log wakes subscribers in its own process only);
 * - EVENT_STORE=postgres|kurrentdb: the log on the server; read models in MongoDB or in DATA_DIR/read-models.sqlite,
 *   applied by a projector loop in the API process (PROJECTIONS=inline) or by `npm run projector` (external).
 * A server that does not answer stops start-up with a StoreUnavailableError naming the store and its URL.
 */
export async function openStores(config: Config, logger: Logger, role: StoreRole = 'api'): Promise<Stores> {
  const { stores: settings } = config;
  const opened: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of [...opened].reverse()) await close().catch(() => undefined);
  };
  const onProjectionError = (projection: string, event: { position: number; type: string }, error: unknown) =>
    logger.error({ projection, position: event.position, type: event.type, error: errorMessage(error) }, 'projection failed on an event');
  // Who writes the read models: the projector always; an API instance unless PROJECTIONS=external.
  const writes = role === 'projector' || settings.projections === 'inline';
  // The read models, for the cycle's counting kinds of the configuration.
  const projections = projectionsFor(config.accountability.countingKinds);
  try {
    let embedded: EmbeddedStores | null = null;
    let rawEventStore: EventStore;
    const description: Record<string, string> = { eventStore: settings.eventStore.kind, readStore: settings.readStore.kind, projections: settings.projections };
    const event = settings.eventStore;
    if (event.kind === 'sqlite') {
      const sqliteReadModels = settings.readStore.kind === 'sqlite' && settings.projections === 'inline';
      // A local file: its errors (a key that does not load, a folder not writable) keep their own types for main.
      embedded = openEmbeddedStores(config.sqliteFile, config.ledger.signingKey, undefined, logger, {
        inlineProjections: sqliteReadModels,
        privacy: config.privacy,
        countingKinds: config.accountability.countingKinds,
      });
      const db = embedded.db;
      const store = embedded.eventStore;
      opened.push(async () => {
        await store.close();
        db.close();
      });
      // Erasures are replayed from the log onto the key store: a restored old key backup resurrects no one.
      const replayed = await embedded.privacy?.replayErasures();
      if (replayed) logger.warn({ keysDestroyed: replayed }, 'erasures replayed from the log onto the key store');
      rawEventStore = embedded.rawEventStore;
      description.eventStoreAt = config.sqliteFile;
    } else if (config.privacy.encryption && config.privacy.masterKey.kind === 'missing') {
      // Before connecting anywhere: every instance must hold the same master key.
      throw new ConfigError(new MissingMasterKeyError(config.privacy.masterKey.keyStore).message);
    } else if (event.kind === 'postgres') {
      rawEventStore = await opening(`event store (EVENT_STORE=postgres, POSTGRES_URL=${redactUrl(event.url)})`, () =>
        openPostgresEventStore(event.url, { schema: event.schema, poolSize: event.poolSize, queryTimeoutMs: event.queryTimeoutMs }),
      );
      description.eventStoreAt = `${redactUrl(event.url)} schema ${event.schema}`;
    } else {
      rawEventStore = await opening(`event store (EVENT_STORE=kurrentdb, KURRENTDB_URL=${redactUrl(event.url)})`, () => openKurrentEventStore(event.url));
      description.eventStoreAt = redactUrl(event.url);
    }
    let encryption: Stores['encryption'] = null;
    if (!embedded) {
      const store = rawEventStore;
      opened.push(() => store.close());
      // Personal fields encrypted on the way in, decrypted on the way out, with keys every instance shares.
      if (config.privacy.encryption) {
        const keyStore = config.privacy.keyStore ?? { kind: 'sqlite' };
        const where = keyStore.kind === 'postgres' ? `KEY_STORE=postgres, POSTGRES_URL=${redactUrl(keyStore.url)}` : keyStore.kind === 'mongodb' ? `KEY_STORE=mongodb, MONGODB_URL=${redactUrl(keyStore.url ?? '')}` : `KEY_STORE=sqlite, ${config.dataDir}`;
        try {
          encryption = await openServerEncryptingStore(store, config.dataDir, config.privacy);
        } catch (error) {
          if (error instanceof MissingMasterKeyError || error instanceof KeyStoreSettingError) throw new ConfigError(error.message);
          throw new StoreUnavailableError(`Cannot open the key store (${where}): ${errorMessage(error)}`);
        }
        const { store: encrypting } = encryption;
        // Closing the wrapper closes the raw log, then the key store.
        opened[opened.length - 1] = () => encrypting.close();
        description.keyStoreAt = encryption.keys.description;
      }
    }
    const eventStore = embedded ? embedded.eventStore : new UpcastingEventStore(encryption?.store ?? rawEventStore);
    let privacy: ErasureService | null = embedded?.privacy ?? null;
    if (encryption) {
      privacy = new ErasureService({ log: encryption.store, keys: encryption.keys, blockers: config.privacy.erasureBlockers, rebuildReadModels: 'projector' });
      // Erasures are replayed from the log onto the shared key store: a restored old key backup resurrects no one.
      const replayed = await privacy.replayErasures();
      if (replayed) logger.warn({ keysDestroyed: replayed }, 'erasures replayed from the log onto the key store');
      // Erasures by other instances: their subjects' cached keys dropped as soon as this process sees them.
      if (role === 'api') {
        encryption.store.watchErasures(await rawEventStore.headPosition(), (error) =>
          logger.warn({ error: errorMessage(error) }, 'the erasure watch stopped; cached keys expire after KEY_CACHE_TTL_SECONDS'),
        );
      }
    }

    const read = settings.readStore;
    let readStore: AsyncReadModelStore;
    let runner: ProjectionRunner | null = null;
    let target: ProjectionTarget;
    let rebuild: () => Promise<void>;
    let sqliteFile: string | null = embedded ? config.sqliteFile : null;
    if (read.kind === 'sqlite') {
      if (embedded) {
        readStore = embedded.readStore;
        runner = embedded.runner;
      } else {
        const store = await opening(`read store (READ_STORE=sqlite, ${read.file})`, () => SqliteReadStore.open(read.file));
        opened.push(() => store.close());
        readStore = store;
        runner = new ProjectionRunner(store, projections, onProjectionError);
        sqliteFile = read.file;
      }
      target = sqliteTarget(readStore, runner);
      const sqliteRunner = runner;
      rebuild = async () => {
        await sqliteRunner.rebuild(eventStore);
      };
      description.readStoreAt = read.file;
    } else {
      const store = await opening(`read store (READ_STORE=mongodb, MONGODB_URL=${redactUrl(read.url)})`, () =>
        MongoReadStore.connect(read.url, read.database, { writer: writes }),
      );
      opened.push(() => store.close());
      readStore = store;
      target = mongoTarget(store, projections, writes, onProjectionError);
      // Read models of an older shape are dropped by their writer and replayed by its projector loop.
      const staleOnMongo = writes ? await resetStaleShapesAsync(store, projections) : [];
      if (staleOnMongo.length > 0) logger.warn({ projections: staleOnMongo }, 'read models of an older shape dropped: the projector replays them from the log');
      rebuild = async () => {
        await rebuildMongo(store, projections, eventStore, onProjectionError);
      };
      description.readStoreAt = `${redactUrl(read.url)} database ${read.database}`;
    }
    const inlineInTransaction = embedded !== null && read.kind === 'sqlite' && settings.projections === 'inline';
    // Read models written in an older shape are dropped here, by their writer, and replayed by its catch-up.
    const stale = runner !== null && writes ? runner.resetStaleShapes() : [];
    if (stale.length > 0) logger.warn({ projections: stale }, 'read models of an older shape dropped: they are replayed from the log before serving');
    // The writer of the read models rebuilds them when it applies a PersonalDataErased (server modes).
    if (encryption && writes) target = erasingTarget(target, { log: encryption.store, keys: encryption.keys, rebuild, logger });
    return {
      rawEventStore,
      eventStore,
      readStore,
      progress: target,
      target: writes && !inlineInTransaction ? target : null,
      runner,
      inlineInTransaction,
      ledger: embedded?.ledger ?? null,
      embedded,
      privacy,
      encryption,
      sqliteFile,
      description,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
