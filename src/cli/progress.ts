/**
 * Progress of long work (rebuild, import, benchmark) on stderr, so that stdout stays the command's result.
 *
 * On a terminal: one line rewritten in place with a bar, count/total, rate and ETA. Elsewhere (CI logs,
 * pipes), where a carriage return would pile up as garbage: a plain line every ~2 s or every 10 %. Always a
 * final summary line, so a log shows how long the work took even when it was quick.
 */
export interface ProgressReporter {
  /** Reports `done` of `total` units of work; cheap enough to call on every item. */
  readonly update: (done: number, total: number) => void;
  /** Ends the progress line with a summary (`note` appended); returns the elapsed seconds. */
  finish(note?: string): number;
}

export interface ProgressOptions {
  /** Where lines go; default process.stderr. */
  out?: { write(text: string): unknown; isTTY?: boolean };
  /** Default: whether `out` is a terminal. */
  tty?: boolean;
  /** Milliseconds clock; default performance.now. */
  now?: () => number;
  /** What is counted, for the rate ("events", "units"). */
  unit?: string;
}

const TTY_REDRAW_MS = 100;
const PLAIN_INTERVAL_MS = 2000;
const PLAIN_STEP = 0.1;
const BAR_WIDTH = 24;

export function createProgress(label: string, options: ProgressOptions = {}): ProgressReporter {
  const out = options.out ?? process.stderr;
  const tty = options.tty ?? out.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const unit = options.unit ?? 'items';
  const started = now();
  let done = 0;
  let total = 0;
  // A terminal shows the bar at once; a log gets its first line after ~2 s or 10 %, so quick work logs one line.
  let lastDraw = tty ? -Infinity : started;
  let lastStep = 0;
  let drawn = false;
  let finished = false;

  const rateAt = (t: number): number => {
    const seconds = (t - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };

  const describe = (t: number): string => {
    const rate = rateAt(t);
    const eta = rate > 0 && total > done ? ` ETA ${duration((total - done) / rate)}` : '';
    return [`${fmt(done)}/${fmt(total)} ${unit}`, percent(done, total), `${fmt(Math.round(rate))}/s${eta}`].filter(Boolean).join(' ');
  };

  const update = (d: number, t: number): void => {
    if (finished) return;
    done = d;
    total = t;
    const time = now();
    if (tty) {
      if (time - lastDraw < TTY_REDRAW_MS && done < total) return;
      out.write(`\r${label} ${bar(done, total)} ${describe(time)}\x1b[K`);
      drawn = true;
    } else {
      const step = total > 0 ? Math.floor((done / total) / PLAIN_STEP) : 0;
      if (time - lastDraw < PLAIN_INTERVAL_MS && step <= lastStep) return;
      if (step > lastStep) lastStep = step;
      out.write(`${label} ${describe(time)}\n`);
    }
    lastDraw = time;
  };

  const finish = (note?: string): number => {
    const time = now();
    const seconds = (time - started) / 1000;
    if (finished) return seconds;
    finished = true;
    const suffix = note ? `; ${note}` : '';
    const summary = `${label}: ${fmt(done)} ${unit} in ${seconds.toFixed(1)} s (${fmt(Math.round(rateAt(time)))}/s)${suffix}`;
    out.write(tty && drawn ? `\r${summary}\x1b[K\n` : `${summary}\n`);
    return seconds;
  };

  return { update, finish };
}

function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(BAR_WIDTH, Math.floor((done / total) * BAR_WIDTH)) : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
}

function percent(done: number, total: number): string {
  return total > 0 ? `${Math.floor((done / total) * 100)}%` : '';
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** 75 → "1m15s"; 3 → "3s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/**
 * Progress of work done in named phases (an import checks every row, then registers them): one reporter per
 * phase, each with its own total, the previous one finished when the next begins.
 */
export function createPhasedProgress(label: string, options: ProgressOptions = {}) {
  let phase: string | undefined;
  let current: ProgressReporter | undefined;
  return {
    update(done: number, total: number, name: string): void {
      if (name !== phase) {
        current?.finish();
        phase = name;
        current = createProgress(`${label}: ${name}`, options);
      }
      (current as ProgressReporter).update(done, total);
    },
    /** Ends the current phase with a summary; returns its elapsed seconds (0 when no phase began). */
    finish(note?: string): number {
      const seconds = current?.finish(note) ?? 0;
      current = undefined;
      phase = undefined;
      return seconds;
    },
  };
}
