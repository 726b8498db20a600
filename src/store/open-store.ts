// Picks the store implementation for a location: a postgres:// or postgresql:// URL, else a SQLite
// file path or :memory:.
import { ConfigError } from '../core/index.js';
import { POSTGRES_URL } from './postgres-url.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './types.js';

/**
 * Opens (creating and migrating when needed) the store at a PostgreSQL URL (`?schema=NAME` keeps it
 * in its own schema), a SQLite file path or `:memory:`.
 */
export async function openStore(location: string): Promise<Store> {
  if (location.trim() === '') {
    throw new ConfigError(
      'the store location is empty; give a SQLite file path, :memory: or a postgres:// URL',
    );
  }
  if (POSTGRES_URL.test(location)) {
    // The driver loads only for a PostgreSQL store: every other command starts without it.
    const { openPostgresStore } = await import('./postgres-store.js');
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
