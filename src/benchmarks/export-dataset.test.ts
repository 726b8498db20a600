import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Case, UsageError } from '../core/index.js';
import type { Store } from '../store/index.js';
import { fixtureDir } from '../suite/test-helpers/fixtures.js';
import { exportDataset } from './export-dataset.js';
import { importDataset } from './import-dataset.js';
import { openMemoryStore, qa, storeVersion } from './test-helpers/dataset-fixtures.js';

let store: Store;
beforeEach(async () => {
  store = await openMemoryStore();
});
afterEach(async () => {
  await store.close();
});

/** Every field, values CSV cannot hold, and text that needs quoting in every format. */
const RICH: Case[] = [
  {
    id: 'q1',
    vars: { question: 'Say "hi", then\nstop', n: 3, nested: { list: [1, 'two', null] } },
    expected: { answer: 'hi' },
    tags: ['greeting', 'multi word'],
    metadata: { reviewer: 'ann', score: 0.5 },
    source: 'production',
    adversarial: true,
    repeat: 4,
  },
  { id: '007', vars: { question: 'yes' }, expected: 'null', tags: [] },
  { id: 'empty', vars: {}, tags: [] },
];

const PLAIN: Case[] = [
  qa('q1', 'Say "hi", then\nstop', 'hi', ['greeting', 'multi word']),
  qa('q2', '  padded, with commas  ', undefined, []),
  { id: 'q3', vars: { question: '', context: 'c' }, expected: '0', tags: ['x'] },
];
PLAIN[0]!.vars.context = '';
PLAIN[1]!.vars.context = 'ctx';

describe('exportDataset', () => {
  for (const file of ['out.jsonl', 'out.json', 'out.yaml']) {
    it(`writes ${file} that imports back to the same version`, async () => {
      const version = await storeVersion(store, 'rich', RICH);
      const cwd = await fixtureDir({});
      const outcome = await exportDataset(store, version, file, cwd);
      expect(outcome).toEqual({ format: outcome.format, cases: 3, path: join(cwd, file) });
      const again = await importDataset(store, { file, name: 'rich', cwd });
      expect(again.created).toBe(false);
      expect(again.version.id).toBe(version.id);
      expect(readdirSync(cwd)).toEqual([file]);
    });
  }

  it('writes CSV with vars as columns that imports back to the same version', async () => {
    const version = await storeVersion(store, 'plain', PLAIN);
    const cwd = await fixtureDir({});
    expect(await exportDataset(store, version, 'out.csv', cwd)).toEqual({
      format: 'csv',
      cases: 3,
      path: join(cwd, 'out.csv'),
    });
    expect(readFileSync(join(cwd, 'out.csv'), 'utf8')).toBe(
      'id,question,context,expected,tags\n' +
        'q1,"Say ""hi"", then\nstop",,hi,greeting;multi word\n' +
        'q2,"  padded, with commas  ",ctx,,\n' +
        'q3,,c,0,x\n',
    );
    const again = await importDataset(store, { file: 'out.csv', name: 'plain', cwd });
    expect(again.version.id).toBe(version.id);
  });

  it('writes an empty version in every format', async () => {
    const version = await storeVersion(store, 'empty', []);
    const cwd = await fixtureDir({});
    for (const file of ['e.csv', 'e.jsonl', 'e.json', 'e.yaml']) {
      expect((await exportDataset(store, version, file, cwd)).cases).toBe(0);
      expect((await importDataset(store, { file, name: 'empty', cwd })).version.id).toBe(version.id);
    }
    expect(readFileSync(join(cwd, 'e.json'), 'utf8')).toBe('[]\n');
  });

  const refusals: Array<[string, Case[], string]> = [
    [
      'a non-string var',
      [{ id: 'a', vars: { n: 3 }, tags: [] }],
      'vars.n is a number; CSV holds only strings',
    ],
    [
      'an object expected',
      [{ id: 'a', vars: {}, expected: { x: 1 }, tags: [] }],
      'expected is an object; CSV holds only strings',
    ],
    [
      'an empty expected',
      [{ id: 'a', vars: {}, expected: '', tags: [] }],
      'expected is an empty string, which CSV reads back as no expected',
    ],
    [
      'metadata',
      [{ id: 'a', vars: {}, tags: [], metadata: {} }],
      'it has metadata, which CSV has no column for',
    ],
    [
      'a source',
      [{ id: 'a', vars: {}, tags: [], source: 'manual' }],
      'it has source, which CSV has no column for',
    ],
    [
      'a missing var',
      [qa('a', 'A?'), { id: 'b', vars: {}, tags: [] }],
      'it lacks var question that other cases have; CSV gives every case every column',
    ],
    [
      'a tag with ;',
      [{ id: 'a', vars: {}, tags: ['a;b'] }],
      'tag "a;b" cannot be written in a ;-separated tags cell',
    ],
    [
      'a reserved var name',
      [{ id: 'a', vars: { tags: 'x' }, tags: [] }],
      'var tags has the name of a reserved CSV column',
    ],
    [
      'a padded id',
      [{ id: ' a', vars: {}, tags: [] }],
      'its id has spaces at an end, which CSV import trims',
    ],
  ];
  for (const [what, cases, problem] of refusals) {
    it(`refuses CSV for a case with ${what}, writing nothing`, async () => {
      const version = await storeVersion(store, 'x', cases);
      const cwd = await fixtureDir({});
      const id = cases.at(-1)!.id;
      await expect(exportDataset(store, version, 'out.csv', cwd)).rejects.toThrow(
        new UsageError(`cannot export x@${version.id.slice(0, 12)} as CSV: case ${id}: ${problem}`, {
          hint: 'export to .jsonl, .json or .yaml, which hold every case',
        }),
      );
      expect(existsSync(join(cwd, 'out.csv'))).toBe(false);
      expect(readdirSync(cwd)).toEqual([]);
    });
  }

  it('refuses JSON for numbers JSON cannot hold, and YAML keeps them', async () => {
    const version = await storeVersion(store, 'inf', [
      { id: 'a', vars: { limits: [1, Infinity] }, tags: [] },
    ]);
    const cwd = await fixtureDir({});
    await expect(exportDataset(store, version, 'out.jsonl', cwd)).rejects.toThrow(
      new UsageError(
        `cannot export inf@${version.id.slice(0, 12)} as JSONL: case a: vars.limits[1] is not a finite number, which JSON cannot hold`,
        { hint: 'export to .yaml instead' },
      ),
    );
    await exportDataset(store, version, 'out.yaml', cwd);
    expect((await importDataset(store, { file: 'out.yaml', name: 'inf', cwd })).version.id).toBe(version.id);
  });
});
