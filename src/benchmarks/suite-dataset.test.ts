import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Case, ConfigError, type DatasetRef } from '../core/index.js';
import type { Store } from '../store/index.js';
import { openDataset } from '../suite/index.js';
import { datasetRefLabel, openSuiteDataset } from './suite-dataset.js';
import { openMemoryStore, qa, storeVersion } from './test-helpers/dataset-fixtures.js';

const SUITE = '/suites/faq/groundtruth.yaml';
const stored = (name: string, version = 'latest'): DatasetRef => ({ kind: 'stored', name, version });

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

async function collect(cases: AsyncIterable<Case & { origin?: unknown }>) {
  const out: Array<Case & { origin?: unknown }> = [];
  for await (const c of cases) out.push(c);
  return out;
}

describe('openSuiteDataset', () => {
  it('reads a stored version like a file: its id is the hash, positions are the lines', async () => {
    const cases = [qa('a', 'A?', 'x', ['billing']), qa('b', 'B?', undefined, ['billing', 'typo'])];
    const version = await storeVersion(store, 'faq', cases);
    const dataset = await openSuiteDataset({ path: SUITE, dataset: stored('faq') }, store);
    const scan = await dataset.scan();
    expect(scan.hash).toBe(version.id);
    expect(scan.count).toBe(2);
    expect([...scan.tags]).toEqual([
      ['billing', 2],
      ['typo', 1],
    ]);
    const label = `faq@${version.id.slice(0, 12)}`;
    expect(await collect(dataset.cases())).toEqual([
      { ...cases[0], origin: { file: label, line: 1 } },
      { ...cases[1], origin: { file: label, line: 2 } },
    ]);
  });

  it('resolves latest once: a version stored meanwhile does not change what the run reads', async () => {
    const first = await storeVersion(store, 'faq', [qa('a', 'A?')]);
    const dataset = await openSuiteDataset({ path: SUITE, dataset: stored('faq') }, store);
    await storeVersion(store, 'faq', [qa('z', 'Z?')]);
    expect((await dataset.scan()).hash).toBe(first.id);
    expect((await collect(dataset.cases())).map((c) => c.id)).toEqual(['a']);
  });

  it('reads a version named by a prefix of its id', async () => {
    const first = await storeVersion(store, 'faq', [qa('a', 'A?')]);
    await storeVersion(store, 'faq', [qa('z', 'Z?')]);
    const dataset = await openSuiteDataset(
      { path: SUITE, dataset: stored('faq', first.id.slice(0, 10)) },
      store,
    );
    expect((await dataset.scan()).hash).toBe(first.id);
  });

  it('locates an unknown name at the suite key dataset.name, with a did-you-mean', async () => {
    await storeVersion(store, 'faq', [qa('a', 'A?')]);
    await expect(openSuiteDataset({ path: SUITE, dataset: stored('faqs') }, store)).rejects.toThrow(
      new ConfigError('no dataset named faqs; did you mean faq? (datasets: faq)', {
        file: SUITE,
        key: 'dataset.name',
      }),
    );
  });

  it('locates an unknown version at dataset.version, listing the versions', async () => {
    const version = await storeVersion(store, 'faq', [qa('a', 'A?')]);
    const error = await openSuiteDataset({ path: SUITE, dataset: stored('faq', 'v9') }, store).catch(
      (e) => e,
    );
    expect(error).toEqual(
      new ConfigError(
        `dataset faq has no version v9 (versions, newest first: ${version.id.slice(0, 12)})`,
        { file: SUITE, key: 'dataset.version' },
        { hint: 'groundtruth dataset versions faq lists them; latest is the newest' },
      ),
    );
    expect(error.message).toBe(
      `${SUITE}: dataset.version: dataset faq has no version v9 (versions, newest first: ${version.id.slice(0, 12)})`,
    );
  });

  it('opens files and inline cases as they are, without the store', async () => {
    const inline: DatasetRef = { kind: 'inline', cases: [qa('a', 'A?')] };
    const dataset = await openSuiteDataset({ path: SUITE, dataset: inline }, store);
    expect((await dataset.scan()).count).toBe(1);
  });

  it('is the only way to a stored version: openDataset alone refuses it', () => {
    expect(() => openDataset(stored('faq'))).toThrow(
      new ConfigError(
        'dataset faq@latest is a stored version: it is read through the store, which this command does not open',
      ),
    );
  });
});

describe('datasetRefLabel', () => {
  it('records the file, inline, or the exact version of a stored dataset', () => {
    const hash = 'ab'.repeat(32);
    expect(datasetRefLabel({ kind: 'file', path: '/s/cases.csv', format: 'csv' }, hash)).toBe('/s/cases.csv');
    expect(datasetRefLabel({ kind: 'inline', cases: [] }, hash)).toBe('inline');
    expect(datasetRefLabel(stored('faq'), hash)).toBe('faq@abababababab');
  });
});
