// The JSON and JSONL reports: the machine-readable record of a run. Results are serialised one at a
// time, so a report of any size is written with constant memory.
import type { Run, RunSummary, ScorerType, ScorerUsage, TokenUsage } from '../core/index.js';
import type { StoredResult } from '../store/types.js';
import type { ReportInput } from './types.js';

/** One result as the JSON, JSONL and HTML reports give it. Absent values are `null`, never missing. */
export interface ReportResult {
  caseId: string;
  targetId: string;
  promptId: string;
  repeat: number;
  tags: string[];
  prompt: string;
  output: string | null;
  error: string | null;
  status: StoredResult['status'];
  score: number | null;
  latencyMs: number;
  tokenUsage: TokenUsage | null;
  cost: number | null;
  cached: boolean;
  scores: Array<{
    name: string;
    type: ScorerType;
    value: number;
    pass: boolean;
    reason: string;
    weight: number;
    /** A judge's calls, tokens and cost. */
    usage?: ScorerUsage;
  }>;
}

export function toReportResult(result: StoredResult): ReportResult {
  return {
    caseId: result.caseId,
    targetId: result.targetId,
    promptId: result.promptId,
    repeat: result.repeat,
    tags: result.tags,
    prompt: result.prompt,
    output: result.output,
    error: result.error,
    status: result.status,
    score: result.score,
    latencyMs: result.latencyMs,
    tokenUsage: result.tokenUsage ?? null,
    cost: result.cost ?? null,
    cached: result.cached,
    scores: result.scores.map((s) => ({
      name: s.name,
      type: s.type,
      value: s.value,
      pass: s.pass,
      reason: s.reason,
      weight: s.weight,
      ...(s.usage ? { usage: s.usage } : {}),
    })),
  };
}

/** The run's identity and provenance; its resolved config and CLI options stay in the store. */
function runHeader(run: Run): Record<string, unknown> {
  return {
    id: run.id,
    status: run.status,
    suitePath: run.suitePath,
    description: run.description ?? null,
    suiteHash: run.suiteHash,
    datasetHash: run.datasetHash,
    datasetRef: run.datasetRef,
    targets: run.targets,
    git: run.git ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt ?? null,
    caseCount: run.caseCount,
    expectedResults: run.expectedResults,
  };
}

function summaryBody(summary: RunSummary): Record<string, unknown> {
  return {
    total: summary.total,
    passed: summary.passed,
    failed: summary.failed,
    errors: summary.errors,
    passRate: summary.passRate,
    errorRate: summary.errorRate,
    durationMs: summary.durationMs,
    scorers: summary.scorers,
    targets: summary.targets,
    slices: summary.slices,
    gates: summary.gates,
  };
}

/**
 * `{run, summary, results: [...]}` with one result a line. JSON.stringify writes a non-finite
 * number as `null`, so the document stays valid JSON whatever a scorer produced.
 */
export async function* jsonReport(input: ReportInput): AsyncGenerator<string> {
  yield `{"run":${JSON.stringify(runHeader(input.run))},\n`;
  yield `"summary":${JSON.stringify(summaryBody(input.summary))},\n`;
  yield '"results":[';
  let separator = '\n';
  for await (const result of input.results()) {
    yield separator + JSON.stringify(toReportResult(result));
    separator = ',\n';
  }
  yield '\n]}\n';
}

/** One result a line and nothing else (no run or summary line), so that every line has one shape. */
export async function* jsonlReport(input: ReportInput): AsyncGenerator<string> {
  for await (const result of input.results()) yield `${JSON.stringify(toReportResult(result))}\n`;
}
