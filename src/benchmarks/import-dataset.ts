// `dataset import`: a CSV/JSONL/JSON/YAML file, read and validated exactly as the runner reads a
// suite's dataset, stored as an immutable version of a name.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatasetError } from '../core/index.js';
import type { DatasetVersion, Store } from '../store/index.js';
import { openDataset } from '../suite/index.js';
import { displayPath } from '../suite/key-path.js';
import { checkDatasetName, datasetFormatOf, LATEST } from './dataset-spec.js';

export interface ImportRequest {
  /** The file, relative to `cwd`. */
  file: string;
  name: string;
  cwd: string;
}

export interface ImportOutcome {
  version: DatasetVersion;
  /** false: the name already had a version with exactly these cases, which is `version`. */
  created: boolean;
  /** The name's latest version before the import, if any. */
  previous?: DatasetVersion;
}

/**
 * Validates every row first (located errors: file:line, duplicate ids naming both lines), then
 * stores the cases. The new version's parent is the name's previous latest version.
 */
export async function importDataset(store: Store, request: ImportRequest): Promise<ImportOutcome> {
  const name = checkDatasetName(request.name);
  const format = datasetFormatOf(request.file);
  const path = resolve(request.cwd, request.file);
  if (!existsSync(path)) throw new DatasetError('file not found', { file: displayPath(path) });
  const dataset = openDataset({ kind: 'file', path, format });
  await dataset.scan();
  const previous = await store.findDatasetVersion(name, LATEST);
  const { version, created } = await store.putDatasetVersion({
    name,
    cases: () => dataset.cases(),
    note: `imported from ${request.file}`,
    ...(previous ? { parent: previous.id } : {}),
  });
  return previous ? { version, created, previous } : { version, created };
}
