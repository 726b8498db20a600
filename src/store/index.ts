// The store module's public surface: open a store by location and the contract it implements.
export { datasetContentId, SHORT_VERSION_ID_LENGTH, shortVersionId } from './dataset-hash.js';
export { openStore } from './open-store.js';
export type {
  CacheEntry,
  DatasetSummary,
  DatasetVersion,
  NewDatasetVersion,
  PutDatasetVersionOutcome,
  RunPatch,
  RunQuery,
  Store,
  StoredResult,
  WriteBatch,
} from './types.js';
export { resultKey } from './types.js';
