// The self-contained HTML report (`eval -o report.html`) opened from disk in Chromium, for a run of
// hostile outputs and for the quick start: the report's own two scripts are the only ones, no element
// comes from the data, nothing runs, nothing is fetched, and the filters work on the real page.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Run } from '../../../src/core/index.js';
import { writeReport } from '../../../src/report/index.js';
import { type FixtureStore, XSS_ERROR, XSS_OUTPUTS } from '../../../src/server/test-helpers/fixture-store.js';
import {
  type BrowserSession,
  describeInBrowser,
  eventually,
  INJECTED,
  inPage,
  openBrowserSession,
  type PageProblems,
  screenshot,
} from './browser.js';

/** What the data could have created, the report's own inline scripts aside (they are counted apart). */
const INJECTED_BUT_SCRIPTS = INJECTED.split(', ')
  .filter((selector) => !selector.startsWith('script'))
  .join(', ');

describeInBrowser('HTML report', () => {
  let fixture: FixtureStore;
  let page: Page;
  let problems: PageProblems;
  const requests: string[] = [];

  async function openReport(run: Run): Promise<void> {
    const file = join(fixture.dir, `${run.id}.html`);
    await writeReport(file, { run, summary: run.summary!, results: () => fixture.store.results(run.id) });
    await page.goto(`file://${file}`);
    await page.locator('#gt-rows tr').first().waitFor();
  }
  const count = (selector: string) =>
    inPage<number>(page, `document.querySelectorAll(${JSON.stringify(selector)}).length`);

  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowserSession({ serve: false });
    ({ fixture, page, problems } = session);
    page.on('request', (request) => {
      if (!request.url().startsWith('file://')) requests.push(request.url());
    });
  }, 120_000);

  afterAll(() => session?.close());

  it('shows hostile outputs and errors as text, creating no element and running nothing', async () => {
    await openReport(fixture.runs.xss);
    const table = page.locator('#gt-rows');
    await eventually(() => table.locator('tr').count()).toBe(fixture.runs.xss.summary!.total);
    // Open every row's details: the full output, reason and prompt are rendered on opening.
    for (const details of await table.locator('details').all()) {
      await details.evaluate((d) => d.setAttribute('open', ''));
    }
    await eventually(() => table.locator('details pre').count()).toBeGreaterThan(0);
    const text = (await table.textContent()) ?? '';
    for (const output of [XSS_OUTPUTS['xss-img'], XSS_OUTPUTS['xss-script'], XSS_ERROR]) {
      expect(text).toContain(output);
    }
    await page.waitForTimeout(300);
    expect(await count(INJECTED_BUT_SCRIPTS)).toBe(0);
    expect(await count('script')).toBe(2);
    await screenshot(page, 'html-report-hostile');
  });

  it('filters the quick start by status, target and text on the real page', async () => {
    const run = fixture.runs.candidate;
    const summary = run.summary!;
    await openReport(run);
    const rows = page.locator('#gt-rows tr');
    const shown = Math.min(200, summary.total);
    await eventually(() => rows.count()).toBe(shown);
    await page.selectOption('#gt-status', 'not-pass');
    const failing = summary.failed + summary.errors;
    await eventually(() => page.locator('#gt-count').textContent()).toBe(
      `${failing} of ${summary.total} results match; showing ${failing}`,
    );
    const target = summary.targets[0]!;
    await page.selectOption('#gt-target', target.targetId);
    await eventually(() => rows.count()).toBe(target.failed + target.errors);
    await page.fill('#gt-search', 'typo-');
    await eventually(async () => (await rows.allTextContents()).every((row) => row.includes('typo-'))).toBe(
      true,
    );
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(page, 'html-report-filtered');
  });

  it('never ran a script of the data, never fetched anything', () => {
    expect(problems.dialogs).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(requests).toEqual([]);
  });
});
