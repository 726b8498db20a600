import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { StoreDatabase } from '../database.js';
import { createStoreMigrator, migrateStoreSchema } from '../migrate.js';
import { applyConnectionPragmas } from '../sqlite-store.js';

describe('0004-case-slice-rows', () => {
  it('backfills case_slices from the stored slices, or the tags of runs written before slices', async () => {
    const sqlite = new Database(':memory:');
    applyConnectionPragmas(sqlite);
    const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    const migrated = await createStoreMigrator(db).migrateTo('0003-datasets');
    expect(migrated.error).toBeUndefined();
    sqlite
      .prepare(
        `insert into runs (id, suite_path, suite_hash, dataset_hash, dataset_ref, targets_json, config_json,
           status, case_count, expected_results, created_at, updated_at, options_json)
         values ('r1', '/s.yaml', 'h', 'd', 'cases.csv', '[]', '{}', 'completed', 2, 2, 't', 't', '{}')`,
      )
      .run();
    const insertCase = sqlite.prepare(
      `insert into run_cases (run_id, case_id, position, vars_json, tags_json, slices_json)
       values ('r1', ?, ?, '{}', ?, ?)`,
    );
    insertCase.run('new', 1, '["billing"]', '["billing","source:manual","adversarial"]');
    insertCase.run('old', 2, '["typo","billing"]', null);

    expect(await migrateStoreSchema(db, ':memory:')).toEqual(['0004-case-slice-rows']);
    const rows = sqlite.prepare('select case_id, slice from case_slices order by case_id, slice').raw().all();
    expect(rows).toEqual([
      ['new', 'adversarial'],
      ['new', 'billing'],
      ['new', 'source:manual'],
      ['old', 'billing'],
      ['old', 'typo'],
    ]);
    const indexes = sqlite
      .prepare(
        `select name from sqlite_master where type = 'index' and tbl_name = 'results' and sql is not null`,
      )
      .pluck()
      .all();
    expect(indexes).toContain('results_run_target_prompt_status');
    await db.destroy();
  });
});
