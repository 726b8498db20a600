// How datasets are named on the command line: `NAME`, `NAME@VERSION`, and the file formats a
// dataset is imported from and exported to (by extension, as a suite names its dataset file).
import { extname } from 'node:path';
import { type DatasetFormat, UsageError } from '../core/index.js';
import { type DatasetVersion, shortVersionId } from '../store/index.js';
import { DATASET_FORMATS } from '../suite/datasets/open-dataset.js';

/** Letters, digits and `_ . / -`, starting with a letter or digit: no `@`, which separates the version. */
const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9_./-]*$/;

export const LATEST = 'latest';

export interface DatasetSpec {
  name: string;
  /** `latest`, a version id or a unique prefix of one. */
  version: string;
}

export function checkDatasetName(name: string): string {
  if (!DATASET_NAME.test(name)) {
    throw new UsageError(
      `invalid dataset name "${name}": use letters, digits and _ . / -, starting with a letter or digit`,
    );
  }
  return name;
}

/** `faq@3f2a9c01b7de`: how a version is named to people (any unique prefix of the id is accepted back). */
export function versionLabel(version: Pick<DatasetVersion, 'name' | 'id'>): string {
  return `${version.name}@${shortVersionId(version.id)}`;
}

/** `faq` → latest of faq; `faq@3f2a9c` → that version. */
export function parseDatasetSpec(spec: string): DatasetSpec {
  const at = spec.indexOf('@');
  if (at < 0) return { name: checkDatasetName(spec), version: LATEST };
  const version = spec.slice(at + 1);
  if (version === '')
    throw new UsageError(`"${spec}" names no version: write NAME@VERSION, or NAME for the latest`);
  return { name: checkDatasetName(spec.slice(0, at)), version };
}

/** The format a file's extension names; UsageError for any other extension. */
export function datasetFormatOf(path: string): DatasetFormat {
  const format = DATASET_FORMATS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new UsageError(
      `cannot tell the dataset format of "${path}": expected one of ${Object.keys(DATASET_FORMATS).join(', ')}`,
    );
  }
  return format;
}
