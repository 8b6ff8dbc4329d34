import type { KeyObject } from 'node:crypto';
import { CANONICAL_EVENT_FORMAT, canonicalJson } from './canonical';
import { keyIdOf, parsePublicKey, verifyCheckpoint, type SignedCheckpoint } from './checkpoints';
import { AUDIT_EXPORT_FORMAT } from './export-format';
import { leafHash, verifyInclusion } from './merkle';

/**
 * The offline verifier of an auditor's export: pure (no clock, no files, no network), so that it runs the same in
 * the CLI, in a test or anywhere an auditor copies it. It trusts nothing in the document but what it checks:
 *
 * 1. the checkpoint's signature, with the document's public key — or with the key the auditor pins, which the
 *    document's key must then be;
 * 2. for every event: its canonical text is in canonical form and names its position; its leaf hash is recomputed
 *    from the bytes; the audit path leads from that leaf to the signed root (RFC 9162 §2.1.3.2).
 *
 * A proof shows that an event is in the log as it was signed; it cannot show that an export left nothing out —
 * `verifyStore` on the stored log answers that.
 */

export type EventStatus = 'ok' | 'bad' | 'unverified';

export interface EventVerdict {
  position: number | null;
  status: EventStatus;
  eventId: string | null;
  type: string | null;
  streamId: string | null;
  /** Why it is not ok. */
  reason: string | null;
}

export interface ExportVerdict {
  ok: boolean;
  checkpoint: { ok: boolean; reason: string | null; treeSize: number | null; rootHash: string | null; issuedAt: string | null; keyId: string | null };
  events: EventVerdict[];
  eventsOk: number;
  /** The lowest position whose own check failed. */
  firstBadPosition: number | null;
  /** A document that cannot be read as an export at all. */
  malformed: string | null;
}

export interface VerifyExportOptions {
  /** The public key the auditor trusts (PEM or base64 SPKI, or a KeyObject); without it, the document's own key. */
  trustedPublicKey?: string | KeyObject;
}

const HEX_HASH = /^[0-9a-f]{64}$/;

export function verifyAuditExport(document: unknown, options: VerifyExportOptions = {}): ExportVerdict {
  const doc = asRecord(document);
  const malformed = (reason: string): ExportVerdict => ({
    ok: false,
    checkpoint: { ok: false, reason, treeSize: null, rootHash: null, issuedAt: null, keyId: null },
    events: [],
    eventsOk: 0,
    firstBadPosition: null,
    malformed: reason,
  });
  if (!doc) return malformed('the document is not a JSON object');
  if (doc.format !== AUDIT_EXPORT_FORMAT) return malformed(`the document's format is not ${AUDIT_EXPORT_FORMAT}`);
  if (doc.canonicalFormat !== CANONICAL_EVENT_FORMAT) return malformed(`unknown canonical format ${String(doc.canonicalFormat)}`);
  const checkpoint = asCheckpoint(doc.checkpoint);
  if (!checkpoint) return malformed('the checkpoint is missing or malformed');
  if (!Array.isArray(doc.events)) return malformed('the events are missing');

  const checkpointVerdict = checkCheckpoint(checkpoint, asRecord(doc.publicKey), options.trustedPublicKey);
  const root = Buffer.from(checkpoint.rootHash, 'hex');
  let previous = 0;
  const events = doc.events.map((item): EventVerdict => {
    const verdict = checkEntry(item, checkpoint.treeSize, root, previous);
    if (verdict.position !== null) previous = Math.max(previous, verdict.position);
    if (verdict.status === 'ok' && !checkpointVerdict.ok) {
      return { ...verdict, status: 'unverified', reason: 'the proof leads to the root, but the checkpoint is not authentic' };
    }
    return verdict;
  });
  const bad = events.filter((e) => e.status === 'bad' && e.position !== null).map((e) => e.position as number);
  const eventsOk = events.filter((e) => e.status === 'ok').length;
  return {
    ok: checkpointVerdict.ok && eventsOk === events.length,
    checkpoint: {
      ...checkpointVerdict,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash,
      issuedAt: checkpoint.issuedAt,
      keyId: checkpoint.keyId,
    },
    events,
    eventsOk,
    firstBadPosition: bad.length > 0 ? Math.min(...bad) : null,
    malformed: null,
  };
}

