import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../core/index.js';
import { fixtureDir, rejection } from '../test-helpers/fixtures.js';
import { defaultCaseId } from './case-input.js';
import { parseTags, readCsvBatches } from './csv-reader.js';
import type { LocatedCase } from './types.js';

async function csv(content: string | Buffer) {
  const dir = await fixtureDir({});
  const path = join(dir, 'cases.csv');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, content);
  return path;
}

async function readAll(path: string): Promise<LocatedCase[]> {
  const out: LocatedCase[] = [];
  for await (const batch of readCsvBatches(path, path)) out.push(...batch);
  return out;
}

async function csvError(content: string) {
  const path = await csv(content);
  const err = await rejection(readAll(path));
  expect(err).toBeInstanceOf(DatasetError);
  return { message: err.message, path };
}

describe('CSV datasets', () => {
  it('turns columns into vars, with reserved id, expected and tags', async () => {
    const path = await csv('id,question,expected,tags,context\nq1,What?,An answer, easy ;lookup;;,ctx\n');
    expect(await readAll(path)).toEqual([
      {
        id: 'q1',
        vars: { question: 'What?', context: 'ctx' },
        expected: 'An answer',
        tags: ['easy', 'lookup'],
        origin: { file: path, line: 2 },
      },
    ]);
  });

  it('hashes content for rows without an id, the same way as every other format', async () => {
    const path = await csv('10,b,2,a,expected\n"x ""y""",é,3,\u{1F600},gold\nq,r,s,t,\n');
    const [first, second] = await readAll(path);
    expect(first!.id).toBe(defaultCaseId({ a: '\u{1F600}', b: 'é', 2: '3', 10: 'x "y"' }, 'gold'));
    expect(second!.id).toBe(defaultCaseId({ 10: 'q', b: 'r', 2: 's', a: 't' }, undefined));
    expect(second).not.toHaveProperty('expected');
  });

  it('counts lines across quoted line breaks, CRLF endings and blank lines, and strips the BOM', async () => {
    const path = await csv('\uFEFFq,a\r\n"multi\r\nline",1\r\n\r\n   \r\nnext,2\r\n');
    const cases = await readAll(path);
    expect(cases.map((c) => [c.vars, c.origin.line])).toEqual([
      [{ q: 'multi\r\nline', a: '1' }, 2],
      [{ q: 'next', a: '2' }, 6],
    ]);
  });

  it('accepts a header-only file with no cases', async () => {
    expect(await readAll(await csv('question,expected\n'))).toEqual([]);
  });

  it('rejects an empty file', async () => {
    const { message, path } = await csvError('');
    expect(message).toBe(`${path}: empty file: expected a header row naming the columns`);
  });

  it('rejects a row with a different number of fields, at its line', async () => {
    const { message, path } = await csvError('q,a,b\n1,2,3\n\n"x\ny",2\n');
    expect(message).toBe(`${path}:4: row has 2 fields but the header has 3`);
  });

  it('rejects an unclosed quote at the row where it opens', async () => {
    const { message, path } = await csvError('q,a\n1,2\n3,"4\n5,6\n');
    expect(message).toBe(`${path}:3: unclosed quote: the quoted field that starts in this row never ends`);
  });

  it('finds the row of an unclosed quote deep in a large file', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `"row\n${i}",${i}`).join('\n');
    const { message, path } = await csvError(`q,a\n${rows}\n\n5000,"never closed\nmore\n`);
    expect(message).toBe(
      `${path}:10003: unclosed quote: the quoted field that starts in this row never ends`,
    );
  });

  it('reports a malformed row deep in a large file after the rows before it', async () => {
    const path = await csv(
      `q,a\n${Array.from({ length: 5_000 }, (_, i) => `${i},x`).join('\n')}\nonly-one\n`,
    );
    const seen: number[] = [];
    const err = await rejection(
      (async () => {
        for await (const batch of readCsvBatches(path, path)) for (const c of batch) seen.push(c.origin.line);
      })(),
    );
    expect(err.message).toBe(`${path}:5002: row has 1 field but the header has 2`);
    expect(seen).toHaveLength(5_000);
    expect(seen.at(-1)).toBe(5_001);
  });

  it('rejects a quote inside an unquoted field', async () => {
    const { message, path } = await csvError('q,a\n1,2\n3,x"y\n');
    expect(message).toBe(
      `${path}:3: a quote inside an unquoted field; quote the whole field and double the quotes inside it ("")`,
    );
  });

  it('rejects duplicate and empty header names', async () => {
    const duplicate = await csvError('question,expected, question\n1,2,3\n');
    expect(duplicate.message).toBe(
      `${duplicate.path}:1: duplicate column name "question" in the header (columns 1 and 3)`,
    );
    const empty = await csvError('question,,expected\n1,2,3\n');
    expect(empty.message).toBe(`${empty.path}:1: empty column name in the header (column 2)`);
  });

  it('parses tags: split on ;, trimmed, empties dropped, each once', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' a ; b;;a; ')).toEqual(['a', 'b']);
    expect(parseTags('single')).toEqual(['single']);
  });

  it('gives each case its own tags array', async () => {
    const [a, b] = await readAll(await csv('q,tags\n1,x;y\n2,x;y\n'));
    expect(a!.tags).toEqual(['x', 'y']);
    expect(a!.tags).not.toBe(b!.tags);
  });
});
