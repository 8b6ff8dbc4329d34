import { createCipheriv, createHmac } from 'node:crypto';
import type { SubjectKey } from '../../../src/privacy/key-store';
import { fieldPath, rewriteOwners } from '../../../src/privacy/personal-fields';

/**
 * The envelopes older versions of the cipher wrote, byte for byte, for tests that read old logs: v1 (every field
 * sealed alone, before v2) and v2 (a person's fields in one owner sealed together, as objects, before v3).
 */

function sealed(key: SubjectKey, aad: string, ivInput: string, plaintext: string): { iv: string; ct: string } {
  const iv = createHmac('sha256', key.ivKey).update(ivInput).update(plaintext, 'utf8').digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64') };
}

/** v1: `{ $enc: 'v1', s, iv, ct }`, AAD `eventId \n path`, IV HMAC(ivKey, eventId \n path \n plaintext). */
export function v1Envelope(key: SubjectKey, subjectId: string, eventId: string, path: string, plaintext: string) {
  return { $enc: 'v1', s: subjectId, ...sealed(key, `${eventId}\n${path}`, `${eventId}\n${path}\n`, plaintext) };
}

/** v2: the sealed envelope (the JSON array of the values) for the first of `keys`, a companion for each other. */
export function v2Envelopes(key: SubjectKey, subjectId: string, eventId: string, ownerPath: string, keys: readonly string[], values: readonly string[]) {
  const aad = `v2\n${eventId.length}\n${eventId}\n${ownerPath}\n${keys.join('\n')}`;
  return [{ $enc: 'v2', s: subjectId, ...sealed(key, aad, `${aad}\n`, JSON.stringify(values)) }, ...keys.slice(1).map(() => ({ $enc: 'v2', s: subjectId }))];
}

/**
 * An event's data with its personal fields sealed as `version` wrote them: v1 every field alone; v2 a person's
 * fields in an owner together when they have several, a lone field in v1 (as v2's writer did).
 */
export function sealLegacy(version: 'v1' | 'v2', keyFor: (subjectId: string) => SubjectKey, eventId: string, type: string, data: object): object {
  return rewriteOwners(type, data, (owner, ownerPath, fields) => {
    const people = new Map<string, { keys: string[]; values: string[] }>();
    for (const { key, field } of fields) {
      const value = owner[key];
      const subjectId = typeof value === 'string' ? field.subject(owner) : null;
      if (subjectId === null) continue;
      const person = people.get(subjectId) ?? { keys: [], values: [] };
      person.keys.push(key);
      person.values.push(value as string);
      people.set(subjectId, person);
    }
    if (people.size === 0) return owner;
    const out = { ...owner };
    for (const [subjectId, { keys, values }] of people) {
      const key = keyFor(subjectId);
      if (version === 'v1' || keys.length === 1) {
        keys.forEach((k, i) => (out[k] = v1Envelope(key, subjectId, eventId, fieldPath(ownerPath, k), values[i] as string)));
      } else {
        v2Envelopes(key, subjectId, eventId, ownerPath, keys, values).forEach((envelope, i) => (out[keys[i] as string] = envelope));
      }
    }
    return out;
  });
}
