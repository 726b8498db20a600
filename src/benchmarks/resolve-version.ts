// From a dataset name and a version reference (`latest`, an id, a prefix) to the exact stored
// version, or a message that says what exists: the names (with a did-you-mean) or the versions.
import { NotFoundError } from '../core/index.js';
import { type DatasetVersion, type Store, shortVersionId } from '../store/index.js';
import { closestMatch } from '../suite/index.js';
import { LATEST } from './dataset-spec.js';

/** Versions an unknown-version message lists, newest first. */
const LISTED_VERSIONS = 10;

/** Why a reference found nothing, and which part of it was wrong. */
export interface MissingVersion {
  key: 'name' | 'version';
  message: string;
  hint?: string;
}

/**
 * The version, or why there is none. An ambiguous prefix is a NotFoundError from the store naming
 * the candidates.
 */
export async function findVersion(
  store: Store,
  name: string,
  ref: string,
): Promise<DatasetVersion | MissingVersion> {
  const version = await store.findDatasetVersion(name, ref);
  if (version !== undefined) return version;
  const versions = await store.listDatasetVersions(name);
  if (versions.length === 0) return missingName(store, name);
  const listed = versions.slice(0, LISTED_VERSIONS).map((v) => shortVersionId(v.id));
  const more = versions.length > LISTED_VERSIONS ? `, ... (${versions.length} in all)` : '';
  return {
    key: 'version',
    message: `dataset ${name} has no version ${ref} (versions, newest first: ${listed.join(', ')}${more})`,
    hint: `groundtruth dataset versions ${name} lists them; ${LATEST} is the newest`,
  };
}

/** The version, or a NotFoundError saying what exists. */
export async function resolveVersion(store: Store, name: string, ref: string): Promise<DatasetVersion> {
  const found = await findVersion(store, name, ref);
  if (isMissing(found)) throw new NotFoundError(found.message, found.hint ? { hint: found.hint } : {});
  return found;
}

export function isMissing(found: DatasetVersion | MissingVersion): found is MissingVersion {
  return 'message' in found;
}

async function missingName(store: Store, name: string): Promise<MissingVersion> {
  const names = (await store.listDatasets()).map((d) => d.name);
  if (names.length === 0) {
    return {
      key: 'name',
      message: `no dataset named ${name}: the store holds no datasets yet`,
      hint: `groundtruth dataset import FILE --name ${name} stores one`,
    };
  }
  const suggestion = closestMatch(name, names);
  return {
    key: 'name',
    message: `no dataset named ${name}${suggestion ? `; did you mean ${suggestion}?` : ''} (datasets: ${names.join(', ')})`,
  };
}
