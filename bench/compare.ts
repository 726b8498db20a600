// Comparison throughput and memory: two stored runs of --cases results (default 100,000; two 0/1
// scorers, 8 tags, a realistic prompt and output per result), compared by the built CLI
// (`groundtruth compare --json`). Prints the median wall time and peak RSS over several runs, and one
// run with V8's heap capped at 64 MB: the comparison streams both runs and keeps only numbers.
//   npm run build && npx tsx bench/compare.ts [--cases=100000] [--runs=3]
import { join } from 'node:path';
import type { Run, Score } from '../src/core/index.js';
import { seededRandom } from '../src/stats/random.js';
import { openStore } from '../src/store/index.js';
import type { StoredCase } from '../src/store/types.js';
import { measureCli, median, runsArg, tempDir } from './lib.js';

const casesFlag = process.argv.find((a) => a.startsWith('--cases='));
const CASES = casesFlag ? Number(casesFlag.slice('--cases='.length)) : 100_000;
const runs = runsArg(3);
const TAGS = ['billing', 'account', 'storage', 'apps', 'security', 'sharing', 'typo', 'paraphrase'];

const dir = tempDir('compare');
const db = join(dir, 'store.db');
const store = await openStore(db);
const text = 'How do I restore a file that I deleted from the shared folder last week? '.repeat(3);
for (const [id, passRate, seed] of [
  ['base-run', 0.8, 1],
  ['candidate-run', 0.79, 2],
] as const) {
  const random = seededRandom(seed);
  const now = new Date().toISOString();
  const run: Run = {
    id,
    suitePath: join(dir, 'groundtruth.yaml'),
    suiteHash: 'bench',
    datasetHash: 'bench',
    datasetRef: 'cases.csv',
    targets: [{ id: 'model', type: 'echo' }],
    config: {
      scorers: [
        { name: 'answer', type: 'equals' },
        { name: 'fits', type: 'javascript' },
      ],
    },
    status: 'completed',
    caseCount: CASES,
    expectedResults: CASES,
    createdAt: now,
    updatedAt: now,
    options: {},
  };
  await store.createRun(run);
  for (let start = 0; start < CASES; start += 5_000) {
    const cases: StoredCase[] = [];
    const results = [];
    for (let i = start; i < Math.min(CASES, start + 5_000); i++) {
      const tags = [...new Set([TAGS[i % 8]!, TAGS[(i * 7 + 3) % 8]!])];
      cases.push({ id: `case-${i}`, vars: { question: text }, tags, slices: tags });
      const pass = random.next() < passRate;
      const scores: Score[] = [
        { name: 'answer', type: 'equals', weight: 1, value: pass ? 1 : 0, pass, reason: 'compared' },
        { name: 'fits', type: 'javascript', weight: 1, value: 1, pass: true, reason: 'ok' },
      ];
      results.push({
        runId: id,
        caseId: `case-${i}`,
        targetId: 'model',
        promptId: 'default',
        repeat: 0,
        prompt: text,
        output: text,
        error: null,
        status: pass ? ('pass' as const) : ('fail' as const),
        score: pass ? 1 : 0,
        scores,
        latencyMs: 3,
        cached: false,
        createdAt: now,
      });
    }
    await store.write({ runId: id, cases, results });
  }
}
await store.close();

const args = ['compare', 'base-run', 'candidate-run', '--db', db, '--json'];
const walls: number[] = [];
const rss: number[] = [];
for (let i = 0; i < runs; i++) {
  const m = await measureCli(args, { cwd: dir });
  if (m.exitCode !== 0) throw new Error(`compare exited ${m.exitCode}: ${m.stderr}`);
  walls.push(m.wallMs);
  rss.push(m.maxRssMb);
}
const capped = await measureCli(args, { cwd: dir, nodeArgs: ['--max-old-space-size=64'] });
console.log(
  `compare 2 × ${CASES.toLocaleString('en-US')} results: wall median ${(median(walls) / 1000).toFixed(2)} s ` +
    `(min ${(Math.min(...walls) / 1000).toFixed(2)}), peak RSS median ${median(rss).toFixed(0)} MB, ${runs} runs; ` +
    `with --max-old-space-size=64: ${capped.exitCode === 0 ? `completed, peak RSS ${capped.maxRssMb.toFixed(0)} MB` : `FAILED: ${capped.stderr.slice(-200)}`}`,
);
