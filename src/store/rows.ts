// Row ↔ domain mappers: the one place that knows how a Run, Case, Result or cached response is laid
// out in columns. Optional domain fields are stored as NULL and left out again on the way back.
import type {
  Case,
  CaseSource,
  GitInfo,
  Result,
  ResultStatus,
  Run,
  RunStatus,
  RunSummary,
  Score,
  TokenUsage,
} from '../core/index.js';
import type { CaseColumns, ResponseCacheRow, ResultRow, RunCaseRow, RunRow } from './database.js';
import { fromJsonColumn, toJsonColumn, toNullableJsonColumn } from './json-column.js';
import type { CachedResponse, ResultPreview, StoredCase, StoredResult } from './types.js';

export function runToRow(run: Run): RunRow {
  return {
    id: run.id,
    suite_path: run.suitePath,
    description: run.description ?? null,
    suite_hash: run.suiteHash,
    dataset_hash: run.datasetHash,
    dataset_ref: run.datasetRef,
    targets_json: toJsonColumn(run.targets),
    config_json: toJsonColumn(run.config),
    git_json: toNullableJsonColumn(run.git),
    status: run.status,
    case_count: run.caseCount,
    expected_results: run.expectedResults,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    finished_at: run.finishedAt ?? null,
    owner_json: toNullableJsonColumn(run.owner),
    summary_json: toNullableJsonColumn(run.summary),
    options_json: toJsonColumn(run.options),
  };
}

export function rowToRun(row: RunRow): Run {
  const run: Run = {
    id: row.id,
    suitePath: row.suite_path,
    suiteHash: row.suite_hash,
    datasetHash: row.dataset_hash,
    datasetRef: row.dataset_ref,
    targets: fromJsonColumn<Run['targets']>(row.targets_json),
    config: fromJsonColumn<Record<string, unknown>>(row.config_json),
    status: row.status as RunStatus,
    caseCount: row.case_count,
    expectedResults: row.expected_results,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    options: fromJsonColumn<Record<string, unknown>>(row.options_json),
  };
  if (row.description !== null) run.description = row.description;
  if (row.git_json !== null) run.git = fromJsonColumn<GitInfo>(row.git_json);
  if (row.finished_at !== null) run.finishedAt = row.finished_at;
  if (row.owner_json !== null) run.owner = fromJsonColumn<{ pid: number; host: string }>(row.owner_json);
  if (row.summary_json !== null) run.summary = fromJsonColumn<RunSummary>(row.summary_json);
  return run;
}

export function caseColumns(testCase: Case): CaseColumns {
  return {
    case_id: testCase.id,
    vars_json: toJsonColumn(testCase.vars),
    expected_json: toNullableJsonColumn(testCase.expected),
    tags_json: toJsonColumn(testCase.tags),
    metadata_json: toNullableJsonColumn(testCase.metadata),
    source: testCase.source ?? null,
    adversarial: testCase.adversarial === undefined ? null : testCase.adversarial ? 1 : 0,
    repeat: testCase.repeat ?? null,
  };
}

export function caseToRow(runId: string, testCase: StoredCase, position: number): RunCaseRow {
  return {
    run_id: runId,
    position,
    ...caseColumns(testCase),
    slices_json: toNullableJsonColumn(testCase.slices),
  };
}

export function rowToCase(row: CaseColumns): Case {
  const testCase: Case = {
    id: row.case_id,
    vars: fromJsonColumn<Record<string, unknown>>(row.vars_json),
    tags: fromJsonColumn<string[]>(row.tags_json),
  };
  if (row.expected_json !== null) testCase.expected = fromJsonColumn<unknown>(row.expected_json);
  if (row.metadata_json !== null) {
    testCase.metadata = fromJsonColumn<Record<string, unknown>>(row.metadata_json);
  }
  if (row.source !== null) testCase.source = row.source as CaseSource;
  if (row.adversarial !== null) testCase.adversarial = row.adversarial === 1;
  if (row.repeat !== null) testCase.repeat = row.repeat;
  return testCase;
}

export function resultToRow(runId: string, result: Result, seq: number): ResultRow {
  const usage = result.tokenUsage;
  return {
    run_id: runId,
    seq,
    case_id: result.caseId,
    target_id: result.targetId,
    prompt_id: result.promptId,
    repeat: result.repeat,
    prompt: result.prompt,
    output: result.output,
    error: result.error,
    status: result.status,
    score: result.score,
    scores_json: toJsonColumn(result.scores),
    latency_ms: result.latencyMs,
    tokens_prompt: usage?.prompt ?? null,
    tokens_completion: usage?.completion ?? null,
    tokens_total: usage?.total ?? null,
    cost: result.cost ?? null,
    cached: result.cached ? 1 : 0,
    created_at: result.createdAt,
  };
}

