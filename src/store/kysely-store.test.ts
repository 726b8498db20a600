import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Case, NotFoundError, type Result, RunError, type RunSummary } from '../core/index.js';
import { makeCase, makeResult, makeRun } from './test-helpers/fixtures.js';
import { storeFactories } from './test-helpers/store-factories.js';
import { resultKey, type Store } from './types.js';

describe.each(storeFactories())('$name store', (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store.close();
    await factory.cleanup();
  });

  const summary: RunSummary = {
    total: 3,
    passed: 2,
    failed: 1,
    errors: 0,
    passRate: 2 / 3,
    errorRate: 0,
    scorers: [{ name: 'equals', mean: Number.NaN, passRate: 0, count: 0 }],
    durationMs: 1234,
    targets: [],
    slices: [],
    gates: [],
  };

  describe('runs', () => {
    it('reads back exactly the run that was written', async () => {
      const run = makeRun({ finishedAt: '2025-05-01T10:05:00.000Z', summary });
      await store.createRun(run);
      expect(await store.getRun(run.id)).toStrictEqual(run);
    });

    it('leaves optional fields out, not undefined', async () => {
      const { description, git, owner, ...bare } = makeRun();
      await store.createRun(bare);
      const read = await store.getRun(bare.id);
      expect(read).toStrictEqual(bare);
      expect(Object.keys(read!)).not.toContain('description');
    });

    it('refuses a second run with the same id', async () => {
      await store.createRun(makeRun());
      await expect(store.createRun(makeRun())).rejects.toThrow(
        new RunError(`run 'run-0001' already exists in the store`),
      );
    });

    it('returns undefined for an unknown id', async () => {
      expect(await store.getRun('nope')).toBeUndefined();
    });

    it('updates only the fields in the patch and moves the heartbeat', async () => {
      const run = makeRun();
      await store.createRun(run);
      await store.updateRun(run.id, { status: 'completed', finishedAt: '2025-05-01T11:00:00.000Z', summary });
      const updated = await store.getRun(run.id);
      expect(updated).toStrictEqual({
        ...run,
        status: 'completed',
        finishedAt: '2025-05-01T11:00:00.000Z',
        summary,
        updatedAt: updated!.updatedAt,
      });
      expect(updated!.updatedAt > run.updatedAt).toBe(true);
    });

    it('clears optional fields given as undefined and ignores undefined required ones', async () => {
      const run = makeRun({ status: 'interrupted', finishedAt: '2025-05-01T11:00:00.000Z', summary });
      await store.createRun(run);
      await store.updateRun(run.id, {
        status: 'running',
        finishedAt: undefined,
        summary: undefined,
        owner: { pid: 7, host: 'laptop' },
        caseCount: undefined,
        expectedResults: 12,
        options: { resume: true },
      });
      const { finishedAt, summary: _, ...rest } = run;
      const updated = await store.getRun(run.id);
      expect(updated).toStrictEqual({
        ...rest,
        status: 'running',
        owner: { pid: 7, host: 'laptop' },
        expectedResults: 12,
        options: { resume: true },
        updatedAt: updated!.updatedAt,
      });
    });

    it('fails to update a run that is not there', async () => {
      await expect(store.updateRun('ghost', { status: 'completed' })).rejects.toThrow(
        new NotFoundError(`run 'ghost' is not in the store`),
      );
    });
  });

  describe('findRun', () => {
    beforeEach(async () => {
      const ids = ['abc123', 'abd456', 'abd789', 'x_y%z', 'xqyrz', 'ABD000', 'abc123def'];
      for (const [i, id] of ids.entries()) {
        await store.createRun(makeRun({ id, createdAt: `2025-05-0${i + 1}T00:00:00.000Z` }));
      }
    });

    it('prefers an exact id over a longer id it prefixes', async () => {
      expect((await store.findRun('abc123'))?.id).toBe('abc123');
    });

    it('finds a run by a unique prefix', async () => {
      expect((await store.findRun('abc123d'))?.id).toBe('abc123def');
      expect((await store.findRun('abd7'))?.id).toBe('abd789');
    });

    it('matches case-sensitively', async () => {
      expect((await store.findRun('ABD'))?.id).toBe('ABD000');
      expect(await store.findRun('ABC')).toBeUndefined();
    });

    it('treats LIKE wildcards in the prefix literally', async () => {
      expect((await store.findRun('x_y'))?.id).toBe('x_y%z');
      expect((await store.findRun('x_y%'))?.id).toBe('x_y%z');
      expect(await store.findRun('x%')).toBeUndefined();
      expect(await store.findRun('%')).toBeUndefined();
    });

    it('names the candidates, newest first, when a prefix is ambiguous', async () => {
      await expect(store.findRun('abd')).rejects.toThrow(
        new NotFoundError(`run id prefix 'abd' matches 2 runs: abd789, abd456`, {
          hint: 'give more characters of the run id',
        }),
      );
    });

    it('lists at most five candidates', async () => {
      for (let i = 0; i < 6; i++) {
        await store.createRun(makeRun({ id: `zz${i}`, createdAt: `2025-06-0${i + 1}T00:00:00.000Z` }));
      }
      const finding = store.findRun('zz');
      await expect(finding).rejects.toThrow(
        `run id prefix 'zz' matches 6 runs: zz5, zz4, zz3, zz2, zz1, ...`,
      );
      await expect(finding).rejects.toMatchObject({ hint: 'give more characters of the run id' });
    });

    it('returns undefined when nothing matches or the prefix is empty', async () => {
      expect(await store.findRun('q')).toBeUndefined();
      expect(await store.findRun('')).toBeUndefined();
    });
  });

  describe('listRuns', () => {
    beforeEach(async () => {
      await store.createRun(
        makeRun({ id: 'r1', createdAt: '2025-05-01T00:00:00.000Z', status: 'completed' }),
      );
      await store.createRun(
        makeRun({
          id: 'r2',
          createdAt: '2025-05-02T00:00:00.000Z',
          suitePath: '/other.yaml',
          status: 'running',
        }),
      );
      await store.createRun(
        makeRun({ id: 'r3', createdAt: '2025-05-03T00:00:00.000Z', status: 'interrupted' }),
      );
      await store.createRun(
        makeRun({ id: 'r4', createdAt: '2025-05-03T00:00:00.000Z', status: 'completed' }),
      );
    });

    const ids = async (query?: Parameters<Store['listRuns']>[0]) =>
      (await store.listRuns(query)).map((r) => r.id);

    it('lists newest first, the id breaking ties', async () => {
      expect(await ids()).toEqual(['r4', 'r3', 'r2', 'r1']);
      expect((await store.listRuns())[0]).toStrictEqual(
        makeRun({ id: 'r4', createdAt: '2025-05-03T00:00:00.000Z', status: 'completed' }),
      );
    });

    it('filters by suite path and status', async () => {
      expect(await ids({ suitePath: '/other.yaml' })).toEqual(['r2']);
      expect(await ids({ status: ['completed'] })).toEqual(['r4', 'r1']);
      expect(
        await ids({ status: ['completed', 'interrupted'], suitePath: '/work/suites/groundtruth.yaml' }),
      ).toEqual(['r4', 'r3', 'r1']);
      expect(await ids({ status: [] })).toEqual(['r4', 'r3', 'r2', 'r1']);
    });

    it('pages with limit and offset', async () => {
      expect(await ids({ limit: 2 })).toEqual(['r4', 'r3']);
      expect(await ids({ limit: 2, offset: 2 })).toEqual(['r2', 'r1']);
      expect(await ids({ offset: 3 })).toEqual(['r1']);
      expect(await ids({ offset: 10 })).toEqual([]);
    });

    it('counts what the same query lists, ignoring limit and offset', async () => {
      expect(await store.countRuns()).toBe(4);
      expect(await store.countRuns({ status: ['completed'], limit: 1, offset: 1 })).toBe(2);
      expect(await store.countRuns({ suitePath: '/nope.yaml' })).toBe(0);
    });

    it('includes and excludes runs by id around the status filter', async () => {
      // r2 is `running` in the store: as a dead run it reads interrupted, and is no longer running.
      expect(await ids({ status: ['interrupted'], includeIds: ['r2'] })).toEqual(['r3', 'r2']);
      expect(await store.countRuns({ status: ['interrupted'], includeIds: ['r2'] })).toBe(2);
      expect(await ids({ status: ['running'], excludeIds: ['r2'] })).toEqual([]);
      expect(await ids({ excludeIds: ['r4', 'r1'] })).toEqual(['r3', 'r2']);
      expect(await ids({ status: ['completed'], includeIds: [] })).toEqual(['r4', 'r1']);
    });

    it('searches id, suite path, description and git branch and commit, ignoring case', async () => {
      await store.createRun(
        makeRun({
          id: 'r5',
          createdAt: '2025-05-04T00:00:00.000Z',
          description: 'Prompt v2 with 100% recall',
          git: { commit: 'abcdef1234', branch: 'feature/faster-retrieval' },
        }),
      );
      expect(await ids({ text: 'R5' })).toEqual(['r5']);
      expect(await ids({ text: 'OTHER.yaml' })).toEqual(['r2']);
      expect(await ids({ text: 'prompt V2' })).toEqual(['r5']);
      expect(await ids({ text: '100%' })).toEqual(['r5']);
      expect(await ids({ text: '100_' })).toEqual([]);
      expect(await ids({ text: 'faster-retrieval' })).toEqual(['r5']);
      expect(await ids({ text: 'ABCDEF' })).toEqual(['r5']);
      // Only the values of the git info are searched, never its keys.
      expect(await ids({ text: 'branch' })).toEqual([]);
      expect(await store.countRuns({ text: '9cfb88f' })).toBe(4);
    });

    it('lists suites with their run count, latest run time and latest description', async () => {
      await store.createRun(
        makeRun({
          id: 'r6',
          createdAt: '2025-04-01T00:00:00.000Z',
          suitePath: '/other.yaml',
          description: 'old',
        }),
      );
      expect(await store.listSuites()).toEqual([
        {
          suitePath: '/work/suites/groundtruth.yaml',
          description: 'nightly regression',
          runs: 3,
          lastRunAt: '2025-05-03T00:00:00.000Z',
        },
        {
          suitePath: '/other.yaml',
          description: 'nightly regression',
          runs: 2,
          lastRunAt: '2025-05-02T00:00:00.000Z',
        },
      ]);
    });

    it('rejects a limit or offset that is not a count', async () => {
      await expect(store.listRuns({ limit: 0 })).rejects.toThrow(
        new RangeError('limit must be an integer >= 1, got 0'),
      );
      await expect(store.listRuns({ offset: -1 })).rejects.toThrow(
        new RangeError('offset must be an integer >= 0, got -1'),
      );
      await expect(store.listRuns({ limit: 1.5 })).rejects.toThrow(
        new RangeError('limit must be an integer >= 1, got 1.5'),
      );
    });
  });

  describe('cases, results and the cache', () => {
    const run = makeRun();
    beforeEach(async () => {
      await store.createRun(run);
    });

    it('reads back a case with every field, and a bare one without extras', async () => {
      const full = makeCase(4, {
        expected: { answer: 8, steps: [null] },
        adversarial: true,
        source: 'redteam',
      });
      const bare: Case = { id: 'bare', vars: {}, tags: [] };
      const expectsNull: Case = {
        id: 'expects-null',
        vars: { q: 'nothing' },
        expected: null,
        tags: ['edge'],
      };
      await store.write({ runId: run.id, cases: [full, bare, expectsNull] });
      expect(await store.getCase(run.id, full.id)).toStrictEqual(full);
      expect(await store.getCase(run.id, 'bare')).toStrictEqual(bare);
      expect(await store.getCase(run.id, 'expects-null')).toStrictEqual(expectsNull);
      expect(await store.getCase(run.id, 'missing')).toBeUndefined();
      expect(await store.getCase('other-run', full.id)).toBeUndefined();
    });

    it('streams results in write order with their case tags and slices', async () => {
      // A case written with its slices keeps them; one written without reads its tags as its slices.
      const cases = [{ ...makeCase(0), slices: ['math', 'even', 'source:manual'] }, makeCase(1)];
      const failed = makeResult(run.id, 1, {
        output: null,
        error: 'timeout after 60000 ms',
        status: 'error',
        score: null,
        scores: [],
        tokenUsage: undefined,
        cost: undefined,
        cached: true,
      });
      delete failed.tokenUsage;
      delete failed.cost;
      const partialUsage = makeResult(run.id, 0, { repeat: 1, tokenUsage: { total: 40 } });
      await store.write({ runId: run.id, cases, results: [makeResult(run.id, 0), failed, partialUsage] });
      const read: Result[] = [];
      for await (const result of store.results(run.id)) read.push(result);
      expect(read).toStrictEqual([
        { ...makeResult(run.id, 0), tags: ['math', 'even'], slices: ['math', 'even', 'source:manual'] },
        { ...failed, tags: ['math'], slices: ['math'] },
        { ...partialUsage, tags: ['math', 'even'], slices: ['math', 'even', 'source:manual'] },
      ]);
      expect(await store.countResults(run.id)).toBe(3);
      expect(await store.countResults('other-run')).toBe(0);
      expect(await store.resultKeys(run.id)).toEqual(
        new Set([
          resultKey('case-0', 'openai:gpt-4o-mini', 'p1', 0),
          resultKey('case-1', 'openai:gpt-4o-mini', 'p1', 0),
          resultKey('case-0', 'openai:gpt-4o-mini', 'p1', 1),
        ]),
      );
    });

    it('pages 2,500 results 1,000 at a time, all of them in order, with tags', async () => {
      for (let b = 0; b < 5; b++) {
        const cases = Array.from({ length: 500 }, (_, i) => makeCase(b * 500 + i));
        const results = cases.map((_, i) => makeResult(run.id, b * 500 + i));
        await store.write({ runId: run.id, cases, results });
      }
      let index = 0;
      for await (const result of store.results(run.id, { pageSize: 1000 })) {
        expect(result.caseId).toBe(`case-${index}`);
        expect(result.tags).toEqual(index % 2 === 0 ? ['math', 'even'] : ['math']);
        index++;
      }
      expect(index).toBe(2500);
    });

    it('yields nothing for a run without results and rejects a bad page size', async () => {
      const none: Result[] = [];
      for await (const result of store.results('no-such-run')) none.push(result);
      expect(none).toEqual([]);
      const iterator = store.results(run.id, { pageSize: 0 })[Symbol.asyncIterator]();
      await expect(iterator.next()).rejects.toThrow(
        new RangeError('pageSize must be an integer >= 1, got 0'),
      );
    });

    it('stores cached responses and replaces one written again under the same key', async () => {
      await store.write({
        runId: run.id,
        cache: [
          {
            key: 'k1',
            response: { output: 'first', tokenUsage: { prompt: 3, completion: 1, total: 4 }, cost: 0.01 },
          },
          { key: 'k2', response: { output: 'plain' } },
        ],
      });
      expect(await store.getCachedResponse('k1')).toStrictEqual({
        output: 'first',
        tokenUsage: { prompt: 3, completion: 1, total: 4 },
        cost: 0.01,
      });
      expect(await store.getCachedResponse('k2')).toStrictEqual({ output: 'plain' });
      await store.write({
        runId: run.id,
        cache: [
          { key: 'k1', response: { output: 'second' } },
          { key: 'k1', response: { output: 'third', cost: 0 } },
        ],
      });
      expect(await store.getCachedResponse('k1')).toStrictEqual({ output: 'third', cost: 0 });
      expect(await store.getCachedResponse('k3')).toBeUndefined();
    });
  });
});
