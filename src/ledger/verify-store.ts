import type { KeyObject } from 'node:crypto';
import type { RecordedEvent } from '../domain/shared/event';
import type { ReadAllOptions } from '../eventstore/port';
import { canonicalEventBytes } from './canonical';
import { keyIdOf, verifyCheckpoint, type SignedCheckpoint, parsePublicKey } from './checkpoints';
import { toSigned } from './ledger';
import { leafHash } from './merkle';
import type { LedgerStore } from './port';
import { CompactRange, type CompletedNode } from './subtrees';

/** Only reads: any event store, or the embedded file read without opening a store (SqliteLogReader). */
export interface LogSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<number>;
}

export type StoreProblemKind =
  | 'MISSING_EVENT' // a position the log should hold is absent (a dropped event)
  | 'OUT_OF_ORDER' // the log returned a position again or backwards
  | 'LEAF_MISMATCH' // the event no longer hashes to the leaf sealed for its position (edited, reordered, replaced)
  | 'LEAF_MISSING' // the ledger lacks the leaf of a position it claims to have sealed
  | 'UNSEALED_EVENT' // an event beyond the sealed tree (in embedded mode: slipped in behind the API)
  | 'NODE_MISMATCH' // a stored subtree hash disagrees with the leaves (proofs served from it would fail)
  | 'CHECKPOINT_SIGNATURE' // a stored checkpoint whose signature does not verify
  | 'CHECKPOINT_ROOT'; // the log no longer reproduces a signed root

export interface StoreProblem {
  kind: StoreProblemKind;
  /** The event position concerned, when there is one. */
  position: number | null;
  message: string;
}

export interface StoreVerdict {
  ok: boolean;
  logHead: number;
  sealedSize: number;
  eventsChecked: number;
  checkpointsChecked: number;
  /** The lowest event position found bad (null when none, or when only signed roots disagree). */
  firstBadPosition: number | null;
  /** The first signed checkpoint the log no longer reproduces bounds the damage: positions (after, upTo]. */
  damage: { afterTreeSize: number; upToTreeSize: number; issuedAt: string } | null;
  /** The first `maxProblems` problems in log order; `problemCount` counts them all. */
  problems: StoreProblem[];
  problemCount: number;
}

export interface VerifyStoreOptions {
  /** Checkpoints to hold the log to, e.g. ones an auditor kept. Default: every checkpoint stored in the ledger. */
  checkpoints?: readonly SignedCheckpoint[];
  /**
   * Keys trusted to have signed them. Default: the keys stored in the ledger — which whoever can edit the file can
   * also replace, so an auditor passes the key they were given.
   */
  trustedKeys?: readonly KeyObject[];
  batchSize?: number;
  maxProblems?: number;
  progress?: (done: number, total: number) => void;
}

/**
 * Recomputes every leaf from the stored events in log order and holds the result against the sealed leaves, the
 * stored subtrees and every signed root. Nothing here trusts the ledger tables for the verdict on the log: the
 * tree is rebuilt from the events themselves, and only signatures (with trusted keys) vouch for roots.
 */
export async function verifyStore(log: LogSource, ledger: LedgerStore, options: VerifyStoreOptions = {}): Promise<StoreVerdict> {
  const batchSize = options.batchSize ?? 2000;
  const maxProblems = options.maxProblems ?? 100;
  const [logHead, sealedSize] = await Promise.all([log.headPosition(), ledger.size()]);
  const problems: StoreProblem[] = [];
  let problemCount = 0;
  let firstBadPosition: number | null = null;
  const report = (kind: StoreProblemKind, position: number | null, message: string): void => {
    problemCount += 1;
    if (problems.length < maxProblems) problems.push({ kind, position, message });
    if (position !== null && (firstBadPosition === null || position < firstBadPosition)) firstBadPosition = position;
  };

  const checkpoints = await signedCheckpoints(ledger, options, report);
  let nextCheckpoint = 0;
  let lastGoodSize = 0;
  let damage: StoreVerdict['damage'] = null;
  const tree = CompactRange.empty();
  /** Holds the rebuilt tree to the checkpoints up to `upTo` events; `broken` says why the tree cannot be rebuilt. */
  const holdToCheckpoints = (upTo: number, broken: string | null): void => {
    while (nextCheckpoint < checkpoints.length && (checkpoints[nextCheckpoint] as SignedCheckpoint).treeSize <= upTo) {
      const checkpoint = checkpoints[nextCheckpoint++] as SignedCheckpoint;
      const why = broken ?? (checkpoint.treeSize > tree.size ? `the log holds ${tree.size} events` : null);
      if (why === null && tree.root().toString('hex') === checkpoint.rootHash) {
        lastGoodSize = Math.max(lastGoodSize, checkpoint.treeSize);
        continue;
      }
      damage ??= { afterTreeSize: lastGoodSize, upToTreeSize: checkpoint.treeSize, issuedAt: checkpoint.issuedAt };
      report('CHECKPOINT_ROOT', null, `the log does not reproduce the root signed for ${checkpoint.treeSize} events at ${checkpoint.issuedAt}${why ? ` (${why})` : ''}`);
    }
  };

  let broken: string | null = null;
  let expected = 1;
  let eventsChecked = 0;
  holdToCheckpoints(0, null);
  for (;;) {
    const events = await log.readAll({ after: expected - 1, maxCount: batchSize });
    const first = events[0];
    if (!first) break;
    const last = events[events.length - 1] as RecordedEvent;
    const stored = await ledger.leafHashes(first.position, last.position - first.position + 1);
    const completed: CompletedNode[] = [];
    for (const event of events) {
      if (event.position < expected) {
        report('OUT_OF_ORDER', event.position, `the log returned position ${event.position} after ${expected - 1}`);
        continue;
      }
      if (event.position > expected) {
        report('MISSING_EVENT', expected, `positions ${range(expected, event.position - 1)} are missing from the log`);
        broken ??= `position ${expected} is missing`;
      }
      const leaf = leafHash(canonicalEventBytes(event));
      if (event.position <= sealedSize) {
        const sealed = stored[event.position - first.position];
        if (!sealed) report('LEAF_MISSING', event.position, `the ledger has no leaf for position ${event.position}`);
        else if (!sealed.equals(leaf)) report('LEAF_MISMATCH', event.position, `the event at position ${event.position} (${event.type}, ${event.id}) does not match its sealed leaf`);
      } else {
        report('UNSEALED_EVENT', event.position, `the event at position ${event.position} (${event.type}, ${event.id}) was never sealed`);
      }
      if (broken === null) {
        for (const node of tree.append(leaf)) if (storedNodeExpected(node, sealedSize)) completed.push(node);
        holdToCheckpoints(tree.size, null);
      }
      expected = event.position + 1;
      eventsChecked += 1;
    }
    // Subtree hashes are compared only while the log is intact: after the first bad event they differ anyway.
    if (firstBadPosition === null) await compareNodes(ledger, completed, report);
    options.progress?.(eventsChecked, logHead);
  }
  if (expected <= sealedSize) {
    report('MISSING_EVENT', expected, `positions ${range(expected, sealedSize)} were sealed but are missing from the log`);
    broken ??= `position ${expected} is missing`;
  }
  holdToCheckpoints(Number.POSITIVE_INFINITY, broken);
  return {
    ok: problemCount === 0,
    logHead,
    sealedSize,
    eventsChecked,
    checkpointsChecked: checkpoints.length,
    firstBadPosition,
    damage,
    problems,
    problemCount,
  };
}

