import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../core/index.js';
import type { Store } from '../store/index.js';
import { diffVersions } from './diff-versions.js';
import { openMemoryStore, qa, storeVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const BASE: Case[] = [
  qa('a', 'A?', 'x', ['billing']),
  qa('b', 'B?', 'y'),
  { id: 'c', vars: { question: 'C?', context: 'k' }, tags: [], metadata: { owner: 'ann', level: 1 } },
  qa('d', 'D?'),
  qa('e', 'E?'),
];

describe('diffVersions', () => {
  it('lists exactly the added, removed and changed ids, with the fields that changed', async () => {
    const edited: Case[] = [
      qa('new-1', 'N?'),
      qa('a', 'A?', 'x', ['billing', 'typo']),
      qa('b', 'B, again?', 'z'),
      {
        id: 'c',
        vars: { question: 'C?', 'odd key': 'v' },
        tags: [],
        metadata: { owner: 'bob', level: 1, note: 'n' },
      },
      { ...qa('e', 'E?'), source: 'redteam', adversarial: true, repeat: 3 },
      qa('new-2', 'M?'),
    ];
    const from = await storeVersion(store, 'faq', BASE);
    const to = await storeVersion(store, 'faq', edited);
    expect(await diffVersions(store, from, to)).toStrictEqual({
      added: ['new-1', 'new-2'],
      removed: ['d'],
      changed: ['a', 'b', 'c', 'e'],
      fields: {
        a: ['tags'],
        b: ['vars.question', 'expected'],
        c: ['vars.context', 'vars["odd key"]', 'metadata.note', 'metadata.owner'],
        e: ['source', 'adversarial', 'repeat'],
      },
    });
    expect(await diffVersions(store, to, from)).toMatchObject({
      added: ['d'],
      removed: ['new-1', 'new-2'],
      changed: ['a', 'b', 'c', 'e'],
    });
  });

  it('finds nothing between a version and itself, and notices an expected that appears', async () => {
    const from = await storeVersion(store, 'faq', BASE);
    expect(await diffVersions(store, from, from)).toStrictEqual({
      added: [],
      removed: [],
      changed: [],
      fields: {},
    });
    const to = await storeVersion(store, 'faq', [...BASE.slice(0, 3), qa('d', 'D?', 'gold'), BASE[4]!]);
    expect(await diffVersions(store, from, to)).toStrictEqual({
      added: [],
      removed: [],
      changed: ['d'],
      fields: { d: ['expected'] },
    });
  });

  it('does not report a reordering as a change', async () => {
    const from = await storeVersion(store, 'faq', BASE);
    const to = await storeVersion(store, 'faq', [...BASE].reverse());
    expect(to.id).not.toBe(from.id);
    expect(await diffVersions(store, from, to)).toStrictEqual({
      added: [],
      removed: [],
      changed: [],
      fields: {},
    });
  });
});
