// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { GateOutcome, RunSummary, SliceSummary, TargetSummary } from '../../../../src/core/index';
import type { ApiClient } from '../../api/client';
import { ApiProvider } from '../../api/context';
import { GatesPanel, RegressionPanel } from './GatesPanel';
import { RepeatsPanel } from './RepeatsPanel';
import { runTotals, scorerNames, targetLabel } from './run-figures';
import { ScoreDistributions, summaryHistograms } from './ScoreDistributions';
import { slicePivot } from './SlicesTable';

afterEach(cleanup);

const group = { total: 10, passed: 6, failed: 3, errors: 1, passRate: 0.6, errorRate: 0.1, scorers: [] };

function target(targetId: string, extra: Partial<TargetSummary> = {}): TargetSummary {
  return {
    ...group,
    targetId,
    promptId: 'default',
    latency: { p50: 10, p95: 40, mean: 15 },
    tokens: { prompt: 100, completion: 50, total: 150 },
    cost: 0.01,
    cached: 2,
    ...extra,
  };
}

function slice(
  tag: string,
  targetId: string,
  passRate: number,
  extra: Partial<SliceSummary> = {},
): SliceSummary {
  return { ...group, tag, targetId, promptId: 'default', passRate, insufficient: false, cases: 12, ...extra };
}

describe('run figures', () => {
  it('adds up cost, tokens and cached responses and finds the slowest target', () => {
    const totals = runTotals({
      targets: [target('a'), target('b', { latency: { p50: 5, p95: 90, mean: 20 }, cost: 0.02 })],
    });
    expect(totals.cost).toBeCloseTo(0.03, 10);
    expect(totals.tokens).toEqual({ prompt: 200, completion: 100, total: 300 });
    expect(totals.cached).toBe(4);
    expect(totals.slowest?.targetId).toBe('b');
    expect(totals.scoring).toBeUndefined();
  });

  it("adds up the judges' calls and cost apart from the targets' own", () => {
    const judged = (calls: number, cost: number) => ({
      scoring: { calls, cost, tokens: { prompt: 10 * calls, completion: calls, total: 11 * calls } },
    });
    const totals = runTotals({
      targets: [target('a', judged(3, 0.003)), target('b'), target('c', judged(2, 0.001))],
    });
    expect(totals.scoring).toEqual({ calls: 5, cost: 0.003 + 0.001 });
    expect(totals.cost).toBeCloseTo(0.03, 10);
  });

  it('lists scorer names once, in the order the targets give them', () => {
    const s = (name: string) => ({ name, mean: 1, passRate: 1, count: 1 });
    expect(
      scorerNames({
        targets: [target('a', { scorers: [s('x'), s('y')] }), target('b', { scorers: [s('y'), s('z')] })],
      }),
    ).toEqual(['x', 'y', 'z']);
  });

  it('names a target with its prompt only when a run has several prompts', () => {
    expect(targetLabel({ targetId: 'a', promptId: 'terse' }, false)).toBe('a');
    expect(targetLabel({ targetId: 'a', promptId: 'terse' }, true)).toBe('a \u00B7 terse');
  });
});

describe('slicePivot', () => {
  it('makes a row per slice with each target, its case count and its weakest pass rate', () => {
    const { rows, targets } = slicePivot(
      [
        slice('typo', 'a', 0.9),
        slice('typo', 'b', 0.4, { cases: 11 }),
        slice('billing', 'a', 0.5, { cases: 19 }),
      ],
      false,
    );
    expect(targets.map((t) => t.label)).toEqual(['a', 'b']);
    expect(rows.map((r) => [r.tag, r.cases, r.worst, [...r.byTarget.keys()].length])).toEqual([
      ['typo', 12, 0.4, 2],
      ['billing', 19, 0.5, 1],
    ]);
  });
});

describe('GatesPanel', () => {
  const gate = (name: string, pass: boolean): GateOutcome => ({
    gate: name,
    targetId: 'a',
    promptId: 'default',
    actual: 0.5,
    limit: 0.6,
    pass,
    incomplete: false,
    message: `a: ${name} ${pass ? 'holds' : 'fails'}`,
  });

  it('lists failing gates first, and quarantined cases as buttons', () => {
    const picked: string[] = [];
    const summary = {
      gates: [gate('minMean', true), gate('passRate', false)],
      quarantined: ['case-7'],
    } as unknown as RunSummary;
    render(<GatesPanel summary={summary} onPickCase={(id) => picked.push(id)} />);
    expect([...document.querySelectorAll('.gate-list li')].map((li) => li.textContent)).toEqual([
      '\u2717faileda: passRate fails',
      '\u2713holdsa: minMean holds',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'case-7' }));
    expect(picked).toEqual(['case-7']);
  });
});

