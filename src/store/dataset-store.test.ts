import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Case, DatasetError, NotFoundError, stableStringify } from '../core/index.js';
import { DatasetContentHasher, datasetContentId, shortVersionId } from './dataset-hash.js';
import { makeCase } from './test-helpers/fixtures.js';
import { storeFactories } from './test-helpers/store-factories.js';
import type { DatasetVersion, Store } from './types.js';

describe.each(storeFactories())('$name store', (factory) => {
  let store: Store;
  beforeEach(async () => {
    store = await factory.open();
  });
  afterEach(async () => {
    await store.close();
    await factory.cleanup();
  });
  const count = async (location: string, table: string) =>
    Number((await factory.rows(location, `select count(*) from ${table}`))[0]![0]);

  const cases = (n: number, from = 0): Case[] => Array.from({ length: n }, (_, i) => makeCase(from + i));

  async function readCases(versionId: string, pageSize?: number): Promise<Case[]> {
    const out: Case[] = [];
    for await (const c of store.datasetCases(versionId, pageSize === undefined ? {} : { pageSize }))
      out.push(c);
    return out;
  }

  describe('the version id', () => {
    it('is SHA-256 over one stable JSON line per case, blind to key order and to fields that are not content', async () => {
      const plain: Case = { id: 'a', vars: { q: 'x', n: 1 }, tags: [] };
      const sha = (await import('node:crypto')).createHash('sha256');
      sha.update(`${stableStringify(plain)}\n`);
      const id = await datasetContentId([plain]);
      expect(id).toBe(sha.digest('hex'));
      const reordered = { tags: [], vars: { n: 1, q: 'x' }, id: 'a', origin: { file: 'f', line: 1 } };
      expect(await datasetContentId([reordered as Case])).toBe(id);
      expect(await datasetContentId([{ ...plain, expected: 'y' }])).not.toBe(id);
      expect(shortVersionId(id)).toBe(id.slice(0, 12));
    });

    it('depends on the order of the cases', async () => {
      expect(await datasetContentId(cases(2))).not.toBe(await datasetContentId(cases(2).reverse()));
    });

    it('refuses a repeated case id, naming both positions', () => {
      const hasher = new DatasetContentHasher('faq');
      hasher.add(makeCase(1));
      hasher.add(makeCase(2));
      expect(() => hasher.add(makeCase(1))).toThrow(
        new DatasetError('dataset faq: duplicate case id case-1 (cases 1 and 3)'),
      );
    });
  });

  describe('putDatasetVersion', () => {
    // PostgreSQL only: SQLite stores in one process share one thread, where a second writer waits on
    // the first synchronously; across processes SQLite's single-writer lock does the serialising.
    it.runIf(factory.name === 'postgres')(
      'numbers the versions of one name put by several stores at once, without a collision',
      async () => {
        const location = factory.location();
        const stores: Store[] = [];
        for (let i = 0; i < 3; i++) stores.push(await factory.open(location));
        try {
          const outcomes = await Promise.all(
            Array.from({ length: 6 }, (_, i) =>
              stores[i % 3]!.putDatasetVersion({
                name: 'shared',
                cases: async function* () {
                  yield* cases(3, i * 10);
                },
              }),
            ),
          );
          expect(outcomes.every((o) => o.created)).toBe(true);
          expect(outcomes.map((o) => o.version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
      },
    );

    it('stores a version and reads back exactly the cases, with every optional field', async () => {
      const written = [makeCase(0), { id: 'bare', vars: {}, tags: [] }, makeCase(1, { expected: null })];
      const { version, created } = await store.putDatasetVersion({
        name: 'qa',
        cases: () => written,
        note: 'imported from qa.jsonl',
      });
      expect(created).toBe(true);
      expect(version).toStrictEqual({
        name: 'qa',
        id: await datasetContentId(written),
        number: 1,
        caseCount: 3,
        createdAt: version.createdAt,
        note: 'imported from qa.jsonl',
      });
      expect(await readCases(version.id)).toStrictEqual(written);
    });

    it('returns the same version for the same content, and says it is not new', async () => {
      const first = await store.putDatasetVersion({ name: 'qa', cases: () => cases(3) });
      const again = await store.putDatasetVersion({ name: 'qa', cases: () => cases(3), note: 'other note' });
      expect(again).toStrictEqual({ version: first.version, created: false });
      expect(await store.listDatasetVersions('qa')).toHaveLength(1);
    });

    it('accepts an async source and drops reader extras such as origin', async () => {
      async function* source() {
        for (const c of cases(2)) yield { ...c, origin: { file: 'qa.csv', line: 2 } } as Case;
      }
      const { version } = await store.putDatasetVersion({ name: 'qa', cases: source });
      expect(version.id).toBe(await datasetContentId(cases(2)));
      expect(await readCases(version.id)).toStrictEqual(cases(2));
    });

    it('numbers versions per name and keeps note and parent', async () => {
      const v1 = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(2) })).version;
      const v2 = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(3), parent: v1.id }))
        .version;
      const other = (await store.putDatasetVersion({ name: 'other', cases: () => cases(1) })).version;
      expect([v1.number, v2.number, other.number]).toEqual([1, 2, 1]);
      expect(v2.parent).toBe(v1.id);
      expect(v1).not.toHaveProperty('parent');
      expect(v1).not.toHaveProperty('note');
      expect(await store.listDatasetVersions('qa')).toStrictEqual([v2, v1]);
      expect(await store.listDatasetVersions('nope')).toEqual([]);
    });

    it('stores a content once, whatever the names that point at it', async () => {
      const path = factory.location();
      const fileStore = await factory.open(path);
      const a = await fileStore.putDatasetVersion({ name: 'a', cases: () => cases(5) });
      const b = await fileStore.putDatasetVersion({ name: 'b', cases: () => cases(5) });
      await fileStore.close();
      expect(b.created).toBe(true);
      expect(b.version.id).toBe(a.version.id);
      expect(await count(path, 'dataset_cases')).toBe(5);
      expect(await count(path, 'dataset_contents')).toBe(1);
    });

    it('stores an empty dataset', async () => {
      const { version } = await store.putDatasetVersion({ name: 'empty', cases: () => [] });
      expect(version.caseCount).toBe(0);
      expect(await readCases(version.id)).toEqual([]);
    });

    it('writes large contents across pages, in order', async () => {
      const many = cases(2_345);
      const { version } = await store.putDatasetVersion({ name: 'big', cases: () => many });
      expect(version.caseCount).toBe(2_345);
      const read = await readCases(version.id, 1_000);
      expect(read.map((c) => c.id)).toEqual(many.map((c) => c.id));
      expect(read.at(-1)).toStrictEqual(many.at(-1));
    });

    it('refuses a duplicate case id and stores nothing', async () => {
      await expect(
        store.putDatasetVersion({ name: 'qa', cases: () => [makeCase(1), makeCase(2), makeCase(1)] }),
      ).rejects.toThrow(new DatasetError('dataset qa: duplicate case id case-1 (cases 1 and 3)'));
      expect(await store.listDatasets()).toEqual([]);
    });

    it('refuses cases that change between the two reads, and leaves no rows behind', async () => {
      const path = factory.location();
      const fileStore = await factory.open(path);
      let reads = 0;
      const error = await fileStore
        .putDatasetVersion({ name: 'qa', cases: () => (reads++ === 0 ? cases(3) : cases(3, 1)) })
        .catch((e: unknown) => e);
      expect(error).toEqual(
        new DatasetError(
          'dataset qa: the cases changed while they were being stored; nothing was stored',
          undefined,
          { hint: 'import again once the file is no longer being written' },
        ),
      );
      expect(await fileStore.listDatasets()).toEqual([]);
      await fileStore.close();
      expect(await count(path, 'dataset_cases')).toBe(0);
    });

    it('replaces the rows a write that died half-way left behind', async () => {
      const path = factory.location();
      const real = cases(3);
      const id = await datasetContentId(real);
      await (await factory.open(path)).close();
      await factory.run(
        path,
        `insert into dataset_cases (content_id, position, case_id, vars_json, tags_json) values (?, 1, 'stale', '{}', '[]')`,
        [id],
      );
      const fileStore = await factory.open(path);
      const { version } = await fileStore.putDatasetVersion({ name: 'qa', cases: () => real });
      const read: Case[] = [];
      for await (const c of fileStore.datasetCases(version.id)) read.push(c);
      await fileStore.close();
      expect(read).toStrictEqual(real);
    });
  });

  describe('finding versions', () => {
    /** Versions of one name until two ids share a first hex digit (17 always suffice). */
    async function versionsSharingAPrefix(): Promise<{ all: DatasetVersion[]; pair: DatasetVersion[] }> {
      const all: DatasetVersion[] = [];
      for (let i = 1; ; i++) {
        const version = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(i) })).version;
        const pair = all.filter((v) => v.id[0] === version.id[0]);
        all.push(version);
        if (pair.length > 0) return { all, pair: [version, ...pair] };
      }
    }

    it('finds latest, a full id, and a unique prefix in any case', async () => {
      const v1 = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(1) })).version;
      const v2 = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(2) })).version;
      expect(await store.findDatasetVersion('qa', 'latest')).toStrictEqual(v2);
      expect(await store.findDatasetVersion('qa', v1.id)).toStrictEqual(v1);
      expect(await store.findDatasetVersion('qa', v1.id.slice(0, 12).toUpperCase())).toStrictEqual(v1);
    });

    it('finds nothing for an unknown name, an unknown id, or a ref that is not hex', async () => {
      const v1 = (await store.putDatasetVersion({ name: 'qa', cases: () => cases(1) })).version;
      expect(await store.findDatasetVersion('nope', 'latest')).toBeUndefined();
      expect(await store.findDatasetVersion('other', v1.id)).toBeUndefined();
      expect(await store.findDatasetVersion('qa', v1.id[0] === 'f' ? '0' : 'f'.repeat(12))).toBeUndefined();
      expect(await store.findDatasetVersion('qa', '%')).toBeUndefined();
      expect(await store.findDatasetVersion('qa', 'v1')).toBeUndefined();
    });

    it('names the candidates of an ambiguous prefix', async () => {
      const { pair } = await versionsSharingAPrefix();
      const prefix = pair[0]!.id[0]!;
      const listed = pair.map((v) => v.id.slice(0, 12)).join(', ');
      const error = await store.findDatasetVersion('qa', prefix).catch((e: unknown) => e);
      expect(error).toEqual(
        new NotFoundError(`version prefix '${prefix}' of dataset qa matches several versions: ${listed}`, {
          hint: 'give more characters of the version id',
        }),
      );
    });

    it('lists every name with its latest version', async () => {
      const a1 = (await store.putDatasetVersion({ name: 'b-set', cases: () => cases(1) })).version;
      const a2 = (await store.putDatasetVersion({ name: 'b-set', cases: () => cases(4) })).version;
      const b1 = (await store.putDatasetVersion({ name: 'a-set', cases: () => cases(2) })).version;
      expect(await store.listDatasets()).toStrictEqual([
        { name: 'a-set', versions: 1, latest: b1, createdAt: b1.createdAt },
        { name: 'b-set', versions: 2, latest: a2, createdAt: a1.createdAt },
      ]);
    });

    it('pages cases and checks the page size', async () => {
      const { version } = await store.putDatasetVersion({ name: 'qa', cases: () => cases(5) });
      expect((await readCases(version.id, 2)).map((c) => c.id)).toEqual(cases(5).map((c) => c.id));
      expect(await readCases('unknown')).toEqual([]);
      await expect(readCases(version.id, 0)).rejects.toThrow(
        new RangeError('pageSize must be an integer >= 1, got 0'),
      );
    });
  });
});
