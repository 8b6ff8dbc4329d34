import type { Database, Statement } from 'better-sqlite3';
import { CANONICAL_EVENT_FORMAT } from './canonical';
import { HASH_BYTES } from './merkle';
import {
  LedgerGapError,
  LedgerIntegrityError,
  type CheckpointQuery,
  type InlineLedgerStore,
  type NewCheckpoint,
  type StoredCheckpoint,
} from './port';
import { CompactRange, perfectCover, type NodeId } from './subtrees';

/**
 * Leaves by position, perfect subtrees (level ≥ 1) by (level, index), signed checkpoints and the public keys that
 * signed them; append-only like the events table (triggers refuse UPDATE and DELETE). `ledger_meta` records the
 * canonical event format the leaves were hashed with, so that a file sealed under another definition is refused
 * rather than silently mixed.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS ledger_leaves (
  position  INTEGER PRIMARY KEY,
  leaf_hash BLOB    NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_nodes (
  level INTEGER NOT NULL,
  idx   INTEGER NOT NULL,
  hash  BLOB    NOT NULL,
  PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger_checkpoints (
  seq        INTEGER PRIMARY KEY,
  tree_size  INTEGER NOT NULL,
  root_hash  BLOB    NOT NULL,
  issued_at  TEXT    NOT NULL,
  key_id     TEXT    NOT NULL,
  signature  BLOB    NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_checkpoints_size ON ledger_checkpoints (tree_size, seq);
CREATE TABLE IF NOT EXISTS ledger_keys (
  key_id TEXT PRIMARY KEY,
  spki   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
${['ledger_leaves', 'ledger_nodes', 'ledger_checkpoints', 'ledger_keys']
  .map(
    (table) => `
CREATE TRIGGER IF NOT EXISTS ${table}_refuse_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS ${table}_refuse_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: DELETE refused'); END;`,
  )
  .join('')}
`;

type CheckpointRow = [seq: number, treeSize: number, rootHash: Buffer, issuedAt: string, keyId: string, signature: Buffer];
const CHECKPOINT_COLUMNS = 'seq, tree_size, root_hash, issued_at, key_id, signature';

export interface SqliteLedgerStoreOptions {
  /** Create the tables when missing (default). Off for read-only verification of an existing file. */
  createSchema?: boolean;
}

/**
 * The ledger in the app's SQLite file, on the same handle as the event store: `appendLeavesNow` joins the caller's
 * transaction (a savepoint inside the event store's append), so a sealed leaf exists exactly when its event does.
 *
 * Nothing is cached between calls: the size and the right edge of the tree (O(log n) hashes) are read from the
 * file at each append, so a rolled-back append leaves no stale state behind, and a second process writing the same
 * file (the import CLI beside the server) continues the tree correctly.
 */
export class SqliteLedgerStore implements InlineLedgerStore {
  private readonly sizeStmt: Statement<[], number>;
  private readonly leafStmt: Statement<[number], Buffer>;
  private readonly leavesStmt: Statement<[number, number], [number, Buffer]>;
  private readonly nodeStmt: Statement<[number, number], Buffer>;
  private readonly insertLeaf: Statement<[number, Buffer]>;
  private readonly insertNode: Statement<[number, number, Buffer]>;
  private readonly insertCheckpoint: Statement<[number, Buffer, string, string, Buffer]>;
  private readonly latestStmt: Statement<[], CheckpointRow>;
  private readonly newestStmt: Statement<[number, number], CheckpointRow>;
  private readonly oldestStmt: Statement<[number, number], CheckpointRow>;
  private readonly ofSizeStmt: Statement<[number], CheckpointRow>;
  private readonly insertKey: Statement<[string, Buffer]>;
  private readonly keyStmt: Statement<[string], Buffer>;
  private readonly appendTx: (firstPosition: number, leafHashes: readonly Buffer[]) => void;

  constructor(db: Database, options: SqliteLedgerStoreOptions = {}) {
    if (options.createSchema !== false) {
      db.exec(DDL);
      db.prepare('INSERT OR IGNORE INTO ledger_meta (key, value) VALUES (?, ?)').run('canonical_format', CANONICAL_EVENT_FORMAT);
    }
    const format = db.prepare<[], string>("SELECT value FROM ledger_meta WHERE key = 'canonical_format'").pluck().get();
    if (format !== CANONICAL_EVENT_FORMAT) {
      throw new LedgerIntegrityError(`This ledger was sealed with canonical format ${format ?? '(none)'}, not ${CANONICAL_EVENT_FORMAT}`);
    }
    this.sizeStmt = db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM ledger_leaves').pluck();
    this.leafStmt = db.prepare<[number], Buffer>('SELECT leaf_hash FROM ledger_leaves WHERE position = ?').pluck();
    this.leavesStmt = db
      .prepare<[number, number], [number, Buffer]>('SELECT position, leaf_hash FROM ledger_leaves WHERE position >= ? AND position < ? ORDER BY position')
      .raw();
    this.nodeStmt = db.prepare<[number, number], Buffer>('SELECT hash FROM ledger_nodes WHERE level = ? AND idx = ?').pluck();
    this.insertLeaf = db.prepare('INSERT INTO ledger_leaves (position, leaf_hash) VALUES (?, ?)');
    this.insertNode = db.prepare('INSERT INTO ledger_nodes (level, idx, hash) VALUES (?, ?, ?)');
    this.insertCheckpoint = db.prepare(
      'INSERT INTO ledger_checkpoints (tree_size, root_hash, issued_at, key_id, signature) VALUES (?, ?, ?, ?, ?)',
    );
    const from = `SELECT ${CHECKPOINT_COLUMNS} FROM ledger_checkpoints`;
    this.latestStmt = db.prepare<[], CheckpointRow>(`${from} ORDER BY seq DESC LIMIT 1`).raw();
    this.newestStmt = db.prepare<[number, number], CheckpointRow>(`${from} WHERE seq < ? ORDER BY seq DESC LIMIT ?`).raw();
    this.oldestStmt = db.prepare<[number, number], CheckpointRow>(`${from} WHERE seq > ? ORDER BY seq LIMIT ?`).raw();
    this.ofSizeStmt = db.prepare<[number], CheckpointRow>(`${from} WHERE tree_size = ? ORDER BY seq DESC LIMIT 1`).raw();
    this.insertKey = db.prepare('INSERT OR IGNORE INTO ledger_keys (key_id, spki) VALUES (?, ?)');
    this.keyStmt = db.prepare<[string], Buffer>('SELECT spki FROM ledger_keys WHERE key_id = ?').pluck();
    this.appendTx = db.transaction((firstPosition: number, leafHashes: readonly Buffer[]) => this.appendInTx(firstPosition, leafHashes));
  }

