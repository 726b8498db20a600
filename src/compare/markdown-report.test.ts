import { describe, expect, it } from 'vitest';
import { MARKDOWN_COMMENT_LIMIT } from '../report/markdown.js';
import { renderComparisonMarkdown } from './markdown-report.js';
import { comparisonFixture } from './test-helpers/comparison.js';

describe('renderComparisonMarkdown', () => {
  it('a PR comment: verdict, regressed cases first, metrics, fixed cases, slices', () => {
    const markdown = renderComparisonMarkdown(comparisonFixture());
    expect(markdown).toBe(
      [
        '## ❌ Groundtruth comparison: 1 significant drop',
        '',
        'Base run 20260101-000000-aaaaaa (branch main, commit 0123456789ab), 2026-01-01 00:00 UTC',
        '',
        'Candidate run 20260102-000000-bbbbbb, 2026-01-02 00:00 UTC',
        '',
        '203 paired results; unpaired: 0 only in base, 2 only in candidate',
        '',
        '### Regressed cases (2)',
        '',
        '| Case | Target | Passed before | Passed now |',
        '| --- | --- | ---: | ---: |',
        '| c7 | model | 3/3 | 1/3 |',
        // Untrusted ids cannot add HTML, break the table, mention anyone or smuggle control characters.
        '| &lt;img src=x onerror=alert(1)&gt;\\|@\u200Bteam\\[31m | model | 1/1 | 0/1 |',
        '',
        '### Metrics',
        '',
        '| Target | Metric | n | Base | Candidate | Change | 95% CI | p |  |',
        '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        '| model | pass rate | 200 | 90.0% | 70.0% | -20.0 pts | \\[-25.5, -14.5\\] pts | &lt;0.0001 | ▼ |',
        '| model | latency | 200 | 1.000 | 1.000 | 0.000 | \\[0.000, 0.000\\] | 1 |  |',
        '| model | bleu (corpus) | 200 | 0.312 | 0.350 | +0.038 | \\[+0.010, +0.066\\] | 0.004 | ▲ |',
        '',
        '### Fixed cases (1)',
        '',
        '| Case | Target | Passed before | Passed now |',
        '| --- | --- | ---: | ---: |',
        '| c9 | model | 0/1 | 1/1 |',
        '',
        '### Slices',
        '',
        '| Slice | Target | Metric | n | Base | Candidate | Change | 95% CI | p |  |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        '| typo | model | pass rate | 100 | 95.0% | 60.0% | -35.0 pts | \\[-45.0, -25.0\\] pts | &lt;0.0001 | ▼ |',
        '| apps (few) | model | pass rate | 4 | 100.0% | 100.0% | 0.0 pts | \\[0.0, 0.0\\] pts | 1 |  |',
        '',
        'Still failing in both runs: 1.',
        '',
        '<sub>95% CI: paired bootstrap over cases, 10000 resamples, seed 0. p: McNemar exact for pass/fail, paired permutation for scores, paired bootstrap for corpus metrics. ▼/▲: significant (p &lt; 0.05).</sub>',
        '',
      ].join('\n'),
    );
  });

  it('stays under GitHub’s comment limit: case tables stop at 200 rows, so the metrics always fit', () => {
    const flip = (i: number) => ({
      caseId: `a-rather-long-case-identifier-${i}`,
      target: 'model',
      prompt: 'default',
      change: 'regressed' as const,
      basePassed: 1,
      candidatePassed: 0,
      samples: 1,
    });
    const slices = Array.from({ length: 3000 }, (_, i) => ({
      ...comparisonFixture().slices[0]!,
      slice: `slice-${i}`,
    }));
    const markdown = renderComparisonMarkdown(
      comparisonFixture({
        flips: {
          regressed: [],
          fixed: [],
          stillFailing: [],
          cases: Array.from({ length: 5000 }, (_, i) => flip(i)),
        },
        slices,
      }),
    );
    expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_COMMENT_LIMIT);
    const lines = markdown.split('\n');
    expect(lines.filter((line) => line.startsWith('| a-rather-long')).length).toBe(200);
    expect(markdown).toContain(
      '| a-rather-long-case-identifier-199 | model | 1/1 | 0/1 |\n\n_…and 4800 more cases._',
    );
    expect(markdown).toContain('| model | bleu (corpus) | 200 |');
    const sliceRows = lines.filter((line) => line.startsWith('| slice-')).length;
    expect(sliceRows).toBeGreaterThan(100);
    expect(markdown).toContain(`\n_…and ${3000 - sliceRows} more slice rows._`);
    expect(markdown.trimEnd().endsWith('</sub>')).toBe(true);
  });
});
