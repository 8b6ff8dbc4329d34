import type { PublicKeyInfo, SignedCheckpoint } from './checkpoints';

/**
 * The auditor's export: one JSON document holding the events of a unit, a bureau or a region, each in its canonical
 * form with its inclusion proof against one signed checkpoint, the checkpoint, and the public key. Everything needed
 * to check it offline is inside; `npm run verify -- FILE` does (src/ledger/verify.ts).
 */
export const AUDIT_EXPORT_FORMAT = 'archival-oversight-ledger/audit-export/v1';

export type AuditScope = { unitId: string } | { bureauId: string } | { regionCode: string };

export interface AuditExportEntry {
  /** Global position of the event; its leaf index is position − 1. */
  position: number;
  /**
   * The event's canonical text (see canonicalFormat); its UTF-8 bytes are the leaf. Null when the ledger sealed an
   * event at this position that the log no longer holds: the export then shows the sealed leaf and its proof.
   */
  canonical: string | null;
  /** Hex SHA-256(0x00 ‖ UTF-8 of canonical), or the sealed leaf when canonical is null. */
  leafHash: string;
  /** Hex hashes of the RFC 9162 audit path to checkpoint.rootHash; null when the event is not in the checkpoint's tree. */
  auditPath: string[] | null;
}

export interface AuditExport {
  format: typeof AUDIT_EXPORT_FORMAT;
  /** ISO-8601 time of the export. */
  exportedAt: string;
  scope: AuditScope;
  /** The canonical event format of `canonical` (aol-canonical-event/v1). */
  canonicalFormat: string;
  /** Merkle tree of RFC 9162 with SHA-256: leaf = H(0x00 ‖ bytes), node = H(0x01 ‖ left ‖ right). */
  tree: 'RFC9162-SHA256';
  checkpoint: SignedCheckpoint;
  publicKey: PublicKeyInfo;
  events: AuditExportEntry[];
}
