import type { RecordedEvent } from '../../src/domain/shared/event';
import type { RegistryEvent, UnitCategory } from '../../src/domain/registry/registry.events';
import type { Doc, ProjectionTx } from '../../src/readstore/port';
import type { Projection } from '../projection';

export const REGION_STATS = 'region_stats';
/** This projection's own memory of where each unit is counted, so it never depends on another read model. */
export const REGION_STATS_UNITS = 'region_stats_units';

/** Counts of active units registered in exactly this region code; roll-ups sum by code prefix. */
export interface RegionStatsDoc extends Doc {
  regionCode: string;
  activeUnits: number;
  byCategory: Partial<Record<UnitCategory, number>>;
  lastPosition: number;
}

interface CountedUnit extends Doc {
  regionCode: string;
  category: UnitCategory;
  active: boolean;
  /** Position of the last event of this unit counted: an event at or below it was counted already. */
  lastPosition: number;
}

function count(tx: ProjectionTx, regionCode: string, category: UnitCategory, delta: number, position: number): void {
  const doc = tx.get<RegionStatsDoc>(REGION_STATS, regionCode) ?? {
    _id: regionCode,
    regionCode,
    activeUnits: 0,
    byCategory: {},
    lastPosition: 0,
  };
  tx.put(REGION_STATS, {
    ...doc,
    activeUnits: doc.activeUnits + delta,
    byCategory: { ...doc.byCategory, [category]: (doc.byCategory[category] ?? 0) + delta },
    lastPosition: Math.max(doc.lastPosition, position),
  });
}

export const regionStatsProjection: Projection = {
  name: 'region-stats',
  collections: [
    { name: REGION_STATS, indexes: ['regionCode'] },
    { name: REGION_STATS_UNITS, indexes: [] },
  ],
  handles: ['UnitRegistered', 'UnitDetailsAmended', 'UnitDeregistered'],
  apply(recorded: RecordedEvent, tx: ProjectionTx): void {
    const event = recorded as unknown as RegistryEvent;
    const position = recorded.position;
    switch (event.type) {
      case 'UnitRegistered': {
        const d = event.data;
        const before = tx.get<CountedUnit>(REGION_STATS_UNITS, d.unitId);
        if (before && before.lastPosition >= position) return;
        if (before?.active) count(tx, before.regionCode, before.category, -1, position);
        count(tx, d.region.code, d.category, +1, position);
        tx.put(REGION_STATS_UNITS, { _id: d.unitId, regionCode: d.region.code, category: d.category, active: true, lastPosition: position });
        return;
      }
      case 'UnitDetailsAmended': {
        const { changes, unitId } = event.data;
        const unit = tx.get<CountedUnit>(REGION_STATS_UNITS, unitId);
        if (!unit || unit.lastPosition >= position || (changes.region === undefined && changes.category === undefined)) return;
        const moved: CountedUnit = {
          ...unit,
          regionCode: changes.region?.code ?? unit.regionCode,
          category: changes.category ?? unit.category,
          lastPosition: position,
        };
        if (unit.active) {
          count(tx, unit.regionCode, unit.category, -1, position);
          count(tx, moved.regionCode, moved.category, +1, position);
        }
        tx.put(REGION_STATS_UNITS, moved);
        return;
      }
      case 'UnitDeregistered': {
        const unit = tx.get<CountedUnit>(REGION_STATS_UNITS, event.data.unitId);
        if (!unit?.active || unit.lastPosition >= position) return;
        count(tx, unit.regionCode, unit.category, -1, position);
        tx.put(REGION_STATS_UNITS, { ...unit, active: false, lastPosition: position });
        return;
      }
      default:
        return;
    }
  },
};
