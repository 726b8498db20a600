// Loading suite files and datasets with located errors, and the suite's JSON Schema.
export { defaultCaseId } from './datasets/case-input.js';
export { openDataset } from './datasets/open-dataset.js';
export type { Dataset, DatasetScan, LocatedCase } from './datasets/types.js';
export {
  buildSuiteJsonSchema,
  renderSuiteJsonSchema,
  SUITE_SCHEMA_FILE,
  SUITE_SCHEMA_ID,
} from './json-schema.js';
export { formatKeyPath } from './key-path.js';
export { type LoadSuiteOptions, loadSuite, locateSuiteFile, SUITE_FILE_NAMES } from './load-suite.js';
export { closestMatch, didYouMean } from './suggest.js';
