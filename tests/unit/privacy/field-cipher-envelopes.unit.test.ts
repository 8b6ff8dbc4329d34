import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../../../src/domain/shared/event';
import { ERASED_MARKER, FieldCipher, isEnvelope, PersonalDataIntegrityError } from '../../../src/privacy/field-cipher';
import { KeyStore, type SubjectKey } from '../../../src/privacy/key-store';
import { rewriteOwners } from '../../../src/privacy/personal-fields';

/**
 * The envelope versions (field-cipher.ts): v2 seals all of one person's fields in one owner together (one AES-GCM
 * operation per person, not per field); v1, one field alone, is still written for a person with a single field and
 * still read wherever a log holds it.
 */

const master = randomBytes(32);
const metadata = { actor: { id: 'clerk-1', role: 'BUREAU_STAFF' as const }, occurredAt: '2025-03-01T00:00:00.000Z', correlationId: 'c-1' };

interface Inspector {
  personId: string;
  name: unknown;
  credentialNumber: unknown;
}
interface InspectionData {
  inspectionId: string;
  inspectors: unknown[];
  conclusion: string;
}

const inspection = (id: string, inspectors: Inspector[] = [
  { personId: 'p-1', name: '王检查', credentialNumber: '执 001' },
  { personId: 'p-2', name: '李执法', credentialNumber: '执 002' },
]): NewEvent => ({ id, type: 'InspectionConducted', schemaVersion: 2, metadata, data: { inspectionId: 'i-1', inspectors, conclusion: '符合要求' } });

