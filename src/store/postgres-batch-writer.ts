// The PostgreSQL write path: one transaction per batch, each table written by a single
// `INSERT ... SELECT * FROM unnest($1::text[], ...)`: one bound array per column, so a batch of any
// size is one statement per table with a fixed parameter count (no 65,535-parameter limit), and each
// statement is prepared once per connection.
import type pg from 'pg';
import { NotFoundError } from '../core/index.js';
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
import type { BatchWriter } from './kysely-store.js';
import type { WriteBatch } from './types.js';

type ColumnType = 'text' | 'integer' | 'double precision';
type Bindable = string | number | null;

const CASE_TYPES: Record<CaseColumn, ColumnType> = {
  run_id: 'text',
  case_id: 'text',
  position: 'integer',
  vars_json: 'text',
  expected_json: 'text',
  tags_json: 'text',
  metadata_json: 'text',
  source: 'text',
  adversarial: 'integer',
  repeat: 'integer',
  slices_json: 'text',
};

const RESULT_TYPES: Record<ResultColumn, ColumnType> = {
  run_id: 'text',
  seq: 'integer',
  case_id: 'text',
  target_id: 'text',
  prompt_id: 'text',
  repeat: 'integer',
  prompt: 'text',
  output: 'text',
  error: 'text',
  status: 'text',
  score: 'double precision',
  scores_json: 'text',
  latency_ms: 'double precision',
  tokens_prompt: 'integer',
  tokens_completion: 'integer',
  tokens_total: 'integer',
  cost: 'double precision',
  cached: 'integer',
  created_at: 'text',
};

const CACHE_TYPES: Record<CacheColumn, ColumnType> = {
  key: 'text',
  output: 'text',
  token_usage_json: 'text',
  latency_ms: 'double precision',
  cost: 'double precision',
  created_at: 'text',
};

/**
 * PostgreSQL text cannot hold U+0000, which SQLite stores and model output may contain: it is written
 * as U+FFFD (the replacement character) rather than failing the whole batch.
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

/** An INSERT of bound column arrays into one table, as a named (per-connection prepared) statement. */
class UnnestInsert<Row extends { [K in Column]: Bindable }, Column extends keyof Row & string> {
  readonly #name: string;
  readonly #text: string;
  readonly #columns: readonly Column[];

  /** `statement` may wrap the INSERT, e.g. in a WITH that goes on with its RETURNING rows. */
  constructor(
    table: string,
    columns: readonly Column[],
    types: Record<Column, ColumnType>,
    tail: string,
    statement: (insert: string) => string = (insert) => insert,
  ) {
    this.#name = `groundtruth_insert_${table}`;
    this.#columns = columns;
    const list = columns.map((c) => `"${c}"`).join(', ');
    const arrays = columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ');
    this.#text = statement(`insert into "${table}" (${list}) select * from unnest(${arrays}) ${tail}`);
  }

  async run(client: pg.PoolClient, rows: readonly Row[]): Promise<void> {
    const values = this.#columns.map((column) => {
      const array: Bindable[] = new Array(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const value = rows[r]![column];
        array[r] = typeof value === 'string' ? withoutNul(value) : value;
      }
      return array;
    });
    await client.query({ name: this.#name, text: this.#text, values });
  }
}

// A case's tags and slice keys are written with it, from the RETURNING rows (exactly the cases the
// batch created: a case already in the run keeps its own), expanded from their JSON in SQL as the
// SQLite writer does with json_each. One statement: the foreign keys are checked at its end.
const insertCases = new UnnestInsert<RunCaseRow, CaseColumn>(
  'run_cases',
  CASE_COLUMNS,
  CASE_TYPES,
  CASE_CONFLICT,
  (insert) => `with "new_cases" as (${insert} returning "run_id", "case_id", "tags_json", "slices_json"),
    "new_tags" as (
      insert into "case_tags" ("run_id", "case_id", "tag")
      select c."run_id", c."case_id", t."value" from "new_cases" c,
        jsonb_array_elements_text(c."tags_json"::jsonb) t("value")
      on conflict do nothing)
    insert into "case_slices" ("run_id", "slice", "case_id")
    select c."run_id", s."value", c."case_id" from "new_cases" c,
      jsonb_array_elements_text(coalesce(c."slices_json", c."tags_json")::jsonb) s("value")
    on conflict do nothing`,
);
const insertResults = new UnnestInsert<ResultRow, ResultColumn>(
  'results',
  RESULT_COLUMNS,
  RESULT_TYPES,
  RESULT_CONFLICT,
);
const upsertCache = new UnnestInsert<ResponseCacheRow, CacheColumn>(
  'response_cache',
  CACHE_COLUMNS,
  CACHE_TYPES,
  CACHE_UPSERT,
);

