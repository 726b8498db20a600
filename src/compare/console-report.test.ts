import { describe, expect, it } from 'vitest';
import { formatComparison } from './console-report.js';
import { comparisonFixture, metric } from './test-helpers/comparison.js';

describe('formatComparison', () => {
  it('prints the verdict, regressed cases first, then metrics with significant drops on top', () => {
    expect(formatComparison(comparisonFixture(), { color: false })).toBe(
      [
        '✗ 1 significant drop',
        'base 20260101-000000-aaaaaa (main@0123456) → candidate 20260102-000000-bbbbbb',
        '203 paired results · unpaired: 0 only in base, 2 only in candidate',
        '',
        'Regressed (2)',
        // The escape sequence in a case id is neutralised, never sent to the terminal.
        '  model: c7 (3/3 → 1/3), <img src=x onerror=alert(1)>|@team?[31m',
        '',
        'Fixed (1)',
        '  model: c9',
        '',
        'Still failing in both runs: 1',
        '',
        'Metrics',
        '┌────────┬───────────────┬─────┬───────┬───────────┬───────────┬────────────────────┬─────────┬───┐',
        '│ target │ metric        │ n   │ base  │ candidate │ change    │ 95% CI             │ p       │   │',
        '│ model  │ pass rate     │ 200 │ 90.0% │     70.0% │ -20.0 pts │ [-25.5, -14.5] pts │ <0.0001 │ ▼ │',
        '│ model  │ latency       │ 200 │ 1.000 │     1.000 │     0.000 │     [0.000, 0.000] │       1 │   │',
        '│ model  │ bleu (corpus) │ 200 │ 0.312 │     0.350 │    +0.038 │   [+0.010, +0.066] │   0.004 │ ▲ │',
        '└────────┴───────────────┴─────┴───────┴───────────┴───────────┴────────────────────┴─────────┴───┘',
        '',
        'Pass rate per slice',
        '┌───────┬────────┬─────────┬────────┬───────────┬───────────┬────────────────────┬─────────┬───┐',
        '│ slice │ target │ n       │ base   │ candidate │ change    │ 95% CI             │ p       │   │',
        '│ typo  │ model  │     100 │  95.0% │     60.0% │ -35.0 pts │ [-45.0, -25.0] pts │ <0.0001 │ ▼ │',
        '│ apps  │ model  │ 4 (few) │ 100.0% │    100.0% │   0.0 pts │     [0.0, 0.0] pts │       1 │   │',
        '└───────┴────────┴─────────┴────────┴───────────┴───────────┴────────────────────┴─────────┴───┘',
        'every scorer per slice: --json, or -o report.md',
        'unpaired model: 0 results only in base, 2 only in candidate',
        '',
        '95% CI: paired bootstrap over cases (10,000 resamples, seed 0); p: McNemar exact for pass/fail, paired permutation for scores; significant: p < 0.05',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing regressed, and when cases flipped without a significant drop', () => {
    const calm = comparisonFixture({
      metrics: [metric({ delta: 0, candidate: 0.9, significant: false, pValue: 1 })],
      slices: [],
      flips: { regressed: [], fixed: [], stillFailing: [], cases: [] },
      unpaired: { base: 0, candidate: 0, targets: [] },
    });
    expect(formatComparison(calm, { color: false }).split('\n')[0]).toBe('✓ no regression');
    const noisy = comparisonFixture({ metrics: [metric({ significant: false, pValue: 0.25 })], slices: [] });
    expect(formatComparison(noisy, { color: false }).split('\n')[0]).toBe(
      '! 2 regressed, no significant drop',
    );
  });

  it('lists at most maxCases case ids per target, and names Holm when p-values are adjusted', () => {
    const many = comparisonFixture({
      flips: {
        regressed: [],
        fixed: [],
        stillFailing: [],
        cases: Array.from({ length: 5 }, (_, i) => ({
          caseId: `r${i}`,
          target: 'model',
          prompt: 'p2',
          change: 'regressed' as const,
          basePassed: 1,
          candidatePassed: 0,
          samples: 1,
        })),
      },
      settings: { alpha: 0.01, confidence: 0.9, seed: 3, resamples: 2000, corpusResamples: 1000, holm: true },
    });
    const text = formatComparison(many, { color: false, maxCases: 2 });
    expect(text).toContain('\n  model (p2): r0, r1, …and 3 more\n');
    expect(text).toContain('│ 90% CI ');
    expect(text).toContain(
      '90% CI: paired bootstrap over cases (2,000 resamples, seed 3); p: McNemar exact for pass/fail, paired permutation for scores; significant: p (Holm-adjusted) < 0.01',
    );
  });
});
