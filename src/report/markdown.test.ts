import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../store/types.js';
import { escapeMarkdown, MARKDOWN_COMMENT_LIMIT, renderMarkdownReport } from './markdown.js';
import { hostileResults, makeGate, makeReportInput, makeResult, makeScore } from './test-helpers/fixtures.js';

/** Cells of a table row: split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('escapeMarkdown', () => {
  it('neutralises markup, HTML, mentions, math and line breaks', () => {
    expect(
      escapeMarkdown('a|b <i>x</i> `c` *d* _e_ [f](g) ~s~ \\ @me & $x$\nnext\r\nline\tt\u0000\u001b[0m'),
    ).toBe(
      'a\\|b &lt;i&gt;x&lt;/i&gt; \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~s\\~ \\\\ @\u200Bme &amp; \\$x\\$ next line t\\[0m',
    );
  });
});

describe('Markdown report', () => {
  it('renders headline, targets, gates, slices and failures', async () => {
    const input = await makeReportInput(
      [
        makeResult({
          caseId: 'refund-1',
          targetId: 'gpt-4o',
          status: 'pass',
          latencyMs: 800,
          tokenUsage: { total: 120 },
          cost: 0.0012,
          scores: [makeScore('accuracy', 1, true)],
          tags: ['billing'],
        }),
        makeResult({
          caseId: 'refund-2',
          targetId: 'gpt-4o',
          status: 'fail',
          latencyMs: 1200,
          tokenUsage: { total: 80 },
          cost: 0.0008,
          output: 'Call us | maybe',
          scores: [makeScore('accuracy', 0, false, 1, 'expected "30 days"')],
          tags: ['billing', 'edge'],
        }),
        makeResult({
          caseId: 'refund-1',
          targetId: 'local',
          status: 'error',
          error: 'connect ECONNREFUSED 127.0.0.1:11434',
          latencyMs: 3,
          tags: ['billing'],
        }),
      ],
      {
        gates: [
          makeGate({
            gate: 'passRate',
            targetId: 'gpt-4o',
            actual: 0.5,
            limit: 0.9,
            pass: false,
            message: 'gpt-4o: passRate 50.0% < 90.0%',
          }),
          makeGate({ gate: 'maxLatencyP95Ms', targetId: 'gpt-4o', actual: 1180, limit: 2000, pass: true }),
        ],
      },
    );
    expect(await renderMarkdownReport(input)).toBe(`## ❌ Groundtruth: 1 of 2 gates failed

Support bot answers · run run-1 · 3 results · 2 targets · 4.32 s · commit 0123456789ab on main

**33.3% passed**: 1 passed, 1 failed, 1 error.

### Targets

| Target | Pass rate | Passed | Failed | Errors | accuracy | p50 | p95 | Tokens | Cost | Cached |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| gpt-4o | 50.0% | 1 | 1 | 0 | 0.500 | 1.00 s | 1.18 s | 200 | \\$0.0020 | 0 |
| local | 0.0% | 0 | 0 | 1 | – | – | – | 0 | \\$0 | 0 |

### Gates

|  | Gate | Target | Actual | Limit |
| --- | --- | --- | ---: | ---: |
| ❌ | passRate | gpt-4o | 50.0% | 90.0% |
| ✅ | maxLatencyP95Ms | gpt-4o | 1.18 s | 2.00 s |

- ❌ gpt-4o: passRate 50.0% &lt; 90.0%

### Slices

| Slice | Target | Cases | Pass rate \\[95% CI\\] | accuracy |
| --- | --- | ---: | ---: | ---: |
| billing | gpt-4o | 2 (few) | 50.0% \\[9.5–90.5\\] | 0.500 \\[0.09–0.91\\] |
| billing | local | 1 (few) | 0.0% \\[0.0–79.3\\] | – |
| edge | gpt-4o | 1 (few) | 0.0% \\[0.0–79.3\\] | 0.000 \\[0.00–0.79\\] |

<sub>(few): fewer than 10 cases, too few for the figures to say anything.</sub>

### Failures and errors (2)

| Case | Target | Status | Reason | Output |
| --- | --- | --- | --- | --- |
| refund-2 | gpt-4o | fail | accuracy: expected "30 days" | Call us \\| maybe |
| refund-1 | local | error | connect ECONNREFUSED 127.0.0.1:11434 |  |

<sub>See the whole run: groundtruth runs show run-1</sub>
`);
  });

  it('says when the run has no gates or did not complete', async () => {
    const results = [makeResult({ caseId: 'a', targetId: 't', status: 'pass' })];
    const noGates = await renderMarkdownReport(await makeReportInput(results));
    expect(noGates.split('\n')[0]).toBe('## ✅ Groundtruth: 100.0% passed (no gates)');
    const interrupted = await renderMarkdownReport(
      await makeReportInput(results, { run: { status: 'interrupted', expectedResults: 10 } }),
    );
    expect(interrupted.split('\n')[0]).toBe('## ⚠️ Groundtruth: run interrupted');
    expect(interrupted).toContain('\n> ⚠️ The run is interrupted: 1 of 10 results.\n');
    const passing = await renderMarkdownReport(
      await makeReportInput(results, {
        gates: [makeGate({ gate: 'passRate', actual: 1, limit: 1, pass: true })],
      }),
    );
    expect(passing.split('\n')[0]).toBe('## ✅ Groundtruth: the gate passed');
    expect(passing).not.toContain('### Failures');
  });

  it('keeps hostile outputs inert: no HTML, no extra table cells', async () => {
    const markdown = await renderMarkdownReport(await makeReportInput(hostileResults()));
    expect(markdown).not.toMatch(/<(?!sub>|\/sub>)/);
    expect(markdown).not.toContain('\u0000');
    expect(markdown).not.toContain('\u001b');
    expect(markdown).not.toMatch(/@octocat/);
    const failureRows = markdown
      .split('\n### Failures and errors (2)\n\n')[1]!
      .split('\n')
      .filter((l) => l.startsWith('| '));
    expect(failureRows.map((row) => cells(row).length)).toEqual([5, 5, 5, 5]);
    expect(cells(failureRows[2]!)[0]).toBe('case&lt;1&gt;&amp;"');
    const sliceRows = markdown.split('\n### Slices\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(sliceRows).toEqual([
      '| Slice | Target | Cases | Pass rate \\[95% CI\\] | exact\\|match |',
      '| --- | --- | ---: | ---: | ---: |',
      '| &lt;b&gt;tag&lt;/b&gt; | model-a | 1 (few) | 0.0% \\[0.0–79.3\\] | 0.000 \\[0.00–0.79\\] |',
      '| ok | model-a | 2 (few) | 0.0% \\[0.0–65.8\\] | 0.000 \\[0.00–0.79\\] |',
    ]);
  });

  it('lists only the first failures and stops reading results there', async () => {
    let read = 0;
    const results: StoredResult[] = Array.from({ length: 100 }, (_, i) =>
      makeResult({ caseId: `c${i}`, targetId: 't', status: i % 2 === 0 ? 'pass' : 'fail' }),
    );
    const input = await makeReportInput(results);
    input.results = async function* () {
      for (const r of results) {
        read++;
        yield r;
      }
    };
    const markdown = await renderMarkdownReport(input, { maxFailures: 5 });
    expect(markdown).toContain('### Failures and errors (first 5 of 50)');
    expect(markdown.match(/^\| c\d+ \| t \| fail \|/gm)).toEqual([
      '| c1 | t | fail |',
      '| c3 | t | fail |',
      '| c5 | t | fail |',
      '| c7 | t | fail |',
      '| c9 | t | fail |',
    ]);
    expect(read).toBe(10);
  });

  it('stays under the GitHub comment limit with thousands of slices and long reasons', async () => {
    const results: StoredResult[] = [];
    for (let i = 0; i < 4000; i++) {
      results.push(
        makeResult({
          caseId: `case-${i}`,
          targetId: 'model',
          status: 'fail',
          output: '<'.repeat(1000),
          scores: [makeScore('judge', 0, false, 1, '&'.repeat(1000))],
          tags: [`tag-${String(i).padStart(5, '0')}`],
        }),
      );
    }
    const markdown = await renderMarkdownReport(await makeReportInput(results));
    expect(markdown.length).toBeLessThan(MARKDOWN_COMMENT_LIMIT);
    expect(markdown).toMatch(/\n_…and [\d,]+ more slices\._\n/);
    expect(markdown).toContain('### Failures and errors (first 20 of 4,000)');
    expect(markdown.trimEnd().endsWith('<sub>See the whole run: groundtruth runs show run-1</sub>')).toBe(
      true,
    );
  });
});
