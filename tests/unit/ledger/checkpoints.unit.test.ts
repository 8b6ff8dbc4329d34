import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import {
  checkpointNote,
  keyIdOf,
  parsePublicKey,
  publicKeyInfo,
  signCheckpoint,
  verifyCheckpoint,
  type SignedCheckpoint,
} from '../../../src/ledger/checkpoints';
import { parsePrivateKey } from '../../../src/ledger/signing-key';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const root = createHash('sha256').update('some root').digest();
const body = { treeSize: 1234, rootHash: root, issuedAt: '2025-03-01T09:00:00.000Z' };

describe('signed checkpoints', () => {
  it('sign the documented note: origin, size, base64 root, time, each line ending in a newline', () => {
    const checkpoint = signCheckpoint(privateKey, body);
    expect(checkpoint.note).toBe(`archival-oversight-ledger/v1\n1234\n${root.toString('base64')}\n2025-03-01T09:00:00.000Z\n`);
    expect(checkpoint.note).toBe(checkpointNote(body));
    expect(checkpoint).toMatchObject({ treeSize: 1234, rootHash: root.toString('hex'), issuedAt: body.issuedAt });
    // Checked with node:crypto directly: an Ed25519 signature over the UTF-8 note.
    expect(verify(null, Buffer.from(checkpoint.note), publicKey, Buffer.from(checkpoint.signature, 'base64'))).toBe(true);
    expect(verifyCheckpoint(checkpoint, publicKey)).toBe(true);
  });

  it('name the key by the first 8 bytes of SHA-256 over its DER SPKI, in hex', () => {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const info = publicKeyInfo(privateKey);
    expect(info.keyId).toBe(createHash('sha256').update(der).digest().subarray(0, 8).toString('hex'));
    expect(info.keyId).toBe(keyIdOf(der));
    expect(info).toMatchObject({ algorithm: 'Ed25519', spki: der.toString('base64') });
    expect(info.pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(signCheckpoint(privateKey, body).keyId).toBe(info.keyId);
  });

  it.each<[string, (c: SignedCheckpoint) => SignedCheckpoint]>([
    ['a larger tree size', (c) => ({ ...c, treeSize: c.treeSize + 1, note: checkpointNote({ ...body, treeSize: c.treeSize + 1 }) })],
    ['another root', (c) => ({ ...c, rootHash: '00'.repeat(32) })],
    ['another time', (c) => ({ ...c, issuedAt: '2025-03-02T09:00:00.000Z' })],
    ['a note that says something else than the fields', (c) => ({ ...c, note: c.note.replace('1234', '9999') })],
    ['a flipped signature byte', (c) => ({ ...c, signature: flipBase64(c.signature) })],
    ['another key id', (c) => ({ ...c, keyId: '0000000000000000' })],
  ])('fail verification with %s', (_name, tamper) => {
    expect(verifyCheckpoint(tamper(signCheckpoint(privateKey, body)), publicKey)).toBe(false);
  });

  it('fail verification with another key', () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(verifyCheckpoint(signCheckpoint(privateKey, body), other)).toBe(false);
  });
});

describe('keys', () => {
  it('read public keys as PEM or base64 SPKI, and only Ed25519 ones', () => {
    const info = publicKeyInfo(publicKey);
    expect(parsePublicKey(info.pem)?.equals(publicKey)).toBe(true);
    expect(parsePublicKey(info.spki)?.equals(publicKey)).toBe(true);
    expect(parsePublicKey('not a key')).toBeNull();
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(parsePublicKey(rsa.export({ type: 'spki', format: 'pem' }).toString())).toBeNull();
  });

  it('read private keys as PEM or base64 PKCS#8, refusing other algorithms with a clear message', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const der64 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(publicKeyInfo(parsePrivateKey(pem, 'X')).keyId).toBe(publicKeyInfo(privateKey).keyId);
    expect(publicKeyInfo(parsePrivateKey(der64, 'X')).keyId).toBe(publicKeyInfo(privateKey).keyId);
    expect(() => parsePrivateKey('garbage', 'LEDGER_SIGNING_KEY')).toThrow(/LEDGER_SIGNING_KEY: not a PEM or base64 PKCS#8/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parsePrivateKey(ec, 'LEDGER_SIGNING_KEY')).toThrow(/must be Ed25519, got ec/);
  });
});

function flipBase64(signature: string): string {
  const bytes = Buffer.from(signature, 'base64');
  bytes[10] = (bytes[10] as number) ^ 0x01;
  return bytes.toString('base64');
}
