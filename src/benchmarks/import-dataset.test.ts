import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, UsageError } from '../core/index.js';
import type { Store } from '../store/index.js';
import { fixtureDir } from '../suite/test-helpers/fixtures.js';
import { importDataset } from './import-dataset.js';
import { openMemoryStore, qa, readVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

const CSV = 'id,question,expected,tags\nq1,What?,An answer,billing;typo\nq2,Why?,,\n';

describe('importDataset', () => {
  it('stores the cases as the engine reads them, noting the file', async () => {
    const cwd = await fixtureDir({ 'data/cases.csv': CSV });
    const { version, created, previous } = await importDataset(store, {
      file: 'data/cases.csv',
      name: 'faq',
      cwd,
    });
    expect(created).toBe(true);
    expect(previous).toBeUndefined();
    expect(version).toMatchObject({
      name: 'faq',
      number: 1,
      caseCount: 2,
      note: 'imported from data/cases.csv',
    });
    expect(await readVersion(store, version)).toStrictEqual([
      qa('q1', 'What?', 'An answer', ['billing', 'typo']),
      qa('q2', 'Why?'),
    ]);
  });

  it('returns the same version for the same cases, whatever the format', async () => {
    const cwd = await fixtureDir({
      'cases.csv': CSV,
      'cases.jsonl':
        '{"id":"q1","vars":{"question":"What?"},"expected":"An answer","tags":["billing","typo"]}\n' +
        '{"id":"q2","vars":{"question":"Why?"}}\n',
    });
    const first = await importDataset(store, { file: 'cases.csv', name: 'faq', cwd });
    const again = await importDataset(store, { file: 'cases.jsonl', name: 'faq', cwd });
    expect(again).toStrictEqual({ version: first.version, created: false, previous: first.version });
  });

  it('keeps source, adversarial, metadata and repeat, and makes the previous latest the parent', async () => {
    const cwd = await fixtureDir({
      'v1.csv': CSV,
      'v2.yaml':
        '- id: q1\n  vars: { question: What? }\n  source: redteam\n  adversarial: true\n' +
        '  metadata: { severity: 3 }\n  repeat: 5\n',
    });
    const v1 = await importDataset(store, { file: 'v1.csv', name: 'faq', cwd });
    const v2 = await importDataset(store, { file: 'v2.yaml', name: 'faq', cwd });
    expect(v2.version).toMatchObject({ number: 2, parent: v1.version.id });
    expect(await readVersion(store, v2.version)).toStrictEqual([
      {
        id: 'q1',
        vars: { question: 'What?' },
        tags: [],
        metadata: { severity: 3 },
        source: 'redteam',
        adversarial: true,
        repeat: 5,
      },
    ]);
  });

  it('refuses a bad row at its line and stores nothing', async () => {
    const cwd = await fixtureDir({ 'cases.jsonl': '{"vars":{}}\n{"vars":{}, "sorce":"manual"}\n' });
    const error = await importDataset(store, { file: 'cases.jsonl', name: 'faq', cwd }).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.message).toBe(`${join(cwd, 'cases.jsonl')}:2: sorce: unknown key; did you mean "source"?`);
    expect(await store.listDatasets()).toEqual([]);
  });

  it('refuses duplicate ids naming both lines', async () => {
    const cwd = await fixtureDir({ 'cases.csv': 'id,q\na,1\na,2\n' });
    await expect(importDataset(store, { file: 'cases.csv', name: 'faq', cwd })).rejects.toThrow(
      new DatasetError('duplicate case id a (also at line 2)', { file: join(cwd, 'cases.csv'), line: 3 }),
    );
  });

  it('refuses a missing file, an unknown extension and a bad name', async () => {
    const cwd = await fixtureDir({ 'cases.txt': 'x' });
    await expect(importDataset(store, { file: 'nope.csv', name: 'faq', cwd })).rejects.toThrow(
      new DatasetError('file not found', { file: join(cwd, 'nope.csv') }),
    );
    await expect(importDataset(store, { file: 'cases.txt', name: 'faq', cwd })).rejects.toThrow(UsageError);
    await expect(importDataset(store, { file: 'cases.txt', name: 'a@b', cwd })).rejects.toThrow(
      /invalid dataset name "a@b"/,
    );
  });
});
