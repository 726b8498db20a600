// Reading a corpus for the contamination check, streamed in chunks so that its size does not matter.
//
// What is read:
// - a file: JSONL when it ends in .jsonl or .ndjson, plain text otherwise, whatever its extension;
//   gzip-compressed when it also ends in .gz;
// - a folder: recursively, in name order, the files with a text-like extension (CORPUS_EXTENSIONS,
//   optionally followed by .gz); hidden entries (starting with a dot) and symbolic links are skipped.
// Documents: a text file is one document, its lines included. In JSONL, each line is a JSON value:
// when it is an object with a string `text` field, that field is the document; otherwise each
// string inside it (nested ones included, keys in sorted order) is a document of its own.
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { DatasetError, errorMessage, UsageError } from '../core/index.js';
import { collectStrings } from './case-text.js';

/** Extensions read when walking a folder (each also as .gz). */
export const CORPUS_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.rst',
  '.tex',
  '.csv',
  '.tsv',
  '.json',
  '.jsonl',
  '.ndjson',
  '.yaml',
  '.yml',
  '.xml',
  '.html',
  '.htm',
  '.log',
] as const;

const CHUNK_BYTES = 1 << 20;

/** Where corpus documents go. */
export interface CorpusSink {
  startDocument(): void;
  write(text: string): void;
  endDocument(): void;
}

export interface CorpusStats {
  files: number;
  /** Bytes read from disk (compressed size for .gz files). */
  bytes: number;
  documents: number;
  /** Files in the folders given that were not read (not text-like). */
  skippedFiles: number;
}

export interface ScanCorpusOptions {
  /** Called after each chunk with the bytes read so far. */
  onProgress?: (bytes: number) => void;
}

/** Streams every document of every path into the sink. UsageError for a path that cannot be read. */
export async function scanCorpus(
  paths: readonly string[],
  sink: CorpusSink,
  options: ScanCorpusOptions = {},
): Promise<CorpusStats> {
  const stats: CorpusStats = { files: 0, bytes: 0, documents: 0, skippedFiles: 0 };
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read the corpus ${path}: ${errorMessage(error)}`);
    });
    if (info.isDirectory()) {
      for await (const file of textFilesUnder(path, stats)) await scanFile(file, sink, stats, options);
    } else {
      await scanFile(path, sink, stats, options);
    }
  }
  return stats;
}

function isCorpusFile(name: string): boolean {
  const lower = name.toLowerCase();
  const base = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return CORPUS_EXTENSIONS.some((extension) => base.endsWith(extension));
}

async function* textFilesUnder(folder: string, stats: CorpusStats): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read the corpus folder ${folder}: ${errorMessage(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* textFilesUnder(path, stats);
    else if (entry.isFile()) {
      if (isCorpusFile(entry.name)) yield path;
      else stats.skippedFiles++;
    }
  }
}

async function scanFile(path: string, sink: CorpusSink, stats: CorpusStats, options: ScanCorpusOptions) {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const raw = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const bytes: Readable = gzip ? raw.pipe(createGunzip()) : raw;
  // pipe() does not forward the file's errors to the gunzip stream being read.
  if (gzip) raw.on('error', (error) => bytes.destroy(error));
  const bytesBefore = stats.bytes;
  const onChunk = options.onProgress ? () => options.onProgress?.(bytesBefore + raw.bytesRead) : () => {};
  stats.files++;
  try {
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
      await scanJsonl(bytes, path, sink, stats, onChunk);
    else await scanText(bytes, sink, stats, onChunk);
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new UsageError(`cannot read the corpus file ${path}: ${errorMessage(error)}`);
  } finally {
    stats.bytes = bytesBefore + raw.bytesRead;
    raw.destroy();
    bytes.destroy();
  }
}

async function scanText(bytes: Readable, sink: CorpusSink, stats: CorpusStats, onChunk: () => void) {
  const decoder = new StringDecoder('utf8');
  sink.startDocument();
  stats.documents++;
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    sink.write(decoder.write(chunk));
    onChunk();
  }
  sink.write(decoder.end());
  sink.endDocument();
}

async function scanJsonl(
  bytes: Readable,
  path: string,
  sink: CorpusSink,
  stats: CorpusStats,
  onChunk: () => void,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  // The start of a line not ended yet, in pieces: one very long line is joined once, not per chunk.
  const pending: string[] = [];
  let line = 0;
  const handle = (text: string) => {
    line++;
    const documents = documentsOfLine(text, path, line);
    for (const document of documents) {
      sink.startDocument();
      sink.write(document);
      sink.endDocument();
    }
    stats.documents += documents.length;
  };
  const take = (text: string) => {
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      const piece = text.slice(from, newline);
      handle(pending.length > 0 ? pending.join('') + piece : piece);
      pending.length = 0;
      from = newline + 1;
    }
    if (from < text.length) pending.push(text.slice(from));
  };
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    take(decoder.write(chunk));
    onChunk();
  }
  take(decoder.end());
  if (pending.length > 0) handle(pending.join(''));
}

function documentsOfLine(raw: string, path: string, line: number): string[] {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`invalid JSON in the corpus: ${errorMessage(error)}`, { file: path, line });
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const field = (value as Record<string, unknown>).text;
    if (typeof field === 'string') return [field];
  }
  return collectStrings(value);
}
