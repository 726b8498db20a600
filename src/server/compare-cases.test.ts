import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareRuns, type RunComparison } from '../compare/index.js';
import { type ResultSpec, writeRun } from '../compare/test-helpers/runs.js';
import type { Run } from '../core/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { CompareCasesQuery } from './api.js';
import { compareCasesPage } from './compare-cases.js';
import { ComparisonCache } from './comparisons.js';
import { decodeResultId } from './result-id.js';

let store: Store;
let base: Run;
let candidate: Run;
let comparison: RunComparison;

/** Three samples of `caseId` on `targetId` with these statuses (p: pass, f: fail). */
const samples = (caseId: string, targetId: string, statuses: string): ResultSpec[] =>
  [...statuses].map((s, repeat) => ({ caseId, targetId, repeat, status: s === 'p' ? 'pass' : 'fail' }));

beforeEach(async () => {
  store = await openStore(':memory:');
  base = await writeRun(store, {
    id: 'run-base',
    createdAt: '2026-01-01T00:00:00.000Z',
    results: [
      ...samples('c1', 'a', 'ppp'),
      ...samples('c2', 'a', 'fff'),
      ...samples('c3', 'a', 'fff'),
      ...samples('c4', 'a', 'ppp'),
      ...samples('c5', 'b', 'ppp'),
      ...samples('c6', 'a', 'ppp'),
    ],
  });
  candidate = await writeRun(store, {
    id: 'run-candidate',
    createdAt: '2026-01-02T00:00:00.000Z',
    results: [
      ...samples('c6', 'a', 'pp'),
      ...samples('c5', 'b', 'fff'),
      ...samples('c4', 'a', 'ppp'),
      ...samples('c3', 'a', 'fff'),
      ...samples('c2', 'a', 'pff'),
      ...samples('c1', 'a', 'pff'),
    ],
  });
  comparison = await compareRuns(store, base, candidate);
});
afterEach(async () => {
  await store.close();
});

const page = (query: Partial<CompareCasesQuery>) =>
  compareCasesPage(store, base, candidate, comparison, {
    base: base.id,
    candidate: candidate.id,
    change: 'changed',
    offset: 0,
    limit: 50,
    ...query,
  });

const rows = (items: Awaited<ReturnType<typeof page>>['items']) =>
  items.map(
    (c) => `${c.caseId}/${c.targetId}#${c.repeat} ${c.change} ${c.base.status}>${c.candidate.status}`,
  );

describe('compareCasesPage', () => {
  it('gives one row per paired repeat of each flip, regressed first', async () => {
    const changed = await page({});
    expect(changed.total).toBe(9);
    expect(rows(changed.items)).toEqual([
      'c1/a#0 regressed pass>pass',
      'c1/a#1 regressed pass>fail',
      'c1/a#2 regressed pass>fail',
      'c5/b#0 regressed pass>fail',
      'c5/b#1 regressed pass>fail',
      'c5/b#2 regressed pass>fail',
      'c2/a#0 fixed fail>pass',
      'c2/a#1 fixed fail>fail',
      'c2/a#2 fixed fail>fail',
    ]);
    const item = changed.items[1]!;
    expect(decodeResultId(item.base.resultId)).toEqual({ runId: 'run-base', seq: 2 });
    expect(decodeResultId(item.candidate.resultId)).toEqual({ runId: 'run-candidate', seq: 16 });
    expect(item.base.output).toBe('output of c1');
  });

  it('pages inside a flip and across from the flips to the unchanged results', async () => {
    const all = await page({ change: 'all', offset: 1, limit: 4 });
    expect(all.total).toBe(comparison.paired);
    expect(all.total).toBe(17);
    expect(rows(all.items)).toEqual([
      'c1/a#1 regressed pass>fail',
      'c1/a#2 regressed pass>fail',
      'c5/b#0 regressed pass>fail',
      'c5/b#1 regressed pass>fail',
    ]);
    const across = await page({ change: 'all', offset: 11, limit: 4 });
    expect(rows(across.items)).toEqual([
      'c3/a#2 stillFailing fail>fail',
      'c4/a#0 unchanged pass>pass',
      'c4/a#1 unchanged pass>pass',
      'c4/a#2 unchanged pass>pass',
    ]);
    // c6's third sample has no partner in the candidate run: it is not a row.
    const tail = await page({ change: 'all', offset: 15, limit: 50 });
    expect(rows(tail.items)).toEqual(['c6/a#0 unchanged pass>pass', 'c6/a#1 unchanged pass>pass']);
    expect((await page({ change: 'all', offset: 17 })).items).toEqual([]);
  });

  it('filters by change and target', async () => {
    expect(rows((await page({ change: 'stillFailing' })).items)).toEqual([
      'c3/a#0 stillFailing fail>fail',
      'c3/a#1 stillFailing fail>fail',
      'c3/a#2 stillFailing fail>fail',
    ]);
    const onB = await page({ change: 'all', target: 'b' });
    expect(onB.total).toBe(3);
    expect(rows(onB.items).map((r) => r.slice(0, 6))).toEqual(['c5/b#0', 'c5/b#1', 'c5/b#2']);
    expect(await page({ change: 'fixed', target: 'b' })).toEqual({
      items: [],
      total: 0,
      offset: 0,
      limit: 50,
    });
  });
});

describe('ComparisonCache', () => {
  it('computes a pair once, again when a run has changed, and forgets the least recent pair', async () => {
    const cache = new ComparisonCache(store, 1);
    const request = { base: 'run-base', candidate: 'run-candidate' };
    const first = await cache.compare(request);
    expect(first.base.id).toBe('run-base');
    expect(first.candidate.id).toBe('run-candidate');
    expect((await cache.compare(request)).comparison).toBe(first.comparison);
    expect((await cache.compare({ ...request, candidate: 'run-cand' })).comparison).toBe(first.comparison);
    await store.updateRun('run-candidate', { options: { touched: true } });
    const changed = await cache.compare(request);
    expect(changed.comparison).not.toBe(first.comparison);
    expect(changed.comparison).toEqual(first.comparison);
    const reversed = await cache.compare({ base: 'run-candidate', candidate: 'run-base' });
    expect(reversed.comparison.baseRun.id).toBe('run-candidate');
    expect(cache.size).toBe(1);
    expect((await cache.compare(request)).comparison).not.toBe(changed.comparison);
  });

  it('keeps nothing for a request that fails', async () => {
    const cache = new ComparisonCache(store);
    await expect(cache.compare({ base: 'nope', candidate: 'run-candidate' })).rejects.toThrow(
      'no baseline "nope"',
    );
    expect(cache.size).toBe(0);
  });
});
