// A suite's dataset as the runner opens it: a file or inline cases as they are, or a stored version
// resolved once to its exact id and then paged from the store, so `latest` cannot move mid-run.
import { ConfigError, type DatasetRef, NotFoundError, type Suite } from '../core/index.js';
import type { DatasetVersion, Store } from '../store/index.js';
import { type Dataset, openDataset } from '../suite/index.js';
import { displayPath } from '../suite/key-path.js';
import { versionLabel } from './dataset-spec.js';
import { findVersion, isMissing } from './resolve-version.js';

type StoredRef = Extract<DatasetRef, { kind: 'stored' }>;

/**
 * Opens the suite's dataset. A stored version that does not exist is a ConfigError at the suite's
 * `dataset.name` or `dataset.version` key, naming what the store has.
 */
export async function openSuiteDataset(
  suite: Pick<Suite, 'path' | 'dataset'>,
  store: Store,
): Promise<Dataset> {
  const ref = suite.dataset;
  if (ref.kind !== 'stored') return openDataset(ref);
  const version = await resolveSuiteVersion(suite.path, ref, store);
  return openDataset(ref, {
    versionId: version.id,
    label: versionLabel(version),
    cases: () => store.datasetCases(version.id),
  });
}

/** What a run records as its dataset: the file, `inline`, or `NAME@VERSION` of the exact version used. */
export function datasetRefLabel(ref: DatasetRef, datasetHash: string): string {
  switch (ref.kind) {
    case 'file':
      return ref.path;
    case 'inline':
      return 'inline';
    case 'stored':
      return versionLabel({ name: ref.name, id: datasetHash });
  }
}

async function resolveSuiteVersion(suitePath: string, ref: StoredRef, store: Store): Promise<DatasetVersion> {
  const file = displayPath(suitePath);
  let found: Awaited<ReturnType<typeof findVersion>>;
  try {
    found = await findVersion(store, ref.name, ref.version);
  } catch (error) {
    // An ambiguous prefix: the suite's version key needs more characters.
    if (!(error instanceof NotFoundError)) throw error;
    throw new ConfigError(error.message, { file, key: 'dataset.version' }, hintOf(error.hint));
  }
  if (isMissing(found))
    throw new ConfigError(found.message, { file, key: `dataset.${found.key}` }, hintOf(found.hint));
  return found;
}

function hintOf(hint: string | undefined): { hint?: string } {
  return hint === undefined ? {} : { hint };
}
