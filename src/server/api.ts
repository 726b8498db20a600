// The HTTP API contract between `groundtruth serve` and the web app: query schemas (zod, validated
// at the edge) and response shapes. The web app imports these types; the server implements them.
import { z } from 'zod';
import type {
  Case,
  ConfidenceInterval,
  GitInfo,
  Result,
  RunStatus,
  RunSummary,
  Score,
} from '../core/index.js';

const Offset = z.coerce.number().int().min(0).default(0);
const Limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** Every list is paged: `offset`/`limit` in, `total` out (of the filtered list). */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** Every error: a status code from the error's type, and a body the app can show as is. */
export interface ApiError {
  error: { code: string; message: string; hint?: string };
}

// GET /api/health
export interface HealthResponse {
  ok: true;
  version: string;
  /** Whether API calls need `Authorization: Bearer <token>`. */
  auth: boolean;
}

// GET /api/runs — newest first
export const RunsQuerySchema = z.strictObject({
  offset: Offset,
  limit: Limit(200, 50),
  /** Absolute suite path (as runs record it). */
  suite: z.string().min(1).optional(),
  status: z.enum(['running', 'completed', 'interrupted']).optional(),
  /** Free text over run id, suite path, description, git branch and commit. */
  q: z.string().min(1).max(200).optional(),
});
export type RunsQuery = z.infer<typeof RunsQuerySchema>;

export interface RunListItem {
  id: string;
  suitePath: string;
  description?: string;
  /** Corrected for killed runs: a `running` run whose process is gone reads `interrupted`. */
  status: RunStatus;
  createdAt: string;
  finishedAt?: string;
  git?: GitInfo;
  datasetRef: string;
  targets: string[];
  total?: number;
  passRate?: number;
  cost?: number;
  /** Gates passed / gates, when the run has gates. */
  gates?: { passed: number; total: number };
}
export type RunsResponse = Page<RunListItem>;

// GET /api/runs/:id
export interface RunResponse {
  run: RunListItem & {
    suiteHash: string;
    datasetHash: string;
    caseCount: number;
    expectedResults: number;
    /** Results stored so far (equals expectedResults once complete). */
    savedResults: number;
    /** Target configs as stored (secrets redacted). */
    targetConfigs: Array<Record<string, unknown> & { id: string; type: string }>;
  };
  /** Present once the run completed: per-target and per-slice figures with intervals, gates, repeats. */
  summary?: RunSummary;
}

// GET /api/runs/:id/results — in the run's order; filtered on the server
export const ResultsQuerySchema = z.strictObject({
  offset: Offset,
  limit: Limit(500, 100),
  target: z.string().min(1).optional(),
  prompt: z.string().min(1).optional(),
  /** A slice key: a tag, `source:x`, `adversarial`, or `field:value`. */
  tag: z.string().min(1).optional(),
  status: z.enum(['pass', 'fail', 'error']).optional(),
  /** Free text over case id, output and error (case-insensitive substring). */
  q: z.string().min(1).max(200).optional(),
});
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;

export interface ResultListItem {
  /** Opaque id for GET /api/results/:id. */
  id: string;
  caseId: string;
  targetId: string;
  promptId: string;
  repeat: number;
  status: 'pass' | 'fail' | 'error';
  score: number | null;
  /** The first 280 characters of the output. */
  outputPreview: string | null;
  error: string | null;
  latencyMs: number;
  cost?: number;
  tags: string[];
  slices: string[];
  /** name → value, pass: enough for table columns without the reasons. */
  scores: Array<Pick<Score, 'name' | 'value' | 'pass'>>;
}
export type ResultsResponse = Page<ResultListItem>;

// GET /api/results/:id
export interface ResultResponse {
  /** The stored result (its `prompt` is the rendered prompt as sent, a chat as JSON), with its case's
   * tags and slices and its opaque id. */
  result: Result & { id: string; tags: string[]; slices: string[] };
  /** The case as the run stored it: vars, expected, metadata, source. */
  case?: Case;
}

// GET /api/compare?base=&candidate= — the comparison of src/compare (RunComparison) as JSON
export const CompareQuerySchema = z.strictObject({
  base: z.string().min(1),
  candidate: z.string().min(1),
  alpha: z.coerce.number().gt(0).lt(1).optional(),
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

// GET /api/compare/cases?base=&candidate=&change= — side by side outputs, regressed first
export const CompareCasesQuerySchema = z.strictObject({
  base: z.string().min(1),
  candidate: z.string().min(1),
  change: z.enum(['regressed', 'fixed', 'stillFailing', 'changed', 'all']).default('changed'),
  target: z.string().min(1).optional(),
  offset: Offset,
  limit: Limit(200, 50),
});
export type CompareCasesQuery = z.infer<typeof CompareCasesQuerySchema>;

export interface ComparedCase {
  caseId: string;
  targetId: string;
  promptId: string;
  repeat: number;
  change: 'regressed' | 'fixed' | 'stillFailing' | 'unchanged';
  base: { resultId: string; status: 'pass' | 'fail' | 'error'; output: string | null; error: string | null };
  candidate: {
    resultId: string;
    status: 'pass' | 'fail' | 'error';
    output: string | null;
    error: string | null;
  };
}
export type CompareCasesResponse = Page<ComparedCase>;

// GET /api/suites — suites with runs, for pickers
export interface SuiteListItem {
  suitePath: string;
  description?: string;
  runs: number;
  lastRunAt: string;
}
export type SuitesResponse = { items: SuiteListItem[] };

// GET /api/metrics/trend?suite=&scorer= — completed runs of a suite in time order
export const TrendQuerySchema = z.strictObject({
  suite: z.string().min(1),
  /** A scorer name, or `passRate`. */
  scorer: z.string().min(1).default('passRate'),
  target: z.string().min(1).optional(),
  limit: Limit(1000, 200),
});
export type TrendQuery = z.infer<typeof TrendQuerySchema>;

export interface TrendPoint {
  runId: string;
  createdAt: string;
  git?: GitInfo;
  targetId: string;
  promptId: string;
  /** The scorer's run figure (its corpus value for BLEU/chrF), or the pass rate. */
  value: number;
  ci?: ConfidenceInterval;
  n: number;
}
export interface TrendResponse {
  suite: string;
  scorer: string;
  /** Scorer names seen in the suite's runs, for the picker. */
  scorers: string[];
  points: TrendPoint[];
}
