import { ALL_PROJECTIONS } from '../../projections';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { applyProjectionsAsync } from '../../src/readstore/mongodb/apply-projections';
import type { MongoReadStore } from '../../src/readstore/mongodb/mongo-read-store';
import type { Doc, Filter, FindOptions, ReadStore, Scalar } from '../../src/readstore/port';
import { FIXTURE_BUREAUS, FIXTURE_UNITS, XIHU, freshCode, registerWithArchivist, registration } from '../support/access-matrix-core';
import { buildFixture } from '../support/access-matrix-fixture';
import {
  AmendUnitDetailsDocument,
  ClassifyUnitDocument,
  DeregisterUnitDocument,
  EstablishBureauDocument,
  RegisterUnitDocument,
} from '../support/generated/operations';
import { MongoTestDatabases, mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { TestServer } from '../support/test-server';

/**
 * Given the history the access matrix builds through the API in embedded mode (bureaus, units, inspections,
 * orders, plans, self-reports, bulletins, trainings, guidance, leads, cases, assessments, implementation reports,
 * reviews), when every projection is applied to MongoDB from the log, then every collection holds the very
 * documents of the embedded SQLite read models, and every checkpoint is the same.
 */
const skip = mongoSkipReason();
const databases = new MongoTestDatabases('proj');
jest.setTimeout(300_000);

const COLLECTIONS = ALL_PROJECTIONS.flatMap((projection) => projection.collections.map((spec) => spec.name));

async function dump(store: ReadStore): Promise<Record<string, Doc[]>> {
  const collections: Record<string, Doc[]> = {};
  for (const name of COLLECTIONS) collections[name] = await store.find(name, {});
  return collections;
}

describeWithServer('Projections on MongoDB (MONGODB_URL)', skip, () => {
  let server: TestServer;
  let events: RecordedEvent[];
  let embedded: Record<string, Doc[]>;

  beforeAll(async () => {
    server = await TestServer.start({ LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0' });
    for (const [regionCode, name] of FIXTURE_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name } });
    for (const [unitId, place] of FIXTURE_UNITS) await registerWithArchivist(server, unitId, place);
    await buildFixture(server);
    // Registry acts that move the region counters: a unit classified, amended to another category, then deregistered.
    const moved = freshCode(XIHU);
    await server.ok(RegisterUnitDocument, { input: registration(moved, XIHU) });
    await server.ok(ClassifyUnitDocument, { input: { unitId: moved, unitClass: 'SECOND', occurredAt: '2025-03-03T09:00:00.000Z' } });
    await server.ok(AmendUnitDetailsDocument, {
      input: { unitId: moved, category: 'ORGAN', name: '改名单位', occurredAt: '2025-03-04T09:00:00.000Z' },
    });
    await server.ok(DeregisterUnitDocument, { input: { unitId: moved, reason: 'DISSOLVED', occurredAt: '2025-03-05T09:00:00.000Z' } });
    // The log as projections read it: current shapes, personal data decrypted.
    events = await server.app.stores.eventStore.readAll({ after: 0 });
    embedded = await dump(server.app.readStore);
  });
  afterAll(async () => {
    await server?.stop();
    await databases.close();
  });

  async function project(store: MongoReadStore, batchSize: number): Promise<unknown[]> {
    const errors: unknown[] = [];
    for (let start = 0; start < events.length; start += batchSize) {
      await applyProjectionsAsync(store, ALL_PROJECTIONS, events.slice(start, start + batchSize), (name, event, error) =>
        errors.push({ name, position: event.position, error: String(error) }),
      );
    }
    return errors;
  }

  it.each([
    ['one event at a time', 1],
    ['batches of 7 (counters and histories touched several times in one batch)', 7],
    ['the whole log in one batch', 100_000],
  ])('holds the documents of the embedded read models: %s', async (_name, batchSize) => {
    const { store } = await databases.freshStore();
    store.ensureCollections(ALL_PROJECTIONS.flatMap((projection) => projection.collections));
    expect(await project(store, batchSize)).toEqual([]);

    const documents = Object.values(embedded).reduce((sum, docs) => sum + docs.length, 0);
    expect(documents).toBeGreaterThan(100); // the fixture really fills the read models
    expect(await dump(store)).toEqual(embedded);
    for (const projection of ALL_PROJECTIONS) {
      expect([projection.name, store.getCheckpoint(projection.name)]).toEqual([
        projection.name,
        server.app.readStore.getCheckpoint(projection.name),
      ]);
    }

    // Delivered again (a projector that crashed before its checkpoint moved): nothing changes.
    const before = store.calls;
    await applyProjectionsAsync(store, ALL_PROJECTIONS, events);
    expect(store.calls).toBe(before); // skipped by checkpoint, without reading anything
    expect(await dump(store)).toEqual(embedded);
    await store.close();
  });

  it('gives the same answers to the queries the API makes', async () => {
    const { store } = await databases.freshStore();
    store.ensureCollections(ALL_PROJECTIONS.flatMap((projection) => projection.collections));
    await project(store, 50);
    // A few of the read models' own query shapes: prefix roll-ups, status filters, keyset pages.
    for (const name of COLLECTIONS) {
      const sqlite = server.app.readStore;
      const first = embedded[name]?.[0];
      if (!first) continue;
      for (const [field, value] of Object.entries(first)) {
        if (value === null || typeof value === 'object' || value === undefined) continue;
        const scalar = value as Scalar;
        const filter: Filter = typeof scalar === 'string' ? { [field]: { $prefix: scalar.slice(0, 2) } } : { [field]: scalar };
        const page: FindOptions = { sort: { field, direction: -1 }, limit: 3 };
        const firstPage = await sqlite.find(name, filter, page);
        expect(await store.find(name, filter, page)).toEqual(firstPage);
        const last = firstPage[firstPage.length - 1];
        if (last) {
          const next: FindOptions = { ...page, after: { value: (last[field] ?? null) as Scalar, id: last._id } };
          expect(await store.find(name, filter, next)).toEqual(await sqlite.find(name, filter, next));
        }
        const others: Filter = { [field]: { $ne: scalar } };
        expect(await store.count(name, others)).toBe(await sqlite.count(name, others));
      }
    }
    await store.close();
  });
});
