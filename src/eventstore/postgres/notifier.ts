import { Client, type ClientConfig } from 'pg';

/**
 * One LISTEN connection per store, opened when the first listener arrives and closed with the last one. It only
 * wakes subscriptions up: they re-read from their own position, and poll anyway, so a notification lost while the
 * connection was down costs latency, never an event. A broken connection is reopened after `retryMs`.
 */
export class Notifier {
  private readonly listeners = new Set<() => void>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly retryMs = 1000,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  add(listener: () => void): () => void {
    this.listeners.add(listener);
    this.ensureConnected();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.disconnect();
    };
  }

  /** Wakes every listener (the store calls it after its own appends, without waiting for the round trip). */
  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.disconnect();
  }

  private ensureConnected(): void {
    if (this.closed || this.client || this.connecting || this.retryTimer || this.listeners.size === 0) return;
    this.connecting = this.connect().finally(() => (this.connecting = null));
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    const broken = (): void => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      // Events committed while we were not listening are found by the next poll; wake everyone now anyway.
      this.notify();
      this.scheduleRetry();
    };
    client.on('error', broken);
    client.on('end', broken);
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.closed || this.listeners.size === 0) {
      await client.end().catch(() => undefined);
      return;
    }
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.notify();
    });
    this.client = client;
    // A commit may have happened between the subscriptions' last read and LISTEN taking effect.
    this.notify();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer || this.listeners.size === 0) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected();
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private async disconnect(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    await this.connecting;
    const client = this.client;
    this.client = null;
    if (!client) return this.ensureConnected();
    client.removeAllListeners('notification');
    client.removeAllListeners('end');
    await client.end().catch(() => undefined);
    // A listener added while we were closing finds no connection: open one again.
    this.ensureConnected();
  }
}
