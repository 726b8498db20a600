// The storage contract. SQLite is the embedded default; PostgreSQL (postgres-store.ts) implements the
// same interface for teams.
import type { Case, Result, ResultStatus, Run, RunStatus, Score, TargetResponse } from '../core/index.js';

/** A result with the tags of its case, as summaries and reports read them. */
export interface StoredResult extends Result {
  tags: string[];
  /** The slices of the result's case: its tags, plus source, adversarial and sliceBy keys (see sliceKeys). */
  slices: string[];
}

/** A case as a run writes it: with the slice keys it belongs to in that run. */
export type StoredCase = Case & { slices?: string[] };

/** A result with its position in the run: seq orders a run's results as they were written. */
export type SequencedResult = StoredResult & { seq: number };

export interface RunQuery {
  suitePath?: string;
  status?: RunStatus[];
  /** Runs that match the status filter whatever their stored status (a dead `running` run reads `interrupted`). */
  includeIds?: string[];
  /** Runs that never match (a dead `running` run is not `running`). */
  excludeIds?: string[];
  /** Substring, ignoring ASCII case, of the run id, suite path, description, git branch or commit. */
  text?: string;
  limit?: number;
  offset?: number;
}

/** A suite that has runs. */
export interface SuiteRuns {
  suitePath: string;
  /** Of its latest run. */
  description?: string;
  runs: number;
  lastRunAt: string;
}

/** Which of a run's results a page holds; every field narrows the filter. */
export interface ResultFilter {
  targetId?: string;
  promptId?: string;
  /** A slice key of the result's case: a tag, `source:x`, `adversarial` or `field:value`. */
  slice?: string;
  status?: ResultStatus;
  /** Substring, ignoring ASCII case, of the case id, the output or the error. */
  text?: string;
}

export interface ResultPageQuery extends ResultFilter {
  offset: number;
  limit: number;
  /** Characters of the output a preview keeps. */
  previewLength: number;
}

/** A result as a table row shows it: the output cut to a preview, no prompt. */
export interface ResultPreview {
  seq: number;
  caseId: string;
  targetId: string;
  promptId: string;
  repeat: number;
  status: ResultStatus;
  score: number | null;
  outputPreview: string | null;
  error: string | null;
  latencyMs: number;
  cost?: number;
  tags: string[];
  slices: string[];
  scores: Score[];
}

export interface ResultPage {
  items: ResultPreview[];
  /** Results that match the filter, over every page. */
  total: number;
}

/** A result of one run paired with the same case × target × prompt × repeat of another. */
export interface ResultPair {
  caseId: string;
  targetId: string;
  promptId: string;
  repeat: number;
  base: { seq: number; status: ResultStatus };
  candidate: { seq: number; status: ResultStatus };
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
  cases?: StoredCase[];
  results?: Result[];
  cache?: CacheEntry[];
}

/** A named, immutable version of a dataset. Its cases are stored once per content, by hash. */
export interface DatasetVersion {
  name: string;
  /** The version id: SHA-256 (hex) of the normalised cases in order (see DatasetContentHasher). */
  id: string;
  /** 1 for the first version of a name, then 2, 3...: `latest` is the highest. */
  number: number;
  caseCount: number;
  createdAt: string;
  /** Where the version came from, e.g. `imported from cases.csv`. */
  note?: string;
  /** The version id it was made from: an import's predecessor, add-from-run's base. */
  parent?: string;
}

/** A dataset name with its latest version. */
export interface DatasetSummary {
  name: string;
  versions: number;
  latest: DatasetVersion;
  /** When its first version was created. */
  createdAt: string;
}

export interface NewDatasetVersion {
  name: string;
  /**
   * The cases, in order, with unique ids. Called once to hash them and, when the content is new,
   * once more to store them: both calls must give the same cases (the store checks).
   */
  cases: () => AsyncIterable<Case> | Iterable<Case>;
  note?: string;
  parent?: string;
}

export interface PutDatasetVersionOutcome {
  version: DatasetVersion;
  /** false when the name already had a version with exactly these cases: that version is returned. */
  created: boolean;
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
  /** Runs that match the query, ignoring its limit and offset. */
  countRuns(query?: RunQuery): Promise<number>;
  /** Every suite with runs, the most recently run first. */
  listSuites(): Promise<SuiteRuns[]>;
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
  /** One page of a run's results in written order, filtered in the database, with the filter's total. */
  queryResults(runId: string, query: ResultPageQuery): Promise<ResultPage>;
  /** One result by its run and seq. */
  getResult(runId: string, seq: number): Promise<SequencedResult | undefined>;
  /** Every result (all targets, prompts, repeats) of the given cases of a run, in written order. */
  resultsOfCases(runId: string, caseIds: readonly string[]): Promise<SequencedResult[]>;
  /**
   * The results two runs share (same case, target, prompt and repeat), in the base run's order, a
   * page at a time: keys and statuses only.
   */
  resultPairs(
    baseRunId: string,
    candidateRunId: string,
    options?: { targetId?: string; pageSize?: number },
  ): AsyncIterable<ResultPair>;
  getCase(runId: string, caseId: string): Promise<Case | undefined>;
  getCachedResponse(key: string): Promise<CachedResponse | undefined>;
  /**
   * Stores a version of a dataset, content-addressed: the cases are written once per distinct
   * content, whatever the name, and become visible together with the version. DatasetError for a
   * duplicate case id, or for cases that changed between the two reads.
   */
  putDatasetVersion(version: NewDatasetVersion): Promise<PutDatasetVersionOutcome>;
  /** Every dataset name with its latest version, by name. */
  listDatasets(): Promise<DatasetSummary[]>;
  /** A name's versions, newest first; empty for an unknown name. */
  listDatasetVersions(name: string): Promise<DatasetVersion[]>;
  /**
   * A version of a name by `latest`, full id or unique id prefix; undefined when none matches,
   * NotFoundError naming the candidates when a prefix matches several.
   */
  findDatasetVersion(name: string, ref: string): Promise<DatasetVersion | undefined>;
  /** Streams a version's cases in order, a page at a time (keyset on position). */
  datasetCases(versionId: string, options?: { pageSize?: number }): AsyncIterable<Case>;
  close(): Promise<void>;
}

/** Identifies one result within a run. */
export function resultKey(caseId: string, targetId: string, promptId: string, repeat: number): string {
  return `${caseId}\u0000${targetId}\u0000${promptId}\u0000${repeat}`;
}
