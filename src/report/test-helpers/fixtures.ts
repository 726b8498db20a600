// Builders for runs, results and summaries used by the report tests.
import type { GateOutcome, Run, RunSummary, Score, ScorerType } from '../../core/index.js';
import type { StoredResult } from '../../store/types.js';
import { summarize } from '../summary.js';
import type { ReportInput } from '../types.js';

export function makeScore(
  name: string,
  value: number,
  pass: boolean,
  weight = 1,
  reason = '',
  type: ScorerType = 'equals',
): Score {
  return { name, type, value, pass, reason, weight };
}

type ResultFields = Partial<StoredResult> & Pick<StoredResult, 'caseId' | 'targetId' | 'status'>;

export function makeResult(fields: ResultFields): StoredResult {
  return {
    runId: 'run-1',
    promptId: 'default',
    repeat: 0,
    prompt: `Question for ${fields.caseId}`,
    output: fields.status === 'error' ? null : `Answer for ${fields.caseId}`,
    error: null,
    score: null,
    scores: [],
    latencyMs: 100,
    cached: false,
    createdAt: '2025-01-02T03:04:05.000Z',
    tags: [],
    ...fields,
    slices: fields.slices ?? fields.tags ?? [],
  };
}

export function makeRun(fields: Partial<Run> = {}): Run {
  return {
    id: 'run-1',
    suitePath: '/project/evals/groundtruth.yaml',
    description: 'Support bot answers',
    suiteHash: 'suitehash0001',
    datasetHash: 'datahash0001',
    datasetRef: 'cases.jsonl',
    targets: [{ id: 'model-a', type: 'echo' }],
    config: { repeat: 1 },
    git: { commit: '0123456789abcdef0123', branch: 'main', dirty: false },
    status: 'completed',
    caseCount: 3,
    expectedResults: 3,
    createdAt: '2025-01-02T03:04:00.000Z',
    updatedAt: '2025-01-02T03:05:00.000Z',
    finishedAt: '2025-01-02T03:05:00.000Z',
    options: {},
    ...fields,
  };
}

export async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

export function makeGate(
  fields: Partial<GateOutcome> & Pick<GateOutcome, 'gate' | 'actual' | 'limit' | 'pass'>,
): GateOutcome {
  return {
    targetId: 'model-a',
    promptId: 'default',
    incomplete: false,
    message: `model-a: ${fields.gate} ${fields.actual} vs ${fields.limit}`,
    ...fields,
  };
}

/** A report input over fixed results, with the summary computed from them. */
export async function makeReportInput(
  results: readonly StoredResult[],
  options: { run?: Partial<Run>; gates?: GateOutcome[]; durationMs?: number } = {},
): Promise<ReportInput & { summary: RunSummary }> {
  const base = await summarize(fromArray(results), { durationMs: options.durationMs ?? 4_321 });
  return {
    run: makeRun(options.run),
    summary: { ...base, gates: options.gates ?? [] },
    results: () => fromArray(results),
  };
}

/** Text that tries to break out of every report format. */
export const HOSTILE_TEXT =
  '<script>alert(1)</script> ]]> </script><!-- \u0000\u0007\u001b[31m | `code` *bold* [x](javascript:alert(1)) @octocat &amp; \u2028\u2029 $x$ \uD800 "quoted" \'single\'';

/** Results whose outputs, errors, reasons, case ids and tags are all hostile. */
export function hostileResults(): StoredResult[] {
  return [
    makeResult({
      caseId: 'case<1>&"',
      targetId: 'model-a',
      status: 'fail',
      output: HOSTILE_TEXT,
      score: 0,
      scores: [makeScore('exact|match', 0, false, 1, `expected ${HOSTILE_TEXT}`)],
      tags: ['<b>tag</b>', 'ok'],
    }),
    makeResult({ caseId: 'case-2', targetId: 'model-a', status: 'error', error: HOSTILE_TEXT, tags: ['ok'] }),
    makeResult({
      caseId: 'case-3',
      targetId: 'model-a',
      status: 'pass',
      output: `</script><script>alert(2)</script>`,
      score: 1,
      scores: [makeScore('exact|match', 1, true)],
    }),
  ];
}

export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
