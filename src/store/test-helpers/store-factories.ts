// The dialects the Store contract tests run against: SQLite always, PostgreSQL when it answers at
// GROUNDTRUTH_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/test). Each PostgreSQL location
// is a fresh schema, dropped by cleanup(). With GROUNDTRUTH_REQUIRE_POSTGRES=1 (CI) an unreachable
// server fails the PostgreSQL tests instead of skipping them.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../open-store.js';
import type { Store } from '../types.js';
import { makeTempDir } from './fixtures.js';

export const TEST_POSTGRES_URL =
  process.env.GROUNDTRUTH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface StoreFactory {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, empty location (a temp file, a new schema) that several stores can open. */
  location(): string;
  /** A store at a fresh location (SQLite: in memory), or at the given one. */
  open(location?: string): Promise<Store>;
  /** The rows, as arrays, of one query run straight on a location; `?` placeholders. */
  rows(location: string, text: string, params?: unknown[]): Promise<unknown[][]>;
  /** Runs one statement straight on a location; `?` placeholders. */
  run(location: string, text: string, params?: unknown[]): Promise<void>;
  /** Removes every location made so far; the stores on them must be closed. */
  cleanup(): Promise<void>;
}

function sqliteFactory(): StoreFactory {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let count = 0;
  return {
    name: 'sqlite',
    location() {
      temp ??= makeTempDir();
      return join(temp.dir, `store-${++count}.db`);
    },
    open(location = ':memory:') {
      return openStore(location);
    },
    async rows(location, text, params = []) {
      const db = new Database(location, { readonly: true });
      try {
        return db
          .prepare(text)
          .raw()
          .all(...params) as unknown[][];
      } finally {
        db.close();
      }
    },
    async run(location, text, params = []) {
      const db = new Database(location);
      try {
        db.prepare(text).run(...params);
      } finally {
        db.close();
      }
    },
    async cleanup() {
      temp?.remove();
      temp = undefined;
    },
  };
}

function postgresFactory(): StoreFactory {
  const schemas: string[] = [];
  const prefix = `gt_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const withSchema = (schema: string) => `${TEST_POSTGRES_URL}?schema=${schema}`;
  return {
    name: 'postgres',
    location() {
      const schema = `${prefix}_${schemas.length + 1}`;
      schemas.push(schema);
      return withSchema(schema);
    },
    open(location) {
      return openStore(location ?? this.location());
    },
    async rows(location, text, params = []) {
      return (await queryAt(location, text, params)).rows as unknown[][];
    },
    async run(location, text, params = []) {
      await queryAt(location, text, params);
    },
    async cleanup() {
      const dropping = schemas.splice(0);
      if (dropping.length === 0) return;
      await withClient(async (client) => {
        for (const schema of dropping) await client.query(`drop schema if exists ${schema} cascade`);
      });
    },
  };
}

/** One query in the location's schema, `?` placeholders numbered for pg. */
function queryAt(location: string, text: string, params: unknown[]): Promise<pg.QueryResult> {
  const schema = new URL(location).searchParams.get('schema');
  let n = 0;
  return withClient(async (client) => {
    if (schema !== null) await client.query(`set search_path to ${schema}`);
    return client.query({ text: text.replace(/\?/g, () => `$${++n}`), values: params, rowMode: 'array' });
  });
}

async function withClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function postgresAnswers(): Promise<boolean> {
  try {
    await withClient((client) => client.query('select 1'));
    return true;
  } catch (error) {
    if (process.env.GROUNDTRUTH_REQUIRE_POSTGRES === '1') return true; // its tests then fail, naming why
    console.warn(
      `PostgreSQL does not answer at ${TEST_POSTGRES_URL} (${
        error instanceof Error ? error.message || error.name : String(error)
      }): skipping the PostgreSQL store tests; set GROUNDTRUTH_REQUIRE_POSTGRES=1 to make them fail instead`,
    );
    return false;
  }
}

export const POSTGRES_AVAILABLE = await postgresAnswers();

/** SQLite, then PostgreSQL when it answers (or is required): for `describe.each(storeFactories())`. */
export function storeFactories(): StoreFactory[] {
  return POSTGRES_AVAILABLE ? [sqliteFactory(), postgresFactory()] : [sqliteFactory()];
}
