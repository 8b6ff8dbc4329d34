import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** USER_HZ: Linux reports process times in 1/100 s on every platform Node.js runs on. */
const CLOCK_TICKS = 100;

/**
 * A server of the load benchmark as a process of its own (`node <script>`), so that the load generator and the
 * server do not share an event loop: started on a free port, ready when it prints "ready at <url>"; its RSS read
 * from /proc.
 */
export class ServerProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    private readonly output: string[],
  ) {}

  static async start(script: string, env: NodeJS.ProcessEnv, label: string): Promise<ServerProcess> {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // However the benchmark ends (an exception, a closed stdout, Ctrl-C), no server outlives it.
    const orphanGuard = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    process.once('exit', orphanGuard);
    child.once('exit', () => process.off('exit', orphanGuard));
    const output: string[] = [];
    const keep = (line: string) => {
      // Only the last lines, for the message if it dies: a busy server's log must not fill our memory.
      output.push(line);
      if (output.length > 50) output.shift();
    };
    const url = await new Promise<string>((resolve, reject) => {
      let pending = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          keep(line);
          const ready = /ready at (http:\/\/\S+\/graphql)/.exec(line);
          if (ready) resolve(ready[1] as string);
        }
      });
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(keep));
      child.once('exit', (code, signal) => reject(new Error(`${label} exited before it was ready (code ${code}, signal ${signal}):\n${output.join('\n')}`)));
    });
    const server = new ServerProcess(child, url, output);
    await server.waitHealthy();
    return server;
  }

  get origin(): string {
    return new URL(this.url).origin;
  }

  /** Polls GET /healthz (the app's; the bare server answers it too). */
  async waitHealthy(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const response = await fetch(`${this.origin}/healthz`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`${this.origin}/healthz did not answer within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Resident set size in bytes (VmRSS of /proc/<pid>/status). */
  rss(): number {
    const status = readFileSync(`/proc/${this.child.pid as number}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (!kb) throw new Error(`no VmRSS in /proc/${this.child.pid}/status`);
    return Number(kb[1]) * 1024;
  }

  /** CPU seconds the process has used so far (user + system, from /proc/<pid>/stat). */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.child.pid as number}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }

  lastOutput(): string {
    return this.output.join('\n');
  }

  /** SIGTERM (the app stops gracefully) and its exit; SIGKILL after `graceMs`. */
  async stop(graceMs = 20_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
