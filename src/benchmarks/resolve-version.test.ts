import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../core/index.js';
import type { Store } from '../store/index.js';
import { findVersion, resolveVersion } from './resolve-version.js';
import { openMemoryStore, qa, storeVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

describe('resolving versions', () => {
  it('finds latest, ids and prefixes', async () => {
    const v1 = await storeVersion(store, 'faq', [qa('a', 'A?')]);
    const v2 = await storeVersion(store, 'faq', [qa('a', 'A?'), qa('b', 'B?')]);
    expect(await resolveVersion(store, 'faq', 'latest')).toStrictEqual(v2);
    expect(await resolveVersion(store, 'faq', v1.id.slice(0, 8))).toStrictEqual(v1);
  });

  it('says the store holds no datasets yet', async () => {
    await expect(resolveVersion(store, 'faq', 'latest')).rejects.toThrow(
      new NotFoundError('no dataset named faq: the store holds no datasets yet', {
        hint: 'groundtruth dataset import FILE --name faq stores one',
      }),
    );
  });

  it('suggests a close name and lists the names', async () => {
    await storeVersion(store, 'faq', [qa('a', 'A?')]);
    await storeVersion(store, 'support', [qa('a', 'A?')]);
    expect(await findVersion(store, 'faqs', 'latest')).toEqual({
      key: 'name',
      message: 'no dataset named faqs; did you mean faq? (datasets: faq, support)',
    });
    expect(await findVersion(store, 'zzz', 'latest')).toEqual({
      key: 'name',
      message: 'no dataset named zzz (datasets: faq, support)',
    });
  });

  it('lists the versions, newest first, when the version is unknown', async () => {
    const v1 = await storeVersion(store, 'faq', [qa('a', 'A?')]);
    const v2 = await storeVersion(store, 'faq', [qa('b', 'B?')]);
    const unknown = v1.id.startsWith('0') || v2.id.startsWith('0') ? 'fffffff' : '0000000';
    expect(await findVersion(store, 'faq', unknown)).toEqual({
      key: 'version',
      message: `dataset faq has no version ${unknown} (versions, newest first: ${v2.id.slice(0, 12)}, ${v1.id.slice(0, 12)})`,
      hint: 'groundtruth dataset versions faq lists them; latest is the newest',
    });
  });

  it('lists at most ten versions and says how many there are', async () => {
    for (let i = 0; i < 12; i++) await storeVersion(store, 'faq', [qa(`c${i}`, `Q${i}?`)]);
    const found = await findVersion(store, 'faq', 'nothex');
    expect(found).toMatchObject({ key: 'version' });
    expect((found as { message: string }).message).toMatch(
      /^dataset faq has no version nothex \(versions, newest first: ([0-9a-f]{12}, ){10}\.\.\. \(12 in all\)\)$/,
    );
  });
});
