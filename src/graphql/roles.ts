import type { ActorRole } from '../domain/shared/event';

/** Who may change the registry (scope checked by the registry policy). */
export const WRITERS: ActorRole[] = ['NATIONAL_ADMIN', 'BUREAU_STAFF'];

/**
 * Who may read records of individual units and their histories. Analysts read aggregates and exports only, and
 * never personal names.
 */
export const RECORD_READERS: ActorRole[] = ['NATIONAL_ADMIN', 'BUREAU_STAFF', 'AUDITOR', 'UNIT_REPORTER'];

/** Fields that name people (archivists, inspectors). */
export const PERSONAL_DATA_READERS: ActorRole[] = RECORD_READERS;
