import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import { embedJson, escapeHtml, htmlReport } from './html.js';
import { REPORT_SCRIPT, REPORT_STYLE } from './html-assets.js';
import { FakeDocument } from './test-helpers/fake-dom.js';
import {
  collectText,
  HOSTILE_TEXT,
  hostileResults,
  makeGate,
  makeReportInput,
  makeResult,
  makeScore,
} from './test-helpers/fixtures.js';

const DATA_OPEN = '<script type="application/json" id="gt-data">';

/** The embedded JSON as the browser hands it to the script: the element's raw text. */
function embeddedText(page: string): string {
  const start = page.indexOf(DATA_OPEN) + DATA_OPEN.length;
  return page.slice(start, page.indexOf('</script>', start));
}

function embeddedData(page: string): unknown[] {
  return JSON.parse(embeddedText(page));
}

/** Runs the page's script against a fake DOM holding the page's controls and data. */
function runClientScript(page: string): FakeDocument {
  const document = new FakeDocument({
    'gt-data': 'script',
    'gt-status': 'select',
    'gt-target': 'select',
    'gt-search': 'input',
    'gt-rows': 'tbody',
    'gt-count': 'span',
    'gt-more': 'button',
  });
  document.element('gt-data').textContent = embeddedText(page);
  new Function('document', REPORT_SCRIPT)(document);
  return document;
}

/** The page without its embedded data: everything rendered on the server. */
function staticPart(page: string): string {
  const start = page.indexOf(DATA_OPEN);
  return page.slice(0, start) + page.slice(page.indexOf('</script>', start));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

describe('HTML escaping', () => {
  it('escapes text for content and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('embeds JSON that cannot close its script element', () => {
    expect(embedJson({ s: '</script><!-- & \u2028\u2029' })).toBe(
      '{"s":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}',
    );
  });
});

