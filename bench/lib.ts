// Shared helpers for the benchmarks: build a suite on disk, run the CLI as a child process and
// measure its wall time and peak RSS, summarise repeated runs by their median.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const CLI = join(ROOT, 'dist/cli/bin.js');
const PROBE = join(ROOT, 'bench/rss-probe.cjs');

export interface Measurement {
  wallMs: number;
  maxRssMb: number;
  /** [ms since start, RSS bytes] every 50 ms. */
  rssSamples: Array<[number, number]>;
  exitCode: number | null;
  stderr: string;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gt-bench-${prefix}-`));
}

/** A CSV of `count` cases in the shape of the suite: question, expected, tags. */
export function writeCases(dir: string, count: number): void {
  const lines = ['id,question,expected,tags'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `c${i},What is item ${i} of the catalogue?,item ${i},${i % 2 ? 'odd' : 'even'};slice-${i % 7}`,
    );
  }
  writeFileSync(join(dir, 'cases.csv'), `${lines.join('\n')}\n`);
}

export async function measureCli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; nodeArgs?: string[] },
): Promise<Measurement> {
  const rssFile = join(options.cwd, `rss-${process.pid}-${Date.now()}.jsonl`);
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--require', PROBE, CLI, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, GROUNDTRUTH_RSS_FILE: rssFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const probe = JSON.parse(readFileSync(rssFile, 'utf8').trim().split('\n').pop()!) as {
    maxRssKb: number;
    samples: Array<[number, number]>;
  };
  rmSync(rssFile, { force: true });
  return { wallMs, maxRssMb: probe.maxRssKb / 1024, rssSamples: probe.samples, exitCode, stderr };
}

/** RSS in MB at 25%, 50%, 75% and 100% of a run's samples: flat memory keeps these close. */
export function rssProfile(samples: Array<[number, number]>): string {
  if (samples.length === 0) return 'no samples';
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * (samples.length - 1)))]![1] / 2 ** 20;
  return [0.25, 0.5, 0.75, 1].map((q) => `${at(q).toFixed(0)}`).join(' / ');
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function runsArg(defaultRuns: number): number {
  const flag = process.argv.find((a) => a.startsWith('--runs='));
  return flag ? Number(flag.slice('--runs='.length)) : defaultRuns;
}
