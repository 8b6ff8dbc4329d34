import { INSPECTION_PROJECTIONS } from '../../../projections/inspection';
import { countInspections, countPlans, drawPool, findChecklist, findInspections, findPlans } from '../../../projections/inspection/inspection.queries';
import { ProjectionRunner } from '../../../projections/runner';
import { unitsProjection } from '../../../projections/units/units.projection';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog } from '../../support/recorded';
import { H, inspectionHistory } from './inspection-history.fixture';
import { newUnitId, registered, transferred } from './inspection.fixture';

const store = new MemoryReadStore();
new ProjectionRunner(store, INSPECTION_PROJECTIONS).apply(inspectionHistory().log.events);

describe('inspection queries', () => {
  it('pages inspections newest day first, leaving withdrawn records out unless asked', async () => {
    const all = await findInspections(store, { includeWithdrawn: true }, 10);
    expect(all.map((d) => [d._id, d.day])).toEqual([
      ['insp-c', '2025-07-01'],
      ['insp-b', '2025-06-01'],
      ['insp-a', '2025-05-12'],
      ['insp-old', '2025-02-01'],
    ]);
    expect((await findInspections(store, {}, 10)).map((d) => d._id)).toEqual(['insp-c', 'insp-a', 'insp-old']);
    expect(await countInspections(store, {})).toBe(3);
    const second = await findInspections(store, { includeWithdrawn: true }, 2, { day: all[1]!.day, id: all[1]!._id });
    expect(second.map((d) => d._id)).toEqual(['insp-a', 'insp-old']);
  });

  it('filters by unit, bureau, region prefix, kind and period', async () => {
    const ids = async (filter: Parameters<typeof findInspections>[1]) => (await findInspections(store, { includeWithdrawn: true, ...filter }, 10)).map((d) => d._id);
    expect(await ids({ unitId: H.u2 })).toEqual(['insp-b', 'insp-old']);
    expect(await ids({ bureauId: '330100' })).toEqual(['insp-c']);
    expect(await ids({ regionPrefix: '330106' })).toEqual(['insp-b', 'insp-a']);
    expect(await ids({ kind: 'ANNUAL' })).toEqual(['insp-b']);
    expect(await ids({ from: '2025-05-12', to: '2025-06-30' })).toEqual(['insp-b', 'insp-a']);
  });

  it('pages plans latest period first, by bureau, region of the bureau and status', async () => {
    expect((await findPlans(store, {}, 10)).map((p) => p._id)).toEqual(['plan-list', 'plan-draw']);
    expect((await findPlans(store, { status: 'CANCELLED' }, 10)).map((p) => p._id)).toEqual(['plan-list']);
    expect(await countPlans(store, { bureauPrefix: '3301' })).toBe(2);
    expect(await countPlans(store, { bureauId: '330100' })).toBe(0);
  });

  it('finds a checklist version, or the latest', async () => {
    expect((await findChecklist(store, 'grassroots-archival-work', null))?.version).toBe(2);
    expect((await findChecklist(store, 'grassroots-archival-work', 1))?.version).toBe(1);
    expect(await findChecklist(store, 'grassroots-archival-work', 3)).toBeNull();
  });

  it('draws its pool from the active units of the bureau that had entered its scope by the first day', async () => {
    const units = new MemoryReadStore();
    const [early, late, away, gone] = [newUnitId(), newUnitId(), newUnitId(), newUnitId()];
    const log = new RecordedLog()
      .record(registered(early), { occurredAt: '2025-01-10T01:00:00Z' })
      .record(registered(late), { occurredAt: '2025-04-02T01:00:00Z' })
      .record(registered(away), { occurredAt: '2025-01-10T01:00:00Z' })
      .record(transferred(away, '330106', '330100'), { occurredAt: '2025-02-01T01:00:00Z' })
      .record(registered(gone), { occurredAt: '2025-01-10T01:00:00Z' })
      .record({ type: 'UnitDeregistered', data: { unitId: gone, bureauId: '330106', reason: 'DISSOLVED', mergedInto: null, note: null } }, { occurredAt: '2025-03-01T01:00:00Z' });
    new ProjectionRunner(units, [unitsProjection]).apply(log.events);
    expect(await drawPool(units, '330106', '2025-04-01')).toEqual([{ unitId: early, unitClass: null }]);
    expect((await drawPool(units, '330106', '2025-04-02')).map((u) => u.unitId).sort()).toEqual([early, late].sort());
  });
});
