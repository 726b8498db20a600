import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../core/index.js';
import { fixtureDir, rejection } from '../test-helpers/fixtures.js';
import { defaultCaseId } from './case-input.js';
import { readJsonlBatches } from './jsonl-reader.js';
import type { LocatedCase } from './types.js';

async function jsonl(content: string) {
  const dir = await fixtureDir({ 'cases.jsonl': content });
  return join(dir, 'cases.jsonl');
}

async function readAll(path: string): Promise<LocatedCase[]> {
  const out: LocatedCase[] = [];
  for await (const batch of readJsonlBatches(path, path)) out.push(...batch);
  return out;
}

async function jsonlError(content: string) {
  const path = await jsonl(content);
  const err = await rejection(readAll(path));
  expect(err).toBeInstanceOf(DatasetError);
  return { message: err.message, path };
}

describe('JSONL datasets', () => {
  it('reads one case per non-blank line with its line number', async () => {
    const path = await jsonl(
      '\uFEFF{"id": 1, "vars": {"q": "a"}, "tags": ["x", "x"]}\n\n  \n{"vars": {"q": "b"}, "expected": {"n": 2}, "source": "manual"}\r\n',
    );
    expect(await readAll(path)).toEqual([
      { id: '1', vars: { q: 'a' }, tags: ['x'], origin: { file: path, line: 1 } },
      {
        id: defaultCaseId({ q: 'b' }, { n: 2 }),
        vars: { q: 'b' },
        expected: { n: 2 },
        tags: [],
        source: 'manual',
        origin: { file: path, line: 4 },
      },
    ]);
  });

  it('reports bad JSON at its line', async () => {
    const { message, path } = await jsonlError('{"vars": {}}\n{"vars": {"q": 1}}\n{"vars": {"q": }\n');
    expect(message).toBe(
      `${path}:3: invalid JSON: Unexpected token '}', "{"vars": {"q": }" is not valid JSON`,
    );
  });

  it('reports an unknown key at its line with a did-you-mean', async () => {
    const { message, path } = await jsonlError('{"vars": {}}\n{"vars": {}, "expectd": "x"}\n');
    expect(message).toBe(`${path}:2: expectd: unknown key; did you mean "expected"?`);
  });

  it('reports every problem of the line, with key paths', async () => {
    const { message, path } = await jsonlError('{"vars": [], "tags": ["a", ""], "source": "prod"}\n');
    expect(message).toBe(
      [
        `${path}:1: vars: expected an object, found a list`,
        `${path}:1: tags[1]: expected a non-empty string`,
        `${path}:1: source: expected one of "manual", "production", "redteam", "synthetic", found "prod"`,
      ].join('\n'),
    );
  });

  it('rejects a line that is not an object', async () => {
    const { message, path } = await jsonlError('{"vars": {}}\n[1, 2]\n');
    expect(message).toBe(`${path}:2: expected a JSON object (one case per line), found a list`);
  });
});