function checkCheckpoint(
  checkpoint: SignedCheckpoint,
  publicKey: Record<string, unknown> | null,
  trusted: string | KeyObject | undefined,
): { ok: boolean; reason: string | null } {
  const included = typeof publicKey?.spki === 'string' ? parsePublicKey(publicKey.spki) : null;
  if (!included) return { ok: false, reason: 'the document carries no readable Ed25519 public key' };
  const includedDer = included.export({ type: 'spki', format: 'der' });
  if (publicKey?.keyId !== keyIdOf(includedDer)) return { ok: false, reason: "the public key's id does not match the key" };
  let key = included;
  if (trusted !== undefined) {
    const pinned = typeof trusted === 'string' ? parsePublicKey(trusted) : trusted;
    if (!pinned) return { ok: false, reason: 'the trusted public key cannot be read (PEM or base64 SPKI, Ed25519)' };
    if (!pinned.export({ type: 'spki', format: 'der' }).equals(includedDer)) {
      return { ok: false, reason: `the export is signed by key ${keyIdOf(includedDer)}, not by the trusted key` };
    }
    key = pinned;
  }
  if (checkpoint.keyId !== keyIdOf(includedDer)) return { ok: false, reason: `the checkpoint names key ${checkpoint.keyId}, not the document's key` };
  return verifyCheckpoint(checkpoint, key) ? { ok: true, reason: null } : { ok: false, reason: 'the checkpoint signature does not verify' };
}

function checkEntry(item: unknown, treeSize: number, root: Buffer, previous: number): EventVerdict {
  const entry = asRecord(item);
  const position = typeof entry?.position === 'number' && Number.isSafeInteger(entry.position) && entry.position >= 1 ? entry.position : null;
  const verdict: EventVerdict = { position, status: 'bad', eventId: null, type: null, streamId: null, reason: null };
  const bad = (reason: string): EventVerdict => ({ ...verdict, reason });
  if (!entry || position === null) return bad('the entry has no valid position');
  if (position <= previous) return bad(`position ${position} is out of order or repeated`);
  if (entry.canonical === null) return bad('the ledger sealed an event at this position that the log no longer holds');
  if (typeof entry.canonical !== 'string') return bad('the entry has no canonical event');
  let parsed: Record<string, unknown> | null;
  try {
    parsed = asRecord(JSON.parse(entry.canonical));
  } catch {
    parsed = null;
  }
  if (!parsed) return bad('the canonical event is not a JSON object');
  Object.assign(verdict, {
    eventId: typeof parsed.id === 'string' ? parsed.id : null,
    type: typeof parsed.type === 'string' ? parsed.type : null,
    streamId: typeof parsed.streamId === 'string' ? parsed.streamId : null,
  });
  if (canonicalJson(parsed) !== entry.canonical) return bad('the event text is not in canonical form');
  if (parsed.position !== position) return bad(`the event says position ${String(parsed.position)}`);
  const leaf = leafHash(Buffer.from(entry.canonical, 'utf8'));
  if (entry.leafHash !== leaf.toString('hex')) return bad('the stated leaf hash is not the hash of the event');
  if (position > treeSize) return bad(`the event is not in the checkpoint's tree of ${treeSize}`);
  const path = Array.isArray(entry.auditPath) ? entry.auditPath : null;
  if (!path || !path.every((h): h is string => typeof h === 'string' && HEX_HASH.test(h))) return bad('the audit path is missing or malformed');
  const ok = verifyInclusion(position - 1, treeSize, leaf, path.map((h) => Buffer.from(h, 'hex')), root);
  return ok ? { ...verdict, status: 'ok' } : bad('the event is not in the tree the checkpoint signs (the proof fails)');
}

function asCheckpoint(value: unknown): SignedCheckpoint | null {
  const c = asRecord(value);
  if (!c) return null;
  const fields = [c.rootHash, c.issuedAt, c.keyId, c.signature, c.note];
  if (!fields.every((f) => typeof f === 'string') || !Number.isSafeInteger(c.treeSize) || (c.treeSize as number) < 0) return null;
  if (!HEX_HASH.test(c.rootHash as string)) return null;
  return c as unknown as SignedCheckpoint;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
