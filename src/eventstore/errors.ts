import { ConflictError } from '../domain/shared/errors';
import type { ExpectedRevision } from './port';

export class WrongExpectedRevisionError extends ConflictError {
  constructor(readonly streamId: string, readonly expected: ExpectedRevision, readonly actual: number | 'no_stream') {
    super(
      `Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`,
      'WRONG_EXPECTED_REVISION',
      { streamId, expected, actual },
    );
  }
}

/** The same event id was appended again with different content. */
export class EventIdConflictError extends ConflictError {
  constructor(readonly eventId: string) {
    super(`Event ${eventId} is already stored with different content`, 'EVENT_ID_CONFLICT', { eventId });
  }
}
