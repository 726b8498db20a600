// Run progress: a live bar with rate and ETA on a terminal; a plain line every few seconds
// otherwise, so CI logs show the run moving without a flood of carriage returns.
import cliProgress from 'cli-progress';
import type { EvalProgress } from '../eval/run-eval.js';
import type { CliIO } from './io.js';

export interface ProgressReporter {
  start(progress: EvalProgress): void;
  update(progress: EvalProgress): void;
  stop(progress?: EvalProgress): void;
}

export function createProgressReporter(io: CliIO, options: { enabled: boolean }): ProgressReporter {
  if (!options.enabled) return { start() {}, update() {}, stop() {} };
  if (io.stderr.isTTY) return barReporter(io);
  const interval = Number(io.env.GROUNDTRUTH_PROGRESS_INTERVAL_MS) || 5_000;
  return lineReporter(io, interval);
}

function rate(p: EvalProgress): number {
  const seconds = (Date.now() - p.sessionStartedAt) / 1000;
  return seconds > 0 ? p.sessionDone / seconds : 0;
}

function eta(p: EvalProgress): string {
  const r = rate(p);
  if (r <= 0 || p.done === 0) return '?';
  return formatDuration(((p.total - p.done) / r) * 1000);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function counts(p: EvalProgress): string {
  return `${p.passed} pass, ${p.failed} fail, ${p.errors} error${p.cached ? `, ${p.cached} cached` : ''}`;
}

function barReporter(io: CliIO): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: ' {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {etaText} | {counts}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (p: EvalProgress) => ({ rate: rate(p).toFixed(1), etaText: eta(p), counts: counts(p) });
  let last = 0;
  return {
    start(p) {
      bar.start(p.total, p.done, payload(p));
    },
    update(p) {
      const now = Date.now();
      if (now - last < 50 && p.done < p.total) return;
      last = now;
      bar.update(p.done, payload(p));
    },
    stop(p) {
      if (p) bar.update(p.done, payload(p));
      bar.stop();
    },
  };
}

function lineReporter(io: CliIO, intervalMs: number): ProgressReporter {
  let timer: NodeJS.Timeout | undefined;
  let latest: EvalProgress | undefined;
  const print = (p: EvalProgress) => {
    const pct = p.total > 0 ? ((p.done / p.total) * 100).toFixed(1) : '100.0';
    io.stderr.write(
      `progress: ${p.done}/${p.total} (${pct}%) ${rate(p).toFixed(1)}/s ETA ${eta(p)} | ${counts(p)}\n`,
    );
  };
  return {
    start(p) {
      latest = p;
      io.stderr.write(`running ${p.total - p.done} of ${p.total} results\n`);
      timer = setInterval(() => latest && print(latest), intervalMs);
      timer.unref();
    },
    update(p) {
      latest = p;
    },
    stop(p) {
      if (timer) clearInterval(timer);
      const final = p ?? latest;
      if (final) print(final);
    },
  };
}