describe('HTML report', () => {
  it('keeps hostile data out of the markup and round-trips it through the embedded JSON', async () => {
    const input = await makeReportInput(hostileResults(), {
      gates: [
        makeGate({
          gate: 'passRate',
          actual: 1 / 3,
          limit: 0.9,
          pass: false,
          message: '<img src=x onerror=alert(1)>',
        }),
      ],
    });
    const page = await collectText(htmlReport(input));

    expect(page.match(/<script/gi)).toHaveLength(2);
    expect(page.match(/<\/script/gi)).toHaveLength(2);
    expect(page).not.toContain('<!--');
    expect(page).not.toContain('<img');
    expect(page).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(page).toContain('<td>&lt;b&gt;tag&lt;/b&gt;</td>');
    expect(staticPart(page)).not.toMatch(/<[a-z]+[^>]*\s(src|href)=|https?:/i);

    // Failures and errors first, then passing results.
    expect(embeddedData(page)).toEqual([
      {
        case: 'case<1>&"',
        target: 'model-a',
        status: 'fail',
        score: 0,
        latencyMs: 100,
        reason: `exact|match: expected ${HOSTILE_TEXT}`,
        output: HOSTILE_TEXT,
        error: null,
        prompt: 'Question for case<1>&"',
        tags: ['<b>tag</b>', 'ok'],
        scores: [
          { name: 'exact|match', value: 0, pass: false, weight: 1, reason: `expected ${HOSTILE_TEXT}` },
        ],
      },
      {
        case: 'case-2',
        target: 'model-a',
        status: 'error',
        score: null,
        latencyMs: 100,
        reason: HOSTILE_TEXT,
        output: null,
        error: HOSTILE_TEXT,
        prompt: 'Question for case-2',
        tags: ['ok'],
        scores: [],
      },
      {
        case: 'case-3',
        target: 'model-a',
        status: 'pass',
        score: 1,
        latencyMs: 100,
        reason: '',
        output: '</script><script>alert(2)</script>',
        error: null,
        prompt: 'Question for case-3',
        tags: [],
        scores: [{ name: 'exact|match', value: 1, pass: true, weight: 1, reason: '' }],
      },
    ]);
  });

  it('allows exactly its own inline script and style through the Content-Security-Policy', async () => {
    const page = await collectText(htmlReport(await makeReportInput(hostileResults())));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    expect(csp).toBe(
      `default-src 'none'; script-src 'sha256-${sha256(REPORT_SCRIPT)}'; style-src 'sha256-${sha256(REPORT_STYLE)}'; ` +
        `img-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(page).toContain(`<script>${REPORT_SCRIPT}</script>`);
    expect(page).toContain(`<style>${REPORT_STYLE}</style>`);
  });

  it('ships a script that parses and builds rows without HTML parsing', () => {
    expect(() => new Function(REPORT_SCRIPT)).not.toThrow();
    expect(REPORT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(REPORT_SCRIPT).toContain('textContent');
  });

  it('renders summary cards and tables from the summary', async () => {
    const input = await makeReportInput(
      [
        makeResult({
          caseId: 'a',
          targetId: 'gpt',
          status: 'pass',
          latencyMs: 400,
          cost: 0.5,
          tokenUsage: { total: 1000 },
          scores: [makeScore('accuracy', 1, true)],
          tags: ['easy'],
        }),
        makeResult({
          caseId: 'b',
          targetId: 'gpt',
          status: 'fail',
          latencyMs: 600,
          cost: 0.25,
          scores: [makeScore('accuracy', 0, false)],
          tags: ['hard'],
        }),
      ],
      {
        gates: [
          makeGate({
            gate: 'maxCost',
            targetId: 'gpt',
            actual: 0.75,
            limit: 1,
            pass: true,
            message: 'gpt: maxCost $0.7500 <= $1.0000',
          }),
        ],
      },
    );
    const page = await collectText(htmlReport(input));
    expect(page).toContain('<h1 class="verdict-pass">✓ the gate passed</h1>');
    expect(page).toContain(
      '<p class="facts">Support bot answers · run run-1 · 2 results · 1 target · 4.32 s · commit 0123456789ab on main</p>',
    );
    expect(page).toContain(
      '<div class="card"><div class="label">Pass rate</div><div class="value">50.0%</div><meter min="0" max="1" value="0.5"></meter></div>',
    );
    expect(page).toContain(
      '<div class="card"><div class="label">Cost</div><div class="value">$0.7500</div></div>',
    );
    expect(page).toContain(
      '<tr><td>gpt</td><td class="num">50.0%</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">0.500</td><td class="num">500 ms</td><td class="num">590 ms</td><td class="num">1,000</td><td class="num">$0.7500</td><td class="num">0</td></tr>',
    );
    expect(page).toContain(
      '<tr><td>✓ pass</td><td>maxCost</td><td>gpt</td><td class="num">$0.7500</td><td class="num">$1.00</td><td>gpt: maxCost $0.7500 &lt;= $1.0000</td></tr>',
    );
    expect(page).toContain(
      '<tr><td>easy</td><td>gpt</td><td class="num">1 (few)</td><td class="num">100.0% [20.7–100.0]</td><td class="num">1.000 [0.21–1.00]</td></tr>',
    );
  });

  it('embeds failures first and stops at the cap, saying so on the page', async () => {
    const results: StoredResult[] = Array.from({ length: 10 }, (_, i) =>
      makeResult({ caseId: `c${i}`, targetId: 't', status: i % 3 === 0 ? 'fail' : 'pass' }),
    );
    const input = await makeReportInput(results);
    let passes = 0;
    input.results = async function* () {
      passes++;
      yield* results;
    };
    const page = await collectText(htmlReport(input, { maxResults: 6 }));
    expect((embeddedData(page) as Array<{ case: string }>).map((r) => r.case)).toEqual([
      'c0',
      'c3',
      'c6',
      'c9',
      'c1',
      'c2',
    ]);
    expect(page).toContain(
      'This page holds at most 6 of the run&#39;s 10 results: the 4 failures and errors first, then passing results.',
    );
    expect(passes).toBe(2);

    passes = 0;
    const failuresOnly = await collectText(htmlReport(input, { maxResults: 3 }));
    expect((embeddedData(failuresOnly) as Array<{ case: string }>).map((r) => r.case)).toEqual([
      'c0',
      'c3',
      'c6',
    ]);
    expect(passes).toBe(1);
  });

  it('is a valid page with an empty data array when the run has no results', async () => {
    const page = await collectText(htmlReport(await makeReportInput([])));
    expect(embeddedData(page)).toEqual([]);
    expect(page).not.toContain('<h2>Targets</h2>');
  });

  it('filters and pages the results table in the browser, writing data only as text', async () => {
    const results: StoredResult[] = [...hostileResults()];
    for (let i = 0; i < 447; i++) {
      results.push(
        makeResult({
          caseId: `c${i}`,
          targetId: i % 2 === 0 ? 'gpt' : 'claude',
          status: i % 5 === 0 ? 'fail' : 'pass',
        }),
      );
    }
    const page = await collectText(htmlReport(await makeReportInput(results)));
    const document = runClientScript(page);
    const rows = document.element('gt-rows');
    const count = document.element('gt-count');
    const more = document.element('gt-more');

    expect(document.element('gt-target').children.map((o) => o.textContent)).toEqual([
      'model-a',
      'gpt',
      'claude',
    ]);
    expect(rows.children).toHaveLength(200);
    expect(count.textContent).toBe('450 of 450 results match; showing 200');
    expect(more.hidden).toBe(false);
    more.dispatch('click');
    more.dispatch('click');
    expect(rows.children).toHaveLength(450);
    expect(more.hidden).toBe(true);

    // The hostile failure comes first; its cells hold the raw text, nothing was parsed as markup.
    const first = rows.children[0]!;
    expect(first.children.map((cell) => cell.findAll('summary')[0]?.textContent ?? cell.textContent)).toEqual(
      ['fail', 'case<1>&"', 'model-a', '0.000', '100 ms', `exact|match: expected ${HOSTILE_TEXT}`],
    );
    const details = first.findAll('details')[0]!;
    details.open = true;
    details.dispatch('toggle');
    expect(details.findAll('pre').map((pre) => pre.textContent)).toEqual([
      `exact|match: expected ${HOSTILE_TEXT}`,
      HOSTILE_TEXT,
      'Question for case<1>&"',
    ]);

    const status = document.element('gt-status');
    status.value = 'not-pass';
    status.dispatch('change');
    // 90 failures among the 447 generated, plus the hostile failure and error.
    expect(count.textContent).toBe('92 of 450 results match; showing 92');
    const target = document.element('gt-target');
    target.value = 'claude';
    target.dispatch('change');
    expect(rows.children.map((r) => r.children[1]!.textContent)).toEqual(
      Array.from({ length: 447 }, (_, i) => i)
        .filter((i) => i % 2 === 1 && i % 5 === 0)
        .map((i) => `c${i}`),
    );
    status.value = '';
    target.value = '';
    const search = document.element('gt-search');
    search.value = '  ALERT(2) ';
    search.dispatch('input');
    expect(rows.children.map((r) => r.children[1]!.textContent)).toEqual(['case-3']);
  });
});