/** As the store answers it: parsed back from the stored JSON, at a position. */
let nextPosition = 1;
const recorded = (event: NewEvent, position = nextPosition++): RecordedEvent => ({
  ...event,
  data: JSON.parse(JSON.stringify(event.data)) as object,
  streamId: 's',
  revision: 0,
  position,
  metadata: { ...event.metadata, recordedAt: event.metadata.occurredAt },
});
const inspectorsOf = (event: { data: object }) => (event.data as InspectionData).inspectors as Inspector[];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The v1 envelope exactly as the cipher wrote it before v2 (and still writes it for a lone field). */
function v1Envelope(key: SubjectKey, subjectId: string, eventId: string, path: string, plaintext: string) {
  const iv = createHmac('sha256', key.ivKey).update(`${eventId}\n${path}\n`).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(`${eventId}\n${path}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $enc: 'v1', s: subjectId, iv: iv.toString('base64'), ct: ct.toString('base64') };
}

describe('envelopes: one per person per owner (v2), one per lone field (v1)', () => {
  let keys: InstanceType<typeof KeyStore>;
  let cipher: FieldCipher;
  beforeEach(() => {
    keys = new KeyStore(':memory:', master);
    cipher = new FieldCipher(keys);
  });
  afterEach(() => keys.close());

  it("seals an inspector's name and credential number together: the sealed envelope in the first, its companion in the other", () => {
    const stored = cipher.encryptEvent(inspection('e-1'));
    const [first, second] = inspectorsOf(stored);
    expect(first?.name).toEqual({ $enc: 'v2', s: 'p-1', iv: expect.any(String), ct: expect.any(String) });
    expect(first?.credentialNumber).toEqual({ $enc: 'v2', s: 'p-1' });
    expect(second?.name).toMatchObject({ $enc: 'v2', s: 'p-2' });
    expect(isEnvelope(first?.name) && isEnvelope(first?.credentialNumber)).toBe(true);
    // Two people, two ciphertexts (not four).
    expect(JSON.stringify(stored.data).match(/"ct":/g)).toHaveLength(2);
    const text = JSON.stringify(stored);
    for (const plain of ['王检查', '执 001', '李执法', '执 002']) expect(text).not.toContain(plain);
    expect(new FieldCipher(keys).decryptEvent(recorded(stored)).data).toEqual(inspection('e-1').data);
  });

  it('keeps v1, byte for byte as before, for a person with one field (a null credential, an archivist)', () => {
    const event = inspection('e-1', [{ personId: 'p-1', name: '王检查', credentialNumber: null }]);
    const stored = cipher.encryptEvent(event);
    const [only] = inspectorsOf(stored);
    const key = keys.keyOf('p-1') as SubjectKey;
    expect(only?.name).toEqual(v1Envelope(key, 'p-1', 'e-1', 'inspectors[0].name', '王检查'));
    expect(only?.credentialNumber).toBeNull();
    const assignment: NewEvent = { id: 'e-2', type: 'ArchivistAssigned', schemaVersion: 1, metadata, data: { unitId: 'U', archivistId: 'a-1', name: '张秘密', partTime: false, duties: null } };
    const storedAssignment = cipher.encryptEvent(assignment);
    expect((storedAssignment.data as { name: unknown }).name).toEqual(v1Envelope(keys.keyOf('a-1') as SubjectKey, 'a-1', 'e-2', 'name', '张秘密'));
    expect(new FieldCipher(keys).decryptEvent(recorded(storedAssignment)).data).toEqual(assignment.data);
  });

  it('reads a log written with v1 envelopes only (every field sealed alone), and refuses one moved', () => {
    const key1 = keys.keyFor('p-1') as SubjectKey;
    const key2 = keys.keyFor('p-2') as SubjectKey;
    const old = inspection('e-1', [
      { personId: 'p-1', name: v1Envelope(key1, 'p-1', 'e-1', 'inspectors[0].name', '王检查'), credentialNumber: v1Envelope(key1, 'p-1', 'e-1', 'inspectors[0].credentialNumber', '执 001') },
      { personId: 'p-2', name: v1Envelope(key2, 'p-2', 'e-1', 'inspectors[1].name', '李执法'), credentialNumber: v1Envelope(key2, 'p-2', 'e-1', 'inspectors[1].credentialNumber', '执 002') },
    ]);
    expect(cipher.decryptEvent(recorded(old)).data).toEqual(inspection('e-1').data);
    const moved = clone(old);
    const [first] = inspectorsOf(moved);
    if (first) first.credentialNumber = first.name;
    expect(() => cipher.decryptEvent(recorded(moved))).toThrow(PersonalDataIntegrityError);
  });

  it('encrypts the same event to the same bytes, in this process or another (an idempotent replay still matches)', () => {
    const once = JSON.stringify(cipher.encryptEvent(inspection('e-1')));
    expect(JSON.stringify(cipher.encryptEvent(inspection('e-1')))).toBe(once);
    expect(JSON.stringify(new FieldCipher(keys).encryptEvent(inspection('e-1')))).toBe(once);
    // Another event, or another value, never the same ciphertext (nor IV).
    const other = inspectorsOf(cipher.encryptEvent(inspection('e-2')))[0]?.name as { iv: string; ct: string };
    const changed = inspectorsOf(cipher.encryptEvent(inspection('e-1', [{ personId: 'p-1', name: '王检查', credentialNumber: '执 999' }])))[0]?.name as { iv: string };
    const first = inspectorsOf(JSON.parse(once) as NewEvent)[0]?.name as { iv: string; ct: string };
    expect(other.iv).not.toBe(first.iv);
    expect(other.ct).not.toBe(first.ct);
    expect(changed.iv).not.toBe(first.iv);
  });

  describe('refuses an altered or moved envelope (PersonalDataIntegrityError)', () => {
    const tampered: [string, (inspectors: Inspector[], data: InspectionData) => void][] = [
      ['a ciphertext altered', ([first]) => {
        const sealed = first?.name as { ct: string };
        sealed.ct = `${sealed.ct.startsWith('A') ? 'B' : 'A'}${sealed.ct.slice(1)}`;
      }],
      ['the companion replaced by a value', ([first]) => {
        if (first) first.credentialNumber = '执 666';
      }],
      ['the companion removed', ([first]) => {
        delete (first as Partial<Inspector>).credentialNumber;
      }],
      ['two sealed envelopes for one person', ([first]) => {
        if (first) first.credentialNumber = first.name;
      }],
      ['the sealed envelope and its companion swapped', ([first]) => {
        if (first) [first.name, first.credentialNumber] = [first.credentialNumber, first.name];
      }],
      ['the inspectors reordered (envelopes at another owner)', (inspectors) => {
        inspectors.reverse();
      }],
      ['an item inserted before the owner', (_inspectors, data) => {
        data.inspectors.unshift(null);
      }],
      ["one person's envelope given to another", ([first, second]) => {
        if (first && second) [first.name, first.credentialNumber] = [second.name, second.credentialNumber];
      }],
    ];

    it.each(tampered)('%s', (_what, alter) => {
      const stored = recorded(cipher.encryptEvent(inspection('e-1')));
      // Opened once first: what the cipher remembers of it must not vouch for the altered bytes.
      expect(cipher.decryptEvent(stored).data).toEqual(inspection('e-1').data);
      const altered = clone(stored);
      alter(inspectorsOf(altered), altered.data as InspectionData);
      expect(() => cipher.decryptEvent(altered)).toThrow(PersonalDataIntegrityError);
      expect(() => new FieldCipher(keys).decryptEvent(altered)).toThrow(PersonalDataIntegrityError);
    });

    it('the envelopes of one event in another event', () => {
      const stored = recorded(cipher.encryptEvent(inspection('e-1')));
      cipher.decryptEvent(stored);
      expect(() => cipher.decryptEvent({ ...clone(stored), id: 'e-9' })).toThrow(PersonalDataIntegrityError);
      expect(() => cipher.decryptEvent({ ...clone(stored), id: 'e-9', position: stored.position + 1000 })).toThrow(PersonalDataIntegrityError);
    });
  });

  it("reads an erased person's fields as the marker (all of them), even when opened before, and leaves the others", () => {
    const stored = recorded(cipher.encryptEvent(inspection('e-1')));
    expect(cipher.decryptEvent(stored).data).toEqual(inspection('e-1').data);
    expect(keys.destroy(['p-1'])).toBe(1);
    const [first, second] = inspectorsOf(cipher.decryptEvent(clone(stored)));
    expect(first).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
    expect(second).toEqual({ personId: 'p-2', name: '李执法', credentialNumber: '执 002' });
    const again = cipher.encryptEvent(inspection('e-3'));
    expect(inspectorsOf(again)[0]).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
  });

  it('seals the nested owners of a correction, and each archivist of a guidance act alone', () => {
    const correction: NewEvent = {
      id: 'e-5',
      type: 'InspectionRecordCorrected',
      schemaVersion: 1,
      metadata,
      data: { inspectionId: 'i-1', changes: { inspectors: [{ personId: 'p-3', name: '赵', credentialNumber: '执 003' }] }, reason: '笔误' },
    };
    const stored = cipher.encryptEvent(correction);
    const [inspector] = (stored.data as { changes: { inspectors: Inspector[] } }).changes.inspectors;
    expect(inspector?.name).toMatchObject({ $enc: 'v2', s: 'p-3' });
    expect(inspector?.credentialNumber).toEqual({ $enc: 'v2', s: 'p-3' });
    expect(cipher.decryptEvent(recorded(stored)).data).toEqual(correction.data);

    const guidance: NewEvent = {
      id: 'e-6',
      type: 'GuidanceProvided',
      schemaVersion: 1,
      metadata,
      data: { unitId: 'U', archivistsMet: [{ archivistId: 'a-1', name: '张' }], difficulties: [{ archivistId: 'a-1', description: '人手不足' }, { archivistId: null, description: '无人' }] },
    };
    const storedGuidance = cipher.encryptEvent(guidance);
    const data = storedGuidance.data as { archivistsMet: { name: unknown }[]; difficulties: { description: unknown }[] };
    expect(data.archivistsMet[0]?.name).toMatchObject({ $enc: 'v1', s: 'a-1' });
    expect(data.difficulties[0]?.description).toMatchObject({ $enc: 'v1', s: 'a-1' });
    expect(data.difficulties[1]?.description).toBe('无人');
    expect(new FieldCipher(keys).decryptEvent(recorded(storedGuidance)).data).toEqual(guidance.data);
  });

  it("answers the append's own events and a history read again from memory, the same values as a cold read", () => {
    const events = Array.from({ length: 20 }, (_, i) => inspection(`e-${i}`, [
      { personId: `p-${i % 3}`, name: `名${i}`, credentialNumber: `执 ${i}` },
      { personId: `p-${(i + 1) % 3}`, name: `另${i}`, credentialNumber: null },
    ]));
    const stored = events.map((event, i) => recorded(cipher.encryptEvent(event), 1000 + i));
    const cold = new FieldCipher(keys);
    for (let round = 0; round < 3; round++) {
      stored.forEach((event, i) => {
        expect(cipher.decryptEvent(clone(event)).data).toEqual(events[i]?.data);
        expect(cold.decryptEvent(clone(event)).data).toEqual(events[i]?.data);
      });
    }
  });
});

describe('rewriteOwners', () => {
  it('visits each owner once, with its concrete path and all its declared fields, copying only what changed', () => {
    const data = { inspectionId: 'i-1', inspectors: [{ personId: 'p-1', name: 'a' }, 'odd', { personId: 'p-2', name: 'b', credentialNumber: 'c' }], conclusion: 'ok' };
    const seen: [string, string[]][] = [];
    const same = rewriteOwners('InspectionConducted', data, (owner, path, fields) => {
      seen.push([path, fields.map((f) => f.key)]);
      return owner;
    });
    expect(same).toBe(data);
    expect(seen).toEqual([
      ['inspectors[0]', ['name', 'credentialNumber']],
      ['inspectors[2]', ['name', 'credentialNumber']],
    ]);
    const changed = rewriteOwners('InspectionConducted', data, (owner, path) => (path === 'inspectors[2]' ? { ...owner, name: 'B' } : owner)) as typeof data;
    expect(changed).not.toBe(data);
    expect(changed.inspectors[0]).toBe(data.inspectors[0]);
    expect(changed.inspectors[2]).toEqual({ personId: 'p-2', name: 'B', credentialNumber: 'c' });
    expect(data.inspectors[2]).toEqual({ personId: 'p-2', name: 'b', credentialNumber: 'c' });
    expect(rewriteOwners('UnitRegistered', data, () => ({}))).toBe(data);
    expect(rewriteOwners('constructor', data, () => ({}))).toBe(data);
  });
});
