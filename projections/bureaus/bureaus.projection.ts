import type { RecordedEvent } from '../../src/domain/shared/event';
import type { BureauLevel, RegistryEvent } from '../../src/domain/registry/registry.events';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const BUREAUS = 'bureaus';

export interface BureauDoc extends Doc {
  bureauId: string;
  name: string;
  level: BureauLevel;
  regionCode: string;
  regionName: string;
  establishedAt: string;
  /** Active units in the bureau's scope now. */
  activeUnitCount: number;
  lastPosition: number;
}

function adjustUnitCount(tx: ProjectionTx, bureauId: string, delta: number, position: number): void {
  const bureau = tx.get<BureauDoc>(BUREAUS, bureauId);
  if (!bureau || bureau.lastPosition >= position) return;
  tx.put(BUREAUS, { ...bureau, activeUnitCount: bureau.activeUnitCount + delta, lastPosition: position });
}

export const bureausProjection: Projection = {
  name: 'bureaus',
  collections: [{ name: BUREAUS, indexes: ['regionCode', 'level'] }],
  handles: ['BureauEstablished', 'UnitRegistered', 'UnitTransferred', 'UnitDeregistered'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as RegistryEvent;
    const position = recorded.position;
    switch (event.type) {
      case 'BureauEstablished': {
        const d = event.data;
        if (tx.get(BUREAUS, d.bureauId)) return;
        tx.put(BUREAUS, {
          _id: d.bureauId,
          bureauId: d.bureauId,
          name: d.name,
          level: d.level,
          regionCode: d.region.code,
          regionName: d.region.name,
          establishedAt: recorded.metadata.occurredAt,
          activeUnitCount: 0,
          lastPosition: position,
        } satisfies BureauDoc);
        return;
      }
      case 'UnitRegistered':
        return adjustUnitCount(tx, event.data.bureauId, +1, position);
      case 'UnitDeregistered':
        return adjustUnitCount(tx, event.data.bureauId, -1, position);
      case 'UnitTransferred':
        adjustUnitCount(tx, event.data.fromBureauId, -1, position);
        adjustUnitCount(tx, event.data.toBureauId, +1, position);
        return;
      default:
        return;
    }
  },
};
