import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { EvalProgress } from '../eval/run-eval.js';
import { createProgressReporter, formatDuration } from './progress.js';

describe('progress', () => {
  it('formats durations for humans', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m05s');
    expect(formatDuration(3 * 3600_000 + 7 * 60_000)).toBe('3h07m');
  });

  it('off a terminal, prints a plain line every interval and a final one', async () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (d) => {
      text += d;
    });
    const reporter = createProgressReporter(
      { stdout: new PassThrough(), stderr, env: { GROUNDTRUTH_PROGRESS_INTERVAL_MS: '20' }, cwd: '/' },
      { enabled: true },
    );
    const p: EvalProgress = {
      done: 0,
      total: 200,
      passed: 0,
      failed: 0,
      errors: 0,
      cached: 0,
      sessionDone: 0,
      sessionStartedAt: Date.now() - 1000,
    };
    reporter.start(p);
    for (let i = 0; i < 5; i++) {
      p.done += 20;
      p.sessionDone += 20;
      p.passed += 19;
      p.errors += 1;
      reporter.update(p);
      await new Promise((r) => setTimeout(r, 25));
    }
    reporter.stop(p);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('running 200 of 200 results');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.at(-1)).toMatch(
      /^progress: 100\/200 \(50\.0%\) \d+\.\d\/s ETA \S+ \| 95 pass, 0 fail, 5 error$/,
    );
    expect(text.includes('\r') || text.includes('\u001b')).toBe(false);
  });

  it('prints nothing when disabled', () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (d) => {
      text += d;
    });
    const reporter = createProgressReporter(
      { stdout: stderr, stderr, env: {}, cwd: '/' },
      { enabled: false },
    );
    reporter.start({
      done: 0,
      total: 1,
      passed: 0,
      failed: 0,
      errors: 0,
      cached: 0,
      sessionDone: 0,
      sessionStartedAt: 0,
    });
    reporter.stop();
    expect(text).toBe('');
  });
});
