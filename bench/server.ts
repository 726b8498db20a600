// The results API on a large run: one run of --results results (default 100,000: 50,000 cases × 2
// targets, 8 tags, realistic prompts, outputs and scores) written with store.write, served by a real
// server on 127.0.0.1, and the first page (100 rows) of GET /api/runs/:id/results timed with and
// without filters, with its total. Prints the median over --runs requests per query; the bar
// is 300 ms for a first page of a 100,000-result run.
//   npx tsx bench/server.ts [--results=100000] [--runs=15]
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { LARGE_RUN_TARGETS, writeLargeRun } from './large-run.js';
import { median, runsArg, tempDir } from './lib.js';

const resultsFlag = process.argv.find((a) => a.startsWith('--results='));
const RESULTS = resultsFlag ? Number(resultsFlag.slice('--results='.length)) : 100_000;
const TARGETS = LARGE_RUN_TARGETS;
const CASES = Math.ceil(RESULTS / TARGETS.length);
const runs = runsArg(15);
const RUN_ID = '20260101-000000-bench1';

const dir = tempDir('server');
const store = await openStore(join(dir, 'store.db'));
const started = performance.now();
await writeLargeRun(store, RUN_ID, RESULTS, join(dir, 'groundtruth.yaml'));
const count = await store.countResults(RUN_ID);
console.log(
  `wrote ${count} results and the run's summary in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const rssBefore = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
const server = await startServer({ store, port: 0 });
const queries: Array<[string, string]> = [
  ['no filter', ''],
  ['status=fail', '&status=fail'],
  ['target', `&target=${TARGETS[1]}`],
  ['tag', '&tag=typo'],
  ['tag + status + target', `&tag=typo&status=fail&target=${TARGETS[0]}`],
  ['text (common)', '&q=restore'],
  ['text (one case id)', `&q=case-${CASES - 1}`],
  ['text + status', '&q=timed%20out&status=error'],
  ['deep page (offset 99,900)', '&offset=99900'],
];
console.log(`first page (limit 100) of GET /api/runs/:id/results, median of ${runs}:`);
for (const [label, params] of queries) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const response = await fetch(`${server.url}api/runs/${RUN_ID}/results?limit=100${params}`);
    const body = (await response.json()) as { total: number; items: unknown[] };
    times.push(performance.now() - t);
    if (!response.ok) throw new Error(`${label}: ${response.status} ${JSON.stringify(body)}`);
    total = body.total;
  }
  console.log(`  ${label.padEnd(28)} ${median(times).toFixed(1).padStart(7)} ms   total ${total}`);
}
const one = async (label: string, path: string) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    times.push(performance.now() - t);
    if (!response.ok) throw new Error(`${label}: ${response.status}`);
  }
  console.log(`  ${label.padEnd(28)} ${median(times).toFixed(1).padStart(7)} ms`);
};
console.log(`other endpoints on the same run, median of ${runs}:`);
await one('GET /api/runs', 'api/runs');
await one('GET /api/runs/:id', `api/runs/${RUN_ID}`);
const page = (await (await fetch(`${server.url}api/runs/${RUN_ID}/results?offset=77777&limit=1`)).json()) as {
  items: Array<{ id: string }>;
};
await one('GET /api/results/:id', `api/results/${page.items[0]!.id}`);
const rssMb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);
console.log(
  `RSS of this process (store, server and client): ${rssBefore} MB before the queries, ${rssMb()} MB after`,
);
await server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
