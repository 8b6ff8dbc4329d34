import type { IncomingMessage, ServerResponse } from 'node:http';
import { BUREAUS, type BureauDoc } from '../../projections/bureaus/bureaus.projection';
import { UNITS, type UnitDoc } from '../../projections/units/units.projection';
import { canReadBureau, canReadRegion, canReadUnit, readScopeOf } from '../auth/scope';
import { normaliseCreditCode } from '../domain/shared/credit-code';
import { AppError, ForbiddenError, NotFoundError } from '../domain/shared/errors';
import type { Actor, ActorRole } from '../domain/shared/event';
import { requireRegion } from '../domain/shared/region';
import { buildAuditExport, type AuditScope, type Ledger, type LogSource } from '../ledger';
import type { ReadStore } from '../readstore/port';
import { sendJson } from './graphql-handler';

export interface AuditExportRouteDeps {
  ledger: Ledger;
  /** The event store (any adapter) or another reader of the log. */
  log: LogSource;
  readStore: ReadStore;
  /**
   * Admits the request for this scope, or throws an AppError (UNAUTHENTICATED → 401, FORBIDDEN → 403, NOT_FOUND →
   * 404): who may export (administrators, auditors) and whether the unit, bureau or region lies in their read scope.
   */
  authorize: (req: IncomingMessage, scope: AuditScope) => Promise<void>;
  now?: () => Date;
}

const SCOPES = ['unitId', 'bureauId', 'regionCode'] as const;
const STATUS_OF: Partial<Record<AppError['code'], number>> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * GET /exports/audit.json?unitId=… | bureauId=… | regionCode=… — the auditor's export as one JSON file (see
 * src/ledger/audit-export.ts), to check offline with `npm run verify -- FILE`. Errors answer with the same shape and
 * codes as GraphQL's (`errors[0].extensions.code`); anything unexpected is thrown to the server's 500 handler.
 */
export async function handleAuditExport(req: IncomingMessage, res: ServerResponse, deps: AuditExportRouteDeps): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendJson(res, 405, { errors: [{ message: 'Method not allowed', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
  }
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const given = SCOPES.filter((name) => params.has(name));
  if (given.length !== 1) {
    return sendJson(res, 400, {
      errors: [{ message: 'Name exactly one of unitId, bureauId or regionCode', extensions: { code: 'BAD_USER_INPUT', reason: 'EXPORT_SCOPE' } }],
    });
  }
  const name = given[0] as (typeof SCOPES)[number];
  const scope = { [name]: params.get(name) ?? '' } as AuditScope;
  let body: string;
  let fileName: string;
  try {
    await deps.authorize(req, scope);
    const document = await buildAuditExport({ log: deps.log, ledger: deps.ledger, readStore: deps.readStore, ...(deps.now && { now: deps.now }) }, scope);
    body = `${JSON.stringify(document, null, 2)}\n`;
    fileName = `audit-${name.replace('Id', '').replace('Code', '')}-${safeName(params.get(name) ?? '')}-${document.checkpoint.treeSize}.json`;
  } catch (error) {
    const status = error instanceof AppError ? STATUS_OF[error.code] : undefined;
    if (!(error instanceof AppError) || status === undefined) throw error;
    return sendJson(res, status, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, ...error.details } }] });
  }
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function safeName(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
}

/** Who may take an audit export: administrators, auditors, and a bureau's staff for what lies in their region. */
export const AUDIT_EXPORTERS: readonly ActorRole[] = ['NATIONAL_ADMIN', 'AUDITOR', 'BUREAU_STAFF'];

/**
 * The authorizer for the route, given the request's authenticated actor: the role must be an exporter's and the
 * unit, bureau or region must lie in the actor's read scope. A unit or bureau outside it is answered as not found,
 * as every other read path does, so that the export admits nothing about what the actor may not see.
 */
export async function authorizeAuditExport(actor: Actor, scope: AuditScope, readStore: ReadStore): Promise<void> {
  if (!AUDIT_EXPORTERS.includes(actor.role)) {
    throw new ForbiddenError(`The role ${actor.role} does not take audit exports`, 'ROLE_CANNOT_EXPORT');
  }
  const readable = readScopeOf(actor);
  if ('unitId' in scope) {
    const unitId = normaliseCreditCode(scope.unitId);
    const unit = await readStore.get<UnitDoc>(UNITS, unitId);
    if (!unit || !canReadUnit(readable, unit)) throw new NotFoundError(`Unit ${unitId} is not registered`, 'UNIT_NOT_FOUND', { unitId });
    return;
  }
  if ('bureauId' in scope) {
    const bureauId = scope.bureauId.trim();
    const bureau = await readStore.get<BureauDoc>(BUREAUS, bureauId);
    if (!bureau || !canReadBureau(readable, bureau)) throw new NotFoundError(`Bureau ${bureauId} is not established`, 'BUREAU_NOT_FOUND', { bureauId });
    return;
  }
  const region = requireRegion(scope.regionCode.trim());
  if (!canReadRegion(readable, region)) throw new ForbiddenError(`Region ${region.code} lies outside your scope`, 'OUT_OF_SCOPE', { field: 'regionCode' });
}
