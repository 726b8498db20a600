// Picks the store implementation for a location: a SQLite file path or :memory: today, PostgreSQL later.
import { ConfigError } from '../core/index.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './types.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** Opens (creating and migrating when needed) the store at a SQLite file path or `:memory:`. */
export async function openStore(location: string): Promise<Store> {
  if (location.trim() === '') {
    throw new ConfigError('the store location is empty; give a SQLite file path or :memory:');
  }
  if (POSTGRES_URL.test(location)) {
    throw new ConfigError('the PostgreSQL store is not available yet; use a SQLite file path');
  }
  return openSqliteStore(location);
}
