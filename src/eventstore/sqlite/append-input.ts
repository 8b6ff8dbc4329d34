import type { EventMetadataInput, NewEvent } from '../../domain/shared/event';
import { ValidationError } from '../../domain/shared/errors';
import type { AppendOptions, ExpectedRevision } from '../port';

/** An append checked and serialised at call time, so the write transaction only binds strings. */
export interface PreparedAppend {
  streamId: string;
  expected: ExpectedRevision;
  events: PreparedEvent[];
}

export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  /** A copy: the caller may reuse its object before the group commits. */
  metadata: EventMetadataInput;
}

/** Throws a ValidationError on input no adapter could store; the rules here are the same for every store. */
export function prepareAppend(streamId: string, events: readonly NewEvent[], options: AppendOptions): PreparedAppend {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new ValidationError('A stream id is a non-empty string', 'streamId');
  }
  const expected = options.expectedRevision ?? 'any';
  if (!isExpectedRevision(expected)) {
    throw new ValidationError(`Invalid expected revision ${String(expected)}`, 'expectedRevision');
  }
  const seen = new Set<string>();
  const prepared = events.map((event, index) => {
    const field = `events[${index}]`;
    if (typeof event.id !== 'string' || event.id.length === 0) throw new ValidationError('Event id missing', `${field}.id`);
    if (seen.has(event.id)) {
      throw new ValidationError(`Event id ${event.id} appears twice in one append`, `${field}.id`, 'DUPLICATE_EVENT_ID');
    }
    seen.add(event.id);
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new ValidationError('Event type missing', `${field}.type`);
    }
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new ValidationError('Schema version is a positive integer', `${field}.schemaVersion`);
    }
    if (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
      throw new ValidationError('Event data is an object', `${field}.data`);
    }
    if (typeof event.metadata !== 'object' || event.metadata === null) {
      throw new ValidationError('Event metadata missing', `${field}.metadata`);
    }
    return {
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      dataJson: JSON.stringify(event.data),
      metadata: { ...event.metadata },
    };
  });
  return { streamId, expected, events: prepared };
}

function isExpectedRevision(value: unknown): value is ExpectedRevision {
  if (value === 'any' || value === 'no_stream' || value === 'stream_exists') return true;
  return typeof value === 'number' && Number.isInteger(value) && value >= -1;
}

/**
 * `actual` is the revision of the stream's last event, -1 when the stream does not exist. A numeric expectation of
 * -1 therefore means "no stream", which is what an append result reports for a stream that is still empty.
 */
export function revisionMatches(expected: ExpectedRevision, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === -1;
    case 'stream_exists':
      return actual >= 0;
    default:
      return expected === actual;
  }
}
