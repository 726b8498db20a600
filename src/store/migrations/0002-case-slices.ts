// The slices of each run case (tags, source, adversarial, sliceBy fields), fixed when the run wrote
// them, so that summaries and comparisons of a stored run slice it as the run did.
import type { Kysely } from 'kysely';
import { textColumnType } from '../sql-text.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const text = textColumnType(db);
  await db.schema.alterTable('run_cases').addColumn('slices_json', text).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('run_cases').dropColumn('slices_json').execute();
}
