// The storage contract. SQLite is the embedded default; PostgreSQL implements the same interface later.
import type { Case, Result, Run, RunStatus, TargetResponse } from '../core/index.js';

/** A result with the tags of its case, as summaries and reports read them. */
export interface StoredResult extends Result {
  tags: string[];
}

export interface RunQuery {
  suitePath?: string;
  status?: RunStatus[];
  limit?: number;
  offset?: number;
}

export type RunPatch = Partial<
  Pick<Run, 'status' | 'finishedAt' | 'summary' | 'owner' | 'caseCount' | 'expectedResults' | 'options'>
>;

/** A stored response, with how long it took when it was produced. */
export interface CachedResponse extends TargetResponse {
  latencyMs?: number;
}

export interface CacheEntry {
  key: string;
  response: CachedResponse;
}

/** Everything the runner writes, flushed together in one transaction. */
export interface WriteBatch {
  runId: string;
  cases?: Case[];
  results?: Result[];
  cache?: CacheEntry[];
}

export interface Store {
  createRun(run: Run): Promise<void>;
  /**
   * Writes only the fields present (and moves updatedAt); an optional field present as undefined is
   * cleared. NotFoundError for an unknown id.
   */
  updateRun(id: string, patch: RunPatch): Promise<void>;
  getRun(id: string): Promise<Run | undefined>;
  /**
   * A run by full id or unique prefix; undefined when none matches, NotFoundError naming the
   * candidates when several do.
   */
  findRun(idOrPrefix: string): Promise<Run | undefined>;
  /** Newest first. */
  listRuns(query?: RunQuery): Promise<Run[]>;
  /**
   * Writes cases (idempotent per run and case id), results (a result key already stored is ignored)
   * and cache entries (upserted) in one transaction, and moves the run's updatedAt heartbeat. A
   * result's case must be in the same batch or an earlier one.
   */
  write(batch: WriteBatch): Promise<void>;
  countResults(runId: string): Promise<number>;
  /** Keys (see resultKey) of the results a run already has, for resume. */
  resultKeys(runId: string): Promise<Set<string>>;
  /** Streams a run's results in pages, in the order they were written, each with its case's tags. */
  results(runId: string, options?: { pageSize?: number }): AsyncIterable<StoredResult>;
  getCase(runId: string, caseId: string): Promise<Case | undefined>;
  getCachedResponse(key: string): Promise<CachedResponse | undefined>;
  close(): Promise<void>;
}

/** Identifies one result within a run. */
export function resultKey(caseId: string, targetId: string, promptId: string, repeat: number): string {
  return `${caseId}\u0000${targetId}\u0000${promptId}\u0000${repeat}`;
}
