import { request as httpRequest } from 'node:http';
import type { GraphQLErrorShape } from './test-server';

/** An answer as it came over the wire: any status, any body (parsed when it is JSON). */
export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] } | null;
}

export async function rawRequest(url: string, init: RequestInit): Promise<RawAnswer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: RawAnswer['body'] = null;
  try {
    body = JSON.parse(text) as RawAnswer['body'];
  } catch {
    // Not JSON: the caller decides whether that is acceptable.
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body };
}

/** POSTs a body (an object is sent as JSON; a string as it is) with a JSON content type unless told otherwise. */
export function postRaw(url: string, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every code a refused request may carry. INTERNAL_SERVER_ERROR is not one of them: it is a bug. */
export const KNOWN_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'INPUT_TOO_LONG',
  'INPUT_TOO_DEEP',
  'PAYLOAD_TOO_LARGE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const LEAKS: readonly [string, RegExp][] = [
  ['a stack trace', /\n\s+at |\bat (?:async )?[\w$.<>]+ \(|\.(?:ts|js):\d+:\d+/],
  ['SQLite', /SQLITE/i],
  ['SQL', /\b(?:SELECT|INSERT|UPDATE|DELETE) /],
  ['a file path', /\/(?:work|home|root|usr|tmp|var|node_modules|src|dist|projections)\/|[A-Za-z]:\\\\?[\w-]/],
];

/**
 * What an error message gives away that it should not. A pattern that the request itself contains is not
 * checked: the server may echo what it was sent ("Unit SELECT … is not registered"), which leaks nothing.
 */
export function leakIn(message: string, sent: string): string | undefined {
  return LEAKS.find(([, pattern]) => pattern.test(message) && !pattern.test(sent))?.[0];
}

/** The problems with an answer's errors: unknown codes, internal errors, leaks. Empty when it is sound. */
export function errorProblems(errors: readonly GraphQLErrorShape[], sent: string): string[] {
  const problems: string[] = [];
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code)) problems.push(`code ${String(code)}: ${error.message}`);
    const leak = leakIn(error.message, sent);
    if (leak) problems.push(`the message shows ${leak}: ${error.message}`);
  }
  return problems;
}

/**
 * POSTs once on a connection of its own that closes afterwards (fetch keeps connections alive, and a server that
 * is still draining an oversized body would then take seconds to stop).
 */
export function postOnce(url: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', connection: 'close', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: RawAnswer['body'] = null;
          try {
            parsed = JSON.parse(text) as RawAnswer['body'];
          } catch {
            // Not JSON.
          }
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
