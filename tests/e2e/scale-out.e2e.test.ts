import { print } from 'graphql';
import { SHIPPED_CHECKLISTS } from '../../src/domain/checklist/shipped';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import type { RecordedEvent } from '../../src/domain/shared/event';
import { postgresSkipReason } from '../contract/postgres-support';
import { CycleStatusDocument, UnitHistoryDocument, UnitsDocument } from '../support/generated/operations';
import { mongoSkipReason } from '../support/mongo-server';
import { describeWithServer } from '../support/require-server';
import { embeddedCopy, startScaleOutCluster, type Api, type GraphQLAnswer, type ScaleOutCluster } from '../support/scale-out';
import { ADMIN, clerkOf } from '../support/test-server';
import { V2_ITEMS } from '../support/access-matrix-fixture';

/**
 * The proof of issue 7: two API processes and one projector process on PostgreSQL (a fresh schema) and MongoDB
 * (FerretDB in CI; a fresh database). Given units registered through both instances,
 * - when both instances act on the same unit at once with the same expected revision (the same archivist assigned
 *   twice, the same unit deregistered twice), then exactly one wins per pair and the other is refused with a stable
 *   code; when a burst of independent acts is spread over both, then every acknowledged event is in the log exactly
 *   once and the log holds nothing else;
 * - once the projector has caught up, every analytics answer (cycleStatus, regionStatistics, inactionReview,
 *   unitHistory, units pages) equals the embedded mode's answer for the same events (the PostgreSQL log copied, in
 *   order, into an embedded store with the same ids, streams, data and metadata);
 * - a write on one instance is read on the other with `x-min-position` set to the position it returned.
 */
jest.setTimeout(240_000);

const XIHU = '330106';
const YUHANG = '330110';
const BUREAUS = ['330000', '330100', XIHU, YUHANG];
const AS_OF = '2025-06-01';
const OFFICERS = [
  { personId: 'so-1', name: '王检查', credentialNumber: '浙档执 101' },
  { personId: 'so-2', name: '李执法', credentialNumber: '浙档执 102' },
];
const SHIPPED = new Set(SHIPPED_CHECKLISTS.map((shipped) => shipped.eventId));
const PAIRS = 30;
const BURST = 200;

const ESTABLISH = 'mutation ($input: EstablishBureauInput!) { establishBureau(input: $input) { position eventIds } }';
const REGISTER = 'mutation ($input: RegisterUnitInput!) { registerUnit(input: $input) { position eventIds } }';
const ASSIGN = 'mutation ($input: AssignArchivistInput!) { assignArchivist(input: $input) { position eventIds } }';
const DEREGISTER = 'mutation ($input: DeregisterUnitInput!) { deregisterUnit(input: $input) { position eventIds } }';
const INSPECT = 'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { position eventIds } }';
const UNIT = 'query ($id: ID!) { unit(id: $id) { unitId name status archivists { archivistId name } } }';
const STATISTICS = `query ($regionCode: String!, $asOf: String, $from: String, $to: String, $knownAt: DateTimeISO) {
  regionStatistics(regionCode: $regionCode, asOf: $asOf, from: $from, to: $to, knownAt: $knownAt) {
    regionCode level asOf from to knownAt
    units { total byCategory { key count } }
    coverage { unitsInScope covered notYetDue overdue coverageRate }
    inspections { total byKind { key count } }
    children { regionCode coverage { unitsInScope covered notYetDue overdue } }
    monthlyCoverage(from: "2024-01", to: "2025-06") { month day covered overdue }
  }
}`;
const REVIEW = `query ($bureauId: ID, $regionCode: String, $asOf: String, $thresholds: InactionThresholdsInput, $evidenceFirst: Int) {
  inactionReview(bureauId: $bureauId, regionCode: $regionCode, asOf: $asOf, thresholds: $thresholds, evidenceFirst: $evidenceFirst) {
    asOf bureauId regionCode bureausReviewed bureausRaised
    thresholds { orderWithinDays lateRecordDays minInspectors }
    bureaus { rank bureauId name level score raisedCount evidenceCount
      signals { kind raised weight evidenceTotal lastActOn evidence { unitId dueOn days } } }
  }
}`;

