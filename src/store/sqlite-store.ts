// The embedded store: one SQLite file (or :memory:) through better-sqlite3. Sets the connection
// pragmas, migrates under a write lock, and pairs the Kysely queries with the prepared-statement writer.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ConfigError, errorMessage, GroundtruthError } from '../core/index.js';
import type { StoreDatabase } from './database.js';
import { KyselyStore } from './kysely-store.js';
import { migrateStoreSchema } from './migrate.js';
import { SqliteBatchWriter } from './sqlite-batch-writer.js';
import type { Store } from './types.js';

export const MEMORY_LOCATION = ':memory:';

/**
 * WAL lets readers (a server, a report) run beside the writer; NORMAL keeps every committed
 * transaction across a process crash (it can only lose the last ones on power loss); the busy
 * timeout makes a second process wait for the write lock instead of failing at once.
 */
export function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
}

export async function openSqliteStore(location: string): Promise<Store> {
  let sqlite: Database.Database | undefined;
  let kysely: Kysely<StoreDatabase> | undefined;
  try {
    const path = location === MEMORY_LOCATION ? location : resolve(location);
    if (path !== MEMORY_LOCATION) mkdirSync(dirname(path), { recursive: true });
    sqlite = new Database(path);
    applyConnectionPragmas(sqlite);
    kysely = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrateUnderWriteLock(sqlite, kysely, path);
    const writer = new SqliteBatchWriter(sqlite);
    const db = kysely;
    return new KyselyStore(db, {
      // The writer bypasses Kysely, so it takes Kysely's connection lock to never interleave with a query.
      write: (batch) => db.connection().execute(async () => writer.write(batch)),
    });
  } catch (error) {
    if (kysely !== undefined) await kysely.destroy();
    else sqlite?.close();
    if (error instanceof GroundtruthError) throw error;
    throw new ConfigError(`cannot open the store at ${location}: ${errorMessage(error)}`, undefined, {
      cause: error,
      hint: 'give --db a writable SQLite file path',
    });
  }
}

/**
 * Kysely runs SQLite migrations without a transaction; taking the write lock first makes them
 * atomic and lets two processes that open a new file together migrate it once, one after the other.
 */
async function migrateUnderWriteLock(
  sqlite: Database.Database,
  kysely: Kysely<StoreDatabase>,
  location: string,
): Promise<void> {
  sqlite.exec('begin immediate');
  try {
    await migrateStoreSchema(kysely, location);
    sqlite.exec('commit');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw error;
  }
}