/** The columns a result page reads: the result row without seq, plus its case's tags. */
export type StoredResultRow = Omit<ResultRow, 'seq'> & { tags_json: string; slices_json: string | null };

export function rowToResult(row: Omit<ResultRow, 'seq'>): Result {
  const result: Result = {
    runId: row.run_id,
    caseId: row.case_id,
    targetId: row.target_id,
    promptId: row.prompt_id,
    repeat: row.repeat,
    prompt: row.prompt,
    output: row.output,
    error: row.error,
    status: row.status as ResultStatus,
    score: row.score,
    scores: fromJsonColumn<Score[]>(row.scores_json),
    latencyMs: row.latency_ms,
    cached: row.cached === 1,
    createdAt: row.created_at,
  };
  const usage = tokenUsageFromColumns(row.tokens_prompt, row.tokens_completion, row.tokens_total);
  if (usage !== undefined) result.tokenUsage = usage;
  if (row.cost !== null) result.cost = row.cost;
  return result;
}

export function rowToStoredResult(row: StoredResultRow): StoredResult {
  const stored = rowToResult(row) as StoredResult;
  stored.tags = fromJsonColumn<string[]>(row.tags_json);
  stored.slices = row.slices_json === null ? stored.tags : fromJsonColumn<string[]>(row.slices_json);
  return stored;
}

/** The columns a results table row reads: no prompt, the output cut to a preview. */
export type ResultPreviewRow = Pick<
  ResultRow,
  | 'seq'
  | 'case_id'
  | 'target_id'
  | 'prompt_id'
  | 'repeat'
  | 'status'
  | 'score'
  | 'scores_json'
  | 'latency_ms'
  | 'cost'
  | 'error'
> & { output_preview: string | Uint8Array | null; tags_json: string; slices_json: string | null };

/** A row's output head cut to `previewLength` characters (code points). */
export function rowToResultPreview(row: ResultPreviewRow, previewLength: number): ResultPreview {
  const tags = fromJsonColumn<string[]>(row.tags_json);
  const preview: ResultPreview = {
    seq: row.seq,
    caseId: row.case_id,
    targetId: row.target_id,
    promptId: row.prompt_id,
    repeat: row.repeat,
    status: row.status as ResultStatus,
    score: row.score,
    outputPreview: row.output_preview === null ? null : cutPreview(row.output_preview, previewLength),
    error: row.error,
    latencyMs: row.latency_ms,
    tags,
    slices: row.slices_json === null ? tags : fromJsonColumn<string[]>(row.slices_json),
    scores: fromJsonColumn<Score[]>(row.scores_json),
  };
  if (row.cost !== null) preview.cost = row.cost;
  return preview;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The first `length` code points of a text, or of UTF-8 bytes cut anywhere: a sequence the cut split
 * decodes to U+FFFD, which lies past the wanted characters when the bytes hold 4 per character.
 */
export function cutPreview(head: string | Uint8Array, length: number): string {
  const text = typeof head === 'string' ? head : utf8.decode(head);
  let end = 0;
  for (let count = 0; count < length && end < text.length; count++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, end);
}

/** A usage with no counts at all reads back as absent: the columns cannot tell `{}` from missing. */
function tokenUsageFromColumns(
  prompt: number | null,
  completion: number | null,
  total: number | null,
): TokenUsage | undefined {
  if (prompt === null && completion === null && total === null) return undefined;
  const usage: TokenUsage = {};
  if (prompt !== null) usage.prompt = prompt;
  if (completion !== null) usage.completion = completion;
  if (total !== null) usage.total = total;
  return usage;
}

export function responseToCacheRow(
  key: string,
  response: CachedResponse,
  createdAt: string,
): ResponseCacheRow {
  return {
    key,
    output: response.output,
    token_usage_json: toNullableJsonColumn(response.tokenUsage),
    cost: response.cost ?? null,
    latency_ms: response.latencyMs ?? null,
    created_at: createdAt,
  };
}

export function cacheRowToResponse(
  row: Pick<ResponseCacheRow, 'output' | 'token_usage_json' | 'cost' | 'latency_ms'>,
): CachedResponse {
  const response: CachedResponse = { output: row.output };
  if (row.token_usage_json !== null) response.tokenUsage = fromJsonColumn<TokenUsage>(row.token_usage_json);
  if (row.cost !== null) response.cost = row.cost;
  if (row.latency_ms !== null) response.latencyMs = row.latency_ms;
  return response;
}
