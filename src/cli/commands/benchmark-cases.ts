// The cases a benchmark check reads (`dataset dedupe`, `contamination`): a dataset file of any format,
// or a stored dataset version named NAME[@VERSION].
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetFormatOf, parseDatasetSpec, resolveVersion, versionLabel } from '../../benchmarks/index.js';
import { type Case, NotFoundError, UsageError } from '../../core/index.js';
import { openStore } from '../../store/index.js';
import { CaseIdRegistry } from '../../suite/datasets/case-input.js';
import { openDataset } from '../../suite/index.js';
import type { CliIO } from '../io.js';
import { resolveStoreLocation } from '../store-location.js';

export interface BenchmarkCases {
  /** How the dataset is named in output: the path as given, or NAME@VERSION. */
  label: string;
  /** Streams the cases once. */
  cases: AsyncIterable<Case>;
  /** Releases the store, if one was opened. */
  close(): Promise<void>;
}

export interface BenchmarkCasesOptions {
  db?: string;
  suite?: string;
}

/** A path that exists is a dataset file; anything else is looked up in the store as NAME[@VERSION]. */
export async function openBenchmarkCases(
  source: string,
  options: BenchmarkCasesOptions,
  io: CliIO,
): Promise<BenchmarkCases> {
  const path = resolve(io.cwd, source);
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      throw new UsageError(`${source} is a folder: give a dataset file or a stored dataset NAME[@VERSION]`);
    return { label: source, cases: fileCases(path), close: async () => {} };
  }
  try {
    return await openStoredCases(source, options, io);
  } catch (error) {
    // A typo in a file name would otherwise read as an unknown dataset name.
    if ((error instanceof NotFoundError || error instanceof UsageError) && namesDatasetFile(source)) {
      throw new NotFoundError(`no dataset file ${source} (${path}), and no stored dataset by that name`);
    }
    throw error;
  }
}

function namesDatasetFile(source: string): boolean {
  try {
    datasetFormatOf(source);
    return true;
  } catch {
    return false;
  }
}

/** A file's cases in file order; a repeated id is a DatasetError at its line, as `eval` reports it. */
async function* fileCases(path: string): AsyncGenerator<Case> {
  const dataset = openDataset({ kind: 'file', path, format: datasetFormatOf(path) });
  const ids = new CaseIdRegistry();
  for await (const { origin, ...c } of dataset.cases()) {
    ids.register(c.id, origin);
    yield c;
  }
}

/** The one place stored datasets come in: NAME or NAME@VERSION, resolved to an exact version. */
async function openStoredCases(
  source: string,
  options: BenchmarkCasesOptions,
  io: CliIO,
): Promise<BenchmarkCases> {
  const spec = parseDatasetSpec(source);
  const store = await openStore(
    resolveStoreLocation({ db: options.db, env: io.env, cwd: io.cwd, suitePath: options.suite }),
  );
  try {
    const version = await resolveVersion(store, spec.name, spec.version);
    return {
      label: versionLabel(version),
      cases: store.datasetCases(version.id),
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
