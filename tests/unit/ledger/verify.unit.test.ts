import { generateKeyPairSync } from 'node:crypto';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { canonicalEventJson } from '../../../src/ledger/canonical';
import { publicKeyInfo, signCheckpoint } from '../../../src/ledger/checkpoints';
import { AUDIT_EXPORT_FORMAT, type AuditExport } from '../../../src/ledger/export-format';
import { inclusionProofOf, leafHashOfText, rootOfLeaves } from '../../../src/ledger/merkle';
import { LedgerGapError } from '../../../src/ledger/port';
import { prepareSeal } from '../../../src/ledger/sealer';
import { verifyAuditExport } from '../../../src/ledger/verify';
import { RecordedLog } from '../../support/recorded';

/** The offline verifier on documents built in memory: the tree from the definitions, no store, no server. */
const log = new RecordedLog();
for (let i = 0; i < 11; i++) log.record({ type: 'ThingNoted', data: { unitId: `u${i % 3}`, note: `第${i}条` } }, { streamId: `s-${i % 3}` });
const events = log.events;
const leaves = events.map((e) => leafHashOfText(canonicalEventJson(e)));
const { privateKey } = generateKeyPairSync('ed25519');

function exportOf(selected: RecordedEvent[]): AuditExport {
  return {
    format: AUDIT_EXPORT_FORMAT,
    exportedAt: '2025-03-02T00:00:00.000Z',
    scope: { unitId: 'u1' },
    canonicalFormat: 'aol-canonical-event/v1',
    tree: 'RFC9162-SHA256',
    checkpoint: signCheckpoint(privateKey, { treeSize: leaves.length, rootHash: rootOfLeaves(leaves), issuedAt: '2025-03-01T00:00:00.000Z' }),
    publicKey: publicKeyInfo(privateKey),
    events: selected.map((e) => ({
      position: e.position,
      canonical: canonicalEventJson(e),
      leafHash: (leaves[e.position - 1] as Buffer).toString('hex'),
      auditPath: inclusionProofOf(e.position - 1, leaves).map((h) => h.toString('hex')),
    })),
  };
}

const unitOne = events.filter((e) => (e.data as { unitId: string }).unitId === 'u1');
const reasonAt = (doc: AuditExport, i: number): string | null => verifyAuditExport(doc).events[i]?.reason ?? null;

describe('verifying an export offline', () => {
  it('accepts a sound export, naming each event', () => {
    const verdict = verifyAuditExport(exportOf(unitOne));
    expect(verdict).toMatchObject({ ok: true, eventsOk: unitOne.length, firstBadPosition: null, checkpoint: { ok: true, treeSize: 11 } });
    expect(verdict.events[0]).toMatchObject({ status: 'ok', type: 'ThingNoted', streamId: 's-1', eventId: unitOne[0]?.id });
  });

  it('refuses text that is not in canonical form, even with a matching leaf hash', () => {
    const doc = exportOf(unitOne);
    const entry = doc.events[1]!;
    entry.canonical = JSON.stringify(JSON.parse(entry.canonical!), null, 1);
    entry.leafHash = leafHashOfText(entry.canonical).toString('hex');
    expect(reasonAt(doc, 1)).toBe('the event text is not in canonical form');
  });

  it('refuses an event that names another position than its entry', () => {
    const doc = exportOf(unitOne);
    doc.events[0]!.position += 1;
    expect(reasonAt(doc, 0)).toMatch(/the event says position/);
  });

  it('refuses entries out of order, missing events, malformed paths', () => {
    const doc = exportOf(unitOne);
    doc.events.reverse();
    expect(verifyAuditExport(doc).events.slice(1).every((e) => e.reason?.includes('out of order'))).toBe(true);
    const missing = exportOf(unitOne);
    missing.events[0]!.canonical = null;
    expect(reasonAt(missing, 0)).toMatch(/log no longer holds/);
    const malformed = exportOf(unitOne);
    malformed.events[0]!.auditPath = ['zz'];
    expect(reasonAt(malformed, 0)).toMatch(/audit path is missing or malformed/);
  });

  it('refuses a public key whose id does not match it, and a checkpoint naming another key', () => {
    const doc = exportOf(unitOne);
    doc.publicKey = { ...doc.publicKey, keyId: '0000000000000000' };
    expect(verifyAuditExport(doc).checkpoint.reason).toMatch(/id does not match/);
    const other = exportOf(unitOne);
    other.checkpoint.keyId = '0000000000000000';
    expect(verifyAuditExport(other).checkpoint.reason).toMatch(/names key 0000000000000000/);
  });
});

describe('preparing a seal', () => {
  it('hashes consecutive events into leaves, and refuses a gap among them', () => {
    expect(prepareSeal(events.slice(2, 5))).toEqual({ firstPosition: 3, leafHashes: leaves.slice(2, 5) });
    expect(prepareSeal([])).toBeNull();
    expect(() => prepareSeal([events[0]!, events[2]!])).toThrow(LedgerGapError);
  });
});
