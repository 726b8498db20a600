// What every dialect's batch writer shares: the column lists of the bulk-written tables, the mapping
// of a batch to rows (seq and position numbering, the run check, one cache row per key) and the error
// that names the cases a batch's results refer to but the run lacks.
import { errorMessage, RunError } from '../core/index.js';
import type { ResponseCacheRow, ResultRow, RunCaseRow } from './database.js';
import { caseToRow, responseToCacheRow, resultToRow } from './rows.js';
import type { CacheEntry, StoredCase, WriteBatch } from './types.js';

export const CASE_COLUMNS = [
  'run_id',
  'case_id',
  'position',
  'vars_json',
  'expected_json',
  'tags_json',
  'metadata_json',
  'source',
  'adversarial',
  'repeat',
  'slices_json',
] as const satisfies readonly (keyof RunCaseRow)[];

export const RESULT_COLUMNS = [
  'run_id',
  'seq',
  'case_id',
  'target_id',
  'prompt_id',
  'repeat',
  'prompt',
  'output',
  'error',
  'status',
  'score',
  'scores_json',
  'latency_ms',
  'tokens_prompt',
  'tokens_completion',
  'tokens_total',
  'cost',
  'cached',
  'created_at',
] as const satisfies readonly (keyof ResultRow)[];

export const CACHE_COLUMNS = [
  'key',
  'output',
  'token_usage_json',
  'latency_ms',
  'cost',
  'created_at',
] as const satisfies readonly (keyof ResponseCacheRow)[];

export type CaseColumn = (typeof CASE_COLUMNS)[number];
export type ResultColumn = (typeof RESULT_COLUMNS)[number];
export type CacheColumn = (typeof CACHE_COLUMNS)[number];

// A column list that misses a column of its row type fails to compile here.
type Exhaustive<Row, Listed> = Exclude<keyof Row, Listed> extends never ? true : never;
const columnListsAreComplete: [
  Exhaustive<RunCaseRow, CaseColumn>,
  Exhaustive<ResultRow, ResultColumn>,
  Exhaustive<ResponseCacheRow, CacheColumn>,
] = [true, true, true];
void columnListsAreComplete;

/** A case already in the run keeps its first row: position, tags and slices. */
export const CASE_CONFLICT = 'on conflict ("run_id", "case_id") do nothing';
/** A result key already stored keeps its first result. */
export const RESULT_CONFLICT =
  'on conflict ("run_id", "case_id", "target_id", "prompt_id", "repeat") do nothing';

/** The upsert of a cache row: every column but the key takes the new value. */
export const CACHE_UPSERT = `on conflict ("key") do update set ${CACHE_COLUMNS.filter((c) => c !== 'key')
  .map((c) => `"${c}" = excluded."${c}"`)
  .join(', ')}`;

/** The batch's cases, positioned after the run's last position; a duplicate later loses to the first. */
export function caseRows(runId: string, cases: readonly StoredCase[], lastPosition: number): RunCaseRow[] {
  const rows: RunCaseRow[] = new Array(cases.length);
  for (let i = 0; i < cases.length; i++) rows[i] = caseToRow(runId, cases[i]!, lastPosition + i + 1);
  return rows;
}

/** The batch's results, numbered after the run's last seq; RunError for a result of another run. */
export function resultRows(batch: WriteBatch, lastSeq: number): ResultRow[] {
  const { runId } = batch;
  const results = batch.results ?? [];
  const rows: ResultRow[] = new Array(results.length);
  let seq = lastSeq;
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    if (result.runId !== runId) {
      throw new RunError(
        `a batch for run '${runId}' holds a result of run '${result.runId}' (case '${result.caseId}', target '${result.targetId}')`,
      );
    }
    rows[i] = resultToRow(runId, result, ++seq);
  }
  return rows;
}

/** One row per key, the last entry winning, as if the entries had been written one after another. */
export function cacheRows(entries: readonly CacheEntry[], now: string): ResponseCacheRow[] {
  const byKey = new Map<string, ResponseCacheRow>();
  for (const entry of entries) byKey.set(entry.key, responseToCacheRow(entry.key, entry.response, now));
  return [...byKey.values()];
}

/** The case ids the batch's results refer to that its own cases do not hold, in first-seen order. */
export function caseIdsOutsideBatch(batch: WriteBatch): string[] {
  const inBatch = new Set((batch.cases ?? []).map((c) => c.id));
  const outside = new Set<string>();
  for (const result of batch.results ?? []) if (!inBatch.has(result.caseId)) outside.add(result.caseId);
  return [...outside];
}

/** Only on failure: names the cases whose results arrived before them (`missing`, in order). */
export function missingCasesError(runId: string, missing: readonly string[], cause: unknown): RunError {
  if (missing.length === 0) {
    return new RunError(`writing to run '${runId}' failed: ${errorMessage(cause)}`, { cause });
  }
  const plural = missing.length > 1;
  const listed = missing
    .slice(0, 5)
    .map((id) => `'${id}'`)
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return new RunError(
    `run '${runId}': results refer to case${plural ? 's' : ''} ${listed}${more}, which ${
      plural ? 'are' : 'is'
    } not in the run`,
    { cause, hint: 'write each case in the same batch as its first result, or earlier' },
  );
}
