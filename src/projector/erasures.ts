import type { RecordedEvent } from '../domain/shared/event';
import type { Logger } from '../ops/logger';
import { erasedSubjectOf, type EncryptingEventStore } from '../privacy/encrypting-event-store';
import type { KeyStore } from '../privacy/key-store';
import type { ProjectionTarget } from './target';

/**
 * Erasure as the writer of the read models sees it (server modes: the projector process, or an API instance's
 * projector loop). The read models were written from decrypted events, so they may hold the plaintext of a subject
 * that has just been erased. When a batch holds a PersonalDataErased the read models have not applied yet:
 *   1. the batch is applied (checkpoints move with it, as always);
 *   2. the subject's keys are destroyed in the shared key store (idempotent: normally the erasing instance did it
 *      already; this covers an instance that died between the event and the destruction), and this process forgets
 *      them (the subscription has done so too, on the way in);
 *   3. the read models are rebuilt from the log, which now reads the marker for that subject's fields.
 * A rebuild moves every checkpoint to the log's head, so the PersonalDataErased events a catching-up projector meets
 * after it (older erasures, keys long gone) are below the checkpoints and cause no further rebuild.
 *
 * While a rebuild runs, the read models are partial (readers see fewer units until it ends); /readyz reports the lag.
 */
export interface ErasureTargetOptions {
  /** The decrypting wrapper, to forget the erased subjects' keys and opened fields. */
  log: EncryptingEventStore;
  keys: KeyStore;
  /** Empties the read models and replays the log into them, to its head at the time. */
  rebuild: () => Promise<void>;
  logger?: Logger;
}

export function erasingTarget(target: ProjectionTarget, options: ErasureTargetOptions): ProjectionTarget {
  return {
    position: () => target.position(),
    checkpoints: () => target.checkpoints(),
    writeHeartbeat: (beat) => target.writeHeartbeat(beat),
    async apply(events: readonly RecordedEvent[]) {
      const erasures = events.filter((event) => erasedSubjectOf(event) !== null);
      const before = erasures.length > 0 ? await target.position() : 0;
      await target.apply(events);
      const fresh = erasures.filter((event) => event.position > before);
      if (fresh.length === 0) return;
      const legalBasis = new Map(fresh.map((event) => [erasedSubjectOf(event) as string, String((event.data as { legalBasis?: unknown }).legalBasis ?? '')]));
      const subjects = [...legalBasis.keys()];
      const destroyed = await options.keys.destroy(subjects, (id) => legalBasis.get(id) ?? '');
      options.log.forgetSubjects(subjects);
      const started = Date.now();
      await options.rebuild();
      options.logger?.info(
        { subjects: subjects.length, keysDestroyedHere: destroyed, position: events[events.length - 1]?.position, ms: Date.now() - started },
        'personal data erased: read models rebuilt from the log',
      );
    },
  };
}
