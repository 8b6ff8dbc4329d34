import net from 'node:net';

/**
 * A TCP proxy on loopback, to cut a server store's connection from a test without touching the server itself (the
 * machine's PostgreSQL is shared: it is never stopped). The app is given the proxy's port instead of the server's.
 *
 * `cut()` destroys every open connection (both sides: the app sees its sockets close at once, as when a server
 * restarts or a link drops with a reset) and, until `restore()`, accepts new connections only to destroy them at
 * once: the port stays ours (closing the listener would let another process take it), and the app's connection
 * attempts fail immediately, as they do against a stopped server (ECONNREFUSED).
 *
 * `stall()` simulates a link that silently drops packets (no FIN/RST), where only timeouts notice the loss: nothing
 * is closed, no byte passes either way, and new connections are accepted and left waiting.
 */
export class TcpProxy {
  /** Each open connection's end: destroys both of its sockets. */
  private readonly open = new Set<() => void>();
  private cutNow = false;
  private stalledNow = false;
  /** Each open connection's sockets (to stall them). */
  private readonly sockets = new Map<() => void, [net.Socket, net.Socket | null]>();
  /** Connections accepted (and forwarded) so far; the cut ones are not counted. */
  forwarded = 0;
  /** Connections refused while cut. */
  refused = 0;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  /** Listens on 127.0.0.1 (a free port) and forwards to `targetHost:targetPort`. */
  static async start(targetPort = 5432, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    // The instance is made after listen() (it needs the port); the connection handler reaches it through this box.
    const box: { proxy: TcpProxy | null } = { proxy: null };
    const server = net.createServer((client) => {
      if (box.proxy) box.proxy.accept(client, targetHost, targetPort);
      else client.destroy();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const proxy = new TcpProxy(server, (server.address() as net.AddressInfo).port);
    box.proxy = proxy;
    return proxy;
  }

  get isCut(): boolean {
    return this.cutNow;
  }

  /** Connections open through the proxy now. */
  get openConnections(): number {
    return this.open.size;
  }

  /** Drops every open connection and refuses new ones until `restore()`. */
  cut(): void {
    this.cutNow = true;
    for (const end of [...this.open]) end();
    this.open.clear();
    this.sockets.clear();
  }

  /**
   * Stops forwarding without closing anything (a link that drops packets silently): open connections keep their
   * sockets but what either side sends is discarded, and new connections are accepted and never answered.
   */
  stall(): void {
    this.stalledNow = true;
    for (const [client, upstream] of this.sockets.values()) {
      client.unpipe();
      upstream?.unpipe();
      client.on('data', () => undefined);
      upstream?.on('data', () => undefined);
    }
  }

  /** Accepts and forwards connections again (the app reconnects by itself); stalled connections are ended (their peers gave up on them). */
  restore(): void {
    if (this.stalledNow) {
      this.stalledNow = false;
      for (const end of [...this.open]) end();
    }
    this.cutNow = false;
  }

  /** Drops everything and stops listening. */
  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket, host: string, port: number): void {
    if (this.cutNow) {
      this.refused += 1;
      client.destroy();
      return;
    }
    if (this.stalledNow) {
      // Accepted, never answered: the connection attempt hangs as over a dead link.
      const end = (): void => {
        client.destroy();
        this.open.delete(end);
        this.sockets.delete(end);
      };
      client.on('error', end).on('close', end).on('data', () => undefined);
      this.open.add(end);
      this.sockets.set(end, [client, null]);
      return;
    }
    this.forwarded += 1;
    const upstream = net.connect({ host, port });
    // Either side's end or failure ends the pair: a half-open pair would leave the app waiting on a dead socket.
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      this.open.delete(end);
      this.sockets.delete(end);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream);
    upstream.pipe(client);
    this.open.add(end);
    this.sockets.set(end, [client, upstream]);
  }
}
