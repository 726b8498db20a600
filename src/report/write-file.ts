// Writes a report from a stream of text chunks with backpressure, atomically: the file appears
// complete under its name or not at all, so a failed run never leaves half a report behind.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { errorMessage, UsageError } from '../core/index.js';

/** Chunks are joined up to this size before reaching the stream: fewer, larger writes. */
const CHUNK_SIZE = 64 * 1024;

export async function writeTextFile(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await pipeline(Readable.from(coalesce(chunks)), createWriteStream(temporary));
    await rename(temporary, path);
  } catch (err) {
    // Cleanup must not mask the original error (rm fails too when the folder is missing or a file).
    await rm(temporary, { force: true }).catch(() => undefined);
    // A system error here is about the output path (permissions, a folder in the way...).
    if (isSystemError(err)) {
      throw new UsageError(`cannot write report ${path}: ${errorMessage(err)}`, { cause: err });
    }
    throw err;
  }
}

async function* coalesce(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= CHUNK_SIZE) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield parts.join('');
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}
