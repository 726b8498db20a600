// CSV datasets, streamed: the header names the columns; each column is a string var except the
// reserved `id`, `expected` and `tags` (`;`-separated). Every malformed row is an error at its line.

import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type CsvError, parse } from 'csv-parse';
import { DatasetError } from '../../core/index.js';
import { caseIdOfStableJson } from './case-input.js';
import { readableBatches } from './readable-batches.js';
import type { LocatedCase } from './types.js';

interface Columns {
  count: number;
  /** [index, name] of the columns that become vars. */
  vars: Array<[number, string]>;
  id: number;
  expected: number;
  tags: number;
  /** `"name":` of each var column, in the key order of the core's stable JSON, for ids. */
  idKeys: Array<[number, string]>;
}

/**
 * Streams the cases of a CSV file in batches; `file` is how the file is named in errors. A bad row
 * throws after the good rows before it are delivered, so errors come in file order.
 */
export async function* readCsvBatches(
  path: string,
  file: string,
  fileHash?: Hash,
): AsyncGenerator<LocatedCase[]> {
  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    relax_quotes: false,
    // Row width is checked here, to report it against the header's width.
    relax_column_count: true,
    // Blank lines come through as [''] so that lines can be counted here: the parser's own
    // per-record info doubles the parse time.
    skip_empty_lines: false,
  });
  input.on('error', (err) => parser.destroy(err));
  if (fileHash) input.on('data', (chunk) => fileHash.update(chunk));
  input.pipe(parser);

  let columns: Columns | undefined;
  let nextLine = 1;
  const tagCache = new Map<string, string[]>();
  try {
    for await (const records of readableBatches<string[]>(parser)) {
      const batch: LocatedCase[] = [];
      try {
        for (const record of records) {
          const line = nextLine;
          nextLine += 1 + embeddedLineBreaks(record);
          if (isBlank(record, columns)) continue;
          if (columns === undefined) {
            columns = readHeader(record, file, line);
            continue;
          }
          if (record.length !== columns.count) {
            throw new DatasetError(
              `row has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${columns.count}`,
              { file, line },
            );
          }
          batch.push(rowToCase(record, columns, { file, line }, tagCache));
        }
      } catch (err) {
        if (batch.length > 0) yield batch;
        throw err;
      }
      if (batch.length > 0) yield batch;
    }
  } catch (err) {
    if (err instanceof DatasetError) throw err;
    throw await csvError(err, path, file);
  } finally {
    input.destroy();
  }
  if (columns === undefined) {
    throw new DatasetError('empty file: expected a header row naming the columns', { file });
  }
}

/**
 * An empty line; or a line of spaces where more than one field is expected (in a one-column file
 * it is a value). A quoted empty value alone on its line cannot be told from a blank line.
 */
function isBlank(record: string[], columns: Columns | undefined): boolean {
  if (record.length !== 1) return false;
  const field = record[0]!;
  return field === '' || (columns !== undefined && columns.count > 1 && field.trim() === '');
}

function readHeader(record: string[], file: string, line: number): Columns {
  const names = record.map((name) => name.trim());
  const columns: Columns = { count: names.length, vars: [], id: -1, expected: -1, tags: -1, idKeys: [] };
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === '') {
      throw new DatasetError(`empty column name in the header (column ${index + 1})`, { file, line });
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new DatasetError(
        `duplicate column name "${name}" in the header (columns ${earlier + 1} and ${index + 1})`,
        { file, line },
      );
    }
    seen.set(name, index);
    if (name === 'id') columns.id = index;
    else if (name === 'expected') columns.expected = index;
    else if (name === 'tags') columns.tags = index;
    else columns.vars.push([index, name]);
  });
  // Key order as stableStringify produces it: sorted keys inserted into an object, which puts
  // integer-like keys first in numeric order.
  const ordered: Record<string, number> = {};
  for (const [index, name] of [...columns.vars].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    ordered[name] = index;
  }
  columns.idKeys = Object.entries(ordered).map(([name, index]) => [index, `${JSON.stringify(name)}:`]);
  return columns;
}

function rowToCase(
  record: string[],
  columns: Columns,
  origin: { file: string; line: number },
  tagCache: Map<string, string[]>,
): LocatedCase {
  const vars: Record<string, string> = {};
  for (const [index, name] of columns.vars) vars[name] = record[index]!;
  // An empty cell means "no value": an empty gold answer would make `contains` pass on anything.
  const expected =
    columns.expected >= 0 && record[columns.expected] !== '' ? record[columns.expected] : undefined;
  const givenId = columns.id >= 0 ? record[columns.id]!.trim() : '';
  const located: LocatedCase = {
    id: givenId !== '' ? givenId : rowCaseId(record, columns, expected),
    vars,
    tags: columns.tags >= 0 ? cachedTags(record[columns.tags]!, tagCache) : [],
    origin,
  };
  if (expected !== undefined) located.expected = expected;
  return located;
}

/**
 * `defaultCaseId(vars, expected)` for a row, written out directly: the generic stable JSON sorts
 * keys per row, and the CSV hot path hashes 100k rows. A test holds the two equal.
 */
function rowCaseId(record: string[], columns: Columns, expected: string | undefined): string {
  let json = expected === undefined ? '{"vars":{' : `{"expected":${JSON.stringify(expected)},"vars":{`;
  for (let i = 0; i < columns.idKeys.length; i++) {
    const [index, key] = columns.idKeys[i]!;
    json += `${i === 0 ? '' : ','}${key}${JSON.stringify(record[index])}`;
  }
  return caseIdOfStableJson(`${json}}}`);
}

/** A tags column holds few distinct values; each case still gets its own array. */
function cachedTags(cell: string, cache: Map<string, string[]>): string[] {
  let tags = cache.get(cell);
  if (tags === undefined) {
    tags = parseTags(cell);
    if (cache.size < 10_000) cache.set(cell, tags);
  }
  return tags.slice();
}

/** `a; b;;a` → ["a", "b"]: trimmed, empties dropped, each once. */
export function parseTags(cell: string): string[] {
  if (cell === '') return [];
  const tags: string[] = [];
  for (const part of cell.split(';')) {
    const tag = part.trim();
    if (tag !== '' && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Line breaks inside quoted fields: the parser reports the line a record ends on. */
function embeddedLineBreaks(record: string[]): number {
  let count = 0;
  for (const field of record) {
    if (field.length === 0 || !field.includes('\n')) continue;
    for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

async function csvError(err: unknown, path: string, file: string): Promise<DatasetError> {
  const csv = err as Partial<CsvError> & { lines?: number; bytes?: number; code?: string };
  switch (csv.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DatasetError('unclosed quote: the quoted field that starts in this row never ends', {
        file,
        line: await lineAtByte(path, csv.bytes ?? 0),
      });
    case 'INVALID_OPENING_QUOTE':
      return new DatasetError(
        'a quote inside an unquoted field; quote the whole field and double the quotes inside it ("")',
        { file, line: csv.lines },
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new DatasetError(
        'unexpected character after a closing quote; double quotes inside a quoted field ("")',
        { file, line: csv.lines },
      );
    default:
      if (csv.code === undefined && err instanceof Error && 'syscall' in err) {
        return new DatasetError(`cannot read the file: ${err.message}`, { file });
      }
      return new DatasetError(csv.message ?? String(err), { file, line: csv.lines });
  }
}

/**
 * The line holding a byte offset. The parser reports an unclosed quote at the end of the file, with
 * the offset where the last complete field ended: the row the quote opens in.
 */
async function lineAtByte(path: string, offset: number): Promise<number> {
  const bytes = await readFile(path);
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}
