import type { Event } from '../domain/shared/event';

/**
 * The privacy area's one event: a data subject's personal data erased by destroying their keys (crypto-shredding,
 * PIPL §47). It names the subject by their pseudonymous id and the legal basis, never any personal data, so the
 * record of the erasure outlives what it erased; at start-up every such event is replayed onto the key store, so a
 * restored old key backup cannot bring an erased subject back.
 */
export type PersonalDataErased = Event<
  'PersonalDataErased',
  {
    /** The person's id as the events carry it (an archivist's archivistId, an inspector's personId). */
    subjectId: string;
    /** Why the data may be deleted (e.g. 《个人信息保护法》第四十七条, the retention period lapsed). */
    legalBasis: string;
  }
>;

export type PrivacyEvent = PersonalDataErased;

export const PRIVACY_SCHEMA_VERSIONS: Readonly<Record<PrivacyEvent['type'], number>> = {
  PersonalDataErased: 1,
};

export const privacyStreamId = (subjectId: string): string => `privacy-${subjectId}`;
