// The store module's public surface: open a store by location and the contract it implements.
export { datasetContentId, SHORT_VERSION_ID_LENGTH, shortVersionId } from './dataset-hash.js';
export { openStore } from './open-store.js';
export { scrubPassword } from './postgres-url.js';
export type {
  CacheEntry,
  DatasetSummary,
  DatasetVersion,
  NewDatasetVersion,
  PutDatasetVersionOutcome,
  ResultFilter,
  ResultPage,
  ResultPageQuery,
  ResultPair,
  ResultPreview,
  RunPatch,
  RunQuery,
  SequencedResult,
  Store,
  StoredCase,
  StoredResult,
  SuiteRuns,
  WriteBatch,
} from './types.js';
export { resultKey } from './types.js';
