// PostgreSQL store throughput: writes --results results (default 100,000; one case each, two scorers,
// two tags and a realistic prompt and output) in batches of 500 through Store.write, then reads the
// first page of results with a filter (a slice and a status) and with a text search, as the web app's
// results table does. Each run uses a fresh schema, dropped afterwards; prints medians over --runs.
//   npx tsx bench/store-postgres.ts [--results=100000] [--runs=3] [--db=postgres://postgres@127.0.0.1:5432/test]
import pg from 'pg';
import type { Result, Run, Score } from '../src/core/index.js';
import { openStore } from '../src/store/index.js';
import type { ResultPageQuery, StoredCase } from '../src/store/types.js';
import { median, runsArg } from './lib.js';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RESULTS = Number(flag('results') ?? 100_000);
const BATCH = 500;
const URL_BASE =
  flag('db') ?? process.env.GROUNDTRUTH_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const runs = runsArg(3);
const TAGS = ['billing', 'account', 'storage', 'apps', 'security', 'sharing', 'typo', 'paraphrase'];
const PAGE_READS = 5;

const text = 'How do I restore a file that I deleted from the shared folder last week? '.repeat(3);
const answer = 'Open the Trash in the web app, select the file and choose Restore; files stay 30 days. ';

function makeRunRow(id: string): Run {
  const now = new Date().toISOString();
  return {
    id,
    suitePath: '/bench/groundtruth.yaml',
    suiteHash: 'bench',
    datasetHash: 'bench',
    datasetRef: 'cases.csv',
    targets: [{ id: 'model', type: 'echo' }],
    config: {},
    status: 'running',
    caseCount: RESULTS,
    expectedResults: RESULTS,
    createdAt: now,
    updatedAt: now,
    options: {},
  };
}

function batch(runId: string, start: number): { cases: StoredCase[]; results: Result[] } {
  const cases: StoredCase[] = [];
  const results: Result[] = [];
  for (let i = start; i < Math.min(RESULTS, start + BATCH); i++) {
    const tags = [...new Set([TAGS[i % 8]!, TAGS[(i * 7 + 3) % 8]!])];
    cases.push({ id: `case-${i}`, vars: { question: text }, tags, slices: tags });
    const pass = i % 5 !== 0;
    const scores: Score[] = [
      { name: 'answer', type: 'contains', weight: 1, value: pass ? 1 : 0, pass, reason: 'compared' },
      { name: 'fits', type: 'javascript', weight: 1, value: 1, pass: true, reason: 'ok' },
    ];
    results.push({
      runId,
      caseId: `case-${i}`,
      targetId: 'model',
      promptId: 'default',
      repeat: 0,
      prompt: text,
      output: `${answer}(case ${i})`,
      error: null,
      status: pass ? 'pass' : 'fail',
      score: pass ? 1 : 0.5,
      scores,
      latencyMs: 10 + (i % 17),
      tokenUsage: { prompt: 40, completion: 20, total: 60 },
      cost: 0.00001,
      cached: false,
      createdAt: new Date().toISOString(),
    });
  }
  return { cases, results };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: URL_BASE });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

const writeMs: number[] = [];
const filteredMs: number[] = [];
const searchMs: number[] = [];
for (let attempt = 0; attempt < runs; attempt++) {
  const schema = `gt_bench_${process.pid}_${attempt}`;
  const store = await openStore(`${URL_BASE}?schema=${schema}`);
  try {
    await store.createRun(makeRunRow('bench-run'));
    const started = performance.now();
    for (let start = 0; start < RESULTS; start += BATCH) {
      await store.write({ runId: 'bench-run', ...batch('bench-run', start) });
    }
    writeMs.push(performance.now() - started);
    if ((await store.countResults('bench-run')) !== RESULTS) throw new Error('results went missing');
    const firstPage = async (query: Partial<ResultPageQuery>) => {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < PAGE_READS; i++) {
        const t = performance.now();
        const page = await store.queryResults('bench-run', {
          offset: 0,
          limit: 50,
          previewLength: 280,
          ...query,
        });
        times.push(performance.now() - t);
        total = page.total;
      }
      return { ms: median(times), total };
    };
    const filtered = await firstPage({ slice: 'security', status: 'fail' });
    const search = await firstPage({ text: 'CASE 4242)' });
    filteredMs.push(filtered.ms);
    searchMs.push(search.ms);
    console.log(
      `run ${attempt + 1}: write ${(writeMs.at(-1)! / 1000).toFixed(2)} s; first page slice+status ${filtered.ms.toFixed(1)} ms (total ${filtered.total}); text search ${search.ms.toFixed(1)} ms (total ${search.total})`,
    );
  } finally {
    await store.close();
    await dropSchema(schema);
  }
}

const write = median(writeMs);
console.log(
  `PostgreSQL store, ${RESULTS.toLocaleString('en')} results (+ as many cases) in batches of ${BATCH}, median of ${runs}:`,
);
console.log(
  `  write ${(write / 1000).toFixed(2)} s (${Math.round(RESULTS / (write / 1000)).toLocaleString('en')} results/s, ${(write / (RESULTS / BATCH)).toFixed(1)} ms per batch)`,
);
console.log(`  first page of 50, filtered by slice and status: ${median(filteredMs).toFixed(1)} ms`);
console.log(`  first page of 50, text search: ${median(searchMs).toFixed(1)} ms`);
