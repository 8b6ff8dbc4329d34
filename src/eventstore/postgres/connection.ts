import { ServiceUnavailableError } from '../../domain/shared/errors';

/** Connection helpers shared by the server adapters' start-up checks. */

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * Errors are read by shape, not `instanceof`: Node's own errors (sockets) come from another realm wherever the code
 * runs in a VM context (jest), and would fail the check.
 */
interface ErrorShape {
  message?: unknown;
  code?: unknown;
  name?: unknown;
  errors?: unknown;
}

function shapeOf(error: unknown): ErrorShape | null {
  return typeof error === 'object' && error !== null ? (error as ErrorShape) : null;
}

/** Node reports a refused connection to a name with several addresses as an AggregateError without a message. */
export function describeError(error: unknown): string {
  const e = shapeOf(error);
  if (!e) return String(error);
  if (Array.isArray(e.errors) && e.errors.length > 0) return [...new Set(e.errors.map(describeError))].join('; ');
  if (typeof e.message === 'string' && e.message) return e.message;
  if (typeof e.code === 'string') return e.code;
  return typeof e.name === 'string' ? e.name : String(error);
}

/** Socket-level failures: the server is down, restarting or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** SQLSTATEs of a server that cannot serve now: shutting down, starting, out of connections. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** What node-postgres says when the connection broke, never came or stopped answering (no code attached). */
const UNAVAILABLE_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /^Client has encountered a connection error/, /^Query read timeout/];

/** True when `error` says the database cannot be reached now (as opposed to a refused statement: a bug). */
export function isUnavailable(error: unknown): boolean {
  const e = shapeOf(error);
  if (!e) return false;
  if (Array.isArray(e.errors) && e.errors.length > 0) return e.errors.every(isUnavailable);
  const code = e.code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * The store's outage as our SERVICE_UNAVAILABLE (reason EVENT_STORE_UNAVAILABLE): a client may retry, and the
 * message says nothing about the database. Any other error is returned as it is. The original stays as `cause`.
 */
export function asUnavailable(error: unknown): unknown {
  if (!isUnavailable(error)) return error;
  const unavailable = new ServiceUnavailableError('The event store is unavailable; try again later', 'EVENT_STORE_UNAVAILABLE');
  Object.defineProperty(unavailable, 'cause', { value: error, enumerable: false });
  return unavailable;
}
