import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BUREAUS, type BureauDoc } from '../../projections/bureaus/bureaus.projection';
import type { AccountabilityService } from '../application/accountability.service';
import { canReadBureau, canReadRegion, readScopeOf } from '../auth/scope';
import { dayOf, requireDay, type Day } from '../domain/shared/day';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../domain/shared/errors';
import type { Actor, RecordedEvent } from '../domain/shared/event';
import { regionPrefix, requireRegion } from '../domain/shared/region';
import type { EventStore } from '../eventstore/port';
import type { ReadStore } from '../readstore/port';
import { sendJson } from './graphql-handler';

/** Exports for analytics tools, behind authentication (the server's router authenticates and passes the actor). */
export const COVERAGE_EXPORT_PATH = '/exports/coverage.csv';
export const EVENTS_EXPORT_PATH = '/exports/events.ndjson';

export interface ExportsRouteDeps {
  /** The event store (any adapter): the NDJSON export reads the log in batches with readAll. */
  log: Pick<EventStore, 'readAll' | 'headPosition'>;
  readStore: ReadStore;
  accountability: AccountabilityService;
  /** The request's authenticated actor. */
  actor: Actor;
  now?: () => Date;
  /** Events read from the log at once (default 1,000): what the NDJSON export holds in memory. */
  batchSize?: number;
}

const STATUS_OF: Partial<Record<AppError['code'], number>> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 };
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DEFAULT_BATCH = 1000;

/** GET and HEAD only; refusals and bad input answer in the GraphQL error shape with the same codes. */
async function guarded(req: IncomingMessage, res: ServerResponse, body: () => Promise<void>): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendJson(res, 405, { errors: [{ message: 'Method not allowed', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  }
  try {
    await body();
  } catch (error) {
    const status = error instanceof AppError ? STATUS_OF[error.code] : undefined;
    if (!(error instanceof AppError) || status === undefined || res.headersSent) throw error;
    sendJson(res, status, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, ...error.details } }] });
  }
}

function knownAtParam(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const value = raw.trim();
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ValidationError('knownAt must be an ISO-8601 date and time with a zone', 'knownAt', 'INVALID_DATE');
  }
  return new Date(value).toISOString();
}

function countParam(raw: string | null, field: string, fallback: number | undefined, min: number): number | undefined {
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new ValidationError(`${field} must be an integer of at least ${min}`, field, 'INVALID_NUMBER');
  }
  return value;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  // A text cell starting like a formula is shown as text by spreadsheets (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COVERAGE_COLUMNS = ['bureau_id', 'bureau_name', 'region_code', 'region_name', 'as_of', 'known_at', 'units_in_scope', 'covered', 'not_yet_due', 'overdue', 'cycle_met'];

/**
 * GET /exports/coverage.csv?region=<code>&asOf=<day>&knownAt=<instant> — the two-year cycle of every established
 * bureau in the region and below that the caller may read, one row each, ordered by region code. UTF-8 with a BOM
 * (Excel then reads the Chinese names), CRLF line ends, RFC 4180 quoting. Any role may export what its scope holds
 * (analysts included: the file holds figures only); a region outside the scope answers 404, as an unknown one does.
 */
