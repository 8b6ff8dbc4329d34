import path from 'node:path';
import { parseCountingKinds } from './domain/accountability/counting-kinds';
import type { InspectionKind } from './domain/supervision/common';
import { parsePrivateKey, type SigningKeySource } from './ledger/signing-key';
import { LOG_LEVELS, type LogLevel } from './ops/logger';
import { parseMasterKey } from './privacy/master-key';
import { parseErasureBlockers } from './privacy/retention';
import type { KeyStoreSettings, PrivacySettings } from './privacy';

/**
 * All configuration, read and validated once from the environment. A bad setting stops start-up with a
 * message that names the variable. Every variable is documented in the README.
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The embedded store's file, inside dataDir. */
  sqliteFile: string;
  introspection: boolean;
  /** GRAPHQL_EXECUTOR: graphql-jit (compiled operations, the default) or graphql-js's execute. */
  executor: 'jit' | 'graphql-js';
  /** Largest accepted request body (bulk imports travel in one). */
  maxBodyBytes: number;
  production: boolean;
  auth: AuthConfig;
  limits: RequestLimits;
  ledger: LedgerConfig;
  accountability: AccountabilityConfig;
  ops: OpsConfig;
  stores: StoresConfig;
  /** Personal data: field encryption, the master key, the retention policy of erasures (src/privacy). */
  privacy: PrivacySettings;
}

/**
 * Where the log and the read models live, and who applies the projections (EVENT_STORE, READ_STORE, PROJECTIONS
 * and their URLs). Embedded: both SQLite, projections in the append's transaction.
 */
export interface StoresConfig {
  eventStore:
    | { kind: 'sqlite' }
    | { kind: 'postgres'; url: string; schema: string; poolSize: number; queryTimeoutMs: number }
    | { kind: 'kurrentdb'; url: string };
  /** SQLite beside a server event store: its own file, DATA_DIR/read-models.sqlite. */
  readStore: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string; database: string };
  /** inline: this process applies them (in the append's transaction when both stores are SQLite); external: `npm run projector` does. */
  projections: 'inline' | 'external';
  /** How long a query with `x-min-position` waits for the projections to reach it. */
  readYourWritesTimeoutMs: number;
  projector: ProjectorConfig;
}

/** The projector's batching and liveness (PROJECTOR_BATCH_SIZE, PROJECTOR_MAX_DELAY_MS, PROJECTOR_HEARTBEAT_MAX_AGE_SECONDS). */
export interface ProjectorConfig {
  batchSize: number;
  /** Longest an event waits in a batch that is not full. */
  maxDelayMs: number;
  /** `npm run projector -- --check` fails when the heartbeat is older than this. */
  heartbeatMaxAgeSeconds: number;
}

/** Logs, readiness and shutdown (LOG_LEVEL, READY_MAX_PROJECTION_LAG, SHUTDOWN_TIMEOUT_SECONDS). */
export interface OpsConfig {
  logLevel: LogLevel;
  /** Events the projections may trail the log head by while /readyz still answers ready. */
  readyMaxProjectionLag: number;
  /** Seconds a SIGTERM waits for in-flight requests before cutting the remaining connections. */
  shutdownTimeoutSeconds: number;
}

/** The two-year cycle: which inspection kinds count for it (CYCLE_COUNTING_KINDS). */
export interface AccountabilityConfig {
  countingKinds: InspectionKind[];
}

/** The audit trail: where the checkpoint signing key comes from, and how often checkpoints are published. */
export interface LedgerConfig {
  signingKey: SigningKeySource;
  /** Seconds between checkpoints, published only when the tree grew; 0: on demand only. */
  checkpointIntervalSeconds: number;
}

/**
 * How bearer tokens are verified: exactly one of a shared secret (HS256), a public key (PEM) or a JWKS URL; with
 * none, the embedded mode signs and verifies with a local Ed25519 key kept in the data folder.
 */
