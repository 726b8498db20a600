// Versioned datasets: each distinct content (the normalised cases, in order) is stored once under its
// hash, and a name's versions point at contents, so two names or two imports of the same cases share
// rows. Portable types only, as in the first migration.
import type { Kysely } from 'kysely';
import { textColumnType } from '../sql-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = textColumnType(db);
  // A content row is written last, once all its cases are in: it is what makes them readable.
  await db.schema
    .createTable('dataset_contents')
    .addColumn('id', text, (col) => col.primaryKey())
    .addColumn('case_count', 'integer', (col) => col.notNull())
    .addColumn('created_at', text, (col) => col.notNull())
    .execute();

  // No foreign key to dataset_contents: a content's cases are written, page by page, before it.
  await db.schema
    .createTable('dataset_cases')
    .addColumn('content_id', text, (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('case_id', text, (col) => col.notNull())
    .addColumn('vars_json', text, (col) => col.notNull())
    .addColumn('expected_json', text)
    .addColumn('tags_json', text, (col) => col.notNull())
    .addColumn('metadata_json', text)
    .addColumn('source', text)
    .addColumn('adversarial', 'integer')
    .addColumn('repeat', 'integer')
    .addPrimaryKeyConstraint('dataset_cases_pk', ['content_id', 'position'])
    .addUniqueConstraint('dataset_cases_case', ['content_id', 'case_id'])
    .execute();

  await db.schema
    .createTable('dataset_versions')
    .addColumn('name', text, (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('content_id', text, (col) => col.notNull())
    .addColumn('note', text)
    .addColumn('parent_id', text)
    .addColumn('created_at', text, (col) => col.notNull())
    // The number orders a name's versions (latest = highest) even when two share a timestamp.
    .addPrimaryKeyConstraint('dataset_versions_pk', ['name', 'number'])
    // One version per content and name; the index also serves lookups by id prefix within a name.
    .addUniqueConstraint('dataset_versions_content', ['name', 'content_id'])
    .addForeignKeyConstraint('dataset_versions_content_fk', ['content_id'], 'dataset_contents', ['id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['dataset_versions', 'dataset_cases', 'dataset_contents']) {
    await db.schema.dropTable(table).execute();
  }
}
