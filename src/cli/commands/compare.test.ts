// `groundtruth compare` in-process against a real store file: output formats, run resolution, and the
// exit code of every kind of bad input.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunComparison } from '../../compare/index.js';
import { passFail, writeRun } from '../../compare/test-helpers/runs.js';
import { openStore } from '../../store/index.js';
import { main } from '../main.js';
import { captureIO } from '../test-helpers/capture-io.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gt-compare-cli-'));
  db = join(dir, 'store.db');
  const store = await openStore(db);
  await writeRun(store, {
    id: '20260101-000000-base01',
    createdAt: '2026-01-01T00:00:00Z',
    git: { commit: 'abc', branch: 'main' },
    results: passFail(200, (i) => i <= 20),
  });
  await writeRun(store, {
    id: '20260102-000000-cand01',
    createdAt: '2026-01-02T00:00:00Z',
    results: passFail(200, (i) => i <= 60),
  });
  await writeRun(store, {
    id: '20260103-000000-live01',
    createdAt: '2026-01-03T00:00:00Z',
    status: 'running',
    owner: { pid: process.pid, host: hostname() }, // alive: this very process
    results: passFail(2, () => false),
  });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = () => captureIO(dir);

async function compare(...args: string[]) {
  const io = cli();
  const code = await main(['compare', ...args, '--db', db], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('groundtruth compare', () => {
  it('--json: flips and metrics with their intervals and p-values', async () => {
    const res = await compare('20260101-000000-base01', '20260102', '--json');
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout) as RunComparison;
    expect(json.baseRun.id).toBe('20260101-000000-base01');
    expect(json.candidateRun.id).toBe('20260102-000000-cand01');
    expect(json.flips.regressed).toEqual(Array.from({ length: 40 }, (_, i) => `c${i + 21}`));
    expect(json.flips.fixed).toEqual([]);
    expect(json.metrics).toHaveLength(1);
    expect(json.metrics[0]).toMatchObject({
      target: 'model',
      scorer: 'passRate',
      base: 0.9,
      candidate: 0.7,
      significant: true,
      test: 'mcnemar-exact',
    });
    expect(Object.keys(json.metrics[0]!)).toEqual(
      expect.arrayContaining([
        'target',
        'scorer',
        'base',
        'candidate',
        'delta',
        'ciLow',
        'ciHigh',
        'pValue',
        'significant',
      ]),
    );
  });

  it('a branch name as the base, latest as the candidate; a table by default', async () => {
    const res = await compare('main', 'latest');
    expect(res.code).toBe(0);
    expect(res.stdout.split('\n').slice(0, 2)).toEqual([
      '✗ 1 significant drop',
      'base 20260101-000000-base01 (main@abc) → candidate 20260102-000000-cand01',
    ]);
    expect(res.stdout).toContain('\nRegressed (40)\n  model: c21, c22, c23,');
  });

  it('-o report.md writes the Markdown report; -o .json the JSON', async () => {
    const md = join(dir, 'out', 'report.md');
    const json = join(dir, 'out', 'comparison.json');
    expect((await compare('latest', 'latest', '-o', md)).stderr).toBe(`wrote ${md}\n`);
    expect(readFileSync(md, 'utf8')).toMatch(/^## ❌ Groundtruth comparison: 1 significant drop\n/);
    expect(
      (await compare('latest', 'latest', '-o', json, '--seed', '4', '--alpha', '0.01', '--holm')).code,
    ).toBe(0);
    const written = JSON.parse(readFileSync(json, 'utf8')) as RunComparison;
    expect(written.settings).toEqual({
      alpha: 0.01,
      confidence: 0.95,
      seed: 4,
      resamples: 10_000,
      corpusResamples: 1_000,
      holm: true,
    });
  });

  it('bad input exits 2 with a message naming what is wrong', async () => {
    const cases: Array<[string[], string]> = [
      [['nope', 'latest'], 'error: no baseline "nope": no run id starts with it'],
      [['main', 'zzz'], 'error: no run zzz in this store'],
      [
        ['main', '20260103'],
        'error: run 20260103-000000-live01 is still running: compare it once it has finished',
      ],
      [
        ['main', 'latest', '-o', 'report.html'],
        'error: cannot write report.html: compare writes a Markdown (.md) or JSON (.json) report, not .html',
      ],
      [
        ['main', 'latest', '--alpha', '2'],
        "error: option '--alpha <a>' argument '2' is invalid. expected a number between 0 and 1",
      ],
      [['main', 'latest', '--resamples', '10'], 'error: resamples must be an integer >= 100, got 10'],
    ];
    for (const [args, message] of cases) {
      const res = await compare(...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr.split('\n')[0], args.join(' ')).toContain(message);
    }
  });
});
