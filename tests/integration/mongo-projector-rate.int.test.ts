import { ALL_PROJECTIONS } from '../../projections';
import { ProjectionRunner } from '../../projections/runner';
import { applyProjectionsAsync } from '../../src/readstore/mongodb/apply-projections';
import { SqliteReadStore } from '../../src/readstore/sqlite/sqlite-read-store';
import { MongoTestDatabases, mongoSkipReason } from '../support/mongo-server';
import { RecordedLog } from '../support/recorded';
import { describeWithServer } from '../support/require-server';

/**
 * A figure, not a rule: how fast every projection applies a registry history to MongoDB (FerretDB in CI) in the
 * projector's batches, next to the embedded SQLite runner on the same events. Printed, and checked only for
 * agreement (the same unit and region counts).
 */
const skip = mongoSkipReason();
const databases = new MongoTestDatabases('rate');
jest.setTimeout(300_000);
const UNITS = Number(process.env['MONGO_RATE_UNITS'] ?? 1000);
const BATCH = 500;

describeWithServer('Projection rate on MongoDB (MONGODB_URL)', skip, () => {
  afterAll(async () => databases.close());

  it(`applies ${UNITS} registrations in batches of ${BATCH}`, async () => {
    const region = { code: '330106', name: '西湖区' };
    const log = new RecordedLog().record({ type: 'BureauEstablished', data: { bureauId: '330106', name: '杭州市西湖区档案局', level: 'COUNTY', region } });
    for (let i = 0; i < UNITS; i++) {
      const unitId = `91330106${String(i).padStart(9, '0')}X`;
      const data = { unitId, name: `单位 ${i}`, category: 'ENTERPRISE', unitClass: null, region, bureauId: '330106', address: null, checkOverride: null };
      log.record({ type: 'UnitRegistered', data }, { occurredAt: '2025-03-01T09:00:00.000Z' });
    }
    const events = log.events;

    const sqlite = SqliteReadStore.open(':memory:');
    const runner = new ProjectionRunner(sqlite, ALL_PROJECTIONS);
    let started = performance.now();
    for (let i = 0; i < events.length; i += BATCH) runner.apply(events.slice(i, i + BATCH));
    const sqliteRate = events.length / ((performance.now() - started) / 1000);

    const { store } = await databases.freshStore();
    store.ensureCollections(ALL_PROJECTIONS.flatMap((projection) => projection.collections));
    await store.flush();
    started = performance.now();
    for (let i = 0; i < events.length; i += BATCH) await applyProjectionsAsync(store, ALL_PROJECTIONS, events.slice(i, i + BATCH));
    const mongoRate = events.length / ((performance.now() - started) / 1000);

    console.info(
      `projections, ${events.length} events in batches of ${BATCH}: MongoDB-wire ${Math.round(mongoRate)} events/s, ` +
        `embedded SQLite ${Math.round(sqliteRate)} events/s (${(mongoRate / sqliteRate).toFixed(2)}x)`,
    );
    expect(await store.count('units', {})).toBe(UNITS);
    expect(await store.find('region_stats', {})).toEqual(await sqlite.find('region_stats', {}));
    await store.close();
    await sqlite.close();
  });
});
