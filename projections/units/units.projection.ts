import type { RecordedEvent } from '../../src/domain/shared/event';
import type { RegistryEvent, UnitCategory, UnitClass } from '../../src/domain/registry/registry.events';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const UNITS = 'units';

export interface ArchivistDoc {
  archivistId: string;
  name: string;
  partTime: boolean;
  duties: string | null;
  assignedAt: string;
}

/** A unit's current state, as oversight staff see it. */
export interface UnitDoc extends Doc {
  unitId: string;
  name: string;
  category: UnitCategory;
  unitClass: UnitClass | null;
  regionCode: string;
  regionName: string;
  bureauId: string;
  address: string | null;
  status: 'ACTIVE' | 'DEREGISTERED';
  /** Business time of the first registration. */
  registeredAt: string;
  /** Business time the unit last entered its bureau's scope (registration, re-registration, transfer in). */
  enteredScopeAt: string;
  deregisteredAt: string | null;
  deregistrationReason: string | null;
  /** The unit it merged into, when deregistered by a merger. */
  mergedInto: string | null;
  checkOverride: { reason: string } | null;
  archivists: ArchivistDoc[];
  /** Revision of the unit's stream and global position of the last event applied. */
  revision: number;
  lastPosition: number;
  updatedAt: string;
}

function applyToUnit(event: RegistryEvent, recorded: RecordedEvent, unit: UnitDoc | null): UnitDoc | null {
  const at = recorded.metadata.occurredAt;
  if (event.type === 'UnitRegistered') {
    const d = event.data;
    return {
      _id: d.unitId,
      unitId: d.unitId,
      name: d.name,
      category: d.category,
      unitClass: d.unitClass,
      regionCode: d.region.code,
      regionName: d.region.name,
      bureauId: d.bureauId,
      address: d.address,
      status: 'ACTIVE',
      registeredAt: unit?.registeredAt ?? at,
      enteredScopeAt: at,
      deregisteredAt: null,
      deregistrationReason: null,
      mergedInto: null,
      checkOverride: d.checkOverride,
      archivists: [],
      revision: recorded.revision,
      lastPosition: recorded.position,
      updatedAt: recorded.metadata.recordedAt,
    };
  }
  if (!unit) return null; // an act on a unit this model never saw registered: nothing to update
  const next: UnitDoc = { ...unit, revision: recorded.revision, lastPosition: recorded.position, updatedAt: recorded.metadata.recordedAt };
  switch (event.type) {
    case 'UnitDetailsAmended': {
      const c = event.data.changes;
      if (c.name !== undefined) next.name = c.name;
      if (c.address !== undefined) next.address = c.address;
      if (c.category !== undefined) next.category = c.category;
      if (c.region !== undefined) {
        next.regionCode = c.region.code;
        next.regionName = c.region.name;
      }
      return next;
    }
    case 'UnitClassified':
      return { ...next, unitClass: event.data.unitClass };
    case 'UnitTransferred':
      return { ...next, bureauId: event.data.toBureauId, enteredScopeAt: at };
    case 'UnitDeregistered':
      return {
        ...next,
        status: 'DEREGISTERED',
        deregisteredAt: at,
        deregistrationReason: event.data.reason,
        mergedInto: event.data.mergedInto,
        archivists: [],
      };
    case 'ArchivistAssigned': {
      const d = event.data;
      const archivist = { archivistId: d.archivistId, name: d.name, partTime: d.partTime, duties: d.duties, assignedAt: at };
      return { ...next, archivists: [...unit.archivists.filter((a) => a.archivistId !== d.archivistId), archivist] };
    }
    case 'ArchivistReleased':
      return { ...next, archivists: unit.archivists.filter((a) => a.archivistId !== event.data.archivistId) };
    default:
      return null;
  }
}

export const unitsProjection: Projection = {
  name: 'units',
  // Only what the unit filters lead with (a region or a bureau); category and status are few-valued and filter the
  // rows those select. Every index is written with each unit, and imports write many.
  collections: [{ name: UNITS, indexes: ['regionCode', 'bureauId'] }],
  handles: ['UnitRegistered', 'UnitDetailsAmended', 'UnitClassified', 'UnitTransferred', 'UnitDeregistered', 'ArchivistAssigned', 'ArchivistReleased'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as RegistryEvent;
    if (!('unitId' in event.data)) return;
    const current = tx.get<UnitDoc>(UNITS, event.data.unitId);
    if (current && current.lastPosition >= recorded.position) return; // already applied
    const next = applyToUnit(event, recorded, current);
    if (next) tx.put(UNITS, next);
  },
};
