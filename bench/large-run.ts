// A large stored run for the server and web benchmarks: `results` results (cases × 2 targets, 8 tags,
// realistic prompts, outputs and scores: 5% errors, 30% failures), written with store.write in
// batches and finished with a real summary, as `groundtruth eval` leaves a run.
import type { Result, Run, Score } from '../src/core/index.js';
import { summarize } from '../src/report/summary.js';
import { seededRandom } from '../src/stats/random.js';
import type { Store, StoredCase } from '../src/store/types.js';

export const LARGE_RUN_TARGETS = ['gpt-4o-mini', 'local-llama'];
const TAGS = ['billing', 'account', 'storage', 'apps', 'security', 'sharing', 'typo', 'paraphrase'];
const question = 'How do I restore a file that I deleted from the shared folder last week? ';
const answer =
  'Open the Trash in the web app, select the files and click Restore; files stay there 60 days. ';

export async function writeLargeRun(
  store: Store,
  runId: string,
  results: number,
  suitePath: string,
): Promise<Run> {
  const targets = LARGE_RUN_TARGETS;
  const cases = Math.ceil(results / targets.length);
  const now = new Date().toISOString();
  const run: Run = {
    id: runId,
    suitePath,
    suiteHash: 'bench',
    datasetHash: 'bench',
    datasetRef: 'cases.csv',
    targets: targets.map((id) => ({ id, type: 'echo' })),
    config: {},
    status: 'running',
    caseCount: cases,
    expectedResults: cases * targets.length,
    createdAt: now,
    updatedAt: now,
    options: {},
  };
  await store.createRun(run);
  const random = seededRandom(7);
  for (let start = 0; start < cases; start += 2_500) {
    const batchCases: StoredCase[] = [];
    const batchResults: Result[] = [];
    for (let i = start; i < Math.min(cases, start + 2_500); i++) {
      const tags = [...new Set([TAGS[i % 8]!, TAGS[(i * 7 + 3) % 8]!])];
      batchCases.push({ id: `case-${i}`, vars: { question }, tags, slices: [...tags, 'source:manual'] });
      for (const targetId of targets) {
        const draw = random.next();
        const status = draw < 0.05 ? 'error' : draw < 0.35 ? 'fail' : 'pass';
        const scores: Score[] =
          status === 'error'
            ? []
            : [
                {
                  name: 'key-fact',
                  type: 'contains',
                  weight: 1,
                  value: status === 'pass' ? 1 : 0,
                  pass: status === 'pass',
                  reason: 'the output contains "Restore"',
                },
                {
                  name: 'similarity',
                  type: 'levenshtein',
                  weight: 0,
                  value: Math.round(random.next() * 1000) / 1000,
                  pass: true,
                  reason: 'similarity to the expected answer',
                },
              ];
        batchResults.push({
          runId,
          caseId: `case-${i}`,
          targetId,
          promptId: 'default',
          repeat: 0,
          prompt: `${question}(${i})`,
          output: status === 'error' ? null : `${answer.repeat(3)}Case ${i}.`,
          error: status === 'error' ? `request timed out after 30000 ms (case-${i})` : null,
          status,
          score: status === 'error' ? null : status === 'pass' ? 1 : 0.5,
          scores,
          latencyMs: 100 + random.next() * 900,
          tokenUsage: { prompt: 30, completion: 60, total: 90 },
          cost: 0.00012,
          cached: false,
          createdAt: now,
        });
      }
    }
    await store.write({ runId, cases: batchCases, results: batchResults });
  }
  const summary = await summarize(store.results(runId), { durationMs: 60_000 });
  const finishedAt = new Date().toISOString();
  await store.updateRun(runId, { status: 'completed', finishedAt, summary: { ...summary, gates: [] } });
  return { ...run, status: 'completed', finishedAt, summary: { ...summary, gates: [] } };
}
