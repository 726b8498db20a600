// The web app in headless Chromium against the real server and a store filled by real runs: the runs
// list, a run, its failures and slices, a case, a comparison, a trend, deep links, the empty and
// error states, the theme, and a phone-width screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResultResponse, ResultsResponse } from '../../../src/server/api.js';
import type { RunningServer } from '../../../src/server/start-server.js';
import type { FixtureStore } from '../../../src/server/test-helpers/fixture-store.js';
import { openStore } from '../../../src/store/index.js';
import {
  type BrowserSession,
  describeInBrowser,
  eventually,
  inPage,
  openBrowserSession,
  type PageProblems,
  screenshot,
  serveBuiltApp,
} from './browser.js';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

describeInBrowser('web app', () => {
  let fixture: FixtureStore;
  let server: RunningServer;
  let page: Page;
  let problems: PageProblems;
  const serverLog: string[] = [];

  const at = (path: string) => new URL(path, server.url).toString();
  async function api<T>(path: string): Promise<T> {
    const response = await fetch(at(path));
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }
  const runPath = (id: string) => `/runs/${encodeURIComponent(id)}`;
  const search = () => new URL(page.url()).searchParams;
  const footer = () => page.locator('.vtable-foot').textContent();

  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowserSession({ serve: true, serverLog });
    ({ fixture, page, problems } = session);
    server = session.server!;
  }, 120_000);
  afterAll(() => session?.close());

  it('opens the runs list at / with every run, newest first, and searches it', async () => {
    await page.goto(at('/'));
    await page.waitForURL(/\/runs$/);
    const rows = page.locator('table.data tbody tr');
    await eventually(() => rows.count()).toBe(3);
    const { base, candidate, xss } = fixture.runs;
    expect(await rows.nth(0).textContent()).toContain(xss.id);
    expect(await rows.nth(1).textContent()).toContain(candidate.id);
    expect(await rows.nth(2).textContent()).toContain(base.id);
    expect(await rows.nth(2).textContent()).toContain('quickstart');
    expect(await rows.nth(2).textContent()).toContain(percent(base.summary!.passRate));
    await screenshot(page, 'runs');

    await page.getByRole('searchbox', { name: 'Search runs' }).fill(base.id);
    await eventually(() => search().get('q')).toBe(base.id);
    await eventually(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(base.id);
  });

  it('opens a run from the list: summary cards, gates, targets and slices with intervals', async () => {
    const { candidate } = fixture.runs;
    const summary = candidate.summary!;
    await page.goto(at('/runs'));
    await page.getByRole('link', { name: candidate.id }).click();
    await page.waitForURL(at(runPath(candidate.id)));
    await page.locator('.cards').waitFor();
    expect(await page.locator('h1').textContent()).toContain(candidate.id);
    const passCard = page.locator('.card', { hasText: 'Pass rate' });
    expect(await passCard.textContent()).toContain(percent(summary.passRate));
    expect(await passCard.textContent()).toContain(`${summary.passed} of ${summary.total} results`);
    const failedGate = summary.gates.find((g) => !g.pass);
    if (failedGate) expect(await page.locator('.gate-list').textContent()).toContain(failedGate.message);
    const paraphrase = page.locator('table.data tbody tr', { hasText: 'paraphrase' });
    expect(await paraphrase.count()).toBe(1);
    const slice = summary.slices.find((s) => s.tag === 'paraphrase')!;
    expect(await paraphrase.textContent()).toContain(percent(slice.passRate));
    await page.locator('.chart-card svg').first().waitFor();
    // One chart per scorer, each over every result of the run (the histograms its summary stored).
    const charts = page.locator('.chart-card');
    expect(await charts.count()).toBe(summary.targets[0]!.scorers.length);
    expect(await charts.first().locator('figcaption').textContent()).toContain(`${summary.total} results`);
    await screenshot(page, 'run');
  });

  it('filters to failures, then to one slice, with the filters in the URL', async () => {
    const { candidate } = fixture.runs;
    await page.goto(at(runPath(candidate.id)));
    await page.locator('.vtable-tbody tr').first().waitFor();
    await page.getByRole('button', { name: /^\u2717 fail$/ }).click();
    await eventually(() => search().get('status')).toBe('fail');
    await eventually(footer).toBe(`${candidate.summary!.failed} results match the filters`);
    const statuses = await page.locator('.vtable-tbody tr td:first-child').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['\u2717fail']));

    // The slice's name: its row (the target cells filter to one target as well).
    await page.locator('table.data tbody tr', { hasText: 'paraphrase' }).locator('td').first().click();
    await eventually(() => search().get('tag')).toBe('paraphrase');
    await page.getByRole('button', { name: /^\u2717 fail$/ }).click();
    await eventually(() => search().toString()).toBe('tag=paraphrase&status=fail');
    const expected = await api<ResultsResponse>(
      `/api/runs/${encodeURIComponent(candidate.id)}/results?tag=paraphrase&status=fail&limit=1`,
    );
    expect(expected.total).toBeGreaterThan(0);
    await eventually(footer).toBe(`${expected.total} results match the filters`);
    await screenshot(page, 'run-failures-paraphrase');

    // The same view from a pasted link.
    await page.goto(at(`${runPath(candidate.id)}?status=fail&tag=paraphrase`));
    await eventually(footer).toBe(`${expected.total} results match the filters`);
    expect(await page.getByRole('button', { name: /^\u2717 fail$/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByRole('combobox', { name: 'Slice' }).inputValue()).toBe('paraphrase');
  });

  it('opens a case with the keyboard: scores with reasons, output, prompt; j moves, Esc closes', async () => {
    const { candidate } = fixture.runs;
    await page.goto(at(`${runPath(candidate.id)}?status=fail`));
    await page.locator('.vtable-tbody tr').first().waitFor();
    const first = await api<ResultsResponse>(
      `/api/runs/${encodeURIComponent(candidate.id)}/results?status=fail&limit=2`,
    );
    const [one, two] = first.items;

    await page.locator('h1').click();
    await page.keyboard.press('j');
    expect(await page.locator('.vtable-tbody tr[aria-selected="true"]').getAttribute('data-index')).toBe('0');
    await page.keyboard.press('Enter');
    await eventually(() => search().get('case')).toBe(one!.id);
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    const detail = await api<ResultResponse>(`/api/results/${encodeURIComponent(one!.id)}`);
    await eventually(() => drawer.locator('h2').textContent()).toContain(one!.caseId);
    const text = (await drawer.textContent()) ?? '';
    for (const score of detail.result.scores) expect(text).toContain(score.reason);
    expect(text).toContain(detail.result.output!.slice(0, 60));
    expect(text).toContain('Prompt as sent');
    await screenshot(page, 'case-drawer', false);

    await page.keyboard.press('j');
    await eventually(() => search().get('case')).toBe(two!.id);
    await eventually(() => drawer.locator('h2').textContent()).toContain(two!.caseId);

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(search().get('case')).toBeNull();
    expect(search().get('status')).toBe('fail');
  });

  it('compares two runs: metrics with intervals, regressed cases first with the text difference', async () => {
    const { base, candidate } = fixture.runs;
    // Picking the suite fills in its two latest runs, so the link can be pasted.
    await page.goto(at(`/compare?suite=${encodeURIComponent(fixture.quickstartSuite)}`));
    await expect
      .poll(() => [search().get('base'), search().get('candidate')])
      .toEqual([base.id, candidate.id]);
    const metrics = page.locator('section[aria-labelledby="metrics-title"] table.data tbody tr');
    await metrics.first().waitFor();
    expect(await metrics.count()).toBeGreaterThan(0);
    const firstMetric = (await metrics.first().textContent()) ?? '';
    expect(firstMetric).toMatch(/significant drop/);
    expect(firstMetric).toMatch(/\[\u2212?[\d.]+, [+\u2212]?[\d.]+\] pts/);

    const cards = page.locator('.case-card');
    await cards.first().waitFor();
    expect(await cards.first().locator('.badge').first().textContent()).toContain('regressed');
    expect(await page.locator('.case-card del, .case-card ins').count()).toBeGreaterThan(0);
    await screenshot(page, 'compare');

    await page.getByRole('button', { name: /^Fixed/ }).click();
    await eventually(() => search().get('change')).toBe('fixed');
  });

  it('shows a trend per target whose points open their run', async () => {
    const { base, candidate } = fixture.runs;
    await page.goto(at(`/trend?suite=${encodeURIComponent(fixture.quickstartSuite)}`));
    const rows = page.locator('table.data tbody tr');
    await eventually(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain(candidate.id);
    expect(await rows.nth(1).textContent()).toContain(base.id);
    await page.locator('.recharts-line-dots circle').first().waitFor();
    await screenshot(page, 'trend');

    await page.locator('.recharts-line-dots').first().locator('circle').first().click();
    await page.waitForURL(at(runPath(base.id)));
  });

  it('fits a phone-width screen in the dark theme', async () => {
    const { candidate } = fixture.runs;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(runPath(candidate.id)));
    await page.locator('.cards').waitFor();
    await page.locator('.vtable-tbody tr').first().waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await inPage<string>(page, 'getComputedStyle(document.body).backgroundColor')).toBe(
      'rgb(14, 17, 21)',
    );
    await screenshot(page, 'run-phone-dark');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('remembers the theme chosen with the toggle', async () => {
    await page.goto(at('/runs'));
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await toggle.click();
    await expect
      .poll(() => inPage<string | undefined>(page, 'document.documentElement.dataset.theme'))
      .toBe('light');
    await toggle.click();
    await page.reload();
    await expect
      .poll(() => inPage<string | undefined>(page, 'document.documentElement.dataset.theme'))
      .toBe('dark');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await expect
      .poll(() => inPage<string | undefined>(page, 'document.documentElement.dataset.theme'))
      .toBeUndefined();
  });

  it("says so when a run does not exist, with the server's message", async () => {
    await page.goto(at('/runs/no-such-run'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('Run not found');
    expect(await alert.textContent()).toContain('no-such-run');
  });

  it('shows the quick start on an empty store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-web-empty-'));
    const store = await openStore(join(dir, 'groundtruth.db'));
    const empty = await serveBuiltApp(store);
    try {
      await page.goto(new URL('/runs', empty.url).toString());
      const state = page.getByRole('status');
      await state.waitFor();
      expect(await state.locator('h2').textContent()).toBe('No runs yet');
      expect(await state.locator('code.command').textContent()).toBe(
        'npx groundtruth eval examples/quickstart\nnpx groundtruth serve',
      );
      await screenshot(page, 'runs-empty');
    } finally {
      await empty.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ran without page errors, console errors (CSP included) or dialogs', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(problems.dialogs).toEqual([]);
    expect(serverLog).toEqual([]);
  });
});
