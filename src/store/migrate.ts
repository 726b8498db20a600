// Brings a store's schema up to date with the migrations this version ships, and refuses a database
// that a newer version has already migrated further. Dialect-neutral: both stores call it.
import { type Kysely, Migrator } from 'kysely';
import { ConfigError, errorMessage, RunError } from '../core/index.js';
import type { StoreDatabase } from './database.js';
import { STORE_MIGRATIONS, storeMigrationProvider } from './migrations/index.js';

export const MIGRATION_TABLE = 'groundtruth_migration';
export const MIGRATION_LOCK_TABLE = 'groundtruth_migration_lock';

type MigrationTables = {
  [MIGRATION_TABLE]: { name: string; timestamp: string };
};

/**
 * `schema` (PostgreSQL) keeps the migration tables, and their lookups, to the store's own schema:
 * without it Kysely would take another schema's migration table in the same database for this one.
 */
export function createStoreMigrator(db: Kysely<StoreDatabase>, schema?: string): Migrator {
  return new Migrator({
    db,
    provider: storeMigrationProvider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

/** Runs pending migrations; returns the names it applied (none when the schema is current). */
export async function migrateStoreSchema(
  db: Kysely<StoreDatabase>,
  location: string,
  schema?: string,
): Promise<string[]> {
  await refuseNewerSchema(db, location, schema);
  const { error, results = [] } = await createStoreMigrator(db, schema).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'setup';
    throw new RunError(`migrating the store at ${location} failed in ${failed}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return results.map((r) => r.migrationName);
}

/** Kysely would only say "corrupted migrations"; a newer database deserves a message that says so. */
async function refuseNewerSchema(
  db: Kysely<StoreDatabase>,
  location: string,
  schema?: string,
): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE && (schema === undefined || t.schema === schema)))
    return;
  const migrations = schema === undefined ? db : db.withSchema(schema);
  const applied = await migrations
    .withTables<MigrationTables>()
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .execute();
  const unknown = applied.map((row) => row.name).filter((name) => !(name in STORE_MIGRATIONS));
  if (unknown.length === 0) return;
  unknown.sort();
  throw new ConfigError(
    `the store at ${location} was written by a newer version of groundtruth (unknown schema migration${
      unknown.length === 1 ? '' : 's'
    } ${unknown.join(', ')})`,
    undefined,
    { hint: 'upgrade groundtruth, or use another database file with --db' },
  );
}
