// Opens a dataset of any format behind one interface: a validating scan (hash, count, tags,
// duplicate ids) and a stream of the cases in file order.
import { createHash, type Hash } from 'node:crypto';
import {
  type Case,
  ConfigError,
  type DatasetFormat,
  type DatasetRef,
  stableStringify,
} from '../../core/index.js';
import { displayPath } from '../key-path.js';
import { CaseIdRegistry } from './case-input.js';
import { readCsvBatches } from './csv-reader.js';
import { readDocumentBatches } from './document-reader.js';
import { readJsonlBatches } from './jsonl-reader.js';
import type { CaseReader, Dataset, DatasetScan, LocatedCase } from './types.js';

/** Dataset formats by file extension (lowercase, with the dot). */
export const DATASET_FORMATS: Readonly<Record<string, DatasetFormat>> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** Cases per batch read from a stored version: like a file reader's chunk, a batch costs the scan one await. */
const STORED_BATCH = 500;

/**
 * A stored dataset version, resolved to its exact id by whoever holds the store: suite/ never opens
 * one (see openSuiteDataset in benchmarks/).
 */
export interface StoredVersionSource {
  /** The exact version id; it is the dataset's hash. */
  versionId: string;
  /** How the version is named in errors, e.g. `faq@3f2a9c01b7de`; a case's line is its position. */
  label: string;
  /** The cases in order, paged by the store. */
  cases(): AsyncIterable<Case>;
}

export function openDataset(ref: DatasetRef, stored?: StoredVersionSource): Dataset {
  if (ref.kind !== 'stored') return datasetFromReader(readerFor(ref));
  if (stored === undefined) {
    throw new ConfigError(
      `dataset ${ref.name}@${ref.version} is a stored version: it is read through the store, which this command does not open`,
    );
  }
  return datasetFromReader(storedReader(stored), stored.versionId);
}

/** Batches of located cases, so that the scan and the runner see a stored version as they see a file. */
function storedReader(stored: StoredVersionSource): CaseReader {
  return async function* () {
    let batch: LocatedCase[] = [];
    let position = 0;
    for await (const c of stored.cases()) {
      batch.push({ ...c, origin: { file: stored.label, line: ++position } });
      if (batch.length === STORED_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  };
}

function readerFor(ref: Exclude<DatasetRef, { kind: 'stored' }>): CaseReader {
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

/** `fixedHash`: the content's identity is already known (a stored version's id), so no bytes are hashed. */
function datasetFromReader(read: CaseReader, fixedHash?: string): Dataset {
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
      const scan: DatasetScan = { hash: fixedHash ?? hash.digest('hex'), count, tags };
      return scan;
    },
    async *cases(): AsyncIterable<LocatedCase> {
      for await (const batch of read()) yield* batch;
    },
  };
}