const FOREIGN_KEY_VIOLATION = '23503';
/** A run's results from which the writer refreshes the planner's statistics (see #analyzeAsRunsGrow). */
const ANALYZE_FROM = 1024;
const ANALYZE = 'analyze "results", "run_cases", "case_slices", "case_tags"';

export class PostgresBatchWriter implements BatchWriter {
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /**
   * Writes the batch atomically. The heartbeat UPDATE comes first and locks the run's row until
   * commit, so two processes writing the same run take turns before reading MAX(seq) and
   * MAX(position) (READ COMMITTED reads each statement afresh): they never hand out the same seq,
   * and the unique result key keeps exactly one result per key whoever writes first.
   */
  async write(batch: WriteBatch): Promise<void> {
    const now = new Date().toISOString();
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      try {
        const seqs = await this.#writeInTransaction(client, batch, now);
        await client.query('commit');
        if (seqs !== undefined && crossesPowerOfTwo(seqs.last, seqs.next)) await client.query(ANALYZE);
      } catch (error) {
        await client.query('rollback').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      }
    } catch (error) {
      if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION && broken === undefined) {
        throw await this.#explainMissingCases(client, batch, error);
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** The run's last seq before and after the batch, when it has results. */
  async #writeInTransaction(
    client: pg.PoolClient,
    batch: WriteBatch,
    now: string,
  ): Promise<{ last: number; next: number } | undefined> {
    const { runId } = batch;
    const heartbeat = await client.query({
      name: 'groundtruth_heartbeat',
      text: 'update "runs" set "updated_at" = $1 where "id" = $2',
      values: [now, runId],
    });
    if (heartbeat.rowCount === 0) {
      throw new NotFoundError(`run '${runId}' is not in the store; create it before writing to it`);
    }
    if (batch.cases !== undefined && batch.cases.length > 0) {
      const lastPosition = await lastValue(client, 'position', 'run_cases', runId);
      await insertCases.run(client, caseRows(runId, batch.cases, lastPosition));
    }
    let seqs: { last: number; next: number } | undefined;
    if (batch.results !== undefined && batch.results.length > 0) {
      const last = await lastValue(client, 'seq', 'results', runId);
      await insertResults.run(client, resultRows(batch, last));
      seqs = { last, next: last + batch.results.length };
    }
    if (batch.cache !== undefined && batch.cache.length > 0) {
      await upsertCache.run(client, cacheRows(batch.cache, now));
    }
    return seqs;
  }

  /** Only on failure, after the rollback: names the cases whose results arrived before them. */
  async #explainMissingCases(client: pg.PoolClient, batch: WriteBatch, cause: unknown) {
    const outside = caseIdsOutsideBatch(batch);
    const { rows } = await client.query<{ case_id: string }>(
      'select "case_id" from "run_cases" where "run_id" = $1 and "case_id" = any($2::text[])',
      [batch.runId, outside],
    );
    const stored = new Set(rows.map((row) => row.case_id));
    return missingCasesError(
      batch.runId,
      outside.filter((id) => !stored.has(id)),
      cause,
    );
  }
}

/**
 * Autovacuum analyzes a table a minute or more after it grew; a run that writes 100,000 results in
 * seconds would meanwhile be read with the statistics of an empty table, and a filtered results page
 * planned as a nested loop over the whole run (seconds, not milliseconds). So the writer analyzes the
 * tables itself each time a run's results pass a power of two from ANALYZE_FROM on: a handful of
 * times per run, each a fixed-size sample.
 */
function crossesPowerOfTwo(last: number, next: number): boolean {
  return next >= ANALYZE_FROM && Math.floor(Math.log2(next)) > Math.floor(Math.log2(Math.max(last, 1)));
}

async function lastValue(
  client: pg.PoolClient,
  column: 'seq' | 'position',
  table: 'results' | 'run_cases',
  runId: string,
): Promise<number> {
  const { rows } = await client.query<{ last: number }>({
    name: `groundtruth_last_${column}`,
    text: `select coalesce(max("${column}"), 0) as "last" from "${table}" where "run_id" = $1`,
    values: [runId],
  });
  return rows[0]!.last;
}
