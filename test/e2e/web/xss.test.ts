// Untrusted content stays text: a run whose outputs, error, tags and expected answers are markup is
// shown in the results table, the slices table and the case drawer (text and Markdown views) without
// creating a single element from it and without any script running.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResultsResponse } from '../../../src/server/api.js';
import type { RunningServer } from '../../../src/server/start-server.js';
import {
  type FixtureStore,
  XSS_ERROR,
  XSS_EXPECTED,
  XSS_OUTPUTS,
  XSS_TAG,
} from '../../../src/server/test-helpers/fixture-store.js';
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

describeInBrowser('web app with hostile content', () => {
  let fixture: FixtureStore;
  let server: RunningServer;
  let page: Page;
  let problems: PageProblems;
  let results: ResultsResponse;

  const at = (path: string) => new URL(path, server.url).toString();
  const injected = () =>
    inPage<number>(page, `document.querySelectorAll(${JSON.stringify(INJECTED)}).length`);

  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowserSession({ serve: true });
    ({ fixture, page, problems } = session);
    server = session.server!;
    const response = await fetch(at(`/api/runs/${encodeURIComponent(fixture.runs.xss.id)}/results`));
    results = (await response.json()) as ResultsResponse;
  }, 120_000);

  afterAll(() => session?.close());

  it('lists the hostile results and slices as text', async () => {
    await page.goto(at(`/runs/${encodeURIComponent(fixture.runs.xss.id)}`));
    await eventually(() => page.locator('.vtable-tbody tr').count()).toBe(results.total);
    await page.locator('table.data tbody tr', { hasText: XSS_TAG }).first().waitFor();
    await page.getByText(XSS_OUTPUTS['xss-img'], { exact: true }).first().waitFor();
    expect(await page.locator('.vtable-tbody').textContent()).toContain(XSS_ERROR);
    // Give an injected handler (onerror of a broken image) the time to fire.
    await page.waitForTimeout(300);
    expect(await injected()).toBe(0);
    await screenshot(page, 'xss-run');
  });

  it('shows every hostile result in the drawer, in text and in Markdown, creating no element', async () => {
    for (const item of results.items) {
      await page.goto(
        at(`/runs/${encodeURIComponent(fixture.runs.xss.id)}?case=${encodeURIComponent(item.id)}`),
      );
      const drawer = page.getByRole('dialog');
      await drawer.locator('.drawer-section').first().waitFor();
      const shown = (await drawer.textContent()) ?? '';
      const output = XSS_OUTPUTS[item.caseId as keyof typeof XSS_OUTPUTS];
      if (output !== undefined) {
        // Text view: the output character for character, in a <pre>.
        expect(
          await drawer
            .locator('pre.text-block', { hasText: output.slice(0, 20) })
            .first()
            .textContent(),
        ).toBe(output);
        await drawer.getByRole('button', { name: 'Markdown' }).click();
        await drawer.locator('.markdown').waitFor();
      } else {
        expect(shown).toContain(XSS_ERROR);
      }
      expect(shown).toContain(XSS_EXPECTED);
      expect(shown).toContain(XSS_TAG);
      await page.waitForTimeout(150);
      expect(await injected(), `elements created from ${item.caseId}`).toBe(0);
      if (item.caseId === 'xss-markdown') {
        // The javascript: link keeps its text but has no href; the raw HTML is dropped, not rendered.
        expect(
          await drawer
            .locator('.markdown')
            .getByText('click me')
            .evaluate((el) => el.closest('a')),
        ).toBeNull();
        expect(await drawer.locator('.markdown b, .markdown iframe').count()).toBe(0);
        await screenshot(page, 'xss-drawer-markdown', false);
      }
    }
  });

  it('never ran a script: no dialog, no page error', () => {
    expect(problems.dialogs).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.console).toEqual([]);
  });
});