export type AuthKeySource =
  | { kind: 'secret'; secret: string }
  | { kind: 'publicKey'; pem: string }
  | { kind: 'jwks'; url: string }
  | { kind: 'local'; keyFile: string };

export interface AuthConfig {
  key: AuthKeySource;
  issuer: string;
  audience: string;
  clockSkewSeconds: number;
}

/** Bounds on what one request may ask for. */
export interface RequestLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Longest string accepted in variables (bulk-import file contents excepted: MAX_BODY_BYTES bounds those). */
  maxStringLength: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function authKeySource(env: NodeJS.ProcessEnv, dataDir: string): AuthKeySource {
  const secret = text(env, 'AUTH_JWT_SECRET');
  const pem = text(env, 'AUTH_JWT_PUBLIC_KEY');
  const url = text(env, 'AUTH_JWKS_URL');
  const given = [secret, pem, url].filter((v) => v !== undefined).length;
  if (given > 1) throw new ConfigError('Set only one of AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY and AUTH_JWKS_URL');
  if (secret !== undefined) {
    if (Buffer.byteLength(secret) < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 bytes');
    return { kind: 'secret', secret };
  }
  if (pem !== undefined) {
    if (!pem.includes('BEGIN PUBLIC KEY')) throw new ConfigError('AUTH_JWT_PUBLIC_KEY must be a PEM public key (BEGIN PUBLIC KEY)');
    return { kind: 'publicKey', pem: pem.replace(/\\n/g, '\n') };
  }
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`AUTH_JWKS_URL is not a URL: "${url}"`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
    return { kind: 'jwks', url };
  }
  return { kind: 'local', keyFile: path.join(dataDir, 'auth-signing-key.pem') };
}

