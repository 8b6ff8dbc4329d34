import { graphql, printSchema, type GraphQLSchema } from 'graphql';
import { Arg, ID, Query, Resolver, buildSchemaSync } from 'type-graphql';
import { findUnitHistory } from '../../../projections/unit-history/unit-history.queries';
import type { Actor } from '../../../src/domain/shared/event';
import { readScopeOf } from '../../../src/auth/scope';
import { authChecker } from '../../../src/graphql/auth-checker';
import { createLoaders } from '../../../src/graphql/loaders';
import { LEDGER_RESOLVERS } from '../../../src/graphql/ledger';
import { HistoryEntry } from '../../../src/graphql/registry/history.type';
import { BureauResolver } from '../../../src/graphql/registry/bureau.resolver';
import { UnitResolver } from '../../../src/graphql/registry/unit.resolver';
import { verifyConsistency, verifyInclusion } from '../../../src/ledger/merkle';
import { parsePublicKey, verifyCheckpoint } from '../../../src/ledger/checkpoints';
import { openEmbedded, removeFolder, seedRegistry, type EmbeddedLedger } from './embedded-ledger.fixture';

let app: EmbeddedLedger;
let units: { xihuUnits: string[]; binjiangUnits: string[] };

/** A stand-in for unitHistory: history entries straight from the read model, so that `proof` is resolved on them. */
@Resolver()
class TestHistoryResolver {
  @Query(() => [HistoryEntry])
  testHistory(@Arg('unitId', () => ID) unitId: string) {
    return findUnitHistory(app.readStore, unitId, 100);
  }
}

let schema: GraphQLSchema;
const ADMIN: Actor = { id: 'admin-1', role: 'NATIONAL_ADMIN' };
const STAFF: Actor = { id: 'clerk-1', role: 'BUREAU_STAFF', bureauId: '330106' };

async function run<T = Record<string, any>>(source: string, variables: Record<string, unknown> = {}, actor: Actor | null = ADMIN): Promise<{ data: T; errors?: readonly { message: string }[] }> {
  const contextValue = { actor, scope: readScopeOf(actor), ledger: app.ledger, eventStore: app.eventStore, loaders: createLoaders(app.readStore) };
  const result = await graphql({ schema, source, variableValues: variables, contextValue });
  return result as unknown as { data: T; errors?: readonly { message: string }[] };
}

const CHECKPOINT = 'treeSize rootHash issuedAt keyId signature note publicKey { keyId algorithm spki pem }';
const PROOF = `position leafIndex treeSize leafHash rootHash auditPath checkpoint { ${CHECKPOINT} }`;
const hashes = (hex: string[]): Buffer[] => hex.map((h) => Buffer.from(h, 'hex'));

beforeAll(async () => {
  schema = buildSchemaSync({ resolvers: [TestHistoryResolver, ...LEDGER_RESOLVERS] as [Function, ...Function[]], validate: false, authChecker });
  app = openEmbedded();
  units = await seedRegistry(app);
});
afterAll(async () => {
  await app.close();
  removeFolder(app.dir);
});

