// The first schema: runs, their cases and tags, results and the response cache. Written with the
// schema builder and portable types only (text ids, no auto-increment, JSON and timestamps as text,
// double precision for reals; text compares by code point on both, see textColumnType) so the
// PostgreSQL store runs this same migration; the one SQLite-only clause is guarded by the dialect.
import { type Kysely, sql } from 'kysely';
import { isSqliteDatabase, textColumnType } from '../sql-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = textColumnType(db);
  await db.schema
    .createTable('runs')
    .addColumn('id', text, (col) => col.primaryKey())
    .addColumn('suite_path', text, (col) => col.notNull())
    .addColumn('description', text)
    .addColumn('suite_hash', text, (col) => col.notNull())
    .addColumn('dataset_hash', text, (col) => col.notNull())
    .addColumn('dataset_ref', text, (col) => col.notNull())
    .addColumn('targets_json', text, (col) => col.notNull())
    .addColumn('config_json', text, (col) => col.notNull())
    .addColumn('git_json', text)
    .addColumn('status', text, (col) => col.notNull())
    .addColumn('case_count', 'integer', (col) => col.notNull())
    .addColumn('expected_results', 'integer', (col) => col.notNull())
    .addColumn('created_at', text, (col) => col.notNull())
    .addColumn('updated_at', text, (col) => col.notNull())
    .addColumn('finished_at', text)
    .addColumn('owner_json', text)
    .addColumn('summary_json', text)
    .addColumn('options_json', text, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('runs_suite_path_created_at')
    .on('runs')
    .columns(['suite_path', 'created_at'])
    .execute();
  await db.schema.createIndex('runs_created_at').on('runs').column('created_at').execute();
  await db.schema.createIndex('runs_status').on('runs').column('status').execute();

  await db.schema
    .createTable('run_cases')
    .addColumn('run_id', text, (col) => col.notNull())
    .addColumn('case_id', text, (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('vars_json', text, (col) => col.notNull())
    .addColumn('expected_json', text)
    .addColumn('tags_json', text, (col) => col.notNull())
    .addColumn('metadata_json', text)
    .addColumn('source', text)
    .addColumn('adversarial', 'integer')
    .addColumn('repeat', 'integer')
    .addPrimaryKeyConstraint('run_cases_pk', ['run_id', 'case_id'])
    .addForeignKeyConstraint('run_cases_run_fk', ['run_id'], 'runs', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  // Each write numbers its new cases from MAX(position): without this index that is a scan of the run.
  await db.schema
    .createIndex('run_cases_position')
    .on('run_cases')
    .columns(['run_id', 'position'])
    .unique()
    .execute();

  await db.schema
    .createTable('case_tags')
    .addColumn('run_id', text, (col) => col.notNull())
    .addColumn('case_id', text, (col) => col.notNull())
    .addColumn('tag', text, (col) => col.notNull())
    // (run_id, case_id) first serves the cascade from run_cases; a slice by tag reads all of a run's
    // tags, which its aggregate over the run's results does anyway.
    .addPrimaryKeyConstraint('case_tags_pk', ['run_id', 'case_id', 'tag'])
    .addForeignKeyConstraint(
      'case_tags_case_fk',
      ['run_id', 'case_id'],
      'run_cases',
      ['run_id', 'case_id'],
      (fk) => fk.onDelete('cascade'),
    )
    // Tiny rows keyed by their whole content: on SQLite a WITHOUT ROWID table keeps one b-tree instead
    // of two, which is a third of the cost of writing a batch's tags.
    .$call((table) => (isSqliteDatabase(db) ? table.modifyEnd(sql`without rowid`) : table))
    .execute();

  await db.schema
    .createTable('results')
    .addColumn('run_id', text, (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('case_id', text, (col) => col.notNull())
    .addColumn('target_id', text, (col) => col.notNull())
    .addColumn('prompt_id', text, (col) => col.notNull())
    .addColumn('repeat', 'integer', (col) => col.notNull())
    .addColumn('prompt', text, (col) => col.notNull())
    .addColumn('output', text)
    .addColumn('error', text)
    .addColumn('status', text, (col) => col.notNull())
    .addColumn('score', 'double precision')
    .addColumn('scores_json', text, (col) => col.notNull())
    .addColumn('latency_ms', 'double precision', (col) => col.notNull())
    .addColumn('tokens_prompt', 'integer')
    .addColumn('tokens_completion', 'integer')
    .addColumn('tokens_total', 'integer')
    .addColumn('cost', 'double precision')
    .addColumn('cached', 'integer', (col) => col.notNull())
    .addColumn('created_at', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('results_pk', ['run_id', 'seq'])
    .addUniqueConstraint('results_key', ['run_id', 'case_id', 'target_id', 'prompt_id', 'repeat'])
    .addCheckConstraint('results_status', sql`status in ('pass', 'fail', 'error')`)
    .addCheckConstraint('results_cached', sql`cached in (0, 1)`)
    // Every result belongs to a case of its run: that is where its tags come from.
    .addForeignKeyConstraint(
      'results_case_fk',
      ['run_id', 'case_id'],
      'run_cases',
      ['run_id', 'case_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('results_run_status').on('results').columns(['run_id', 'status']).execute();

  await db.schema
    .createTable('response_cache')
    .addColumn('key', text, (col) => col.primaryKey())
    .addColumn('output', text, (col) => col.notNull())
    .addColumn('token_usage_json', text)
    .addColumn('cost', 'double precision')
    .addColumn('latency_ms', 'double precision')
    .addColumn('created_at', text, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Children first, so the drops never trip a foreign key.
  for (const table of ['response_cache', 'results', 'case_tags', 'run_cases', 'runs']) {
    await db.schema.dropTable(table).execute();
  }
}