/** The checkpoints to hold the log to, by tree size; those whose signature fails are reported and left out. */
async function signedCheckpoints(
  ledger: LedgerStore,
  options: VerifyStoreOptions,
  report: (kind: StoreProblemKind, position: number | null, message: string) => void,
): Promise<SignedCheckpoint[]> {
  const all = options.checkpoints ? [...options.checkpoints] : await storedCheckpoints(ledger);
  const keys = new Map<string, KeyObject | null>();
  const keyFor = async (keyId: string): Promise<KeyObject | null> => {
    if (!keys.has(keyId)) {
      const trusted = options.trustedKeys?.find((key) => keyIdMatches(key, keyId));
      if (trusted || options.trustedKeys) keys.set(keyId, trusted ?? null);
      else {
        const spki = await ledger.publicKey(keyId);
        keys.set(keyId, spki ? parsePublicKey(spki.toString('base64')) : null);
      }
    }
    return keys.get(keyId) ?? null;
  };
  const good: SignedCheckpoint[] = [];
  for (const checkpoint of all) {
    const key = await keyFor(checkpoint.keyId);
    if (key && verifyCheckpoint(checkpoint, key)) good.push(checkpoint);
    else report('CHECKPOINT_SIGNATURE', null, `the checkpoint of ${checkpoint.treeSize} events issued at ${checkpoint.issuedAt} has no valid signature by a ${options.trustedKeys ? 'trusted' : 'known'} key (${checkpoint.keyId})`);
  }
  return good.sort((a, b) => a.treeSize - b.treeSize);
}

async function storedCheckpoints(ledger: LedgerStore): Promise<SignedCheckpoint[]> {
  const all: SignedCheckpoint[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await ledger.checkpoints({ order: 'oldest', afterSeq, limit: 1000 });
    all.push(...page.map(toSigned));
    const last = page[page.length - 1];
    if (!last) return all;
    afterSeq = last.seq;
  }
}

function keyIdMatches(key: KeyObject, keyId: string): boolean {
  try {
    return keyIdOf(key.export({ type: 'spki', format: 'der' })) === keyId;
  } catch {
    return false;
  }
}

/** A subtree is stored once all its leaves are sealed. */
function storedNodeExpected(node: CompletedNode, sealedSize: number): boolean {
  return (node.index + 1) * 2 ** node.level <= sealedSize;
}

async function compareNodes(
  ledger: LedgerStore,
  nodes: readonly CompletedNode[],
  report: (kind: StoreProblemKind, position: number | null, message: string) => void,
): Promise<void> {
  if (nodes.length === 0) return;
  let stored: (Buffer | null)[];
  try {
    stored = await ledger.nodeHashes(nodes);
  } catch {
    // One is missing: find which, one by one.
    stored = await Promise.all(nodes.map((node) => ledger.nodeHashes([node]).then((h) => h[0] ?? null, () => null)));
  }
  nodes.forEach((node, i) => {
    const hash = stored[i];
    if (!hash || !hash.equals(node.hash)) {
      report('NODE_MISMATCH', null, `the stored subtree at level ${node.level}, index ${node.index} ${hash ? 'disagrees with its leaves' : 'is missing'}`);
    }
  });
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}
