import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { AppError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';
import type { Context } from '../graphql/context';
import { authorizeAuditExport, handleAuditExport, type AuditExportRouteDeps } from './audit-export.route';
import { COVERAGE_EXPORT_PATH, EVENTS_EXPORT_PATH, handleCoverageExport, handleEventsExport, type ExportsRouteDeps } from './exports.route';
import { BodyTooLargeError, handleGraphQL, sendJson } from './graphql-handler';

export interface HttpDependencies {
  apollo: ApolloServer<Context>;
  /** The actor of a request's bearer token; throws UNAUTHENTICATED. Nothing but the health check answers without. */
  authenticate: (req: IncomingMessage) => Promise<Actor>;
  contextFor: (req: IncomingMessage, actor: Actor) => Promise<Context>;
  maxBodyBytes: number;
  /** GET /exports/audit.json: the auditor's export (its authorizer is built per request from the actor). */
  auditExport: Omit<AuditExportRouteDeps, 'authorize'>;
  /** GET /exports/coverage.csv and /exports/events.ndjson (the request's actor is added per request). */
  exports: Omit<ExportsRouteDeps, 'actor'>;
  /** Reports internal failures of the HTTP layer itself (never sent to clients). */
  onError: (error: unknown) => void;
}

/** Routes: /healthz (open), /graphql (POST, GET; a valid bearer token required). Everything else is a JSON 404. */
export function createHttpServer(deps: HttpDependencies): Server {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return sendJson(res, 200, { status: 'ok' });
    }
    let actor: Actor;
    try {
      actor = await deps.authenticate(req);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason } }] });
    }
    if (path === '/graphql') return handleGraphQL(deps.apollo, req, res, () => deps.contextFor(req, actor), deps.maxBodyBytes);
    if (path === '/exports/audit.json') {
      const authorize: AuditExportRouteDeps['authorize'] = (_req, scope) => authorizeAuditExport(actor, scope, deps.auditExport.readStore);
      return handleAuditExport(req, res, { ...deps.auditExport, authorize });
    }
    if (path === COVERAGE_EXPORT_PATH) return handleCoverageExport(req, res, { ...deps.exports, actor });
    if (path === EVENTS_EXPORT_PATH) return handleEventsExport(req, res, { ...deps.exports, actor });
    return sendJson(res, 404, { error: 'not found' });
  };
  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        // Close the connection rather than read the rest of an upload nobody will use.
        res.setHeader('connection', 'close');
        if (!res.headersSent) sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      deps.onError(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}
