import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { profileVersion } from './profile-version.js';
import { openMemoryStore, qa, storeVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

describe('profileVersion', () => {
  it('counts cases per tag, source and adversarial, and keeps the first ones', async () => {
    const cases = [
      qa('a', 'A?', 'x', ['typo', 'billing']),
      { ...qa('b', 'B?', undefined, ['billing']), source: 'redteam' as const, adversarial: true },
      { ...qa('c', 'C?', 'z', ['account']), source: 'redteam' as const, adversarial: false },
      { ...qa('d', 'D?', 'w', ['billing']), source: 'production' as const },
    ];
    const version = await storeVersion(store, 'faq', cases);
    const profile = await profileVersion(store, version, { first: 2 });
    expect(profile).toStrictEqual({
      cases: 4,
      tags: { billing: 3, account: 1, typo: 1 },
      sources: { redteam: 2, production: 1, unset: 1 },
      adversarial: 1,
      withExpected: 3,
      first: cases.slice(0, 2),
    });
    expect(Object.keys(profile.tags)).toEqual(['billing', 'account', 'typo']);
  });
});
