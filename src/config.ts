import path from 'node:path';

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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR?.trim() || './data');
  const production = env.NODE_ENV === 'production';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir,
    sqliteFile: path.join(dataDir, 'ledger.sqlite'),
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', !production),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    production,
  };
}
