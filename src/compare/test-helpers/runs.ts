// Runs written straight into a store for comparison tests: each result given by its outcome only
// (case, target, repeat, status, scores), everything else filled in plausibly.
import type { GitInfo, Result, ResultStatus, Run, Score } from '../../core/index.js';
import type { Store, StoredCase } from '../../store/types.js';

export interface ResultSpec {
  caseId: string;
  targetId?: string;
  promptId?: string;
  repeat?: number;
  status: ResultStatus;
  scores?: Array<Partial<Score> & { name: string; value: number }>;
}

export interface RunSpec {
  id: string;
  suitePath?: string;
  status?: Run['status'];
  createdAt?: string;
  git?: GitInfo;
  owner?: Run['owner'];
  config?: Record<string, unknown>;
  /** Slices per case id (default: none). */
  slices?: Record<string, string[]>;
  results: ResultSpec[];
}

export const SUITE_PATH = '/work/suites/groundtruth.yaml';

/** Writes the run, its cases and results; returns the run as stored. */
export async function writeRun(store: Store, spec: RunSpec): Promise<Run> {
  const createdAt = spec.createdAt ?? '2026-01-01T00:00:00.000Z';
  const targets = [...new Set(spec.results.map((r) => r.targetId ?? 'model'))];
  const run: Run = {
    id: spec.id,
    suitePath: spec.suitePath ?? SUITE_PATH,
    suiteHash: 'suite-hash',
    datasetHash: 'dataset-hash',
    datasetRef: 'cases.csv',
    targets: targets.map((id) => ({ id, type: 'echo' })),
    config: spec.config ?? { prompts: [{ id: 'default', kind: 'text', template: '{{q}}' }], scorers: [] },
    status: spec.status ?? 'completed',
    caseCount: new Set(spec.results.map((r) => r.caseId)).size,
    expectedResults: spec.results.length,
    createdAt,
    updatedAt: createdAt,
    options: {},
  };
  if (spec.git) run.git = spec.git;
  if (spec.owner) run.owner = spec.owner;
  await store.createRun(run);
  const cases: StoredCase[] = [...new Set(spec.results.map((r) => r.caseId))].map((id) => {
    const slices = spec.slices?.[id] ?? [];
    return { id, vars: { q: id }, tags: slices.filter((s) => !s.includes(':')), slices };
  });
  const results: Result[] = spec.results.map((r) => ({
    runId: spec.id,
    caseId: r.caseId,
    targetId: r.targetId ?? 'model',
    promptId: r.promptId ?? 'default',
    repeat: r.repeat ?? 0,
    prompt: `prompt of ${r.caseId}`,
    output: r.status === 'error' ? null : `output of ${r.caseId}`,
    error: r.status === 'error' ? 'the target failed' : null,
    status: r.status,
    score: null,
    scores: (r.scores ?? []).map((s) => ({
      type: 'equals',
      weight: 1,
      pass: s.value >= 0.5,
      reason: '',
      ...s,
    })),
    latencyMs: 1,
    cached: false,
    createdAt,
  }));
  await store.write({ runId: spec.id, cases, results });
  return run;
}

/** `count` results of distinct cases `c1`, `c2`…; case `ci` fails when `failing(i)`. */
export function passFail(count: number, failing: (index: number) => boolean): ResultSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    caseId: `c${i + 1}`,
    status: failing(i + 1) ? 'fail' : 'pass',
  }));
}
