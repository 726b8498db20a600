// Benchmarks as versioned assets: import, export, versions, diffs and cases gathered from runs, over
// the store's content-addressed dataset versions; a suite's dataset as the runner opens it; and the
// hygiene checks of a benchmark: near-duplicates and contamination by a corpus.
export { type AddFromRunOutcome, type AddFromRunRequest, addFromRun } from './add-from-run.js';
export {
  type ContaminationField,
  type ContaminationFinding,
  ContaminationIndex,
  DEFAULT_NGRAM,
} from './contamination.js';
export { type CorpusStats, scanCorpus } from './corpus.js';
export {
  checkDatasetName,
  type DatasetSpec,
  datasetFormatOf,
  LATEST,
  parseDatasetSpec,
  versionLabel,
} from './dataset-spec.js';
export {
  type DedupeOptions,
  type DedupeReport,
  type DuplicateGroup,
  findNearDuplicates,
  NearDuplicateFinder,
} from './dedupe.js';
export { type DatasetDiff, diffVersions } from './diff-versions.js';
export { type ExportOutcome, exportDataset } from './export-dataset.js';
export { type ImportOutcome, type ImportRequest, importDataset } from './import-dataset.js';
export { normalizeText, tokenize } from './ngrams.js';
export { profileVersion, type VersionProfile } from './profile-version.js';
export { findVersion, isMissing, type MissingVersion, resolveVersion } from './resolve-version.js';
export { datasetRefLabel, openSuiteDataset } from './suite-dataset.js';
