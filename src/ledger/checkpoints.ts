import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Signed checkpoints: a statement "the ledger held `treeSize` events whose Merkle root is `rootHash`, at
 * `issuedAt`", signed with Ed25519. What is signed is the checkpoint note, in the manner of a C2SP signed note
 * (tlog-checkpoint): UTF-8 text of four lines, each ending in a newline:
 *
 *   archival-oversight-ledger/v1
 *   <treeSize in decimal>
 *   <rootHash, 32 bytes, standard base64 with padding>
 *   <issuedAt, ISO-8601 UTC as Date.prototype.toISOString writes it>
 *
 * The key id is the hex of the first 8 bytes of SHA-256 over the public key's DER SubjectPublicKeyInfo.
 */
export const CHECKPOINT_ORIGIN = 'archival-oversight-ledger/v1';

export interface CheckpointBody {
  treeSize: number;
  rootHash: Buffer;
  issuedAt: string;
}

/** A checkpoint as clients and auditors see it. */
export interface SignedCheckpoint {
  treeSize: number;
  /** Hex. */
  rootHash: string;
  issuedAt: string;
  keyId: string;
  /** Base64 Ed25519 signature over `note`. */
  signature: string;
  /** The exact text that was signed. */
  note: string;
}

export interface PublicKeyInfo {
  keyId: string;
  algorithm: 'Ed25519';
  /** Base64 of the DER SubjectPublicKeyInfo. */
  spki: string;
  pem: string;
}

export function checkpointNote(body: CheckpointBody): string {
  return `${CHECKPOINT_ORIGIN}\n${body.treeSize}\n${body.rootHash.toString('base64')}\n${body.issuedAt}\n`;
}

export function keyIdOf(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest().subarray(0, 8).toString('hex');
}

export function publicKeyInfo(key: KeyObject): PublicKeyInfo {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new TypeError(`Checkpoints are signed with Ed25519, not ${publicKey.asymmetricKeyType}`);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: keyIdOf(der),
    algorithm: 'Ed25519',
    spki: der.toString('base64'),
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function signCheckpoint(privateKey: KeyObject, body: CheckpointBody): SignedCheckpoint {
  const note = checkpointNote(body);
  return {
    treeSize: body.treeSize,
    rootHash: body.rootHash.toString('hex'),
    issuedAt: body.issuedAt,
    keyId: publicKeyInfo(privateKey).keyId,
    signature: sign(null, Buffer.from(note, 'utf8'), privateKey).toString('base64'),
    note,
  };
}

/**
 * Parses a public key given as PEM, or as base64 of the DER SPKI; null when it is neither, or not Ed25519.
 * Never throws: it reads keys out of files an auditor was handed.
 */
export function parsePublicKey(text: string): KeyObject | null {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith('-----BEGIN')
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/**
 * Checks a checkpoint's signature, and that the note it carries is the one its fields give (a note that says
 * something else than the fields next to it would mislead whoever reads only one of them). Never throws.
 */
export function verifyCheckpoint(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  try {
    const root = Buffer.from(checkpoint.rootHash, 'hex');
    if (root.length !== 32 || root.toString('hex') !== checkpoint.rootHash.toLowerCase()) return false;
    const note = checkpointNote({ treeSize: checkpoint.treeSize, rootHash: root, issuedAt: checkpoint.issuedAt });
    if (note !== checkpoint.note) return false;
    if (publicKeyInfo(publicKey).keyId !== checkpoint.keyId) return false;
    return verify(null, Buffer.from(note, 'utf8'), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
