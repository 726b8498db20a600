import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { NotFoundError, type Result, RunError } from '../core/index.js';
import { openStore } from './open-store.js';
import { makeCase, makeResult, makeRun, makeTempDir } from './test-helpers/fixtures.js';
import { storeFactories } from './test-helpers/store-factories.js';
import type { Store, StoredResult } from './types.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

async function readAll(store: Store, runId: string): Promise<StoredResult[]> {
  const out: StoredResult[] = [];
  for await (const result of store.results(runId)) out.push(result);
  return out;
}

async function openWithRun(path: string): Promise<Store> {
  const store = await openStore(path);
  await store.createRun(makeRun());
  return store;
}

const cases = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => makeCase(from + i));
const results = (from: number, to: number, overrides: Partial<Result> = {}) =>
  Array.from({ length: to - from }, (_, i) => makeResult('run-0001', from + i, overrides));

// The write contract, on every dialect; only the throughput figure below is this writer's own.
describe.each(storeFactories())('writing batches to the $name store', (factory) => {
  afterEach(() => factory.cleanup());

  async function openWithRun(location?: string): Promise<Store> {
    const store = await factory.open(location);
    await store.createRun(makeRun());
    return store;
  }

  async function seqs(location: string, runId: string): Promise<number[]> {
    const rows = await factory.rows(location, 'select seq from results where run_id = ? order by seq', [
      runId,
    ]);
    return rows.map((row) => Number(row[0]));
  }

  it('keeps the first result for a key and ignores later writes of it, within and across batches', async () => {
    const store = await openWithRun();
    await store.write({
      runId: 'run-0001',
      cases: cases(0, 3),
      results: [...results(0, 2), makeResult('run-0001', 0, { output: 'in-batch duplicate' })],
    });
    await store.write({ runId: 'run-0001', results: results(0, 3, { output: 'rewritten' }) });
    const read = await readAll(store, 'run-0001');
    expect(read.map((r) => [r.caseId, r.output])).toEqual([
      ['case-0', '0'],
      ['case-1', '2'],
      ['case-2', 'rewritten'],
    ]);
    expect(await store.countResults('run-0001')).toBe(3);
    await store.close();
  });

  it('keeps exactly one result per key when two processes resume the same run', async () => {
    const path = factory.location();
    const first = await openWithRun(path);
    const second = await factory.open(path);
    await first.write({ runId: 'run-0001', cases: cases(0, 20), results: results(0, 10) });
    await second.write({ runId: 'run-0001', cases: cases(0, 20), results: results(5, 15) });
    await first.write({ runId: 'run-0001', results: results(10, 20) });
    expect(await second.countResults('run-0001')).toBe(20);
    expect((await readAll(first, 'run-0001')).map((r) => r.caseId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `case-${i}`),
    );
    // Neither connection caches the next seq: each write continues from what is committed.
    expect(await seqs(path, 'run-0001')).toEqual([
      ...Array.from({ length: 10 }, (_, i) => i + 1),
      ...Array.from({ length: 5 }, (_, i) => i + 16),
      ...Array.from({ length: 5 }, (_, i) => i + 26),
    ]);
    await first.close();
    await second.close();
  });

  it('continues seq from the stored maximum after a reopen', async () => {
    const path = factory.location();
    const before = await openWithRun(path);
    await before.write({ runId: 'run-0001', cases: cases(0, 6), results: results(0, 3) });
    await before.close();
    const after = await factory.open(path);
    await after.write({ runId: 'run-0001', results: results(3, 6) });
    await after.close();
    expect(await seqs(path, 'run-0001')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the position and tags a case got first', async () => {
    const store = await openWithRun();
    await store.write({ runId: 'run-0001', cases: cases(0, 2) });
    await store.write({
      runId: 'run-0001',
      cases: [makeCase(1, { tags: ['changed'] }), makeCase(2)],
      results: [makeResult('run-0001', 1)],
    });
    expect(await store.getCase('run-0001', 'case-1')).toStrictEqual(makeCase(1));
    expect((await readAll(store, 'run-0001'))[0]!.tags).toEqual(['math']);
    await store.close();
  });

  it('stores each case tag once in case_tags, for slicing in SQL', async () => {
    const path = factory.location();
    const store = await openWithRun(path);
    await store.write({ runId: 'run-0001', cases: [...cases(0, 3), makeCase(9, { tags: ['x', 'x', 'y'] })] });
    await store.write({ runId: 'run-0001', cases: [makeCase(0, { tags: ['late'] })] });
    await store.close();
    const tags = await factory.rows(path, 'select case_id, tag from case_tags order by case_id, tag');
    const positions = await factory.rows(path, 'select case_id, position from run_cases order by position');
    expect(tags).toEqual([
      ['case-0', 'even'],
      ['case-0', 'math'],
      ['case-1', 'math'],
      ['case-2', 'even'],
      ['case-2', 'math'],
      ['case-9', 'x'],
      ['case-9', 'y'],
    ]);
    expect(positions).toEqual([
      ['case-0', 1],
      ['case-1', 2],
      ['case-2', 3],
      ['case-9', 4],
    ]);
  });

  it('stores each slice key of a new case once in case_slices, its tags when it has no slices', async () => {
    const path = factory.location();
    const store = await openWithRun(path);
    await store.write({
      runId: 'run-0001',
      cases: [
        { ...makeCase(1), slices: ['math', 'source:manual', 'level:2', 'math'] },
        makeCase(2, { tags: ['legacy'] }),
      ],
    });
    // A case already in the run keeps its slices, as it keeps its tags.
    await store.write({ runId: 'run-0001', cases: [{ ...makeCase(1), slices: ['other'] }] });
    await store.close();
    const slices = await factory.rows(path, 'select case_id, slice from case_slices order by case_id, slice');
    expect(slices).toEqual([
      ['case-1', 'level:2'],
      ['case-1', 'math'],
      ['case-1', 'source:manual'],
      ['case-2', 'legacy'],
    ]);
  });

  it('moves the run heartbeat on every write, even an empty one', async () => {
    const store = await openWithRun();
    await store.write({ runId: 'run-0001' });
    const run = await store.getRun('run-0001');
    expect(run!.updatedAt > makeRun().updatedAt).toBe(true);
    expect(Date.now() - Date.parse(run!.updatedAt)).toBeLessThan(60_000);
    await store.close();
  });

  it('refuses a batch for a run that does not exist', async () => {
    const store = await factory.open();
    await expect(store.write({ runId: 'ghost', cases: cases(0, 1) })).rejects.toThrow(
      new NotFoundError(`run 'ghost' is not in the store; create it before writing to it`),
    );
    await store.close();
  });

  it('rolls back the whole batch when a result comes before its case, naming the case', async () => {
    const store = await openWithRun();
    await store.write({ runId: 'run-0001', cases: cases(0, 1) });
    const writing = store.write({
      runId: 'run-0001',
      cases: cases(1, 2),
      results: [...results(0, 2), makeResult('run-0001', 7), makeResult('run-0001', 8)],
      cache: [{ key: 'k', response: { output: 'o' } }],
    });
    await expect(writing).rejects.toBeInstanceOf(RunError);
    await expect(writing).rejects.toMatchObject({
      message: `run 'run-0001': results refer to cases 'case-7', 'case-8', which are not in the run`,
      hint: 'write each case in the same batch as its first result, or earlier',
    });
    expect(await store.countResults('run-0001')).toBe(0);
    expect(await store.getCase('run-0001', 'case-1')).toBeUndefined();
    expect(await store.getCachedResponse('k')).toBeUndefined();
    await expect(store.write({ runId: 'run-0001', results: [makeResult('run-0001', 5)] })).rejects.toThrow(
      `run 'run-0001': results refer to case 'case-5', which is not in the run`,
    );
    await store.close();
  });

  it('refuses a result that belongs to another run', async () => {
    const store = await openWithRun();
    const stray = makeResult('run-0002', 0);
    await expect(store.write({ runId: 'run-0001', cases: cases(0, 1), results: [stray] })).rejects.toThrow(
      new RunError(
        `a batch for run 'run-0001' holds a result of run 'run-0002' (case 'case-0', target 'openai:gpt-4o-mini')`,
      ),
    );
    expect(await store.getCase('run-0001', 'case-0')).toBeUndefined();
    await store.close();
  });

  it('writes every row of batches whose sizes cross the chunk ladder', async () => {
    const store = await openWithRun();
    let written = 0;
    for (const size of [1, 3, 17, 255, 256, 257, 341, 600]) {
      await store.write({
        runId: 'run-0001',
        cases: cases(written, written + size),
        results: results(written, written + size),
      });
      written += size;
      expect(await store.countResults('run-0001')).toBe(written);
    }
    const read = await readAll(store, 'run-0001');
    expect(read.map((r) => r.caseId)).toEqual(Array.from({ length: written }, (_, i) => `case-${i}`));
    await store.close();
  });
});

describe('write throughput', () => {
  it('writes 10,000 cases and 10,000 results in batches of 500 to a file', async () => {
    const timings: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const store = await openWithRun(join(temp.dir, `throughput-${attempt}.db`));
      const batches = Array.from({ length: 20 }, (_, b) => ({
        runId: 'run-0001',
        cases: cases(b * 500, (b + 1) * 500),
        results: results(b * 500, (b + 1) * 500),
      }));
      const started = performance.now();
      for (const batch of batches) await store.write(batch);
      timings.push(performance.now() - started);
      expect(await store.countResults('run-0001')).toBe(10_000);
      await store.close();
    }
    const best = Math.min(...timings);
    console.log(
      `store write throughput: 10,000 cases + 10,000 results in 20 batches: best ${best.toFixed(0)} ms of ${timings
        .map((t) => t.toFixed(0))
        .join(', ')} ms`,
    );
    // Generous against a shared CI machine; a per-row or per-query-compiled write path takes seconds.
    expect(best).toBeLessThan(2_000);
  });
});
