import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { AppError } from '../domain/shared/errors';
import type { Context } from '../graphql/context';
import type { OpsContext } from '../graphql/ops/ops.context';
import { MIN_POSITION_HEADER, parseMinPosition, ProjectionLagError } from '../projector/wait';

export class BodyTooLargeError extends Error {}

/** Reads the request body, refusing more than `limit` bytes without buffering them. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`Request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Apollo Server on bare node:http: no framework in the read path. Apollo parses, validates (including its CSRF
 * prevention) and executes; this adapter only moves bytes and headers.
 */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  contextFor: (req: IncomingMessage) => Promise<Context>,
  maxBodyBytes: number,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req, maxBodyBytes);
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      body = text;
    }
  }
  // Read-your-writes: with `x-min-position`, the context is built first and the request waits for the projections.
  let context: () => Promise<Context> = () => contextFor(req);
  if (req.headers[MIN_POSITION_HEADER] !== undefined) {
    const ready = await awaitMinPosition(req, res, contextFor);
    if (!ready) return;
    context = async () => ready;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Waits until the projections reached the header's position (src/projector/wait.ts); answers the refusal itself
 * (400 for a bad header, 503 PROJECTION_LAG on timeout, with the position reached) and then returns null.
 */
async function awaitMinPosition(
  req: IncomingMessage,
  res: ServerResponse,
  contextFor: (req: IncomingMessage) => Promise<Context>,
): Promise<Context | null> {
  let minPosition: number;
  try {
    minPosition = parseMinPosition(req.headers[MIN_POSITION_HEADER]) as number;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    sendJson(res, 400, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, ...error.details } }] });
    return null;
  }
  const context = await contextFor(req);
  const waiter = (context as Partial<OpsContext>).projections?.waiter;
  try {
    await waiter?.waitFor(minPosition);
  } catch (error) {
    if (!(error instanceof ProjectionLagError)) throw error;
    res.setHeader('retry-after', '1');
    sendJson(res, 503, { errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, ...error.details } }] });
    return null;
  }
  return context;
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
