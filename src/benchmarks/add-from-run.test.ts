import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Case, NotFoundError, type Result } from '../core/index.js';
import type { Store } from '../store/index.js';
import { makeCase, makeResult, makeRun } from '../store/test-helpers/fixtures.js';
import { addFromRun } from './add-from-run.js';
import { openMemoryStore, qa, readVersion, storeVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const RUN = 'run-0001';
/** case-0 was gathered from an earlier run before: its old candidate keys must not survive. */
const CASES: Case[] = [
  makeCase(0, { metadata: { owner: 'ann', fromRun: 'older', candidates: { gpt: ['old'] }, error: 'old' } }),
  makeCase(1),
  makeCase(2),
  makeCase(3),
];

function result(caseIndex: number, targetId: string, overrides: Partial<Result>): Result {
  return makeResult(RUN, caseIndex, { targetId, ...overrides });
}

/** Results arrive out of target and repeat order, as a concurrent run writes them. */
const RESULTS: Result[] = [
  result(0, 'gpt', { status: 'pass' }),
  result(1, 'claude', { status: 'error', output: null, error: 'timeout after 60000 ms' }),
  result(0, 'claude', { status: 'fail', output: 'wrong 0' }),
  result(1, 'gpt', { status: 'fail', output: 'wrong 1', repeat: 1 }),
  result(1, 'gpt', { status: 'fail', output: 'wrong 1', repeat: 0 }),
  result(1, 'gpt', { status: 'fail', output: 'other 1', repeat: 2 }),
  result(2, 'gpt', { status: 'error', output: null, error: 'boom' }),
  result(3, 'gpt', { status: 'pass' }),
];

beforeEach(async () => {
  const targets = [
    { id: 'gpt', type: 'openai' },
    { id: 'claude', type: 'anthropic' },
  ];
  await store.createRun(makeRun({ id: RUN, targets, caseCount: 4, expectedResults: RESULTS.length }));
  await store.write({ runId: RUN, cases: CASES, results: RESULTS });
});

describe('addFromRun', () => {
  it('turns the failed results into cases of a new version, replacing base cases in place', async () => {
    const keep = qa('keep', 'Keep me?', 'yes');
    const base = await storeVersion(store, 'faq', [qa('case-0', 'old question', 'old'), keep]);
    const outcome = await addFromRun(store, { runId: 'run-00', name: 'faq', failedOnly: true });
    expect(outcome).toMatchObject({
      results: 6,
      created: true,
      base,
      added: ['case-1', 'case-2'],
      changed: ['case-0'],
    });
    expect(outcome.version).toMatchObject({
      name: 'faq',
      number: 2,
      caseCount: 4,
      parent: base.id,
      note: `from run ${RUN} (failed)`,
    });
    expect(await readVersion(store, outcome.version!)).toStrictEqual([
      { ...CASES[0], metadata: { owner: 'ann', fromRun: RUN, target: 'claude', candidate: 'wrong 0' } },
      keep,
      {
        ...CASES[1],
        metadata: {
          ...CASES[1]!.metadata,
          fromRun: RUN,
          target: 'gpt',
          candidate: 'wrong 1',
          candidates: { gpt: ['wrong 1', 'other 1'], claude: [] },
        },
      },
      {
        ...CASES[2],
        metadata: { ...CASES[2]!.metadata, fromRun: RUN, target: 'gpt', candidate: null, error: 'boom' },
      },
    ]);
  });

  it('makes no new version when the cases are already so', async () => {
    const first = await addFromRun(store, { runId: RUN, name: 'faq', failedOnly: true });
    const again = await addFromRun(store, { runId: RUN, name: 'faq', failedOnly: true });
    expect(again).toMatchObject({ created: false, version: first.version, added: [], changed: [] });
    expect(await store.listDatasetVersions('faq')).toHaveLength(1);
  });

  it('takes every result of a tag when not limited to failures, into a new name', async () => {
    const outcome = await addFromRun(store, { runId: RUN, name: 'evens', failedOnly: false, tag: 'even' });
    expect(outcome).toMatchObject({ results: 3, created: true, added: ['case-0', 'case-2'], changed: [] });
    expect(outcome.version).toMatchObject({ number: 1, note: `from run ${RUN} (tag even)` });
    expect(outcome.version).not.toHaveProperty('parent');
    const [zero] = await readVersion(store, outcome.version!);
    expect(zero!.metadata).toEqual({
      owner: 'ann',
      fromRun: RUN,
      target: 'gpt',
      candidate: '0',
      candidates: { gpt: ['0'], claude: ['wrong 0'] },
    });
  });

  it('stores nothing when no result matches', async () => {
    const outcome = await addFromRun(store, { runId: RUN, name: 'faq', failedOnly: true, tag: 'nope' });
    expect(outcome).toMatchObject({ results: 0, created: false, added: [], changed: [] });
    expect(outcome.version).toBeUndefined();
    expect(await store.listDatasets()).toEqual([]);
  });

  it('refuses an unknown run', async () => {
    await expect(addFromRun(store, { runId: 'nope', name: 'faq', failedOnly: true })).rejects.toThrow(
      new NotFoundError('no run nope in this store', { hint: 'groundtruth runs list shows the runs' }),
    );
  });
});