describe('the ledger over GraphQL', () => {
  it('publishes a checkpoint for administrators only, and serves the latest with its public key', async () => {
    expect((await run(`{ ledgerCheckpoint { treeSize } }`)).data.ledgerCheckpoint).toBeNull();
    expect((await run(`mutation { publishLedgerCheckpoint { treeSize } }`, {}, STAFF)).errors?.[0]?.message).toMatch(/denied/i);
    const published = (await run(`mutation { publishLedgerCheckpoint { ${CHECKPOINT} } }`)).data.publishLedgerCheckpoint;
    expect(published.treeSize).toBe(await app.eventStore.headPosition());
    const { data } = await run(`{ ledgerCheckpoint { ${CHECKPOINT} } ledgerPublicKey { keyId pem } ledgerTreeSize }`, {}, STAFF);
    expect(data.ledgerCheckpoint).toEqual(published);
    expect(data.ledgerTreeSize).toBe(published.treeSize);
    expect(data.ledgerPublicKey.keyId).toBe(published.keyId);
    expect(verifyCheckpoint(published, parsePublicKey(published.publicKey.pem)!)).toBe(true);
  });

  it('proves an event by position or by id against the latest checkpoint', async () => {
    const [event] = await app.eventStore.readAll({ after: 4, maxCount: 1 });
    const byPosition = (await run(`query ($p: SafeInt) { inclusionProof(position: $p) { ${PROOF} } }`, { p: event!.position })).data.inclusionProof;
    const byId = (await run(`query ($id: ID) { inclusionProof(eventId: $id) { ${PROOF} } }`, { id: event!.id })).data.inclusionProof;
    expect(byId).toEqual(byPosition);
    const root = Buffer.from(byPosition.checkpoint.rootHash, 'hex');
    expect(verifyInclusion(byPosition.leafIndex, byPosition.treeSize, Buffer.from(byPosition.leafHash, 'hex'), hashes(byPosition.auditPath), root)).toBe(true);
    const both = await run(`query ($id: ID) { inclusionProof(position: 1, eventId: $id) { position } }`, { id: event!.id });
    expect(both.errors?.[0]?.message).toMatch(/by position or by eventId/);
  });

  it('proves two tree sizes consistent', async () => {
    const size = await app.ledger.size();
    const { data } = await run(`query ($from: SafeInt!) { consistencyProof(fromSize: $from) { fromSize toSize fromRoot toRoot proof toCheckpoint { treeSize } } }`, { from: 5 });
    const proof = data.consistencyProof;
    expect(proof).toMatchObject({ fromSize: 5, toSize: size, toCheckpoint: { treeSize: size } });
    expect(verifyConsistency(5, size, Buffer.from(proof.fromRoot, 'hex'), Buffer.from(proof.toRoot, 'hex'), hashes(proof.proof))).toBe(true);
  });

  it('pages checkpoints newest first', async () => {
    await app.ledger.publishCheckpoint();
    await app.ledger.publishCheckpoint();
    const first = (await run(`{ ledgerCheckpoints(first: 2) { nodes { treeSize issuedAt } pageInfo { hasNextPage endCursor } } }`)).data.ledgerCheckpoints;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await run(`query ($after: String) { ledgerCheckpoints(first: 2, after: $after) { nodes { treeSize } pageInfo { hasNextPage } } }`, { after: first.pageInfo.endCursor })).data.ledgerCheckpoints;
    expect(rest).toEqual({ nodes: [{ treeSize: expect.any(Number) }], pageInfo: { hasNextPage: false } });
  });

  it("gives each history entry its proof, all against one signed root, or against the tree size asked", async () => {
    const query = `query ($u: ID!, $t: SafeInt) { testHistory(unitId: $u) { position type proof { ${PROOF} } sized: proof(treeSize: $t) { treeSize rootHash checkpoint { treeSize } } } }`;
    const { data, errors } = await run(query, { u: units.xihuUnits[0], t: 9 });
    expect(errors).toBeUndefined();
    const entries = data.testHistory as { position: number; proof: any; sized: any }[];
    expect(entries.map((e) => e.position)).toEqual((await findUnitHistory(app.readStore, units.xihuUnits[0]!, 100)).map((e) => e.position));
    const latest = await app.ledger.latestCheckpoint();
    for (const entry of entries) {
      expect(entry.proof.checkpoint).toMatchObject({ treeSize: latest!.treeSize, rootHash: latest!.rootHash });
      expect(verifyInclusion(entry.position - 1, latest!.treeSize, Buffer.from(entry.proof.leafHash, 'hex'), hashes(entry.proof.auditPath), Buffer.from(latest!.rootHash, 'hex'))).toBe(true);
    }
    expect(entries[0]?.sized).toEqual({ treeSize: 9, rootHash: (await app.ledger.rootAt(9)).toString('hex'), checkpoint: null });
  });
});

describe('the schema with the registry resolvers', () => {
  it('merges proof into HistoryEntry, so unitHistory and bureauHistory return each event\'s proof', () => {
    const sdl = printSchema(buildSchemaSync({ resolvers: [UnitResolver, BureauResolver, ...LEDGER_RESOLVERS], validate: false, authChecker }));
    const historyEntry = /type HistoryEntry \{[^}]*\}/.exec(sdl)?.[0] ?? '';
    expect(historyEntry).toMatch(/proof\(treeSize: SafeInt\): InclusionProof!/);
    expect(sdl).toMatch(/unitHistory\(/);
    expect(sdl).toMatch(/publishLedgerCheckpoint: LedgerCheckpoint!/);
  });
});
