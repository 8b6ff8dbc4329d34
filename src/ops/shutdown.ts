import type { Server } from 'node:http';
import type { Logger } from './logger';
import { errorMessage } from './logger';

/**
 * Counts the requests in flight and says whether a shutdown has begun: once it has, new requests are refused
 * (503) and /readyz answers not ready, while the requests already running finish.
 */
export class RequestTracker {
  private active = 0;
  private closing = false;
  private waiters: (() => void)[] = [];

  get inFlight(): number {
    return this.active;
  }

  get shuttingDown(): boolean {
    return this.closing;
  }

  beginShutdown(): void {
    this.closing = true;
  }

  started(): void {
    this.active += 1;
  }

  finished(): void {
    this.active = Math.max(0, this.active - 1);
    if (this.active === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves true once no request is in flight, false if `timeoutMs` passed first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.active === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }
}

/**
 * Stops the HTTP side: no new connections, the requests in flight finish (up to `timeoutMs`), then every
 * connection left (idle keep-alives, or requests past the deadline) is cut. Resolves when the server is closed.
 */
export async function drainHttp(server: Server, tracker: RequestTracker, timeoutMs: number, logger: Logger): Promise<void> {
  tracker.beginShutdown();
  logger.info({ inFlight: tracker.inFlight }, 'no longer accepting connections');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Node closes the connections idle right now; keep-alive connections whose request is still running close below.
  const idle = await tracker.whenIdle(timeoutMs);
  if (!idle) logger.warn({ inFlight: tracker.inFlight, timeoutSeconds: timeoutMs / 1000 }, 'shutdown deadline passed: cutting the requests still running');
  server.closeAllConnections();
  await closed;
}

export interface SignalOptions {
  /** Closes the whole app (HTTP, then the stores). */
  close(): Promise<void>;
  logger: Logger;
  exit?: (code: number) => void;
}

/**
 * SIGTERM / SIGINT: a graceful stop, then exit 0 (1 if closing failed). A second signal during the stop exits at
 * once with 130: an operator who presses Ctrl-C twice means it. Nothing acknowledged is lost either way: an
 * acknowledged append is already on disk (synchronous=FULL).
 */
export function exitOnSignals({ close, logger, exit = (code) => process.exit(code) }: SignalOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      exit(130);
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing the requests in flight');
    close().then(
      () => {
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        logger.error({ error: errorMessage(error) }, 'stop failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
