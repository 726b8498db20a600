// The SQLite write path: one IMMEDIATE transaction per batch over prepared multi-row statements.
// better-sqlite3 directly rather than Kysely: Kysely compiles and re-prepares every statement on each
// call, which made 10,000 cases + 10,000 results in batches of 500 about 1.5× slower than these
// statements, prepared once and cached.
import type BetterSqlite3 from 'better-sqlite3';
import { NotFoundError, type RunError } from '../core/index.js';
import {
  CACHE_COLUMNS,
  CACHE_UPSERT,
  CASE_COLUMNS,
  CASE_CONFLICT,
  type CacheColumn,
  type CaseColumn,
  cacheRows,
  caseIdsOutsideBatch,
  caseRows,
  missingCasesError,
  RESULT_COLUMNS,
  RESULT_CONFLICT,
  type ResultColumn,
  resultRows,
} from './batch-rows.js';
import type { ResponseCacheRow, ResultRow, RunCaseRow } from './database.js';
import type { WriteBatch } from './types.js';

type Bindable = string | number | null;

/**
 * Rows per statement, largest first. A fixed ladder keeps the statement cache at five entries per
 * table whatever the batch size, and 256 rows × 19 columns stays far below SQLite's 32,766 parameters.
 */
const CHUNK_SIZES = [256, 64, 16, 4, 1] as const;

/** A multi-row INSERT for one table, prepared once per chunk size. */
class ChunkedInsert<Row extends { [K in Column]: Bindable }, Column extends keyof Row & string> {
  readonly #db: BetterSqlite3.Database;
  readonly #columns: readonly Column[];
  readonly #head: string;
  readonly #tail: string;
  readonly #tuple: string;
  readonly #statements = new Map<number, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database, table: string, columns: readonly Column[], tail: string) {
    this.#db = db;
    this.#columns = columns;
    this.#head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    this.#tuple = `(${columns.map(() => '?').join(', ')})`;
    this.#tail = tail;
  }

  run(rows: readonly Row[]): void {
    let offset = 0;
    for (const size of CHUNK_SIZES) {
      while (rows.length - offset >= size) {
        const statement = this.#statement(size);
        const params: Bindable[] = new Array(size * this.#columns.length);
        let p = 0;
        for (let r = offset; r < offset + size; r++) {
          const row = rows[r]!;
          for (const column of this.#columns) params[p++] = row[column];
        }
        statement.run(params);
        offset += size;
      }
    }
  }

  #statement(size: number): BetterSqlite3.Statement {
    let statement = this.#statements.get(size);
    if (statement === undefined) {
      statement = this.#db.prepare(
        `${this.#head}${new Array(size).fill(this.#tuple).join(', ')} ${this.#tail}`,
      );
      this.#statements.set(size, statement);
    }
    return statement;
  }
}

export class SqliteBatchWriter {
  readonly #insertCases: ChunkedInsert<RunCaseRow, CaseColumn>;
  readonly #insertNewCaseTags: BetterSqlite3.Statement<[string, number]>;
  readonly #insertNewCaseSlices: BetterSqlite3.Statement<[string, number]>;
  readonly #insertResults: ChunkedInsert<ResultRow, ResultColumn>;
  readonly #upsertCache: ChunkedInsert<ResponseCacheRow, CacheColumn>;
  readonly #heartbeat: BetterSqlite3.Statement<[string, string]>;
  readonly #lastSeq: BetterSqlite3.Statement<[string], number>;
  readonly #lastPosition: BetterSqlite3.Statement<[string], number>;
  readonly #caseExists: BetterSqlite3.Statement<[string, string], number>;
  readonly #transaction: BetterSqlite3.Transaction<(batch: WriteBatch, now: string) => void>;

