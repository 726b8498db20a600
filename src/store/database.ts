// The stored shape: one interface per table, as Kysely sees it. Rows hold only portable types
// (text, integer, double precision), so SQLite and PostgreSQL share the schema and the queries.

/** JSON as text; see json-column.ts. */
type JsonText = string;
/** ISO-8601 timestamp as text: it sorts chronologically and means the same on every dialect. */
type IsoText = string;

export interface RunsTable {
  id: string;
  suite_path: string;
  description: string | null;
  suite_hash: string;
  dataset_hash: string;
  dataset_ref: string;
  targets_json: JsonText;
  config_json: JsonText;
  git_json: JsonText | null;
  status: string;
  case_count: number;
  expected_results: number;
  created_at: IsoText;
  /** Heartbeat: every write for the run moves it forward. */
  updated_at: IsoText;
  finished_at: IsoText | null;
  owner_json: JsonText | null;
  summary_json: JsonText | null;
  options_json: JsonText;
}

/** The columns of a case, shared by a run's cases and a dataset version's cases. */
export interface CaseColumns {
  case_id: string;
  vars_json: JsonText;
  /** NULL when the case has no `expected`; the JSON text `null` when it expects null. */
  expected_json: JsonText | null;
  tags_json: JsonText;
  metadata_json: JsonText | null;
  source: string | null;
  /** 0 or 1; NULL when unset. */
  adversarial: number | null;
  repeat: number | null;
}

export interface RunCasesTable extends CaseColumns {
  run_id: string;
  /** Order of first insert within the run: unique per run, with gaps where a duplicate was ignored. */
  position: number;
  /** The case's slice keys as the run computed them; NULL for runs written before slices were stored. */
  slices_json: JsonText | null;
}

/** One row per (case, tag) so that slices can be computed in SQL. */
export interface CaseTagsTable {
  run_id: string;
  case_id: string;
  tag: string;
}

/** One row per (case, slice key) so that results can be filtered by slice in SQL. */
export interface CaseSlicesTable {
  run_id: string;
  slice: string;
  case_id: string;
}

export interface ResultsTable {
  run_id: string;
  /** Per-run insertion order, assigned by the store; ordered but not necessarily contiguous. */
  seq: number;
  case_id: string;
  target_id: string;
  prompt_id: string;
  repeat: number;
  prompt: string;
  output: string | null;
  error: string | null;
  status: string;
  score: number | null;
  scores_json: JsonText;
  latency_ms: number;
  tokens_prompt: number | null;
  tokens_completion: number | null;
  tokens_total: number | null;
  cost: number | null;
  /** 0 or 1. */
  cached: number;
  created_at: IsoText;
}

export interface ResponseCacheTable {
  key: string;
  output: string;
  token_usage_json: JsonText | null;
  cost: number | null;
  latency_ms: number | null;
  created_at: IsoText;
}

/** One distinct dataset content: the row exists once every case of it is stored. */
export interface DatasetContentsTable {
  /** SHA-256 (hex) of the normalised cases in order: the version id. */
  id: string;
  case_count: number;
  created_at: IsoText;
}

/** The cases of a content, in order. */
export interface DatasetCasesTable extends CaseColumns {
  content_id: string;
  /** 1-based order within the content. */
  position: number;
}

/** A named version: a name pointing at a content, numbered 1, 2, 3... within the name. */
export interface DatasetVersionsTable {
  name: string;
  number: number;
  content_id: string;
  note: string | null;
  /** The content this version was made from (add-from-run's base, an import's predecessor). */
  parent_id: string | null;
  created_at: IsoText;
}

export interface StoreDatabase {
  runs: RunsTable;
  run_cases: RunCasesTable;
  case_tags: CaseTagsTable;
  case_slices: CaseSlicesTable;
  results: ResultsTable;
  response_cache: ResponseCacheTable;
  dataset_contents: DatasetContentsTable;
  dataset_cases: DatasetCasesTable;
  dataset_versions: DatasetVersionsTable;
}

export type RunRow = RunsTable;
export type RunCaseRow = RunCasesTable;
export type ResultRow = ResultsTable;
export type ResponseCacheRow = ResponseCacheTable;
export type DatasetCaseRow = DatasetCasesTable;
export type DatasetVersionRow = DatasetVersionsTable;
