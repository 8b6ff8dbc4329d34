import path from 'node:path';
import { parseCountingKinds } from './domain/accountability/counting-kinds';
import type { InspectionKind } from './domain/supervision/common';
import { parsePrivateKey, type SigningKeySource } from './ledger/signing-key';

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
  /** Largest accepted request body (bulk imports travel in one). */
  maxBodyBytes: number;
  production: boolean;
  auth: AuthConfig;
  limits: RequestLimits;
  ledger: LedgerConfig;
  accountability: AccountabilityConfig;
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

function countingKinds(env: NodeJS.ProcessEnv): InspectionKind[] {
  try {
    return parseCountingKinds(env.CYCLE_COUNTING_KINDS);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
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
  };
}
