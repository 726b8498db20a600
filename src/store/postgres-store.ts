// The team store: PostgreSQL through a pg Pool. Parses the URL (an optional `?schema=NAME` isolates a
// store in its own schema, created when missing), migrates under Kysely's advisory lock, and pairs the
// Kysely queries with the unnest-based batch writer. Connection failures name host:port, never the
// password.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ConfigError, errorMessage, GroundtruthError } from '../core/index.js';
import type { StoreDatabase } from './database.js';
import { KyselyStore } from './kysely-store.js';
import { migrateStoreSchema } from './migrate.js';
import { PostgresBatchWriter } from './postgres-batch-writer.js';
import { scrubPassword } from './postgres-url.js';
import type { Store } from './types.js';

/** Unquoted PostgreSQL identifiers fold to lowercase: only names that need no quoting are accepted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const INT8_OID = 20;
const CONNECT_TIMEOUT_MS = 10_000;
const POOL_SIZE = 10;

export interface PostgresLocation {
  /** What pg connects with: the URL without `schema`, with the schema as the search_path. */
  connectionString: string;
  schema?: string;
  /** The URL without its password, for messages. */
  display: string;
  /** host:port, for connection errors. */
  hostPort: string;
}

/** Reads a postgres:// URL; ConfigError for a malformed URL or schema name, without the password. */
export function parsePostgresLocation(location: string): PostgresLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new ConfigError(`the PostgreSQL URL ${scrubPassword(location)} is not a valid URL`, undefined, {
      hint: 'write it as postgres://user:password@host:5432/database?schema=name',
    });
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  const shown = new URL(url.href);
  shown.password = '';
  shown.searchParams.delete('password');
  if (schema !== undefined) shown.searchParams.set('schema', schema);
  const display = shown.href;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ConfigError(
      `the schema '${schema}' in ${display} is not a plain PostgreSQL name (lowercase letters, digits and _, at most 63)`,
    );
  }
  if (schema !== undefined) {
    const options = url.searchParams.get('options');
    url.searchParams.set('options', `${options === null ? '' : `${options} `}-c search_path=${schema}`);
  }
  const host = url.hostname === '' ? (url.searchParams.get('host') ?? 'localhost') : url.hostname;
  const port = url.port === '' ? (url.searchParams.get('port') ?? '5432') : url.port;
  const parsed: PostgresLocation = { connectionString: url.href, display, hostPort: `${host}:${port}` };
  if (schema !== undefined) parsed.schema = schema;
  return parsed;
}

/** count(*) and other bigints come back as numbers while they are exact, as SQLite gives them. */
function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export async function openPostgresStore(location: string): Promise<Store> {
  const target = parsePostgresLocation(location);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    types: TYPES,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection that dies (a server restart) must not crash the process: the next query
  // gets a fresh connection, or fails with its own error.
  pool.on('error', () => {});
  const kysely = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await checkConnection(pool, target);
    const schema = await prepareSchema(kysely, target);
    await migrateStoreSchema(kysely, target.display, schema);
    return new KyselyStore(kysely, new PostgresBatchWriter(pool));
  } catch (error) {
    await kysely.destroy();
    if (error instanceof GroundtruthError) throw error;
    throw new ConfigError(`cannot open the store at ${target.display}: ${errorMessage(error)}`, undefined, {
      cause: error,
    });
  }
}

async function checkConnection(pool: pg.Pool, target: PostgresLocation): Promise<void> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new ConfigError(
      `cannot connect to PostgreSQL at ${target.hostPort} (${target.display}): ${connectFailure(error)}`,
      undefined,
      {
        cause: error,
        hint: 'check that PostgreSQL is running there and that the URL given to --db is right',
      },
    );
  }
  client.release();
}

/** Node reports a refused localhost (tried on ::1 and 127.0.0.1) as an AggregateError without a message. */
function connectFailure(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return connectFailure(error.errors[0]);
  const code = (error as { code?: unknown }).code;
  const message = errorMessage(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

/** Creates the URL's schema when it is missing; the schema the store's tables live in. */
async function prepareSchema(db: Kysely<StoreDatabase>, target: PostgresLocation): Promise<string> {
  if (target.schema !== undefined) {
    try {
      await db.schema.createSchema(target.schema).ifNotExists().execute();
    } catch (error) {
      // Two processes creating it at once: one of them loses the race on the catalog, harmlessly.
      if ((error as { code?: unknown }).code !== '23505') throw error;
    }
    return target.schema;
  }
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? null;
  if (schema === null) {
    throw new ConfigError(
      `the database at ${target.display} has no schema to create the store in (search_path names none that exists)`,
      undefined,
      { hint: 'add ?schema=NAME to the URL' },
    );
  }
  return schema;
}