export function handleCoverageExport(req: IncomingMessage, res: ServerResponse, deps: ExportsRouteDeps): Promise<void> {
  return guarded(req, res, async () => {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const code = params.get('region')?.trim() ?? '';
    if (code === '') throw new ValidationError('Name the region: ?region=<GB/T 2260 code>', 'region', 'REQUIRED');
    const region = requireRegion(code, 'region');
    const scope = readScopeOf(deps.actor);
    if (!canReadRegion(scope, region)) throw new NotFoundError(`Region ${region.code} is not in your scope`, 'REGION_NOT_FOUND', { regionCode: region.code });
    const now = (deps.now ?? (() => new Date()))();
    const asOfRaw = params.get('asOf')?.trim();
    const asOf: Day = asOfRaw ? requireDay(asOfRaw, 'asOf') : dayOf(now.toISOString());
    const knownAt = knownAtParam(params.get('knownAt'));
    const reportedKnownAt = knownAt ?? now.toISOString();
    const prefix = regionPrefix(region);
    const bureaus = (
      await deps.readStore.find<BureauDoc>(BUREAUS, prefix === '' ? {} : { regionCode: { $prefix: prefix } }, { sort: { field: 'regionCode', direction: 1 } })
    ).filter((b) => canReadBureau(scope, b));
    const lines = [COVERAGE_COLUMNS.join(',')];
    for (const bureau of bureaus) {
      const c = await deps.accountability.bureauCycle(bureau.bureauId, asOf, knownAt);
      const row = [bureau.bureauId, bureau.name, bureau.regionCode, bureau.regionName, asOf, reportedKnownAt, c.unitsInScope, c.covered, c.notYetDue, c.overdue, c.met];
      lines.push(row.map(csvField).join(','));
    }
    const body = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-length': body.length,
      'content-disposition': `attachment; filename="coverage-${region.code}-${asOf}.csv"`,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Who may pull the whole log: administrators and auditors of the nation (it is not cut by region). */
export function canExportEvents(actor: Actor): boolean {
  return actor.role === 'NATIONAL_ADMIN' || (actor.role === 'AUDITOR' && readScopeOf(actor).kind === 'everything');
}

export const eventLine = (e: RecordedEvent): string =>
  `${JSON.stringify({ position: e.position, id: e.id, streamId: e.streamId, revision: e.revision, type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata: e.metadata })}\n`;

/** Waits until the response may take more, or the client went away (false). */
async function drained(res: ServerResponse): Promise<boolean> {
  if (res.destroyed) return false;
  await Promise.race([once(res, 'drain'), once(res, 'close')]);
  return !res.destroyed;
}

/**
 * GET /exports/events.ndjson?after=<position>&limit=<n> — the log in global order from after `after` (default 0), one
 * event per line as stored, up to `limit` events (default: all) and never past the head the request began at. Streamed:
 * read in batches with readAll and written as the client takes them. Resume with `after` = the `x-next-after` value:
 * a header when the response runs to the head (no limit), and always an HTTP trailer once the last line is sent (a
 * response without it was cut short). `x-log-head` is the head it began at.
 */
export function handleEventsExport(req: IncomingMessage, res: ServerResponse, deps: ExportsRouteDeps): Promise<void> {
  return guarded(req, res, async () => {
    if (!canExportEvents(deps.actor)) throw new ForbiddenError(`The role ${deps.actor.role} does not export the log`, 'ROLE_CANNOT_EXPORT');
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const after = countParam(params.get('after'), 'after', 0, 0) as number;
    const limit = countParam(params.get('limit'), 'limit', undefined, 1);
    const head = await deps.log.headPosition();
    const headers: Record<string, string> = {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
      'x-log-head': String(head),
      // Announced only on GET: a HEAD response has no body, hence no chunked encoding to carry a trailer.
      ...(req.method === 'GET' && { trailer: 'x-next-after' }),
    };
    if (limit === undefined) headers['x-next-after'] = String(Math.max(after, head));
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    let cursor = after;
    let remaining = limit ?? Number.POSITIVE_INFINITY;
    const batchSize = deps.batchSize ?? DEFAULT_BATCH;
    try {
      while (cursor < head && remaining > 0) {
        const batch = (await deps.log.readAll({ after: cursor, maxCount: Math.min(batchSize, remaining) })).filter((e) => e.position <= head);
        if (batch.length === 0) break;
        const chunk = batch.map(eventLine).join('');
        cursor = (batch[batch.length - 1] as RecordedEvent).position;
        remaining -= batch.length;
        if (!res.write(chunk) && !(await drained(res))) return; // the client left
      }
    } catch (error) {
      res.destroy(); // cut short, without the trailer: the client sees an incomplete transfer
      throw error;
    }
    res.addTrailers({ 'x-next-after': String(cursor) });
    res.end();
  });
}
