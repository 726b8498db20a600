// Dialect-aware SQL fragments for searching text: a case-insensitive substring match and a field of a
// JSON text column, written once for SQLite and PostgreSQL so the queries above them stay shared.
import { type Expression, type Kysely, type RawBuilder, SqliteAdapter, sql } from 'kysely';

export function isSqliteDatabase<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * The type of a text column in a migration. SQLite compares and sorts text by code point (BINARY);
 * on PostgreSQL the "C" collation does the same whatever the database's locale, so ORDER BY, `=` and
 * LIKE behave alike on both dialects (and a LIKE prefix can use the column's index).
 */
export function textColumnType<DB>(db: Kysely<DB>): 'text' | RawBuilder<unknown> {
  return isSqliteDatabase(db) ? 'text' : sql`text collate "C"`;
}

/** LIKE treats `%`, `_` and the escape character as wildcards; searched text must not. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `expression` contains `needle`, ignoring ASCII case only on both dialects: SQLite's LIKE ignores
 * ASCII case only (its lower() does no better without ICU); PostgreSQL's ILIKE would follow the
 * database's locale, but under the "C" collation it folds ASCII letters only, as SQLite does.
 */
export function containsText(
  expression: Expression<string | null>,
  needle: string,
  sqlite: boolean,
): RawBuilder<boolean> {
  const pattern = `%${escapeLike(needle)}%`;
  return sqlite
    ? sql<boolean>`${expression} like ${pattern} escape '\\'`
    : sql<boolean>`${expression} ilike ${pattern} collate "C" escape '\\'`;
}

/** A top-level string field of a JSON text column, or NULL. */
export function jsonTextField(
  column: Expression<string | null>,
  field: string,
  sqlite: boolean,
): RawBuilder<string | null> {
  return sqlite
    ? sql<string | null>`json_extract(${column}, ${`$.${field}`})`
    : sql<string | null>`(${column}::jsonb ->> ${field})`;
}