describe('RegressionPanel', () => {
  it('links the baseline and the comparison, and lists regressed and fixed cases', () => {
    const picked: string[] = [];
    render(
      <MemoryRouter>
        <RegressionPanel
          runId="cand 1"
          regression={{
            baselineRunId: 'base/1',
            regressed: ['typo-cancel', 'typo-refund'],
            fixed: ['billing-paypal'],
          }}
          onPickCase={(id) => picked.push(id)}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: /Compare in detail/ }).getAttribute('href')).toBe(
      '/compare?base=base%2F1&candidate=cand%201',
    );
    expect(screen.getByRole('link', { name: 'base/1' }).getAttribute('href')).toBe('/runs/base%2F1');
    expect(document.body.textContent).toContain('2 case(s) regressed, 1 fixed');
    fireEvent.click(screen.getByRole('button', { name: 'typo-refund' }));
    expect(picked).toEqual(['typo-refund']);
  });
});

describe('RepeatsPanel', () => {
  it('shows pass@1, pass@k, pass^k and the flaky cases of the targets with repeats', () => {
    const picked: Array<[string, string]> = [];
    const repeats = {
      k: 5,
      cases: 40,
      passAt1: 0.62,
      passAtK: 0.9,
      passHatK: 0.35,
      consistency: 0.81,
      flakyRate: 0.25,
      flaky: ['c1', 'c2'],
      flakyCount: 10,
    };
    render(
      <RepeatsPanel
        targets={[target('a', { repeats }), target('b')]}
        multiplePrompts={false}
        onPickCase={(id, t) => picked.push([id, t.targetId])}
      />,
    );
    const rows = document.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.querySelectorAll('td')].slice(0, 8).map((td) => td.textContent)).toEqual([
      'a',
      '5',
      '40',
      '62.0%',
      '90.0%',
      '35.0%',
      '81.0%',
      '10 (25.0%)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'c2' }));
    expect(picked).toEqual([['c2', 'a']]);
  });

  it('renders nothing without repeats', () => {
    const { container } = render(
      <RepeatsPanel targets={[target('a')]} multiplePrompts={false} onPickCase={() => {}} />,
    );
    expect(container.innerHTML).toBe('');
  });
});

/** An API client that records each call and never answers. */
function recordingClient(calls: string[]): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_, name) => () => {
      calls.push(String(name));
      return new Promise(() => {});
    },
  });
}

describe('score distributions', () => {
  const score = (name: string, histogram?: number[]) => ({
    name,
    mean: 0.5,
    passRate: 0.5,
    count: 10,
    ...(histogram ? { histogram } : {}),
  });
  const label = (t: { targetId: string }) => t.targetId;
  const bins = (at: number, count: number) => Array.from({ length: 10 }, (_, i) => (i === at ? count : 0));

  it('reads the histograms a run stored, per scorer and target, or none when one is missing', () => {
    const targets = [
      target('a', { scorers: [score('exact', bins(9, 10))] }),
      target('b', { scorers: [score('exact', bins(0, 10))] }),
    ];
    expect(summaryHistograms(targets, label)).toEqual(
      new Map([
        [
          'exact',
          new Map([
            ['a', bins(9, 10)],
            ['b', bins(0, 10)],
          ]),
        ],
      ]),
    );
    expect(
      summaryHistograms([...targets, target('c', { scorers: [score('exact')] })], label),
    ).toBeUndefined();
  });

  it('charts every result from the summary without reading any result', () => {
    const calls: string[] = [];
    const client = recordingClient(calls);
    render(
      <ApiProvider client={client}>
        <ScoreDistributions
          runId="r1"
          targets={[target('a', { scorers: [score('exact', bins(9, 10)), score('graded', bins(4, 10))] })]}
          label={label}
        />
      </ApiProvider>,
    );
    expect(calls).toEqual([]);
    expect(screen.getByText('exact')).toBeTruthy();
    expect(screen.getByText('graded')).toBeTruthy();
    expect(screen.getAllByText('10 results')).toHaveLength(2);
    expect(screen.queryByText(/Could not load/)).toBeNull();
  });
});

describe('score distributions of runs stored without histograms', () => {
  it('falls back to reading the first results', async () => {
    const calls: string[] = [];
    const client = recordingClient(calls);
    render(
      <ApiProvider client={client}>
        <ScoreDistributions
          runId="r1"
          targets={[target('a', { scorers: [{ name: 'exact', mean: 1, passRate: 1, count: 1 }] })]}
          label={(t) => t.targetId}
        />
      </ApiProvider>,
    );
    expect(calls).toEqual(['results']);
    expect(screen.getByLabelText('Loading score distributions')).toBeTruthy();
  });
});