  sizeNow(): number {
    return this.sizeStmt.get() ?? 0;
  }

  /** Joins the caller's transaction when there is one (as a savepoint), else runs in its own. */
  appendLeavesNow(firstPosition: number, leafHashes: readonly Buffer[]): void {
    if (leafHashes.length === 0) return;
    this.appendTx(firstPosition, leafHashes);
  }

  nodeHashesNow(ids: readonly NodeId[]): Buffer[] {
    return ids.map(({ level, index }) => {
      const hash = level === 0 ? this.leafStmt.get(index + 1) : this.nodeStmt.get(level, index);
      if (!hash) throw new LedgerIntegrityError(`The ledger has no hash for the subtree at level ${level}, index ${index}`);
      return hash;
    });
  }

  leafHashesNow(fromPosition: number, count: number): (Buffer | null)[] {
    const result = new Array<Buffer | null>(Math.max(0, count)).fill(null);
    for (const [position, hash] of this.leavesStmt.all(fromPosition, fromPosition + count)) result[position - fromPosition] = hash;
    return result;
  }

  async size(): Promise<number> {
    return this.sizeNow();
  }

  async appendLeaves(firstPosition: number, leafHashes: readonly Buffer[]): Promise<void> {
    this.appendLeavesNow(firstPosition, leafHashes);
  }

  async nodeHashes(ids: readonly NodeId[]): Promise<Buffer[]> {
    return this.nodeHashesNow(ids);
  }

  async leafHashes(fromPosition: number, count: number): Promise<(Buffer | null)[]> {
    return this.leafHashesNow(fromPosition, count);
  }

  async addCheckpoint(checkpoint: NewCheckpoint): Promise<StoredCheckpoint> {
    const { lastInsertRowid } = this.insertCheckpoint.run(
      checkpoint.treeSize,
      checkpoint.rootHash,
      checkpoint.issuedAt,
      checkpoint.keyId,
      checkpoint.signature,
    );
    return { ...checkpoint, seq: Number(lastInsertRowid) };
  }

  async latestCheckpoint(): Promise<StoredCheckpoint | null> {
    const row = this.latestStmt.get();
    return row ? toCheckpoint(row) : null;
  }

  async checkpoints(query: CheckpointQuery): Promise<StoredCheckpoint[]> {
    const rows =
      query.order === 'oldest'
        ? this.oldestStmt.all(query.afterSeq ?? 0, query.limit)
        : this.newestStmt.all(query.afterSeq ?? Number.MAX_SAFE_INTEGER, query.limit);
    return rows.map(toCheckpoint);
  }

  async checkpointOfSize(treeSize: number): Promise<StoredCheckpoint | null> {
    const row = this.ofSizeStmt.get(treeSize);
    return row ? toCheckpoint(row) : null;
  }

  async addPublicKey(keyId: string, spki: Buffer): Promise<void> {
    this.insertKey.run(keyId, spki);
  }

  async publicKey(keyId: string): Promise<Buffer | null> {
    return this.keyStmt.get(keyId) ?? null;
  }

  private appendInTx(firstPosition: number, leafHashes: readonly Buffer[]): void {
    const size = this.sizeNow();
    if (firstPosition !== size + 1) throw new LedgerGapError(size, firstPosition);
    for (const hash of leafHashes) {
      if (hash.length !== HASH_BYTES) throw new TypeError(`A leaf hash has ${HASH_BYTES} bytes, got ${hash.length}`);
    }
    const edge = CompactRange.fromCover(size, this.nodeHashesNow(perfectCover({ start: 0, end: size })));
    leafHashes.forEach((hash, i) => {
      this.insertLeaf.run(firstPosition + i, hash);
      for (const node of edge.append(hash)) this.insertNode.run(node.level, node.index, node.hash);
    });
  }
}

function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return { seq: row[0], treeSize: row[1], rootHash: row[2], issuedAt: row[3], keyId: row[4], signature: row[5] };
}
