import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the master key comes from: MASTER_KEY (base64 of 32 bytes), or generated once into DATA_DIR/master-key
 * (a key store of this process's own, KEY_STORE=sqlite). `missing`: a server key store, shared by instances that
 * must all hold the same master key, and no MASTER_KEY: start-up stops (see MissingMasterKeyError).
 */
export type MasterKeySource = { kind: 'inline'; key: string } | { kind: 'generated'; dataDir: string } | { kind: 'missing'; keyStore: string };

/** Encryption is on with a shared key store and MASTER_KEY is not set: a configuration error, raised at start. */
export class MissingMasterKeyError extends Error {
  constructor(keyStore: string) {
    super(
      `MASTER_KEY must be set when personal-data encryption is on with KEY_STORE=${keyStore}: every API instance and the projector share the keys, so they need the same master key (base64 of 32 bytes, e.g. \`openssl rand -base64 32\`); or set PERSONAL_DATA_ENCRYPTION=false`,
    );
  }
}

export const MASTER_KEY_BYTES = 32;

/** 32 bytes from base64, or an error that names where the bad value came from. */
export function parseMasterKey(base64: string, from: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== MASTER_KEY_BYTES || key.toString('base64') !== base64.trim().replace(/\s+/g, '')) {
    throw new Error(`${from} must be the base64 of exactly ${MASTER_KEY_BYTES} bytes (e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
}

/**
 * The key that wraps every subject's data key. In embedded mode with no MASTER_KEY it is made once in the data
 * folder (readable by its owner only) and reused, like the signing keys (src/auth/local-key.ts). It never sits in
 * keys.sqlite: a copy of the key store alone decrypts nothing.
 */
export function loadMasterKey(source: MasterKeySource): Buffer {
  if (source.kind === 'inline') return parseMasterKey(source.key, 'MASTER_KEY');
  if (source.kind === 'missing') throw new MissingMasterKeyError(source.keyStore);
  const file = path.join(source.dataDir, 'master-key');
  if (!existsSync(file)) {
    writeFileSync(file, `${randomBytes(MASTER_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return parseMasterKey(readFileSync(file, 'utf8'), file);
}
