import { ACCOUNTABILITY_PROJECTIONS } from '../../../projections/accountability';
import { ProjectionRunner } from '../../../projections/runner';
import { AccountabilityService } from '../../../src/application/accountability.service';
import { knowledgeTime } from '../../../src/domain/accountability/known-facts';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { DEFAULT_COUNTING_KINDS, type InspectionKind } from '../../../src/domain/supervision/common';
import { MemoryReadStore } from '../../support/memory-read-store';

/** The accountability read models over an in-memory store, fed with recorded events, and the service that reads them. */
export function accountabilityModel(events: readonly RecordedEvent[], countingKinds: readonly InspectionKind[] = DEFAULT_COUNTING_KINDS) {
  const store = new MemoryReadStore();
  const runner = new ProjectionRunner(store, ACCOUNTABILITY_PROJECTIONS, (name, event, error) => {
    throw new Error(`projection ${name} threw on ${event.type}@${event.position}: ${String(error)}`);
  });
  runner.apply(events);
  const service = new AccountabilityService(store, countingKinds);
  return {
    store,
    runner,
    service,
    /** The bureau's cycle on `asOf`, as known at `knownAt` (default: everything recorded). */
    cycle: (bureauId: string, asOf: string, knownAt?: string) => service.bureauCycle(bureauId, asOf, knownTime(knownAt)),
    /** One unit's standing on `asOf`. */
    standing: async (unitId: string, asOf: string, knownAt?: string) => (await service.unitStandings([unitId], asOf, knownTime(knownAt)))[0] ?? null,
  };
}

const knownTime = (knownAt: string | undefined): string | null => knowledgeTime(knownAt ?? null);
