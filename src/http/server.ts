import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context';
import { BodyTooLargeError, handleGraphQL, sendJson } from './graphql-handler';

export interface HttpDependencies {
  apollo: ApolloServer<Context>;
  contextFor: (req: IncomingMessage) => Promise<Context>;
  maxBodyBytes: number;
  /** Reports internal failures of the HTTP layer itself (never sent to clients). */
  onError: (error: unknown) => void;
}

/** Routes: /graphql (POST, GET), /healthz. Everything else is a JSON 404. */
export function createHttpServer(deps: HttpDependencies): Server {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      return sendJson(res, 200, { status: 'ok' });
    }
    if (path === '/graphql') return handleGraphQL(deps.apollo, req, res, deps.contextFor, deps.maxBodyBytes);
    return sendJson(res, 404, { error: 'not found' });
  };
  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        if (!res.headersSent) sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        req.resume();
        return;
      }
      deps.onError(error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
}
