import { BUREAUS } from '../../projections/bureaus/bureaus.projection';
import { unitsTouchedBy } from '../../projections/unit-history/unit-history.projection';
import { UNITS, type UnitDoc } from '../../projections/units/units.projection';
import { bureauStreamId } from '../domain/registry/registry.events';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import { NotFoundError } from '../domain/shared/errors';
import type { RecordedEvent } from '../domain/shared/event';
import { regionPrefix, requireRegion } from '../domain/shared/region';
import type { ReadStore } from '../readstore/port';
import { CANONICAL_EVENT_FORMAT, canonicalEventJson } from './canonical';
import type { SignedCheckpoint } from './checkpoints';
import { AUDIT_EXPORT_FORMAT, type AuditExport, type AuditExportEntry, type AuditScope } from './export-format';
import type { Ledger } from './ledger';
import { leafHash } from './merkle';
import { inclusionAt } from './proofs';
import type { LogSource } from './verify-store';

export interface AuditExportDeps {
  log: LogSource;
  ledger: Ledger;
  readStore: ReadStore;
  now?: () => Date;
  batchSize?: number;
}

/** Missing positions listed at most: a log missing more than this is reported by `verifyStore`, not event by event. */
const MAX_MISSING = 1000;

/**
 * Builds the auditor's export for a unit, a bureau or a region. The log is scanned in order (every scope is
 * answered by the same pass, and the pass sees every position): an event of the scope is exported with its proof;
 * a position the ledger sealed but the log no longer holds is exported too, as a sealed leaf without an event, so
 * that a log damaged behind the API cannot pass for a complete one. One checkpoint covers every entry: the latest,
 * or a new one published when the latest does not reach the scope's last event.
 */
export async function buildAuditExport(deps: AuditExportDeps, scope: AuditScope): Promise<AuditExport> {
  const matches = await scopePredicate(deps.readStore, scope);
  const { events, missing } = await scanLog(deps.log, matches, await deps.ledger.size(), deps.batchSize ?? 2000);
  const needed = Math.max(events[events.length - 1]?.position ?? 0, missing[missing.length - 1] ?? 0);
  const checkpoint = await coveringCheckpoint(deps.ledger, needed);
  const store = deps.ledger.ledgerStore;
  const entries: AuditExportEntry[] = [];
  for (const event of events) {
    const canonical = canonicalEventJson(event);
    const inTree = event.position <= checkpoint.treeSize;
    const proof = inTree ? await inclusionAt(store, event.position, checkpoint.treeSize) : null;
    entries.push({
      position: event.position,
      canonical,
      leafHash: leafHash(Buffer.from(canonical, 'utf8')).toString('hex'),
      auditPath: proof ? proof.auditPath.map((hash) => hash.toString('hex')) : null,
    });
  }
  for (const position of missing.filter((p) => p <= checkpoint.treeSize)) {
    const proof = await inclusionAt(store, position, checkpoint.treeSize);
    entries.push({
      position,
      canonical: null,
      leafHash: proof.leafHash.toString('hex'),
      auditPath: proof.auditPath.map((hash) => hash.toString('hex')),
    });
  }
  entries.sort((a, b) => a.position - b.position);
  return {
    format: AUDIT_EXPORT_FORMAT,
    exportedAt: (deps.now ?? (() => new Date()))().toISOString(),
    scope,
    canonicalFormat: CANONICAL_EVENT_FORMAT,
    tree: 'RFC9162-SHA256',
    checkpoint,
    publicKey: deps.ledger.publicKey,
    events: entries,
  };
}

/** Which events belong to the scope; NotFoundError for a unit or bureau the registry does not know. */
export async function scopePredicate(readStore: ReadStore, scope: AuditScope): Promise<(event: RecordedEvent) => boolean> {
  if ('unitId' in scope) {
    const unitId = normaliseCreditCode(scope.unitId);
    if (!(await readStore.get(UNITS, unitId))) throw new NotFoundError(`Unit ${unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId });
    return (event) => unitsTouchedBy(event).includes(unitId);
  }
  if ('bureauId' in scope) {
    const bureauId = scope.bureauId.trim();
    if (!(await readStore.get(BUREAUS, bureauId))) throw new NotFoundError(`Bureau ${bureauId} is not established`, 'BUREAU_NOT_FOUND', { bureauId });
    const stream = bureauStreamId(bureauId);
    return (event) => {
      const data = event.data as { bureauId?: unknown; fromBureauId?: unknown; toBureauId?: unknown };
      return event.streamId === stream || data.bureauId === bureauId || data.fromBureauId === bureauId || data.toBureauId === bureauId;
    };
  }
  const region = requireRegion(scope.regionCode.trim());
  const units = await readStore.find<UnitDoc>(UNITS, { regionCode: { $prefix: regionPrefix(region) } });
  const unitIds = new Set(units.map((unit) => unit.unitId));
  return (event) => unitsTouchedBy(event).some((id) => unitIds.has(id));
}

async function scanLog(
  log: LogSource,
  matches: (event: RecordedEvent) => boolean,
  sealedSize: number,
  batchSize: number,
): Promise<{ events: RecordedEvent[]; missing: number[] }> {
  const events: RecordedEvent[] = [];
  const missing: number[] = [];
  const noteMissing = (from: number, to: number): void => {
    for (let p = from; p <= to && missing.length < MAX_MISSING; p++) missing.push(p);
  };
  let after = 0;
  for (;;) {
    const page = await log.readAll({ after, maxCount: batchSize });
    if (page.length === 0) break;
    for (const event of page) {
      if (event.position > after + 1) noteMissing(after + 1, event.position - 1);
      if (matches(event)) events.push(event);
      after = event.position;
    }
  }
  noteMissing(after + 1, sealedSize); // sealed, then gone from the end of the log
  return { events, missing };
}

async function coveringCheckpoint(ledger: Ledger, needed: number): Promise<SignedCheckpoint> {
  const latest = await ledger.latestCheckpoint();
  // The export carries the current public key: a checkpoint signed before a key change is not reused.
  const current = latest !== null && latest.keyId === ledger.publicKey.keyId;
  if (current && latest.treeSize >= Math.min(needed, await ledger.size())) return latest;
  return ledger.publishCheckpoint();
}
