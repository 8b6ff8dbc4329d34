import { verifyInclusion } from '../../src/ledger/merkle';
import { gql, read, write, type RowContext } from './access-matrix-core';
import { recordsOf } from './access-matrix-fixture';

/**
 * The audit trail. Its checkpoints, key, size and consistency proofs describe the whole log and hold no record: every
 * signed-in caller reads them, "in" and "out" alike. An inclusion proof is asked by an event's id, the id of the
 * target unit's UnitRegistered: an event outside the caller's scope is an id outside it (issue 6: NOT_FOUND, as for
 * an unknown id). Only the administrator signs a checkpoint on demand; that writes no event.
 */

const noEmptyAnswer = (name: string) => () => {
  throw new Error(`${name} describes the whole log: it has no empty answer`);
};

const hex = (value: string) => Buffer.from(value, 'hex');

/** The sequence number of the latest checkpoint (what a refused publication must leave as it was). */
const latestSeq = async (ctx: RowContext) => (await ctx.server.app.ledger.checkpoints(1)).checkpoints[0]?.seq ?? null;

type Checkpoint = { treeSize: number; rootHash: string; keyId: string; signature: string; note: string };

export const LEDGER_OPERATIONS = {
  // -- queries --------------------------------------------------------------------------------------------------
  ledgerCheckpoint: read({
    doc: gql<{ ledgerCheckpoint: (Checkpoint & { publicKey: { keyId: string } | null }) | null }>(
      'query M_ledgerCheckpoint { ledgerCheckpoint { treeSize rootHash keyId signature note publicKey { keyId } } }',
    ),
    variables: () => ({}),
    allowed: (data) => {
      const checkpoint = data.ledgerCheckpoint;
      expect(checkpoint?.treeSize).toBeGreaterThan(0);
      // The signed note names the size and the root it signs.
      const [origin, size, root] = checkpoint?.note.split('\n') ?? [];
      expect([origin, size, root]).toEqual(['archival-oversight-ledger/v1', String(checkpoint?.treeSize), hex(checkpoint?.rootHash ?? '').toString('base64')]);
      expect(checkpoint?.publicKey?.keyId).toBe(checkpoint?.keyId);
    },
    empty: noEmptyAnswer('ledgerCheckpoint'),
  }),
  ledgerCheckpoints: read({
    doc: gql<{ ledgerCheckpoints: { nodes: Checkpoint[] } }>('query M_ledgerCheckpoints { ledgerCheckpoints(first: 5) { nodes { treeSize rootHash keyId signature note } } }'),
    variables: () => ({}),
    allowed: async (data, ctx) => {
      expect(data.ledgerCheckpoints.nodes.length).toBeGreaterThan(0);
      expect(data.ledgerCheckpoints.nodes[0]?.treeSize).toBeLessThanOrEqual(await ctx.server.headPosition());
    },
    empty: noEmptyAnswer('ledgerCheckpoints'),
  }),
  ledgerPublicKey: read({
    doc: gql<{ ledgerPublicKey: { keyId: string; algorithm: string; pem: string } }>('query M_ledgerPublicKey { ledgerPublicKey { keyId algorithm pem } }'),
    variables: () => ({}),
    allowed: (data, ctx) => expect(data.ledgerPublicKey).toMatchObject({ keyId: ctx.server.app.ledger.publicKey.keyId, algorithm: 'Ed25519', pem: expect.stringContaining('BEGIN PUBLIC KEY') }),
    empty: noEmptyAnswer('ledgerPublicKey'),
  }),
  ledgerTreeSize: read({
    doc: gql<{ ledgerTreeSize: number }>('query M_ledgerTreeSize { ledgerTreeSize }'),
    variables: () => ({}),
    // Sealed inline: the ledger holds exactly the log.
    allowed: async (data, ctx) => expect(data.ledgerTreeSize).toBe(await ctx.server.headPosition()),
    empty: noEmptyAnswer('ledgerTreeSize'),
  }),
  inclusionProof: read({
    doc: gql<{ inclusionProof: { position: number; leafIndex: number; treeSize: number; leafHash: string; rootHash: string; auditPath: string[] } }, { eventId: string }>(
      'query M_inclusionProof($eventId: ID) { inclusionProof(eventId: $eventId) { position leafIndex treeSize leafHash rootHash auditPath } }',
    ),
    variables: (_target, ctx) => ({ eventId: recordsOf(ctx).registeredEventId }),
    allowed: (data) => {
      const p = data.inclusionProof;
      expect(p.leafIndex).toBe(p.position - 1);
      expect(verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHash), p.auditPath.map(hex), hex(p.rootHash))).toBe(true);
    },
    empty: () => {
      throw new Error('inclusionProof refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  consistencyProof: read({
    doc: gql<{ consistencyProof: { fromSize: number; toSize: number; fromRoot: string; toRoot: string; proof: string[] } }>(
      'query M_consistencyProof { consistencyProof(fromSize: 1) { fromSize toSize fromRoot toRoot proof } }',
    ),
    variables: () => ({}),
    allowed: (data) => {
      expect(data.consistencyProof.fromSize).toBe(1);
      expect(data.consistencyProof.toSize).toBeGreaterThan(1);
      expect(data.consistencyProof.proof.length).toBeGreaterThan(0);
    },
    empty: noEmptyAnswer('consistencyProof'),
  }),

  // -- mutations ------------------------------------------------------------------------------------------------
  publishLedgerCheckpoint: write({
    doc: gql<{ publishLedgerCheckpoint: { treeSize: number; rootHash: string } }>('mutation M_publishLedgerCheckpoint { publishLedgerCheckpoint { treeSize rootHash } }'),
    prepare: async () => ({}),
    appended: () => 0,
    logged: false,
    probe: latestSeq,
    allowed: async (data, _variables, ctx) => {
      expect(data.publishLedgerCheckpoint.treeSize).toBe(await ctx.server.headPosition());
      expect((await ctx.server.app.ledger.latestCheckpoint())?.rootHash).toBe(data.publishLedgerCheckpoint.rootHash);
    },
  }),
};
