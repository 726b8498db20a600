// The storage contract. SQLite is the embedded default; PostgreSQL implements the same interface later.
import type { Case, Result, Run, RunStatus, TargetResponse } from '../core/index.js';

/** A result with the tags of its case, as summaries and reports read them. */
export interface StoredResult extends Result {
  tags: string[];
  /** The slices of the result's case: its tags, plus source, adversarial and sliceBy keys (see sliceKeys). */
  slices: string[];
}

/** A case as a run writes it: with the slice keys it belongs to in that run. */
export type StoredCase = Case & { slices?: string[] };

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
