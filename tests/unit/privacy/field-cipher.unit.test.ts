import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewEvent, RecordedEvent } from '../../../src/domain/shared/event';
import { envelopeSubject, ERASED_MARKER, FieldCipher, isEnvelope, PersonalDataIntegrityError } from '../../../src/privacy/encrypting-event-store';
import { KeyStore } from '../../../src/privacy/key-store';
import { parseMasterKey } from '../../../src/privacy/master-key';
import { parseErasureBlockers } from '../../../src/privacy/retention';

const master = randomBytes(32);
const metadata = { actor: { id: 'clerk-1', role: 'BUREAU_STAFF' as const }, occurredAt: '2025-03-01T00:00:00.000Z', correlationId: 'c-1' };

const inspection = (id: string): NewEvent => ({
  id,
  type: 'InspectionConducted',
  schemaVersion: 2,
  metadata,
  data: {
    inspectionId: 'i-1',
    unitId: 'U',
    inspectors: [
      { personId: 'p-1', name: '王检查', credentialNumber: '执 001' },
      { personId: 'p-2', name: '李执法', credentialNumber: null },
    ],
    conclusion: '符合要求',
  },
});

const recorded = (event: NewEvent): RecordedEvent => ({ ...event, streamId: 's', revision: 0, position: 1, metadata: { ...event.metadata, recordedAt: event.metadata.occurredAt } });
type Inspectors = { inspectors: { personId: string; name: unknown; credentialNumber: unknown }[]; conclusion: string };
const inspectorsOf = (event: { data: object }) => (event.data as Inspectors).inspectors;

describe('field encryption', () => {
  let keys: KeyStore;
  let cipher: FieldCipher;
  beforeEach(() => {
    keys = new KeyStore(':memory:', master);
    cipher = new FieldCipher(keys);
  });
  afterEach(() => keys.close());

  it('replaces each personal field by an envelope of its subject, and reads it back', () => {
    const stored = cipher.encryptEvent(inspection('e-1'));
    const [first, second] = inspectorsOf(stored);
    expect(envelopeSubject(first?.name)).toBe('p-1');
    expect(isEnvelope(first?.credentialNumber)).toBe(true);
    expect(second?.credentialNumber).toBeNull(); // not a string: left as it is
    expect(JSON.stringify(stored)).not.toContain('王检查');
    expect((stored.data as Inspectors).conclusion).toBe('符合要求');
    expect(cipher.decryptEvent(recorded(stored)).data).toEqual(inspection('e-1').data);
  });

  it('encrypts the same event to the same bytes (an idempotent replay is recognised), and another event differently', () => {
    expect(JSON.stringify(cipher.encryptEvent(inspection('e-1')))).toBe(JSON.stringify(cipher.encryptEvent(inspection('e-1'))));
    const other = cipher.encryptEvent(inspection('e-2'));
    expect(JSON.stringify(inspectorsOf(other)[0]?.name)).not.toBe(JSON.stringify(inspectorsOf(cipher.encryptEvent(inspection('e-1')))[0]?.name));
  });

  it('refuses a ciphertext moved to another field or event', () => {
    const stored = cipher.encryptEvent(inspection('e-1'));
    const [first] = inspectorsOf(stored);
    if (first) first.credentialNumber = first.name; // the name's ciphertext in the credential's place
    expect(() => cipher.decryptEvent(recorded(stored))).toThrow(PersonalDataIntegrityError);
    expect(() => cipher.decryptEvent(recorded({ ...cipher.encryptEvent(inspection('e-1')), id: 'e-9' }))).toThrow(PersonalDataIntegrityError);
  });

  it("reads an erased subject's fields as the marker, leaves the others, and never makes them a key again", () => {
    const stored = recorded(cipher.encryptEvent(inspection('e-1')));
    expect(keys.destroy(['p-1'])).toBe(1);
    const [first, second] = inspectorsOf(cipher.decryptEvent(stored));
    expect(first).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
    expect(second?.name).toBe('李执法');
    // Named again after the erasure: written as the marker, no plaintext and no new key.
    const again = cipher.encryptEvent(inspection('e-3'));
    expect(inspectorsOf(again)[0]?.name).toBe(ERASED_MARKER);
    expect(keys.hasKey('p-1')).toBe(false);
    expect(keys.isErased('p-1')).toBe(true);
  });

  it('leaves events that name nobody untouched (the same object)', () => {
    const event: NewEvent = { id: 'e-4', type: 'UnitRegistered', schemaVersion: 1, metadata, data: { unitId: 'U', name: '某公司' } };
    expect(cipher.encryptEvent(event)).toBe(event);
    const stored = recorded(event);
    expect(cipher.decryptEvent(stored)).toBe(stored);
  });

  it('wraps keys with the master key: another master key unwraps nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aol-keys-'));
    try {
      const file = path.join(dir, 'keys.sqlite');
      const first = new KeyStore(file, master);
      const stored = recorded(new FieldCipher(first).encryptEvent(inspection('e-1')));
      first.close();
      const other = new KeyStore(file, randomBytes(32));
      expect(() => new FieldCipher(other).decryptEvent(stored)).toThrow(/does not unwrap with this master key/);
      other.close();
      // The file holds wrapped keys only: neither the names nor the master key.
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from('王检查'))).toBe(false);
      expect(bytes.includes(master)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('privacy configuration', () => {
  it('takes a master key of exactly 32 bytes in base64', () => {
    expect(parseMasterKey(randomBytes(32).toString('base64'), 'MASTER_KEY')).toHaveLength(32);
    expect(() => parseMasterKey(randomBytes(16).toString('base64'), 'MASTER_KEY')).toThrow(/MASTER_KEY must be the base64 of exactly 32 bytes/);
    expect(() => parseMasterKey('not base64!', 'MASTER_KEY')).toThrow(/MASTER_KEY/);
  });

  it('reads the retention policy', () => {
    expect(parseErasureBlockers(undefined)).toEqual(['OPEN_VIOLATION_CASE', 'OPEN_RECTIFICATION_ORDER']);
    expect(parseErasureBlockers('none')).toEqual([]);
    expect(parseErasureBlockers('open_violation_case')).toEqual(['OPEN_VIOLATION_CASE']);
    expect(() => parseErasureBlockers('OPEN_LEAD')).toThrow(/PRIVACY_ERASURE_BLOCKERS/);
  });
});
