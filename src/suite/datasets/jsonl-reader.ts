// JSONL datasets, streamed: one case object per non-blank line, validated like inline cases.
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CaseInputSchema, DatasetError } from '../../core/index.js';
import { IssueCollector } from '../issues.js';
import { isPlainObject } from '../key-path.js';
import { describeValue, explainZodIssues } from '../zod-issues.js';
import { caseFromInput } from './case-input.js';
import type { LocatedCase } from './types.js';

/**
 * Streams the cases of a JSONL file, a batch per chunk read. A bad line throws after the good lines
 * before it are delivered, so errors come in file order.
 */
export async function* readJsonlBatches(
  path: string,
  file: string,
  fileHash?: Hash,
): AsyncGenerator<LocatedCase[]> {
  const input = createReadStream(path);
  // Bytes go to the hash as stored; the decoder keeps characters split across chunks whole.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      fileHash?.update(chunk);
      const lines = (pending + decoder.write(chunk)).split('\n');
      pending = lines.pop()!;
      const batch: LocatedCase[] = [];
      try {
        for (const text of lines) {
          line++;
          const parsed = parseLine(text, file, line);
          if (parsed) batch.push(parsed);
        }
      } catch (err) {
        if (batch.length > 0) yield batch;
        throw err;
      }
      if (batch.length > 0) yield batch;
    }
    const last = parseLine(pending + decoder.end(), file, line + 1);
    if (last) yield [last];
  } catch (err) {
    if (err instanceof DatasetError) throw err;
    throw new DatasetError(`cannot read the file: ${err instanceof Error ? err.message : String(err)}`, {
      file,
    });
  } finally {
    input.destroy();
  }
}

function parseLine(raw: string, file: string, line: number): LocatedCase | undefined {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isBlankLine(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message);
    const column = position ? Number(position[1]) + 1 : undefined;
    throw new DatasetError(`invalid JSON: ${message}`, { file, line, ...(column ? { column } : {}) });
  }
  if (!isPlainObject(value)) {
    throw new DatasetError(`expected a JSON object (one case per line), found ${describeValue(value)}`, {
      file,
      line,
    });
  }
  const parsed = CaseInputSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issues = new IssueCollector();
    issues.addAll(
      { file, locate: () => ({ line }) },
      explainZodIssues(CaseInputSchema, value, parsed.error.issues),
    );
    throw issues.toError(DatasetError);
  }
  return { ...caseFromInput(parsed.data), origin: { file, line } };
}

/** Without allocating a trimmed copy of every line. */
function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 0xfeff) return false;
  }
  return true;
}
