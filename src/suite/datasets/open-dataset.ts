// Opens a dataset of any format behind one interface: a validating scan (hash, count, tags,
// duplicate ids) and a stream of the cases in file order.
import { createHash, type Hash } from 'node:crypto';
import { type DatasetRef, stableStringify } from '../../core/index.js';
import { displayPath } from '../key-path.js';
import { CaseIdRegistry } from './case-input.js';
import { readCsvBatches } from './csv-reader.js';
import { readDocumentBatches } from './document-reader.js';
import { readJsonlBatches } from './jsonl-reader.js';
import type { CaseReader, Dataset, DatasetScan, LocatedCase } from './types.js';

export function openDataset(ref: DatasetRef): Dataset {
  return datasetFromReader(readerFor(ref));
}

function readerFor(ref: DatasetRef): CaseReader {
  if (ref.kind === 'inline') return inlineReader(ref);
  const file = displayPath(ref.path);
  switch (ref.format) {
    case 'csv':
      return (hash) => readCsvBatches(ref.path, file, hash);
    case 'jsonl':
      return (hash) => readJsonlBatches(ref.path, file, hash);
    case 'json':
    case 'yaml': {
      const format = ref.format;
      return (hash) => readDocumentBatches(ref.path, file, format, hash);
    }
  }
}

function inlineReader(ref: Extract<DatasetRef, { kind: 'inline' }>): CaseReader {
  return async function* (hash?: Hash) {
    hash?.update(stableStringify(ref.cases));
    yield ref.cases.map(
      (c, i): LocatedCase => ({ ...c, origin: ref.origins?.[i] ?? { file: 'inline', line: i + 1 } }),
    );
  };
}

function datasetFromReader(read: CaseReader): Dataset {
  return {
    async scan(onCase) {
      const hash = createHash('sha256');
      const ids = new CaseIdRegistry();
      const tags = new Map<string, number>();
      let count = 0;
      for await (const batch of read(hash)) {
        for (const located of batch) {
          ids.register(located.id, located.origin);
          for (const tag of located.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
          count++;
          if (onCase) {
            const { origin, ...plain } = located;
            onCase(plain, origin);
          }
        }
      }
      const scan: DatasetScan = { hash: hash.digest('hex'), count, tags };
      return scan;
    },
    async *cases(): AsyncIterable<LocatedCase> {
      for await (const batch of read()) yield* batch;
    },
  };
}
