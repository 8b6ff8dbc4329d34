import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { AppError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';
import { uuidv7 } from '../domain/shared/uuid';
import type { Context } from '../graphql/context';
import type { ReadinessReport } from '../ops/health';
import { errorMessage, type Logger } from '../ops/logger';
import type { AppMetrics } from '../ops/metrics';
import { attachRecord, type RequestRecord } from '../ops/request-record';
import type { RequestTracker } from '../ops/shutdown';
import { authorizeAuditExport, handleAuditExport, type AuditExportRouteDeps } from './audit-export.route';
import { COVERAGE_EXPORT_PATH, EVENTS_EXPORT_PATH, handleCoverageExport, handleEventsExport, type ExportsRouteDeps } from './exports.route';
import { BodyTooLargeError, handleGraphQL, sendJson } from './graphql-handler';

export interface HttpDependencies {
  apollo: ApolloServer<Context>;
  /** The actor of a request's bearer token; throws UNAUTHENTICATED. Only /healthz, /readyz and /metrics answer without. */
  authenticate: (req: IncomingMessage) => Promise<Actor>;
  /** The GraphQL context; `record.correlationId` is the request's correlation id (it goes into the events). */
  contextFor: (req: IncomingMessage, actor: Actor, record: RequestRecord) => Promise<Context>;
  maxBodyBytes: number;
  /** GET /exports/audit.json: the auditor's export (its authorizer is built per request from the actor). */
  auditExport: Omit<AuditExportRouteDeps, 'authorize'>;
  /** GET /exports/coverage.csv and /exports/events.ndjson (the request's actor is added per request). */
  exports: Omit<ExportsRouteDeps, 'actor'>;
  /** One JSON line per request, and the failures of the HTTP layer itself (never sent to clients). */
  logger: Logger;
  metrics: AppMetrics;
  /** GET /readyz. */
  readiness: () => Promise<ReadinessReport>;
  /** Requests in flight, and whether a shutdown began (then new requests get 503). */
  tracker: RequestTracker;
}

/** Client-given ids are kept only in a harmless shape (they end up in logs and event metadata). */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const OPEN_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const KNOWN_ROUTES = new Set(['/graphql', '/exports/audit.json', COVERAGE_EXPORT_PATH, EVENTS_EXPORT_PATH, ...OPEN_ROUTES]);

function clientId(req: IncomingMessage, header: string): string | undefined {
  const given = req.headers[header];
  return typeof given === 'string' && CLIENT_ID.test(given) ? given : undefined;
}

/**
 * Routes: /healthz, /readyz, /metrics (open: they carry no personal data), /graphql and the exports (a valid
 * bearer token required). Everything else is a JSON 404.
 */
export function createHttpServer(deps: HttpDependencies): Server {
  const route = async (req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> => {
    const path = record.route;
    if (OPEN_ROUTES.has(path) && req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const report = await deps.readiness();
      return sendJson(res, report.status === 'ready' ? 200 : 503, report);
    }
    if (path === '/metrics') {
      const text = await deps.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
      res.end(text);
      return;
    }
    let actor: Actor;
    try {
      actor = await deps.authenticate(req);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      record.errorCodes.push(error.code);
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason } }] });
    }
    record.role = actor.role;
    if (path === '/graphql') {
      const contextFor = async () => {
        const context = await deps.contextFor(req, actor, record);
        attachRecord(context, record);
        return context;
      };
      return handleGraphQL(deps.apollo, req, res, contextFor, deps.maxBodyBytes);
    }
    if (path === '/exports/audit.json') {
      const authorize: AuditExportRouteDeps['authorize'] = (_req, scope) => authorizeAuditExport(actor, scope, deps.auditExport.readStore);
      return handleAuditExport(req, res, { ...deps.auditExport, authorize });
    }
    if (path === COVERAGE_EXPORT_PATH) return handleCoverageExport(req, res, { ...deps.exports, actor });
    if (path === EVENTS_EXPORT_PATH) return handleEventsExport(req, res, { ...deps.exports, actor });
    return sendJson(res, 404, { error: 'not found' });
  };

  return createServer((req, res) => {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const requestId = clientId(req, 'x-request-id') ?? uuidv7();
    const routeName = KNOWN_ROUTES.has(path) ? path : '(other)';
    const record: RequestRecord = {
      requestId,
      correlationId: clientId(req, 'x-correlation-id') ?? requestId,
      method: req.method ?? 'GET',
      route: routeName,
      operation: `${req.method ?? 'GET'} ${routeName}`,
      errorCodes: [],
    };
    res.setHeader('x-request-id', requestId);
    deps.tracker.started();
    res.once('close', () => {
      deps.tracker.finished();
      finishRequest(deps, record, res, Number(process.hrtime.bigint() - started) / 1e9);
    });
    // A shutdown has begun: the requests already running finish, new ones go elsewhere (probes still answer).
    if (deps.tracker.shuttingDown && routeName !== '/healthz' && routeName !== '/readyz') {
      record.errorCodes.push('SERVICE_UNAVAILABLE');
      res.setHeader('connection', 'close');
      res.setHeader('retry-after', '1');
      sendJson(res, 503, { errors: [{ message: 'The server is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SHUTTING_DOWN' } }] });
      return;
    }
    route(req, res, record).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        record.errorCodes.push('PAYLOAD_TOO_LARGE');
        // Close the connection rather than read the rest of an upload nobody will use.
        res.setHeader('connection', 'close');
        if (!res.headersSent) sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      record.errorCodes.push('INTERNAL_SERVER_ERROR');
      deps.logger.error({ requestId: record.requestId, error: errorMessage(error) }, 'request failed inside the HTTP layer');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}

/** The request's log line and metrics: ids, route, operation, status, duration, error codes; nothing the client wrote. */
function finishRequest(deps: HttpDependencies, record: RequestRecord, res: ServerResponse, seconds: number): void {
  const status = res.statusCode;
  const aborted = !res.writableFinished;
  // A refusal that carried no code of ours (bad JSON, Apollo's CSRF check, a 404) still counts, by its status.
  if (status >= 400 && record.errorCodes.length === 0) record.errorCodes.push(`HTTP_${status}`);
  deps.metrics.observeRequest({ operation: record.operation, status, seconds, errorCodes: record.errorCodes });
  const line = {
    requestId: record.requestId,
    correlationId: record.correlationId,
    method: record.method,
    route: record.route,
    operation: record.operation,
    ...(record.operationName !== undefined && { operationName: record.operationName }),
    ...(record.role !== undefined && { role: record.role }),
    status,
    durationMs: Math.round(seconds * 1e6) / 1e3,
    ...(record.errorCodes.length > 0 && { errorCodes: record.errorCodes }),
    ...(aborted && { aborted: true }),
  };
  // Probes and scrapes come every few seconds: at debug, so that they do not drown the requests that matter.
  if (OPEN_ROUTES.has(record.route)) deps.logger.debug(line, 'request');
  else if (status >= 500) deps.logger.error(line, 'request');
  else deps.logger.info(line, 'request');
}
