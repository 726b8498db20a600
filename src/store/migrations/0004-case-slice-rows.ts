// One row per (run case, slice key) so that a run's results can be filtered by slice in SQL with an
// index (the web app's results table), and an index for filtering results by target, prompt and
// status. Existing runs are backfilled from their stored slices (or their tags, for runs written
// before slices were stored). Portable types, as in the first migration.
import { type Kysely, sql } from 'kysely';
import { isSqliteDatabase, textColumnType } from '../sql-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = textColumnType(db);
  const sqlite = isSqliteDatabase(db);
  await db.schema
    .createTable('case_slices')
    .addColumn('run_id', text, (col) => col.notNull())
    .addColumn('slice', text, (col) => col.notNull())
    .addColumn('case_id', text, (col) => col.notNull())
    // Slice first: a filter reads exactly the cases of one slice of one run, in one range scan.
    .addPrimaryKeyConstraint('case_slices_pk', ['run_id', 'slice', 'case_id'])
    // No foreign key and no second index: the rows are written from run_cases in the statement that
    // follows each insert of cases, so they cannot dangle, and a foreign key check plus an index by
    // case cost a third of the write; removing a run's rows goes by run_id, the key's first column.
    .$call((table) => (sqlite ? table.modifyEnd(sql`without rowid`) : table))
    .execute();
  await sql`insert into case_slices (run_id, slice, case_id)
    select distinct c.run_id, s.value, c.case_id
    from run_cases c, ${
      sqlite
        ? sql`json_each(coalesce(c.slices_json, c.tags_json)) s`
        : sql`jsonb_array_elements_text(coalesce(c.slices_json, c.tags_json)::jsonb) s(value)`
    }`.execute(db);

  // Counting a filtered run (the total of a results page) reads this index only, never the rows.
  await db.schema
    .createIndex('results_run_target_prompt_status')
    .on('results')
    .columns(['run_id', 'target_id', 'prompt_id', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('results_run_target_prompt_status').execute();
  await db.schema.dropTable('case_slices').execute();
}
