import type { Database } from 'better-sqlite3';
import { Ledger } from './ledger';
import { loadSigningKey, type SigningKey, type SigningKeySource } from './signing-key';
import { SqliteLedgerStore } from './sqlite-ledger-store';
import { SqliteLogReader } from './sqlite-log';

/**
 * The audit trail: a Merkle tree (RFC 9162) over the canonical bytes of every event, in the log's global order,
 * with signed checkpoints, proofs and an auditor's export. See README "The audit trail".
 */
export { Ledger, toSigned, type ConsistencyProof, type InclusionProof, type LedgerOptions } from './ledger';
export type { PublicKeyInfo, SignedCheckpoint } from './checkpoints';
export { CANONICAL_EVENT_FORMAT, canonicalEventBytes, canonicalEventJson } from './canonical';
export { buildAuditExport, type AuditExportDeps } from './audit-export';
export { AUDIT_EXPORT_FORMAT, type AuditExport, type AuditScope } from './export-format';
export { verifyAuditExport, type ExportVerdict } from './verify';
export { verifyStore, type StoreVerdict, type LogSource } from './verify-store';
export { LedgerGapError, LedgerIntegrityError, type LedgerStore } from './port';
export { SigningKeyError, type SigningKey, type SigningKeySource } from './signing-key';
export { SqliteLedgerStore } from './sqlite-ledger-store';
export { SqliteLogReader } from './sqlite-log';

export interface EmbeddedLedgerOptions {
  /** A loaded key, or where to find (or create) one. */
  signingKey: SigningKey | SigningKeySource;
  /** Source of checkpoint times. Default: the real time. */
  now?: () => Date;
}

/**
 * The ledger of the embedded mode, in the app's one SQLite file and on its one handle, next to the event store
 * (construct the event store first: proofs by event id read its table). Seal with `ledger.sealInline` in the
 * event store's inline hook, after the projections.
 */
export function openSqliteLedger(db: Database, options: EmbeddedLedgerOptions): Ledger {
  const log = new SqliteLogReader(db);
  const signingKey = 'privateKey' in options.signingKey ? options.signingKey : loadSigningKey(options.signingKey);
  return new Ledger({
    store: new SqliteLedgerStore(db),
    signingKey,
    ...(options.now && { now: options.now }),
    positionOfEvent: (eventId) => log.positionOf(eventId),
  });
}
