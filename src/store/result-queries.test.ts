import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../core/index.js';
import { makeCase, makeResult, makeRun } from './test-helpers/fixtures.js';
import { storeFactories } from './test-helpers/store-factories.js';
import type { ResultPageQuery, Store, StoredCase } from './types.js';

describe.each(storeFactories())('$name store', (factory) => {
  let store: Store;

  const TARGETS = ['alpha', 'beta'] as const;
  const status = (i: number): Result['status'] => (i % 3 === 0 ? 'pass' : i % 3 === 1 ? 'fail' : 'error');

  /** 10 cases × 2 targets; case i is in slice `even` when i is even, and `level:<i % 3>`. */
  async function writeRun(id: string, outputOf: (i: number, target: string) => string | null): Promise<void> {
    await store.createRun(makeRun({ id, status: 'completed' }));
    const cases: StoredCase[] = Array.from({ length: 10 }, (_, i) => ({
      ...makeCase(i, { tags: i % 2 === 0 ? ['even'] : ['odd'] }),
      slices: [i % 2 === 0 ? 'even' : 'odd', `level:${i % 3}`],
    }));
    const results: Result[] = [];
    for (let i = 0; i < 10; i++) {
      for (const target of TARGETS) {
        const s = status(i);
        results.push(
          makeResult(id, i, {
            targetId: target,
            status: s,
            output: s === 'error' ? null : outputOf(i, target),
            error: s === 'error' ? `Timeout after 30 s on case-${i}` : null,
          }),
        );
      }
    }
    await store.write({ runId: id, cases, results });
  }

  const page = (over: Partial<ResultPageQuery> = {}): ResultPageQuery => ({
    offset: 0,
    limit: 100,
    previewLength: 280,
    ...over,
  });

  beforeEach(async () => {
    store = await factory.open();
    await writeRun('run-a', (i, target) => `answer ${i} from ${target}: 100% sure`);
    await writeRun('run-b', (i) => `other run ${i}`);
  });
  afterEach(async () => {
    await store.close();
    await factory.cleanup();
  });

  const keys = (items: Array<{ caseId: string; targetId: string }>) =>
    items.map((r) => `${r.caseId}/${r.targetId}`);

  describe('queryResults', () => {
    it('pages a run in written order with the total of the whole run', async () => {
      const first = await store.queryResults('run-a', page({ limit: 3 }));
      expect(first.total).toBe(20);
      expect(keys(first.items)).toEqual(['case-0/alpha', 'case-0/beta', 'case-1/alpha']);
      expect(first.items[0]).toStrictEqual({
        seq: 1,
        caseId: 'case-0',
        targetId: 'alpha',
        promptId: 'p1',
        repeat: 0,
        status: 'pass',
        score: 1,
        outputPreview: 'answer 0 from alpha: 100% sure',
        error: null,
        latencyMs: 12.5,
        cost: 0.000015,
        tags: ['even'],
        slices: ['even', 'level:0'],
        scores: [{ name: 'equals', type: 'equals', weight: 1, value: 1, pass: true, reason: 'exact match' }],
      });
      const last = await store.queryResults('run-a', page({ offset: 18, limit: 5 }));
      expect(last.total).toBe(20);
      expect(keys(last.items)).toEqual(['case-9/alpha', 'case-9/beta']);
      expect(await store.queryResults('run-a', page({ offset: 40 }))).toEqual({ items: [], total: 20 });
    });

    it('filters by target, prompt, status and slice together, counting only what matches', async () => {
      const failing = await store.queryResults('run-a', page({ targetId: 'beta', status: 'fail' }));
      expect(keys(failing.items)).toEqual(['case-1/beta', 'case-4/beta', 'case-7/beta']);
      expect(failing.total).toBe(3);
      const slice = await store.queryResults('run-a', page({ slice: 'level:1', status: 'fail', limit: 2 }));
      expect(keys(slice.items)).toEqual(['case-1/alpha', 'case-1/beta']);
      expect(slice.total).toBe(6);
      const even = await store.queryResults('run-a', page({ slice: 'even', targetId: 'alpha' }));
      expect(keys(even.items)).toEqual([
        'case-0/alpha',
        'case-2/alpha',
        'case-4/alpha',
        'case-6/alpha',
        'case-8/alpha',
      ]);
      expect((await store.queryResults('run-a', page({ promptId: 'p2' }))).total).toBe(0);
      expect((await store.queryResults('run-a', page({ slice: 'level:7' }))).total).toBe(0);
    });

    it('searches case ids, outputs and errors ignoring case, with % and _ taken literally', async () => {
      const byOutput = await store.queryResults('run-a', page({ text: 'ANSWER 3 FROM', limit: 1 }));
      expect(keys(byOutput.items)).toEqual(['case-3/alpha']);
      expect(byOutput.total).toBe(2);
      const byError = await store.queryResults('run-a', page({ text: 'timeout after 30 s on case-5' }));
      expect(keys(byError.items)).toEqual(['case-5/alpha', 'case-5/beta']);
      const byCase = await store.queryResults('run-a', page({ text: 'case-1', targetId: 'beta' }));
      expect(byCase.total).toBe(1);
      expect((await store.queryResults('run-a', page({ text: '100% sure' }))).total).toBe(14);
      expect((await store.queryResults('run-a', page({ text: '100%_sure' }))).total).toBe(0);
      expect((await store.queryResults('run-a', page({ text: 'answer_3' }))).total).toBe(0);
    });

    it('never returns another run’s results', async () => {
      const other = await store.queryResults('run-b', page({ text: 'answer' }));
      expect(other).toEqual({ items: [], total: 0 });
      const all = await store.queryResults('run-b', page());
      expect(all.total).toBe(20);
      expect(
        all.items.every((r) => r.outputPreview === null || r.outputPreview.startsWith('other run')),
      ).toBe(true);
      expect(await store.queryResults('nope', page())).toEqual({ items: [], total: 0 });
    });

    it('cuts the output preview to the given number of characters', async () => {
      const { items } = await store.queryResults('run-a', page({ previewLength: 8, limit: 1 }));
      expect(items[0]!.outputPreview).toBe('answer 0');
    });

    it('keeps NUL, control and multi-byte characters in previews, counting code points', async () => {
      await store.createRun(makeRun({ id: 'run-odd' }));
      // PostgreSQL text cannot hold NUL: that store writes it as U+FFFD (see postgres-batch-writer.ts).
      const nul = factory.name === 'postgres' ? '\uFFFD' : '\u0000';
      const output = 'a\u0000b\u0007ç😀漢字-tail';
      await store.write({
        runId: 'run-odd',
        cases: [makeCase(1)],
        results: [makeResult('run-odd', 1, { output })],
      });
      const preview = async (previewLength: number) =>
        (await store.queryResults('run-odd', page({ previewLength }))).items[0]!.outputPreview;
      expect(await preview(280)).toBe(output.replace('\u0000', nul));
      expect(await preview(6)).toBe(`a${nul}b\u0007ç😀`);
      expect(await preview(7)).toBe(`a${nul}b\u0007ç😀漢`);
      expect(await preview(0)).toBe('');
    });

    it('rejects a limit below 1 and a negative offset', async () => {
      await expect(store.queryResults('run-a', page({ limit: 0 }))).rejects.toThrow(
        new RangeError('limit must be an integer >= 1, got 0'),
      );
      await expect(store.queryResults('run-a', page({ offset: -1 }))).rejects.toThrow(
        new RangeError('offset must be an integer >= 0, got -1'),
      );
    });
  });

  describe('getResult and resultsOfCases', () => {
    it('reads one result by run and seq, with its prompt, tags and slices', async () => {
      const result = await store.getResult('run-a', 4);
      expect(result).toMatchObject({
        seq: 4,
        runId: 'run-a',
        caseId: 'case-1',
        targetId: 'beta',
        prompt: 'What is 1 + 1?',
        status: 'fail',
        tags: ['odd'],
        slices: ['odd', 'level:1'],
      });
      expect(await store.getResult('run-b', 999)).toBeUndefined();
      expect(await store.getResult('nope', 1)).toBeUndefined();
    });

    it('reads every result of the given cases in written order', async () => {
      const found = await store.resultsOfCases('run-b', ['case-7', 'case-2', 'case-7', 'missing']);
      expect(found.map((r) => [r.seq, r.caseId, r.targetId, r.runId])).toEqual([
        [5, 'case-2', 'alpha', 'run-b'],
        [6, 'case-2', 'beta', 'run-b'],
        [15, 'case-7', 'alpha', 'run-b'],
        [16, 'case-7', 'beta', 'run-b'],
      ]);
      expect(await store.resultsOfCases('run-b', [])).toEqual([]);
    });
  });

  describe('resultPairs', () => {
    it('pairs results by case, target, prompt and repeat in the base run’s order, page after page', async () => {
      await store.createRun(makeRun({ id: 'run-c' }));
      await store.write({
        runId: 'run-c',
        cases: [makeCase(3), makeCase(1), makeCase(42)],
        results: [
          makeResult('run-c', 3, { targetId: 'beta', status: 'fail' }),
          makeResult('run-c', 1, { targetId: 'alpha', status: 'pass' }),
          makeResult('run-c', 1, { targetId: 'alpha', repeat: 1 }),
          makeResult('run-c', 42, { targetId: 'alpha' }),
        ],
      });
      const pairs = [];
      for await (const pair of store.resultPairs('run-a', 'run-c', { pageSize: 1 })) pairs.push(pair);
      expect(pairs).toEqual([
        {
          caseId: 'case-1',
          targetId: 'alpha',
          promptId: 'p1',
          repeat: 0,
          base: { seq: 3, status: 'fail' },
          candidate: { seq: 2, status: 'pass' },
        },
        {
          caseId: 'case-3',
          targetId: 'beta',
          promptId: 'p1',
          repeat: 0,
          base: { seq: 8, status: 'pass' },
          candidate: { seq: 1, status: 'fail' },
        },
      ]);
      const beta = [];
      for await (const pair of store.resultPairs('run-a', 'run-c', { targetId: 'beta' }))
        beta.push(pair.caseId);
      expect(beta).toEqual(['case-3']);
    });
  });
});
