// The web app on a large run, in Debian's Chromium: a run of --results results (default 100,000) served
// by the real server, its run page opened --runs times. Prints medians of: the first results row and
// the summary cards on screen (the first load cold, then with the app's files cached), the score charts drawn, a jump to the last row of the virtualised table
// (its page fetched and drawn), and the page's JS heap after scrolling the table end to end in steps.
//   npx tsx bench/web.ts [--results=100000] [--runs=5]     (needs /usr/bin/chromium and npm run build)
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import { CHROMIUM_PATH, launchChromium } from '../src/test-helpers/chromium.js';
import { writeLargeRun } from './large-run.js';
import { median, ROOT, runsArg, tempDir } from './lib.js';

const WEB_ROOT = join(ROOT, 'dist/web');
if (!existsSync(CHROMIUM_PATH)) throw new Error(`no browser at ${CHROMIUM_PATH}: apt-get install chromium`);
if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('the web app is not built: npm run build');

const resultsFlag = process.argv.find((a) => a.startsWith('--results='));
const RESULTS = resultsFlag ? Number(resultsFlag.slice('--results='.length)) : 100_000;
const runs = runsArg(5);
const RUN_ID = '20260101-000000-webbench';
const LAST_CASE = `case-${Math.ceil(RESULTS / 2) - 1}`;

const dir = tempDir('web');
const store = await openStore(join(dir, 'store.db'));
await writeLargeRun(store, RUN_ID, RESULTS, join(dir, 'groundtruth.yaml'));
const server = await startServer({ store, port: 0, webRoot: WEB_ROOT });
const browser = await launchChromium(['--enable-precise-memory-info']);

const firstRow: number[] = [];
const charts: number[] = [];
const lastRow: number[] = [];
const heaps: number[] = [];
// One browser profile, as a user's: the first load is cold, later ones have the app's files cached.
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
for (let i = 0; i <= runs; i++) {
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${server.url}runs/${RUN_ID}`);
  await page.locator('.vtable-tbody tr td', { hasText: 'case-0' }).first().waitFor();
  await page.getByText('Pass rate', { exact: true }).first().waitFor();
  firstRow.push(performance.now() - started);
  await page.locator('.chart-card svg').first().waitFor();
  charts.push(performance.now() - started);
  const jump = performance.now();
  const table = "document.querySelector('.vtable-scroll')";
  await page.evaluate(`${table}.scrollTop = ${table}.scrollHeight`);
  await page.locator('.vtable-tbody tr td', { hasText: LAST_CASE }).first().waitFor({ timeout: 30_000 });
  lastRow.push(performance.now() - jump);
  // Scroll end to end in 40 steps: the rows kept stay bounded (pages far from the view are dropped).
  for (let step = 0; step <= 40; step++) {
    await page.evaluate(`${table}.scrollTop = ${table}.scrollHeight * ${step / 40}`);
    await page.waitForTimeout(50);
  }
  heaps.push(((await page.evaluate('performance.memory.usedJSHeapSize')) as number) / 2 ** 20);
  await page.close();
}
const coldFirstRow = firstRow.shift()!;
charts.shift();
const ms = (values: number[]) =>
  `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
console.log(`run page of ${RESULTS.toLocaleString('en')} results in Chromium`);
console.log(
  `  first load (nothing cached): first results row and summary cards ${coldFirstRow.toFixed(0)} ms`,
);
console.log(`  later loads, median of ${runs}:`);
console.log(`  first results row and summary cards   ${ms(firstRow)}`);
console.log(`  score charts drawn                    ${ms(charts)}`);
console.log(`  jump to the last row                  ${ms(lastRow)}`);
console.log(`  JS heap after scrolling end to end    ${median(heaps).toFixed(1)} MB`);
await browser.close();
await server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
