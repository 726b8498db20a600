// Browser-test setup: Debian's Chromium driven by playwright-core (never a downloaded browser), the
// built web app served by the real server on a real store, screenshots under test-results/web/.
// Without /usr/bin/chromium the tests skip, saying why, unless GROUNDTRUTH_REQUIRE_BROWSER=1 (CI).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../../src/server/start-server.js';
import { buildFixtureStore, type FixtureStore } from '../../../src/server/test-helpers/fixture-store.js';
import type { Store } from '../../../src/store/types.js';
import { CHROMIUM_PATH, launchChromium } from '../../../src/test-helpers/chromium.js';
import { ROOT } from '../helpers.js';

export const WEB_ROOT = join(ROOT, 'dist/web');
export const SCREENSHOTS = join(ROOT, 'test-results/web');

const required = process.env.GROUNDTRUTH_REQUIRE_BROWSER === '1';
const available = existsSync(CHROMIUM_PATH);
const SKIP_REASON = `skipped: no browser at ${CHROMIUM_PATH}; install Debian's chromium to run them (GROUNDTRUTH_REQUIRE_BROWSER=1 makes this a failure)`;

/** `describe` when Chromium is there; a clear skip without it; a failure without it when it is required. */
export function describeInBrowser(name: string, body: () => void): void {
  if (available) {
    describe(name, body);
  } else if (required) {
    describe(name, () => {
      it(`needs Chromium at ${CHROMIUM_PATH}`, () => {
        throw new Error(
          `GROUNDTRUTH_REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} does not exist: install it with apt-get install chromium`,
        );
      });
    });
  } else {
    console.warn(`${name}: ${SKIP_REASON}`);
    describe.skip(`${name} (${SKIP_REASON})`, body);
  }
}

/** Elements that only hostile data could have created, and attributes that would run script. */
export const INJECTED =
  'img[src="x"], script:not([src]), iframe, svg[onload], [onerror], [onload], a[href^="javascript:" i], a[href^="data:" i]';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** The real server on a free loopback port, serving the built app; fails early when it was not built. */
export async function serveBuiltApp(store: Store, log: string[] = []): Promise<RunningServer> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`the web app is not built (${WEB_ROOT}/index.html is missing): run npm run build first`);
  }
  return startServer({ store, port: 0, webRoot: WEB_ROOT, log: (message) => log.push(message) });
}

export interface BrowserSession {
  fixture: FixtureStore;
  browser: Browser;
  /** A desktop-sized page whose problems are recorded. */
  page: Page;
  problems: PageProblems;
  /** The real server on the built app, when the session serves it. */
  server: RunningServer | undefined;
  close(): Promise<void>;
}

/** A store filled by real runs, Chromium with one watched page, and (`serve`) the server on the built app. */
export async function openBrowserSession(options: {
  serve: boolean;
  serverLog?: string[];
}): Promise<BrowserSession> {
  const [fixture, browser] = await Promise.all([buildFixtureStore(), launchBrowser()]);
  const server = options.serve ? await serveBuiltApp(fixture.store, options.serverLog) : undefined;
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  return {
    fixture,
    browser,
    page,
    problems: watchPage(page),
    server,
    async close() {
      await browser.close();
      await server?.close();
      await fixture.close();
    },
  };
}

export interface PageProblems {
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Console errors other than failed requests (a CSP violation is one). */
  console: string[];
  /** alert(), confirm() or prompt() calls: none may happen. */
  dialogs: string[];
}

/** Records what must not happen in a page: uncaught errors, console errors, dialogs (dismissed). */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], console: [], dialogs: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('console', (message) => {
    // A 404 the app asked for on purpose (a missing run) is logged by the browser, not by the app.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.console.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

/** expect.poll with room for a loaded CI machine (its default gives up after one second). */
export function eventually<T>(read: () => T | Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 15_000, interval: 50 });
}

/** A JavaScript expression evaluated in the page (these tests compile without the DOM library). */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** The whole page, or only the viewport (a drawer is fixed to it, a full-page shot would cut it). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
