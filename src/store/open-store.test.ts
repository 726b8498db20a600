import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, NO_MIGRATIONS, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/index.js';
import type { StoreDatabase } from './database.js';
import { createStoreMigrator, MIGRATION_TABLE, migrateStoreSchema } from './migrate.js';
import { STORE_MIGRATIONS } from './migrations/index.js';
import { openStore } from './open-store.js';
import { applyConnectionPragmas } from './sqlite-store.js';
import { makeRun, makeTempDir, STORE_TABLES } from './test-helpers/fixtures.js';

const ALL_MIGRATIONS = Object.keys(STORE_MIGRATIONS);

const temp = makeTempDir();
afterAll(() => temp.remove());

function inspect(path: string): Database.Database {
  return new Database(path, { readonly: true });
}

describe('openStore', () => {
  it('refuses an empty location', async () => {
    await expect(openStore('  ')).rejects.toThrow(
      new ConfigError('the store location is empty; give a SQLite file path, :memory: or a postgres:// URL'),
    );
  });

  it('creates the parent folders and the schema, in WAL mode', async () => {
    const path = join(temp.dir, 'nested', 'deeper', 'groundtruth.db');
    const store = await openStore(path);
    await store.createRun(makeRun());
    await store.close();

    const db = inspect(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare(`select name from sqlite_master where type = 'table' order by name`)
      .pluck()
      .all();
    expect(tables).toEqual(STORE_TABLES);
    expect(db.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all()).toEqual(ALL_MIGRATIONS);
    db.close();
  });

  it('migrates once: opening again keeps the data and applies nothing', async () => {
    const path = join(temp.dir, 'twice.db');
    const first = await openStore(path);
    await first.createRun(makeRun());
    await first.close();
    await first.close(); // closing twice is harmless

    const second = await openStore(path);
    expect((await second.getRun('run-0001'))?.id).toBe('run-0001');
    await second.close();

    const sqlite = new Database(path);
    const kysely = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    expect(await migrateStoreSchema(kysely, path)).toEqual([]);
    expect(sqlite.prepare(`select count(*) from ${MIGRATION_TABLE}`).pluck().get()).toBe(
      ALL_MIGRATIONS.length,
    );
    await kysely.destroy();
  });

  it('refuses a database migrated by a newer version, naming the unknown migrations', async () => {
    const path = join(temp.dir, 'newer.db');
    await (await openStore(path)).close();
    const db = new Database(path);
    const insert = db.prepare(`insert into ${MIGRATION_TABLE} (name, timestamp) values (?, ?)`);
    insert.run('0003-review-queues', '2030-01-01T00:00:00.000Z');
    insert.run('0002-datasets', '2030-01-01T00:00:00.000Z');
    db.close();

    const opening = openStore(path);
    await expect(opening).rejects.toThrow(ConfigError);
    await expect(opening).rejects.toThrow(
      `the store at ${path} was written by a newer version of groundtruth (unknown schema migrations 0002-datasets, 0003-review-queues)`,
    );
    await expect(opening).rejects.toMatchObject({
      hint: 'upgrade groundtruth, or use another database file with --db',
    });
  });

  it('reports a file that is not a database as a ConfigError naming it', async () => {
    const path = join(temp.dir, 'notes.txt');
    writeFileSync(
      path,
      'this is not a database, just some text that is long enough to look like a header'.repeat(20),
    );
    const opening = openStore(path);
    await expect(opening).rejects.toBeInstanceOf(ConfigError);
    await expect(opening).rejects.toMatchObject({
      message: `cannot open the store at ${path}: file is not a database`,
      hint: 'give --db a writable SQLite file path',
    });
  });

  it('reports a folder given as the location', async () => {
    await expect(openStore(temp.dir)).rejects.toMatchObject({
      name: 'ConfigError',
      message: `cannot open the store at ${temp.dir}: unable to open database file`,
    });
  });

  it('can migrate all the way down and up again', async () => {
    const sqlite = new Database(':memory:');
    applyConnectionPragmas(sqlite);
    const kysely = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    expect(await migrateStoreSchema(kysely, ':memory:')).toEqual(ALL_MIGRATIONS);
    const down = await createStoreMigrator(kysely).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const left = sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'groundtruth_%'`)
      .pluck()
      .all();
    expect(left).toEqual([]);
    expect(await migrateStoreSchema(kysely, ':memory:')).toEqual(ALL_MIGRATIONS);
    await kysely.destroy();
  });
});

describe('connection pragmas', () => {
  it('sets WAL, NORMAL sync, a 5 s busy timeout and foreign keys', () => {
    const db = new Database(join(temp.dir, 'pragmas.db'));
    applyConnectionPragmas(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
