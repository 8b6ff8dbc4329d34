import { createHash } from 'node:crypto';
import type { CommandMetadata } from './command-handler';
import { uuidv7 } from '../domain/shared/uuid';

/**
 * The id of a new record (bulletin, lead, case…). With an idempotency key it is derived from the actor, the kind
 * of record and the key, so that a retry lands in the same stream, where the handler finds the key and returns the
 * first result instead of creating a second record. Without one it is a fresh UUIDv7.
 */
export function newRecordId(kind: string, metadata: CommandMetadata): string {
  const key = metadata.idempotencyKey;
  if (!key) return uuidv7();
  const hex = createHash('sha256').update(`${kind}\n${metadata.actor.id}\n${key}`).digest('hex');
  // UUID-shaped (version nibble 8: custom), so every record id looks alike.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] as string, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
