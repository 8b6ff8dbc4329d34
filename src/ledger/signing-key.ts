import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicKeyInfo, type PublicKeyInfo } from './checkpoints';

/** Where the checkpoint signing key comes from; config.ts decides, this module only reads or creates it. */
export type SigningKeySource =
  /** PEM text, or base64 of a DER PKCS#8 private key (LEDGER_SIGNING_KEY). */
  | { kind: 'inline'; key: string }
  /** A PEM file (LEDGER_SIGNING_KEY_FILE). */
  | { kind: 'file'; path: string }
  /** Embedded mode without a configured key: DATA_DIR/ledger-signing-key.pem, generated on first start. */
  | { kind: 'generated'; dataDir: string };

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: PublicKeyInfo;
}

export const GENERATED_KEY_FILE = 'ledger-signing-key.pem';

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

export function loadSigningKey(source: SigningKeySource): SigningKey {
  switch (source.kind) {
    case 'inline':
      return toSigningKey(parsePrivateKey(source.key, 'LEDGER_SIGNING_KEY'));
    case 'file':
      return toSigningKey(parsePrivateKey(readKeyFile(source.path), source.path));
    case 'generated':
      return toSigningKey(generatedKey(path.join(source.dataDir, GENERATED_KEY_FILE)));
  }
}

/** PEM (PKCS#8 "PRIVATE KEY") or base64 of the DER PKCS#8; only Ed25519. */
export function parsePrivateKey(text: string, origin: string): KeyObject {
  let key: KeyObject;
  try {
    const trimmed = text.trim();
    key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey(trimmed)
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new SigningKeyError(`${origin}: not a PEM or base64 PKCS#8 private key (${(error as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyError(`${origin}: the checkpoint key must be Ed25519, got ${key.asymmetricKeyType ?? 'an unknown type'}`);
  }
  return key;
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new SigningKeyError(`${file}: cannot read the signing key (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/**
 * Reuses the key file, or creates it readable by the owner only. `wx` makes creation exclusive: two processes
 * starting on the same data folder cannot each write a different key; the loser reads the winner's.
 */
function generatedKey(file: string): KeyObject {
  try {
    return parsePrivateKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600); // the umask may have taken bits away, never added: this only makes sure
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return parsePrivateKey(readFileSync(file, 'utf8'), file);
    throw new SigningKeyError(`${file}: cannot write the generated signing key (${(error as Error).message})`);
  }
}

function toSigningKey(privateKey: KeyObject): SigningKey {
  return { privateKey, publicKey: publicKeyInfo(privateKey) };
}
