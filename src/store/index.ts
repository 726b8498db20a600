// The store module's public surface: open a store by location and the contract it implements.
export { openStore } from './open-store.js';
export type { CacheEntry, RunPatch, RunQuery, Store, StoredResult, WriteBatch } from './types.js';
export { resultKey } from './types.js';