  constructor(db: BetterSqlite3.Database) {
    this.#insertCases = new ChunkedInsert(db, 'run_cases', CASE_COLUMNS, CASE_CONFLICT);
    // json_each is SQLite's; PostgreSQL's jsonb_array_elements_text does the same. The WHERE clause
    // also keeps SQLite from reading ON CONFLICT as a join constraint.
    this.#insertNewCaseTags = db.prepare(
      `insert into "case_tags" ("run_id", "case_id", "tag")
       select c."run_id", c."case_id", t."value" from "run_cases" c, json_each(c."tags_json") t
       where c."run_id" = ? and c."position" > ?
       on conflict do nothing`,
    );
    // Runs written before slices were stored slice by their tags, as rowToStoredResult reads them.
    this.#insertNewCaseSlices = db.prepare(
      `insert into "case_slices" ("run_id", "slice", "case_id")
       select c."run_id", s."value", c."case_id" from "run_cases" c,
         json_each(coalesce(c."slices_json", c."tags_json")) s
       where c."run_id" = ? and c."position" > ?
       on conflict do nothing`,
    );
    this.#insertResults = new ChunkedInsert(db, 'results', RESULT_COLUMNS, RESULT_CONFLICT);
    this.#upsertCache = new ChunkedInsert(db, 'response_cache', CACHE_COLUMNS, CACHE_UPSERT);
    this.#heartbeat = db.prepare('update "runs" set "updated_at" = ? where "id" = ?');
    this.#lastSeq = db.prepare<[string], number>(
      'select coalesce(max("seq"), 0) from "results" where "run_id" = ?',
    );
    this.#lastSeq.pluck();
    this.#lastPosition = db.prepare<[string], number>(
      'select coalesce(max("position"), 0) from "run_cases" where "run_id" = ?',
    );
    this.#lastPosition.pluck();
    this.#caseExists = db.prepare<[string, string], number>(
      'select 1 from "run_cases" where "run_id" = ? and "case_id" = ?',
    );
    this.#caseExists.pluck();
    this.#transaction = db.transaction((batch: WriteBatch, now: string) =>
      this.#writeInTransaction(batch, now),
    );
  }

  /**
   * Writes the batch atomically. IMMEDIATE takes the write lock before reading MAX(seq), so two
   * processes resuming the same run cannot hand out the same seq; the unique result key then keeps
   * exactly one result per (case, target, prompt, repeat) whoever writes first.
   */
  write(batch: WriteBatch): void {
    const now = new Date().toISOString();
    try {
      this.#transaction.immediate(batch, now);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw this.#explainMissingCases(batch, error);
      throw error;
    }
  }

  #writeInTransaction(batch: WriteBatch, now: string): void {
    const { runId } = batch;
    // The heartbeat goes first: it is also the check that the run exists.
    if (this.#heartbeat.run(now, runId).changes === 0) {
      throw new NotFoundError(`run '${runId}' is not in the store; create it before writing to it`);
    }
    if (batch.cases !== undefined && batch.cases.length > 0) this.#writeCases(runId, batch.cases);
    if (batch.results !== undefined && batch.results.length > 0) {
      this.#insertResults.run(resultRows(batch, this.#lastSeq.get(runId)!));
    }
    if (batch.cache !== undefined && batch.cache.length > 0) {
      this.#upsertCache.run(cacheRows(batch.cache, now));
    }
  }

  #writeCases(runId: string, cases: NonNullable<WriteBatch['cases']>): void {
    const lastPosition = this.#lastPosition.get(runId)!;
    this.#insertCases.run(caseRows(runId, cases, lastPosition));
    // Positions past the old maximum are exactly the cases this batch created, so a case already in
    // the run keeps the tags and slices it had. Expanding the JSON in SQL beats RETURNING plus bound
    // tag rows.
    this.#insertNewCaseTags.run(runId, lastPosition);
    this.#insertNewCaseSlices.run(runId, lastPosition);
  }

  /** Only on failure: names the cases whose results arrived before them. */
  #explainMissingCases(batch: WriteBatch, cause: unknown): RunError {
    const missing = caseIdsOutsideBatch(batch).filter(
      (id) => this.#caseExists.get(batch.runId, id) === undefined,
    );
    return missingCasesError(batch.runId, missing, cause);
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
