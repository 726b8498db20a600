import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, UsageError } from '../core/index.js';
import { type CorpusSink, scanCorpus } from './corpus.js';

class RecordingSink implements CorpusSink {
  readonly documents: string[] = [];
  #current: string[] | undefined;
  startDocument(): void {
    expect(this.#current).toBeUndefined();
    this.#current = [];
  }
  write(text: string): void {
    this.#current!.push(text);
  }
  endDocument(): void {
    this.documents.push(this.#current!.join(''));
    this.#current = undefined;
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gt-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe('scanCorpus', () => {
  it('reads a text file as one document, lines and multi-byte characters whole', async () => {
    // Past the 1 MiB chunk size, so a chunk boundary falls inside a two-byte character somewhere.
    const text = `${'é'.repeat(700_000)}\nsecond line\n`;
    const path = write('big.txt', text);
    const sink = new RecordingSink();
    const stats = await scanCorpus([path], sink);
    expect(sink.documents).toEqual([text]);
    expect(stats).toEqual({ files: 1, bytes: Buffer.byteLength(text), documents: 1, skippedFiles: 0 });
  });

  it('reads JSONL: the text field when there is one, else every string of the record', async () => {
    const path = write(
      'records.jsonl',
      [
        '\ufeff{"text": "first document", "title": "ignored"}',
        '',
        '{"title": "A", "body": {"parts": ["p1", "p2"]}, "n": 3}',
        '"a bare string"\r',
        '{"text": 5, "note": "no string text field"}',
      ].join('\n'),
    );
    const sink = new RecordingSink();
    const stats = await scanCorpus([path], sink);
    expect(sink.documents).toEqual([
      'first document',
      'p1',
      'p2',
      'A',
      'a bare string',
      'no string text field',
    ]);
    expect(stats.documents).toBe(6);
  });

  it('walks folders recursively in name order: text-like files only, hidden entries skipped', async () => {
    write('corpus/b.md', 'markdown');
    write('corpus/a/deep.txt', 'deep text');
    write('corpus/a/records.ndjson', '{"text":"nd"}\n');
    write('corpus/c.txt.gz', gzipSync('gzipped text'));
    write('corpus/d.jsonl.gz', gzipSync('{"text":"gzipped record"}\n{"text":"another"}'));
    write('corpus/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write('corpus/.git/HEAD.txt', 'hidden');
    write('corpus/.notes.txt', 'hidden');
    const sink = new RecordingSink();
    const progress: number[] = [];
    const stats = await scanCorpus([join(dir, 'corpus'), write('extra.dat', 'explicit file')], sink, {
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(sink.documents).toEqual([
      'deep text',
      'nd',
      'markdown',
      'gzipped text',
      'gzipped record',
      'another',
      'explicit file',
    ]);
    expect(stats.files).toBe(6);
    expect(stats.skippedFiles).toBe(1);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(stats.bytes);
  });

  it('names the file and line of invalid JSONL', async () => {
    const path = write('bad.jsonl', '{"text": "ok"}\n{"text": oops}\n');
    const error = await scanCorpus([path], new RecordingSink()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON in the corpus: Unexpected token`,
      ),
    );
  });

  it('says which path cannot be read', async () => {
    const missing = join(dir, 'nope.txt');
    const error = await scanCorpus([missing], new RecordingSink()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      `cannot read the corpus ${missing}: ENOENT: no such file or directory, stat '${missing}'`,
    );
    const broken = write('broken.txt.gz', 'not gzip at all');
    const gzipError = await scanCorpus([broken], new RecordingSink()).catch((e: unknown) => e);
    expect((gzipError as Error).message).toBe(
      `cannot read the corpus file ${broken}: incorrect header check`,
    );
  });
});
