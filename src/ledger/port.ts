import type { NodeId } from './subtrees';

/**
 * The ledger store port: where the Merkle tree over the log and the signed checkpoints live. SQLite now (in the
 * event store's own file, written in the append's transaction); a PostgreSQL or MongoDB ledger implements the
 * same asynchronous interface for server backends, fed by the sealer's subscription.
 *
 * Leaves are addressed by the event's global position (leaf index = position − 1): the log's positions are
 * gap-free, and the ledger refuses to seal anything but the next position.
 */

/** A checkpoint as stored: a signed statement of the tree's size and root at a time. */
export interface StoredCheckpoint {
  /** Order of issue, assigned by the store (1, 2, …). */
  seq: number;
  treeSize: number;
  rootHash: Buffer;
  /** ISO-8601, UTC. */
  issuedAt: string;
  /** Hex of the first 8 bytes of SHA-256 over the signing key's SPKI. */
  keyId: string;
  /** Ed25519 signature over the checkpoint note (see checkpoints.ts). */
  signature: Buffer;
}

export type NewCheckpoint = Omit<StoredCheckpoint, 'seq'>;

export interface CheckpointQuery {
  /** Newest first (the default) or oldest first. */
  order?: 'newest' | 'oldest';
  /** Exclusive seq bound in the direction of the order. */
  afterSeq?: number;
  limit: number;
}

export interface LedgerStore {
  /** Number of leaves sealed: the position of the last sealed event (0 when none). */
  size(): Promise<number>;
  /**
   * Seals leaves for positions firstPosition, firstPosition + 1, …, atomically, storing every perfect subtree they
   * complete. Refuses (LedgerGapError) unless firstPosition is exactly size + 1.
   */
  appendLeaves(firstPosition: number, leafHashes: readonly Buffer[]): Promise<void>;
  /** Stored hashes of perfect subtrees, in the order asked; throws LedgerIntegrityError when one is missing. */
  nodeHashes(ids: readonly NodeId[]): Promise<Buffer[]>;
  /** Leaf hashes of `count` positions from `fromPosition`, null where none is stored. */
  leafHashes(fromPosition: number, count: number): Promise<(Buffer | null)[]>;

  addCheckpoint(checkpoint: NewCheckpoint): Promise<StoredCheckpoint>;
  latestCheckpoint(): Promise<StoredCheckpoint | null>;
  checkpoints(query: CheckpointQuery): Promise<StoredCheckpoint[]>;
  /** The latest checkpoint issued for exactly this tree size, if any. */
  checkpointOfSize(treeSize: number): Promise<StoredCheckpoint | null>;

  /** Keeps a public key (DER SPKI) under its key id, so that old checkpoints stay verifiable after a key change. */
  addPublicKey(keyId: string, spki: Buffer): Promise<void>;
  publicKey(keyId: string): Promise<Buffer | null>;
}

/**
 * A ledger store that can seal synchronously, inside another component's transaction: the embedded mode, where the
 * event store's inline hook seals the events in the very transaction that appends them.
 */
export interface InlineLedgerStore extends LedgerStore {
  sizeNow(): number;
  appendLeavesNow(firstPosition: number, leafHashes: readonly Buffer[]): void;
}

export function isInlineLedgerStore(store: LedgerStore): store is InlineLedgerStore {
  const candidate = store as Partial<InlineLedgerStore>;
  return typeof candidate.appendLeavesNow === 'function' && typeof candidate.sizeNow === 'function';
}

/** The ledger cannot seal these events: they do not continue the tree at size + 1. */
export class LedgerGapError extends Error {
  constructor(readonly sealedSize: number, readonly firstPosition: number, detail?: string) {
    super(
      `The ledger has sealed ${sealedSize} events and must continue at position ${sealedSize + 1}, got ${firstPosition}` +
        (detail ? `: ${detail}` : ''),
    );
    this.name = 'LedgerGapError';
  }
}

/** Stored ledger data is missing or contradicts itself (a node that should exist does not). */
export class LedgerIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerIntegrityError';
  }
}