/** Exactly one of an inline key and a key file; with neither, a key generated once in the data folder. */
function ledgerSigningKey(env: NodeJS.ProcessEnv, dataDir: string): SigningKeySource {
  const key = text(env, 'LEDGER_SIGNING_KEY');
  const file = text(env, 'LEDGER_SIGNING_KEY_FILE');
  if (key !== undefined && file !== undefined) throw new ConfigError('Set only one of LEDGER_SIGNING_KEY and LEDGER_SIGNING_KEY_FILE');
  if (key !== undefined) {
    const pem = key.replace(/\\n/g, '\n');
    try {
      parsePrivateKey(pem, 'LEDGER_SIGNING_KEY');
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
    return { kind: 'inline', key: pem };
  }
  if (file !== undefined) return { kind: 'file', path: path.resolve(file) };
  return { kind: 'generated', dataDir };
}

/**
 * PERSONAL_DATA_ENCRYPTION (default on), MASTER_KEY (base64 of 32 bytes), KEY_STORE (sqlite|postgres|mongodb, default
 * from EVENT_STORE: sqlite → sqlite, postgres → postgres, kurrentdb → mongodb), KEY_STORE_MONGODB_DATABASE (default
 * `<MONGODB_DATABASE>_keys`), KEY_CACHE_TTL_SECONDS (default 60), PRIVACY_ERASURE_BLOCKERS.
 *
 * The master key: MASTER_KEY, or with a key store of this process's own (sqlite) one generated in the data folder.
 * A shared key store (postgres, mongodb) with encryption on and no MASTER_KEY is refused at start (every instance must
 * hold the same master key): see MissingMasterKeyError.
 */
function privacyConfig(env: NodeJS.ProcessEnv, dataDir: string): PrivacySettings {
  const key = text(env, 'MASTER_KEY');
  const eventKind = text(env, 'EVENT_STORE')?.toLowerCase() ?? 'sqlite';
  const defaultKeyStore = eventKind === 'postgres' ? 'postgres' : eventKind === 'kurrentdb' ? 'mongodb' : 'sqlite';
  const keyKind = choice(env, 'KEY_STORE', ['sqlite', 'postgres', 'mongodb'] as const, defaultKeyStore);
  const chosen = text(env, 'KEY_STORE') !== undefined;
  if (keyKind !== 'sqlite' && eventKind === 'sqlite') {
    throw new ConfigError(`KEY_STORE=${keyKind} needs a server event store (EVENT_STORE=postgres or kurrentdb): the embedded log keeps its keys in DATA_DIR/keys.sqlite`);
  }
  let keyStore: KeyStoreSettings;
  if (keyKind === 'postgres') {
    keyStore = { kind: 'postgres', url: storeUrl(env, 'POSTGRES_URL', 'KEY_STORE=postgres', ['postgres:', 'postgresql:']), schema: text(env, 'POSTGRES_SCHEMA') ?? 'aol' };
  } else if (keyKind === 'mongodb') {
    const database = text(env, 'KEY_STORE_MONGODB_DATABASE') ?? `${text(env, 'MONGODB_DATABASE') ?? 'aol'}_keys`;
    if (!/^[A-Za-z0-9_-]{1,63}$/.test(database)) throw new ConfigError(`KEY_STORE_MONGODB_DATABASE must be 1 to 63 letters, digits, _ or -, got "${database}"`);
    // Chosen explicitly, MONGODB_URL is needed now; as EVENT_STORE=kurrentdb's default, start-up says so if encryption is on.
    const url = chosen || text(env, 'MONGODB_URL') !== undefined ? storeUrl(env, 'MONGODB_URL', 'KEY_STORE=mongodb', ['mongodb:', 'mongodb+srv:']) : null;
    keyStore = { kind: 'mongodb', url, database };
  } else {
    keyStore = { kind: 'sqlite' };
  }
  try {
    if (key !== undefined) parseMasterKey(key, 'MASTER_KEY');
    return {
      encryption: boolean(env, 'PERSONAL_DATA_ENCRYPTION', true),
      masterKey: key !== undefined ? { kind: 'inline', key } : keyKind === 'sqlite' ? { kind: 'generated', dataDir } : { kind: 'missing', keyStore: keyKind },
      erasureBlockers: parseErasureBlockers(env.PRIVACY_ERASURE_BLOCKERS),
      keyStore,
      keyCacheTtlSeconds: integer(env, 'KEY_CACHE_TTL_SECONDS', 60, 1, 86_400),
    };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError((error as Error).message);
  }
}

function countingKinds(env: NodeJS.ProcessEnv): InspectionKind[] {
  try {
    return parseCountingKinds(env.CYCLE_COUNTING_KINDS);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = text(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return raw as LogLevel;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  const raw = text(env, name)?.toLowerCase() ?? fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${env[name]}"`);
  return raw as T;
}

/** A URL the chosen store needs: missing or malformed stops start-up, naming the variable and why it is needed. */
function storeUrl(env: NodeJS.ProcessEnv, name: string, neededBy: string, protocols: readonly string[]): string {
  const url = text(env, name);
  if (url === undefined) throw new ConfigError(`${name} must be set when ${neededBy}`);
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
  if (!protocols.includes(protocol)) throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return url;
}

function storesConfig(env: NodeJS.ProcessEnv, dataDir: string): StoresConfig {
  const eventKind = choice(env, 'EVENT_STORE', ['sqlite', 'postgres', 'kurrentdb'] as const, 'sqlite');
  const readKind = choice(env, 'READ_STORE', ['sqlite', 'mongodb'] as const, 'sqlite');
  const schema = text(env, 'POSTGRES_SCHEMA') ?? 'aol';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError(`POSTGRES_SCHEMA must be a lower-case SQL identifier, got "${schema}"`);
  const projections = choice(env, 'PROJECTIONS', ['inline', 'external'] as const, 'inline');
  if (projections === 'external' && eventKind === 'sqlite') {
    throw new ConfigError('PROJECTIONS=external needs EVENT_STORE=postgres or kurrentdb: the embedded log wakes subscribers in its own process only');
  }
  const database = text(env, 'MONGODB_DATABASE') ?? 'aol';
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(database)) throw new ConfigError(`MONGODB_DATABASE must be 1 to 63 letters, digits, _ or -, got "${database}"`);
  return {
    eventStore:
      eventKind === 'postgres'
        ? {
            kind: 'postgres',
            url: storeUrl(env, 'POSTGRES_URL', 'EVENT_STORE=postgres', ['postgres:', 'postgresql:']),
            schema,
            poolSize: integer(env, 'POSTGRES_POOL_SIZE', 10, 1, 1000),
            // A link that drops packets silently: queries fail as SERVICE_UNAVAILABLE after this long instead of hanging.
            queryTimeoutMs: integer(env, 'POSTGRES_QUERY_TIMEOUT_SECONDS', 30, 1, 3600) * 1000,
          }
        : eventKind === 'kurrentdb'
          ? { kind: 'kurrentdb', url: storeUrl(env, 'KURRENTDB_URL', 'EVENT_STORE=kurrentdb', ['kurrentdb:', 'esdb:', 'kdb:', 'kurrentdb+discover:', 'esdb+discover:', 'kdb+discover:']) }
          : { kind: 'sqlite' },
    readStore:
      readKind === 'mongodb'
        ? {
            kind: 'mongodb',
            url: storeUrl(env, 'MONGODB_URL', 'READ_STORE=mongodb', ['mongodb:', 'mongodb+srv:']),
            database,
          }
        : // Beside the embedded log, the read models share its file; beside a server log, they get one of their own.
          { kind: 'sqlite', file: path.join(dataDir, eventKind === 'sqlite' ? 'ledger.sqlite' : 'read-models.sqlite') },
    projections,
    readYourWritesTimeoutMs: integer(env, 'READ_YOUR_WRITES_TIMEOUT_MS', 5000, 0, 600_000),
    projector: {
      batchSize: integer(env, 'PROJECTOR_BATCH_SIZE', 500, 1, 100_000),
      maxDelayMs: integer(env, 'PROJECTOR_MAX_DELAY_MS', 50, 0, 60_000),
      heartbeatMaxAgeSeconds: integer(env, 'PROJECTOR_HEARTBEAT_MAX_AGE_SECONDS', 30, 1, 86_400),
    },
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
  const production = env.NODE_ENV === 'production';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir,
    sqliteFile: path.join(dataDir, 'ledger.sqlite'),
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', false),
    executor: choice(env, 'GRAPHQL_EXECUTOR', ['jit', 'graphql-js'] as const, 'jit'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    production,
    auth: {
      key: authKeySource(env, dataDir),
      issuer: text(env, 'AUTH_ISSUER') ?? 'archival-oversight-ledger',
      audience: text(env, 'AUTH_AUDIENCE') ?? 'archival-oversight-ledger',
      clockSkewSeconds: integer(env, 'AUTH_CLOCK_SKEW_SECONDS', 60, 0, 3600),
    },
    limits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 20_000, 10, 10_000_000),
      maxStringLength: integer(env, 'GRAPHQL_MAX_STRING_LENGTH', 10_000, 100, 10_000_000),
    },
    ledger: {
      signingKey: ledgerSigningKey(env, dataDir),
      checkpointIntervalSeconds: integer(env, 'LEDGER_CHECKPOINT_INTERVAL_SECONDS', 60, 0, 86_400),
    },
    accountability: { countingKinds: countingKinds(env) },
    ops: {
      logLevel: logLevel(env),
      readyMaxProjectionLag: integer(env, 'READY_MAX_PROJECTION_LAG', 1000, 0, 1_000_000_000),
      shutdownTimeoutSeconds: integer(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10, 0, 3600),
    },
    stores: storesConfig(env, dataDir),
    privacy: privacyConfig(env, dataDir),
  };
}
