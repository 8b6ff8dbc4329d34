import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../../../src/domain/shared/event';
import { envelopeSubject, ERASED_MARKER, FieldCipher, isEnvelope, PersonalDataIntegrityError } from '../../../src/privacy/field-cipher';
import { KeyStore, type SubjectKey } from '../../../src/privacy/key-store';
import { rewriteOwners } from '../../../src/privacy/personal-fields';

/**
 * The envelope versions (field-cipher.ts): v3, written now, seals all of one person's fields in one owner together
 * (one AES-GCM operation per person, not per field) as strings; v2 (the same grouping as objects) and v1 (one field
 * alone, an object) are what older logs hold, and are still read wherever a log holds them.
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

/** The v1 envelope exactly as the cipher wrote it before v3 (for every field before v2, for a lone field before v3). */
function v1Envelope(key: SubjectKey, subjectId: string, eventId: string, path: string, plaintext: string) {
  const iv = createHmac('sha256', key.ivKey).update(`${eventId}\n${path}\n`).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(`${eventId}\n${path}`, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { $enc: 'v1', s: subjectId, iv: iv.toString('base64'), ct: ct.toString('base64') };
}

/** The v2 envelopes of one person's fields in one owner, exactly as the cipher wrote them before v3. */
function v2Envelopes(key: SubjectKey, subjectId: string, eventId: string, ownerPath: string, keys: string[], values: string[]) {
  const aad = `v2\n${eventId.length}\n${eventId}\n${ownerPath}\n${keys.join('\n')}`;
  const plaintext = JSON.stringify(values);
  const iv = createHmac('sha256', key.ivKey).update(`${aad}\n`).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [{ $enc: 'v2', s: subjectId, iv: iv.toString('base64'), ct: ct.toString('base64') }, ...keys.slice(1).map(() => ({ $enc: 'v2', s: subjectId }))];
}

/** A v3 envelope: the sealed one (`\uFEFFv3:<subject>:<base64url>`), or its companion (`\uFEFFv3:<subject>:`). */
const SEALED_V3 = (subjectId: string) => new RegExp(`^\\uFEFFv3:${subjectId}:[A-Za-z0-9_-]{40,}$`);
const companion = (subjectId: string) => `\uFEFFv3:${subjectId}:`;

describe('envelopes: one per person per owner, written as v3 strings; v1 and v2 objects still read', () => {
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
    expect(first?.name).toMatch(SEALED_V3('p-1'));
    expect(first?.credentialNumber).toBe(companion('p-1'));
    expect(second?.name).toMatch(SEALED_V3('p-2'));
    expect(second?.credentialNumber).toBe(companion('p-2'));
    expect(isEnvelope(first?.name) && isEnvelope(first?.credentialNumber)).toBe(true);
    expect([envelopeSubject(first?.name), envelopeSubject(first?.credentialNumber), envelopeSubject(second?.name)]).toEqual(['p-1', 'p-1', 'p-2']);
    const text = JSON.stringify(stored);
    for (const plain of ['王检查', '执 001', '李执法', '执 002']) expect(text).not.toContain(plain);
    // JSON writes U+FEFF as it is (no escape), and the envelope is no object.
    expect(text).not.toContain('\\u');
    expect(text).not.toContain('$enc');
    expect(new FieldCipher(keys).decryptEvent(recorded(stored)).data).toEqual(inspection('e-1').data);
  });

  it('seals a person with one field alone in v3 too (a null credential, an archivist), its plaintext the value itself', () => {
    const event = inspection('e-1', [{ personId: 'p-1', name: '王检查', credentialNumber: null }]);
    const [only] = inspectorsOf(cipher.encryptEvent(event));
    expect(only?.name).toMatch(SEALED_V3('p-1'));
    expect(only?.credentialNumber).toBeNull();
    const assignment: NewEvent = { id: 'e-2', type: 'ArchivistAssigned', schemaVersion: 1, metadata, data: { unitId: 'U', archivistId: 'a-1', name: '张秘密', partTime: false, duties: null } };
    const storedAssignment = cipher.encryptEvent(assignment);
    expect((storedAssignment.data as { name: unknown }).name).toMatch(SEALED_V3('a-1'));
    // iv (12) ‖ ciphertext (9 bytes of UTF-8) ‖ tag (16): the value alone was sealed, not a JSON array.
    const payload = ((storedAssignment.data as { name: string }).name.split(':').pop() as string);
    expect(Buffer.from(payload, 'base64url')).toHaveLength(12 + Buffer.byteLength('张秘密') + 16);
    expect(new FieldCipher(keys).decryptEvent(recorded(storedAssignment)).data).toEqual(assignment.data);
  });

  it('names the subject before the last colon: subject ids may hold colons', () => {
    const event = inspection('e-1', [{ personId: 'org:p:1', name: '王检查', credentialNumber: '执 001' }]);
    const stored = cipher.encryptEvent(event);
    const [only] = inspectorsOf(stored);
    expect(envelopeSubject(only?.name)).toBe('org:p:1');
    expect(only?.credentialNumber).toBe(companion('org:p:1'));
    expect(new FieldCipher(keys).decryptEvent(recorded(stored)).data).toEqual(event.data);
  });

  it('reads a log written with v1 envelopes only (every field sealed alone), and refuses one moved', () => {
    const key1 = keys.keyFor('p-1') as SubjectKey;
    const key2 = keys.keyFor('p-2') as SubjectKey;
    const old = inspection('e-1', [
      { personId: 'p-1', name: v1Envelope(key1, 'p-1', 'e-1', 'inspectors[0].name', '王检查'), credentialNumber: v1Envelope(key1, 'p-1', 'e-1', 'inspectors[0].credentialNumber', '执 001') },
      { personId: 'p-2', name: v1Envelope(key2, 'p-2', 'e-1', 'inspectors[1].name', '李执法'), credentialNumber: v1Envelope(key2, 'p-2', 'e-1', 'inspectors[1].credentialNumber', '执 002') },
    ]);
    expect(envelopeSubject(inspectorsOf(old)[0]?.name)).toBe('p-1');
    expect(cipher.decryptEvent(recorded(old)).data).toEqual(inspection('e-1').data);
    const moved = clone(old);
    const [first] = inspectorsOf(moved);
    if (first) first.credentialNumber = first.name;
    expect(() => cipher.decryptEvent(recorded(moved))).toThrow(PersonalDataIntegrityError);
  });

  it('reads a log written with v2 envelopes, and one mixing v1, v2 and v3 in one event', () => {
    const key1 = keys.keyFor('p-1') as SubjectKey;
    const key2 = keys.keyFor('p-2') as SubjectKey;
    const [name1, credential1] = v2Envelopes(key1, 'p-1', 'e-1', 'inspectors[0]', ['name', 'credentialNumber'], ['王检查', '执 001']);
    const [name2, credential2] = v2Envelopes(key2, 'p-2', 'e-1', 'inspectors[1]', ['name', 'credentialNumber'], ['李执法', '执 002']);
    const old = inspection('e-1', [
      { personId: 'p-1', name: name1, credentialNumber: credential1 },
      { personId: 'p-2', name: name2, credentialNumber: credential2 },
    ]);
    expect(envelopeSubject(credential1)).toBe('p-1');
    expect(cipher.decryptEvent(recorded(old)).data).toEqual(inspection('e-1').data);
    expect(new FieldCipher(keys).decryptEvent(recorded(old)).data).toEqual(inspection('e-1').data);
    // A v2 envelope read as a v3 one (its bytes re-spelt) fails: the version is bound in.
    const respelt = clone(old);
    const [first] = inspectorsOf(respelt);
    const sealed = name1 as { iv: string; ct: string };
    if (first) first.name = `\uFEFFv3:p-1:${Buffer.concat([Buffer.from(sealed.iv, 'base64'), Buffer.from(sealed.ct, 'base64')]).toString('base64url')}`;
    if (first) first.credentialNumber = companion('p-1');
    expect(() => new FieldCipher(keys).decryptEvent(recorded(respelt))).toThrow(PersonalDataIntegrityError);

    const v3 = inspectorsOf(cipher.encryptEvent(inspection('e-3')));
    const mixed = inspection('e-3', [
      v3[0] as Inspector,
      { personId: 'p-2', name: v1Envelope(key2, 'p-2', 'e-3', 'inspectors[1].name', '李执法'), credentialNumber: '执 002' },
    ]);
    expect(new FieldCipher(keys).decryptEvent(recorded(mixed)).data).toEqual(inspection('e-3').data);
  });

  it('encrypts the same event to the same bytes, in this process or another (an idempotent replay still matches)', () => {
    const once = JSON.stringify(cipher.encryptEvent(inspection('e-1')));
    expect(JSON.stringify(cipher.encryptEvent(inspection('e-1')))).toBe(once);
    expect(JSON.stringify(new FieldCipher(keys).encryptEvent(inspection('e-1')))).toBe(once);
    // Another event, or another value, never the same ciphertext (nor IV).
    const ivOf = (envelope: unknown) => Buffer.from((envelope as string).split(':').pop() as string, 'base64url').subarray(0, 12).toString('hex');
    const first = inspectorsOf(JSON.parse(once) as NewEvent)[0]?.name;
    const other = inspectorsOf(cipher.encryptEvent(inspection('e-2')))[0]?.name;
    const changed = inspectorsOf(cipher.encryptEvent(inspection('e-1', [{ personId: 'p-1', name: '王检查', credentialNumber: '执 999' }])))[0]?.name;
    expect(other).not.toBe(first);
    expect(ivOf(other)).not.toBe(ivOf(first));
    expect(ivOf(changed)).not.toBe(ivOf(first));
  });

  it('refuses to keep in clear a value that would read back as an envelope (no subject beside it)', () => {
    const guidance: NewEvent = {
      id: 'e-7',
      type: 'GuidanceProvided',
      schemaVersion: 1,
      metadata,
      data: { unitId: 'U', archivistsMet: [], difficulties: [{ archivistId: null, description: '\uFEFFv3:a-1:' }] },
    };
    expect(() => cipher.encryptEvent(guidance)).toThrow(PersonalDataIntegrityError);
  });

  describe('refuses an altered or moved envelope (PersonalDataIntegrityError)', () => {
    const tampered: [string, (inspectors: Inspector[], data: InspectionData) => void][] = [
      ['a ciphertext altered', ([first]) => {
        const sealed = first?.name as string;
        if (first) first.name = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BA' : 'AA'}`;
      }],
      ['the payload cut short', ([first]) => {
        if (first) first.name = `${companion('p-1')}AAAA`;
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
      ['a companion alone (the sealed envelope replaced by a value)', ([first]) => {
        if (first) first.name = '王检查';
      }],
      ['the subject dropped', ([first]) => {
        if (first) first.name = '\uFEFFv3:';
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
      ["one person's envelope relabelled as another's", ([first]) => {
        if (first) [first.name, first.credentialNumber] = [(first.name as string).replace('p-1', 'p-2'), companion('p-2')];
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

  it("reads an erased person's fields as the marker (all of them, of every version), even when opened before, and leaves the others", () => {
    const stored = recorded(cipher.encryptEvent(inspection('e-1')));
    expect(cipher.decryptEvent(stored).data).toEqual(inspection('e-1').data);
    const key1 = keys.keyOf('p-1') as SubjectKey;
    const old = recorded(inspection('e-2', [
      { personId: 'p-1', name: v1Envelope(key1, 'p-1', 'e-2', 'inspectors[0].name', '王检查'), credentialNumber: null },
      { personId: 'p-1', ...Object.fromEntries(v2Envelopes(key1, 'p-1', 'e-2', 'inspectors[1]', ['name', 'credentialNumber'], ['王检查', '执 001']).map((e, i) => [i === 0 ? 'name' : 'credentialNumber', e])) } as Inspector,
    ]));
    expect(cipher.decryptEvent(old).data).toEqual(inspection('e-2', [{ personId: 'p-1', name: '王检查', credentialNumber: null }, { personId: 'p-1', name: '王检查', credentialNumber: '执 001' }]).data);
    expect(keys.destroy(['p-1'])).toBe(1);
    const [first, second] = inspectorsOf(cipher.decryptEvent(clone(stored)));
    expect(first).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
    expect(second).toEqual({ personId: 'p-2', name: '李执法', credentialNumber: '执 002' });
    expect(inspectorsOf(cipher.decryptEvent(clone(old)))).toEqual([
      { personId: 'p-1', name: ERASED_MARKER, credentialNumber: null },
      { personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER },
    ]);
    const again = cipher.encryptEvent(inspection('e-3'));
    expect(inspectorsOf(again)[0]).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
  });

  it('answers the same recorded object, opened moments before, from memory; after forget, the marker of a destroyed key', () => {
    const stored = recorded(cipher.encryptEvent(inspection('e-1')));
    const opened = cipher.decryptEvent(stored);
    expect(cipher.decryptEvent(stored)).toBe(opened);
    keys.destroy(['p-1']);
    cipher.forget();
    expect(inspectorsOf(cipher.decryptEvent(stored))[0]).toEqual({ personId: 'p-1', name: ERASED_MARKER, credentialNumber: ERASED_MARKER });
  });

  it('seals the nested owners of a correction, and each archivist of a guidance act', () => {
    const correction: NewEvent = {
      id: 'e-5',
      type: 'InspectionRecordCorrected',
      schemaVersion: 1,
      metadata,
      data: { inspectionId: 'i-1', changes: { inspectors: [{ personId: 'p-3', name: '赵', credentialNumber: '执 003' }] }, reason: '笔误' },
    };
    const stored = cipher.encryptEvent(correction);
    const [inspector] = (stored.data as { changes: { inspectors: Inspector[] } }).changes.inspectors;
    expect(inspector?.name).toMatch(SEALED_V3('p-3'));
    expect(inspector?.credentialNumber).toBe(companion('p-3'));
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
    expect(data.archivistsMet[0]?.name).toMatch(SEALED_V3('a-1'));
    expect(data.difficulties[0]?.description).toMatch(SEALED_V3('a-1'));
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
