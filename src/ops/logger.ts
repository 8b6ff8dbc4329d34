import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The server's one logger: JSON lines on stdout (pino), synchronous so that the last lines before an exit are not
 * lost. What goes in is chosen by the callers, never whole requests: no variables, tokens, names or bodies, so the
 * log holds no personal data (the domain's personal data lives in events, behind the access rules).
 */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  return pino(
    {
      level,
      base: { service: 'archival-oversight-ledger' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Level names rather than numbers: the lines are read by people as much as by collectors.
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** An error's message only: a stack or a driver's text may name files and SQL, and is for debug logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