const skip = postgresSkipReason ?? mongoSkipReason();
let seed = 71_000_000;
const placeOf = (i: number) => (i % 2 === 0 ? XIHU : YUHANG);
const registration = (region: string, occurredAt: string) => {
  const unitId = makeCreditCode(seed++, { region });
  return { unitId, name: `横向扩展单位 ${unitId}`, category: 'ENTERPRISE', regionCode: region, bureauId: region, occurredAt };
};
const inspection = (unitId: string, day: string) => ({
  unitId,
  kind: 'LAW_ENFORCEMENT',
  day,
  inspectors: OFFICERS,
  checklistId: 'grassroots-archival-work',
  checklistVersion: 2,
  results: V2_ITEMS.map((itemCode) => ({ itemCode, result: 'COMPLIANT' })),
  conclusion: '档案工作符合要求',
});

/** The payload of the one mutation of a request (null when refused). */
const payload = (answer: GraphQLAnswer): { position: number; eventIds: string[] } | null =>
  answer.data ? (Object.values(answer.data)[0] as { position: number; eventIds: string[] } | null) : null;

describeWithServer('Scale-out: two API instances and a projector on PostgreSQL + MongoDB', skip, () => {
  let cluster: ScaleOutCluster;
  /** Every event id an instance acknowledged, with the position it answered. */
  const acknowledged = new Map<string, number>();
  const archivistUnits: { unitId: string; region: string }[] = [];
  const deregistrationUnits: { unitId: string; region: string }[] = [];
  const burstUnits: string[] = [];
  const api = (i: number): Api => (i % 2 === 0 ? cluster.a : cluster.b);

  /** Runs a mutation that must succeed and records what it acknowledged. */
  async function write(on: Api, query: string, input: object, as = ADMIN): Promise<number> {
    const answer = await on.request(query, { input }, as);
    const result = payload(answer);
    if (!result || answer.errors?.length) throw new Error(`${on.name}: ${JSON.stringify(answer.errors)}`);
    for (const id of result.eventIds) acknowledged.set(id, result.position);
    return result.position;
  }

  beforeAll(async () => {
    cluster = await startScaleOutCluster(ADMIN);
    for (const regionCode of BUREAUS) await write(cluster.a, ESTABLISH, { regionCode, name: `${regionCode}档案局`, occurredAt: '2019-01-01T02:00:00.000Z' });
    // Units registered through both instances, ten at a time.
    const inputs = Array.from({ length: 2 * PAIRS }, (_, i) => registration(placeOf(i), '2023-01-10T02:00:00.000Z'));
    let last = 0;
    for (let from = 0; from < inputs.length; from += 10) {
      const positions = await Promise.all(
        inputs.slice(from, from + 10).map((input, k) => write(api(from + k), REGISTER, input, clerkOf(input.bureauId))),
      );
      last = Math.max(last, ...positions);
    }
    inputs.forEach((input, i) => (i < PAIRS ? archivistUnits : deregistrationUnits).push({ unitId: input.unitId, region: input.bureauId }));
    await cluster.waitForProjection(cluster.b, last);
  });
  afterAll(async () => {
    if (cluster) {
      // eslint-disable-next-line no-console
      if (cluster.projector.restarts > 0) console.warn(`scale-out: the projector was restarted ${cluster.projector.restarts} time(s)`);
      await cluster.stop();
    }
  });

  it('same unit, same expected revision, both instances at once: exactly one wins per pair, the other gets a stable code', async () => {
    const assign = archivistUnits.map(({ unitId, region }, i) => {
      const input = { unitId, archivistId: `R-${i}`, name: '赵档案', occurredAt: '2023-02-01T02:00:00.000Z' };
      return Promise.all([cluster.a.request(ASSIGN, { input }, clerkOf(region)), cluster.b.request(ASSIGN, { input }, clerkOf(region))]);
    });
    const deregister = deregistrationUnits.map(({ unitId, region }) => {
      const input = { unitId, reason: 'DISSOLVED', occurredAt: '2024-06-01T02:00:00.000Z' };
      return Promise.all([cluster.a.request(DEREGISTER, { input }, clerkOf(region)), cluster.b.request(DEREGISTER, { input }, ADMIN)]);
    });
    const [assigned, deregistered] = await Promise.all([Promise.all(assign), Promise.all(deregister)]);

    const outcome = (pair: GraphQLAnswer[]) => {
      const won = pair.filter((answer) => payload(answer) !== null && !answer.errors);
      const lost = pair.filter((answer) => answer.errors?.length);
      return { won, refusals: lost.map((answer) => `${answer.errors?.[0]?.extensions?.code}/${answer.errors?.[0]?.extensions?.reason}`) };
    };
    for (const pair of assigned) {
      const { won, refusals } = outcome(pair);
      expect(won).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      // Decided again after the lost race: the archivist is on duty now (or, had the race been lost five times, the race itself).
      expect(['CONFLICT/ARCHIVIST_ALREADY_ASSIGNED', 'CONFLICT/WRONG_EXPECTED_REVISION']).toContain(refusals[0]);
      for (const id of payload(won[0] as GraphQLAnswer)?.eventIds ?? []) acknowledged.set(id, payload(won[0] as GraphQLAnswer)?.position ?? 0);
    }
    for (const pair of deregistered) {
      const { won, refusals } = outcome(pair);
      expect(won).toHaveLength(1);
      expect(refusals).toHaveLength(1);
      expect(['BAD_USER_INPUT/UNIT_DEREGISTERED', 'CONFLICT/WRONG_EXPECTED_REVISION']).toContain(refusals[0]);
      for (const id of payload(won[0] as GraphQLAnswer)?.eventIds ?? []) acknowledged.set(id, payload(won[0] as GraphQLAnswer)?.position ?? 0);
    }

    // The log agrees: one assignment and one deregistration per unit, each unit's stream revisions unbroken.
    const log = await cluster.readLog();
    const ofType = (type: string) => log.filter((event) => event.type === type).map((event) => event.streamId).sort();
    const streamOf = (unitId: string) => log.find((event) => event.type === 'UnitRegistered' && (event.data as { unitId?: string }).unitId === unitId)?.streamId;
    expect(ofType('ArchivistAssigned')).toEqual(archivistUnits.map(({ unitId }) => streamOf(unitId)).sort());
    expect(ofType('UnitDeregistered')).toEqual(deregistrationUnits.map(({ unitId }) => streamOf(unitId)).sort());
  });

  it('a burst of independent acts spread over both instances: every acknowledged event is in the log exactly once, and nothing else', async () => {
    const acts = Array.from({ length: BURST }, (_, i) => {
      if (i % 2 === 0) {
        const input = registration(placeOf(i / 2), '2023-05-10T02:00:00.000Z');
        burstUnits.push(input.unitId);
        return write(api(i / 2), REGISTER, input, clerkOf(input.bureauId));
      }
      const target = archivistUnits[(i >> 1) % archivistUnits.length] as { unitId: string; region: string };
      const day = `2024-${String(1 + ((i >> 1) % 12)).padStart(2, '0')}-${String(1 + ((i >> 1) % 28)).padStart(2, '0')}`;
      return write(api((i - 1) / 2), INSPECT, inspection(target.unitId, day), clerkOf(target.region));
    });
    const settled = await Promise.allSettled(acts);
    const refused = settled.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason));
    expect(refused).toEqual([]);

    const log = await cluster.readLog();
    // Dense, in order: positions 1..head.
    expect(log.map((event) => event.position)).toEqual(log.map((_, i) => i + 1));
    const seen = new Map<string, RecordedEvent[]>();
    for (const event of log) seen.set(event.id, [...(seen.get(event.id) ?? []), event]);
    const missing = [...acknowledged.keys()].filter((id) => !seen.has(id));
    const twice = [...seen.entries()].filter(([, events]) => events.length > 1).map(([id]) => id);
    // Besides the acts: the reference data each instance publishes at start, under fixed ids (once, however many start).
    const unacknowledged = log.filter((event) => !acknowledged.has(event.id) && !SHIPPED.has(event.id)).map((event) => `${event.position} ${event.type}`);
    expect(log.filter((event) => SHIPPED.has(event.id)).map((event) => event.id).sort()).toEqual([...SHIPPED].sort());
    expect({ missing, twice, unacknowledged }).toEqual({ missing: [], twice: [], unacknowledged: [] });
    // Each answered position is its event's (a multi-event act answers its last one).
    for (const event of log) if (!SHIPPED.has(event.id)) expect(event.position).toBeLessThanOrEqual(acknowledged.get(event.id) as number);
  });

  it('once the projector has caught up, every analytics answer equals the embedded mode’s for the same events', async () => {
    const head = (await cluster.readLog()).length;
    await cluster.waitForProjection(cluster.a, head);
    for (const instance of [cluster.a, cluster.b]) {
      const { projectionStatus } = await instance.ok('{ projectionStatus { headPosition projectedPosition lag } }', {}, ADMIN);
      expect(projectionStatus).toEqual({ headPosition: head, projectedPosition: head, lag: 0 });
    }
    const log = await cluster.readLog();
    expect(log).toHaveLength(head);
    const embedded = await embeddedCopy(log);
    try {
      const knownAt = new Date().toISOString();
      const questions: [string, string, object][] = [];
      for (const bureauId of BUREAUS) questions.push([`cycleStatus ${bureauId}`, print(CycleStatusDocument), { bureauId, asOf: AS_OF, knownAt, first: 100 }]);
      for (const regionCode of ['330000', '330100', XIHU, YUHANG]) {
        questions.push([`regionStatistics ${regionCode}`, STATISTICS, { regionCode, asOf: AS_OF, from: '2024-01-01', to: '2024-12-31', knownAt }]);
      }
      questions.push(['inactionReview 330000', REVIEW, { regionCode: '330000', asOf: AS_OF, evidenceFirst: 100 }]);
      questions.push(['inactionReview 330000 (no late recording)', REVIEW, { regionCode: '330000', asOf: AS_OF, evidenceFirst: 100, thresholds: { lateRecordDays: 3660 } }]);
      questions.push([`inactionReview ${YUHANG}`, REVIEW, { bureauId: YUHANG, asOf: AS_OF, evidenceFirst: 100 }]);
      const someUnits = [...archivistUnits.slice(0, 4).map((u) => u.unitId), ...deregistrationUnits.slice(0, 3).map((u) => u.unitId), ...burstUnits.slice(0, 3)];
      for (const unitId of someUnits) questions.push([`unitHistory ${unitId}`, print(UnitHistoryDocument), { unitId, first: 100 }]);

      for (const [what, query, variables] of questions) {
        const expected = await embedded.api.ok(query, variables, ADMIN);
        for (const instance of [cluster.a, cluster.b]) {
          expect({ what, on: instance.name, answer: await instance.ok(query, variables, ADMIN) }).toEqual({ what, on: instance.name, answer: expected });
        }
      }
      // Every page of the units list, for a province and for a county, with its status filter.
      for (const filter of [{ regionPrefix: '33' }, { regionPrefix: YUHANG, status: 'DEREGISTERED' }]) {
        let after: string | null = null;
        let pages = 0;
        do {
          const variables = { filter, first: 37, after };
          const expected = await embedded.api.ok(print(UnitsDocument), variables, ADMIN);
          const actual = await api(pages).ok(print(UnitsDocument), variables, ADMIN);
          expect({ filter, pages, answer: actual }).toEqual({ filter, pages, answer: expected });
          after = expected.units.pageInfo.hasNextPage ? expected.units.pageInfo.endCursor : null;
          pages++;
        } while (after);
        expect(pages).toBeGreaterThan(filter.status ? 0 : 3); // 160 units in Zhejiang, 37 a page
      }
    } finally {
      await embedded.stop();
    }
  });

  it('read-your-writes across instances: a write on one, read on the other with x-min-position = its position', async () => {
    for (let round = 0; round < 6; round++) {
      const [writer, reader] = round % 2 === 0 ? [cluster.a, cluster.b] : [cluster.b, cluster.a];
      const input = registration(placeOf(round), '2024-01-10T02:00:00.000Z');
      await write(writer, REGISTER, input, clerkOf(input.bureauId));
      const position = await write(writer, ASSIGN, { unitId: input.unitId, archivistId: `RYW-${round}`, name: '钱档案' }, clerkOf(input.bureauId));
      const answer = await reader.request(UNIT, { id: input.unitId }, clerkOf(input.bureauId), { 'x-min-position': String(position) });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.unit).toEqual({ unitId: input.unitId, name: input.name, status: 'ACTIVE', archivists: [{ archivistId: `RYW-${round}`, name: '钱档案' }] });
    }
  });
});
