import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../core/index.js';
import { fixtureDir, rejection } from '../test-helpers/fixtures.js';
import { readDocumentBatches } from './document-reader.js';
import type { LocatedCase } from './types.js';

async function read(name: string, content: string): Promise<{ cases: LocatedCase[]; path: string }> {
  const path = join(await fixtureDir({ [name]: content }), name);
  const cases: LocatedCase[] = [];
  for await (const batch of readDocumentBatches(path, path, name.endsWith('.json') ? 'json' : 'yaml')) {
    cases.push(...batch);
  }
  return { cases, path };
}

async function readError(name: string, content: string) {
  const path = join(await fixtureDir({ [name]: content }), name);
  const err = await rejection(
    (async () => {
      for await (const _ of readDocumentBatches(path, path, name.endsWith('.json') ? 'json' : 'yaml'));
    })(),
  );
  expect(err).toBeInstanceOf(DatasetError);
  return { message: err.message, path };
}

describe('JSON and YAML datasets', () => {
  it('reads a JSON array with the line of each item', async () => {
    const { cases, path } = await read(
      'cases.json',
      '[\n  {"id": "a", "vars": {"q": 1}},\n\n  {"id": "b"}\n]\n',
    );
    expect(cases).toEqual([
      { id: 'a', vars: { q: 1 }, tags: [], origin: { file: path, line: 2 } },
      { id: 'b', vars: {}, tags: [], origin: { file: path, line: 4 } },
    ]);
  });

  it('reads a YAML list and a `cases:` object', async () => {
    const list = await read('cases.yaml', '- id: a\n  vars: { q: x }\n- id: b\n  tags: [t]\n');
    expect(list.cases.map((c) => [c.id, c.tags, c.origin.line])).toEqual([
      ['a', [], 1],
      ['b', ['t'], 3],
    ]);
    const object = await read('cases.yml', 'cases:\n  - id: a\n  - id: b\n');
    expect(object.cases.map((c) => [c.id, c.origin.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    const json = await read('cases.json', '{"cases": [{"id": 3}]}');
    expect(json.cases.map((c) => c.id)).toEqual(['3']);
  });

  it('locates every invalid item at its line, column and key', async () => {
    const { message, path } = await readError(
      'cases.yaml',
      '- id: a\n- vars: { q: 1 }\n  tagz: [x]\n- id: c\n  repeat: 0\n',
    );
    expect(message).toBe(
      [
        `${path}:3:3: [1].tagz: unknown key; did you mean "tags"?`,
        `${path}:5:11: [2].repeat: expected an integer >= 1, found 0`,
      ].join('\n'),
    );
  });

  it('locates items under `cases:` with their full key path', async () => {
    const { message, path } = await readError(
      'cases.json',
      '{\n  "cases": [\n    {"vars": {}, "adversarial": "yes"}\n  ]\n}',
    );
    expect(message).toBe(`${path}:3:33: cases[0].adversarial: expected true or false, found "yes"`);
  });

  it('rejects a duplicate key in a JSON dataset at its position', async () => {
    const { message, path } = await readError('cases.json', '[\n  {"id": "a",\n   "vars": {}, "id": "b"}\n]');
    expect(message).toBe(`${path}:3:16: invalid JSON: duplicate key "id"`);
  });

  it('reads large JSON datasets quickly', async () => {
    const cases = Array.from({ length: 10_000 }, (_, i) => ({ vars: { q: `item ${i}` }, tags: ['t'] }));
    const started = performance.now();
    const { cases: loaded } = await read('cases.json', JSON.stringify(cases, null, 2));
    expect(loaded).toHaveLength(10_000);
    expect(loaded[9_999]!.origin.line).toBe(9_999 * 8 + 2);
    // Composing a YAML document with positions took over a second here; JSON.parse takes ~0.1 s.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reports syntax errors and a wrong shape', async () => {
    const syntax = await readError('cases.json', '[\n  {"id": "a",}\n]');
    expect(syntax.message).toBe(`${syntax.path}:2:14: invalid JSON: Expected double-quoted property name`);
    const key = await readError('cases.yaml', 'case:\n  - id: a\n');
    expect(key.message).toBe(`${key.path}:1:1: case: unknown key; did you mean "cases"?`);
    const scalar = await readError('cases.yaml', 'just text\n');
    expect(scalar.message).toBe(
      `${scalar.path}:1: expected a list of cases or an object with "cases", found "just text"`,
    );
    const empty = await readError('cases.yaml', '');
    expect(empty.message).toBe(`${empty.path}: empty file: expected a list of cases`);
  });
});
