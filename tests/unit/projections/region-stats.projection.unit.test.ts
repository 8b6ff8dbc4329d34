import { REGION_STATS, regionStatsProjection, type RegionStatsDoc } from '../../../projections/region-stats/region-stats.projection';
import { unitCountsUnder, type RegionUnitCounts } from '../../../projections/region-stats/region-stats.queries';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { projectInOneBatch, realisticHistory } from './registry-history.fixture';

/** Categories whose count went back to zero stay as 0 entries; what matters to a reader is the non-zero ones. */
function nonZero(counts: RegionUnitCounts): RegionUnitCounts {
  return {
    activeUnits: counts.activeUnits,
    byCategory: Object.fromEntries(Object.entries(counts.byCategory).filter(([, n]) => n !== 0)),
  };
}

async function rollUps(events: readonly RecordedEvent[], prefixes: readonly string[]) {
  const store = projectInOneBatch(events, [regionStatsProjection]);
  const result: Record<string, RegionUnitCounts> = {};
  for (const prefix of prefixes) result[prefix] = nonZero(await unitCountsUnder(store, prefix));
  return result;
}

describe('region statistics read model', () => {
  const events = realisticHistory().log.events;

  it('rolls active units up from county to prefecture, province and nation', async () => {
    expect(await rollUps(events, ['', '33', '3301', '330106', '330102', '41', '419001', '44'])).toEqual({
      // u1, u2, u3, u4, u5, u7 active; u6 dissolved.
      '': { activeUnits: 6, byCategory: { ENTERPRISE: 3, ORGAN: 1, ORGANISATION: 2 } },
      '33': { activeUnits: 5, byCategory: { ENTERPRISE: 2, ORGAN: 1, ORGANISATION: 2 } },
      // u1 and u2, u4 in 西湖区, u7 in 拱墅区; u3 is in 宁波.
      '3301': { activeUnits: 4, byCategory: { ENTERPRISE: 2, ORGAN: 1, ORGANISATION: 1 } },
      '330106': { activeUnits: 3, byCategory: { ENTERPRISE: 1, ORGAN: 1, ORGANISATION: 1 } },
      // u2 moved out to 西湖区, u6 dissolved.
      '330102': { activeUnits: 0, byCategory: {} },
      // 济源市 (419001) hangs directly on the province and rolls up under '41'.
      '41': { activeUnits: 1, byCategory: { ENTERPRISE: 1 } },
      '419001': { activeUnits: 1, byCategory: { ENTERPRISE: 1 } },
      '44': { activeUnits: 0, byCategory: {} },
    });
  });

  it('counts by region where the unit is, not by the bureau that supervises it (a transfer moves nothing)', async () => {
    const beforeTransfer = await rollUps(events.slice(0, 22), ['330106', '3301']);
    const afterTransfer = await rollUps(events, ['330106', '3301']);
    expect(afterTransfer).toEqual(beforeTransfer);
  });

  it('follows a region and category change, a deregistration and a re-registration of one unit', async () => {
    const prefixes = ['330102', '330106'];
    // After registrations: u2 and u6 are public institutions in 上城区; u1 and u4 in 西湖区.
    expect(await rollUps(events.slice(0, 11), prefixes)).toEqual({
      '330102': { activeUnits: 2, byCategory: { PUBLIC_INSTITUTION: 2 } },
      '330106': { activeUnits: 2, byCategory: { ENTERPRISE: 1, OTHER: 1 } },
    });
    // u2 moves to 西湖区 and becomes an organ (position 14).
    expect(await rollUps(events.slice(0, 14), prefixes)).toEqual({
      '330102': { activeUnits: 1, byCategory: { PUBLIC_INSTITUTION: 1 } },
      '330106': { activeUnits: 3, byCategory: { ENTERPRISE: 1, OTHER: 1, ORGAN: 1 } },
    });
    // u4 recategorised (19), u2 merged away (20), u6 dissolved (21).
    expect(await rollUps(events.slice(0, 21), prefixes)).toEqual({
      '330102': { activeUnits: 0, byCategory: {} },
      '330106': { activeUnits: 2, byCategory: { ENTERPRISE: 1, ORGANISATION: 1 } },
    });
    // u2 registered again in 西湖区 as an organ (22).
    expect(await rollUps(events.slice(0, 22), prefixes)).toEqual({
      '330102': { activeUnits: 0, byCategory: {} },
      '330106': { activeUnits: 3, byCategory: { ENTERPRISE: 1, ORGANISATION: 1, ORGAN: 1 } },
    });
  });

  it('keeps one counter document per region code, never negative', () => {
    const store = projectInOneBatch(events, [regionStatsProjection]);
    const docs = store.all<RegionStatsDoc>(REGION_STATS);
    expect(docs.map((d) => d.regionCode)).toEqual(['330102', '330105', '330106', '330203', '419001']);
    for (const doc of docs) {
      expect(doc._id).toBe(doc.regionCode);
      expect(doc.activeUnits).toBeGreaterThanOrEqual(0);
      for (const n of Object.values(doc.byCategory)) expect(n).toBeGreaterThanOrEqual(0);
      const sum = Object.values(doc.byCategory).reduce((a, b) => a + b, 0);
      expect(sum).toBe(doc.activeUnits);
    }
  });
});
