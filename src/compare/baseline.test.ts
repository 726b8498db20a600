import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../core/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { resolveBaseline, resolveCandidate } from './baseline.js';
import { passFail, SUITE_PATH, writeRun } from './test-helpers/runs.js';

let store: Store;
const results = passFail(2, () => false);
beforeEach(async () => {
  store = await openStore(':memory:');
  // Oldest first: main, feature, main, an interrupted one, another suite's run, the candidate.
  await writeRun(store, {
    id: '20260101-a1',
    createdAt: '2026-01-01T00:00:00Z',
    git: { commit: 'a', branch: 'main' },
    results,
  });
  await writeRun(store, {
    id: '20260102-b2',
    createdAt: '2026-01-02T00:00:00Z',
    git: { commit: 'b', branch: 'feature' },
    results,
  });
  await writeRun(store, {
    id: '20260103-c3',
    createdAt: '2026-01-03T00:00:00Z',
    git: { commit: 'c', branch: 'main' },
    results,
  });
  await writeRun(store, {
    id: '20260104-d4',
    createdAt: '2026-01-04T00:00:00Z',
    status: 'interrupted',
    results,
  });
  await writeRun(store, {
    id: '20260105-e5',
    createdAt: '2026-01-05T00:00:00Z',
    suitePath: '/elsewhere/groundtruth.yaml',
    results,
  });
  await writeRun(store, {
    id: '20260106-f6',
    createdAt: '2026-01-06T00:00:00Z',
    git: { commit: 'f', branch: 'main' },
    results,
  });
});
afterEach(async () => {
  await store.close();
});

/** The error a promise rejects with: its class, message and hint. */
async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a rejection');
  return { type: error.constructor, message: error.message, hint: (error as { hint?: string }).hint };
}

const resolve = (ref: string, candidateRunId = '20260106-f6') =>
  resolveBaseline(store, { suitePath: SUITE_PATH, ref, candidateRunId });

describe('resolveBaseline', () => {
  it('latest: the latest completed run of the suite other than the candidate', async () => {
    expect((await resolve('latest')).id).toBe('20260103-c3');
    expect((await resolveBaseline(store, { suitePath: SUITE_PATH, ref: 'latest' })).id).toBe('20260106-f6');
  });

  it('a branch: its latest completed run of the suite, never the candidate', async () => {
    expect((await resolve('main')).id).toBe('20260103-c3');
    expect((await resolve('feature')).id).toBe('20260102-b2');
  });

  it('a run id or unique prefix, whatever its suite', async () => {
    expect((await resolve('20260101-a1')).id).toBe('20260101-a1');
    expect((await resolve('20260105')).id).toBe('20260105-e5');
  });

  it('says what it looked for when nothing matches', async () => {
    expect(await rejection(resolve('release'))).toEqual({
      type: NotFoundError,
      message: `no baseline "release": no run id starts with it and no completed run of ${SUITE_PATH} was made on git branch "release"`,
      hint: 'a baseline is latest, a run id (groundtruth runs list shows them) or a git branch name',
    });
    expect(await rejection(resolveBaseline(store, { suitePath: '/nowhere.yaml', ref: 'latest' }))).toEqual({
      type: NotFoundError,
      message: 'no baseline: no completed run of /nowhere.yaml',
      hint: 'run groundtruth eval on the base version first, or name a run id or git branch as the baseline',
    });
    await expect(resolve('2026')).rejects.toThrow(/^run id prefix '2026' matches 6 runs/);
  });

  it('refuses an incomplete run and the candidate itself', async () => {
    expect(await rejection(resolve('20260104-d4'))).toEqual({
      type: UsageError,
      message: 'baseline run 20260104-d4 is interrupted: a baseline must be a completed run',
      hint: 'finish it with: groundtruth eval --resume 20260104-d4',
    });
    expect(await rejection(resolve('20260106-f6'))).toEqual({
      type: UsageError,
      message: 'run 20260106-f6 is the candidate itself: choose another baseline',
      hint: undefined,
    });
    await expect(resolve('  ')).rejects.toThrow(
      'the baseline is empty: give latest, a run id or a git branch name',
    );
  });
});

describe('resolveCandidate', () => {
  it('latest: the latest completed run of the store, or of the suite when given', async () => {
    expect((await resolveCandidate(store, 'latest')).id).toBe('20260106-f6');
    expect((await resolveCandidate(store, 'latest', '/elsewhere/groundtruth.yaml')).id).toBe('20260105-e5');
    expect(await rejection(resolveCandidate(store, 'latest', '/nowhere.yaml'))).toEqual({
      type: NotFoundError,
      message: 'no completed run of /nowhere.yaml in this store',
      hint: 'groundtruth runs list shows the runs',
    });
  });

  it('a run id or unique prefix, unless it is still running', async () => {
    expect((await resolveCandidate(store, '20260102')).id).toBe('20260102-b2');
    expect(await rejection(resolveCandidate(store, 'zzz'))).toEqual({
      type: NotFoundError,
      message: 'no run zzz in this store',
      hint: 'groundtruth runs list shows the runs',
    });
    await writeRun(store, {
      id: '20260107-g7',
      status: 'running',
      owner: { pid: process.pid, host: hostname() },
      results,
    });
    expect(await rejection(resolveCandidate(store, '20260107-g7'))).toEqual({
      type: UsageError,
      message: 'run 20260107-g7 is still running: compare it once it has finished',
      hint: undefined,
    });
  });
});
