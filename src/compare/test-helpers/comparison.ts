// A hand-built comparison for the renderers' tests: two targets, a drop, a gain, a slice with few
// cases, repeats, unpaired results, and case ids that try to inject markup and terminal escapes.
import { DEFAULT_COMPARE_SETTINGS } from '../compare-runs.js';
import type { CaseFlip, MetricComparison, RunComparison, SliceMetricComparison } from '../types.js';

export function metric(overrides: Partial<MetricComparison> = {}): MetricComparison {
  return {
    target: 'model',
    prompt: 'default',
    scorer: 'passRate',
    kind: 'passRate',
    weight: 1,
    n: 200,
    samples: 200,
    base: 0.9,
    candidate: 0.7,
    delta: -0.2,
    ciLow: -0.255,
    ciHigh: -0.145,
    resamples: 10_000,
    pValue: 1.8e-12,
    test: 'mcnemar-exact',
    significant: true,
    ...overrides,
  };
}

function flip(caseId: string, change: CaseFlip['change'], overrides: Partial<CaseFlip> = {}): CaseFlip {
  const passed = change === 'regressed' ? [1, 0] : change === 'fixed' ? [0, 1] : [0, 0];
  return {
    caseId,
    target: 'model',
    prompt: 'default',
    change,
    basePassed: passed[0]!,
    candidatePassed: passed[1]!,
    samples: 1,
    ...overrides,
  };
}

export const HOSTILE_ID = '<img src=x onerror=alert(1)>|@team\u001b[31m';

export function comparisonFixture(overrides: Partial<RunComparison> = {}): RunComparison {
  const slices: SliceMetricComparison[] = [
    {
      ...metric({ n: 100, base: 0.95, candidate: 0.6, delta: -0.35, ciLow: -0.45, ciHigh: -0.25 }),
      slice: 'typo',
      insufficient: false,
    },
    {
      ...metric({
        n: 4,
        base: 1,
        candidate: 1,
        delta: 0,
        ciLow: 0,
        ciHigh: 0,
        pValue: 1,
        significant: false,
      }),
      slice: 'apps',
      insufficient: true,
    },
  ];
  return {
    baseRun: {
      id: '20260101-000000-aaaaaa',
      suitePath: '/suite/groundtruth.yaml',
      status: 'completed',
      createdAt: '2026-01-01T00:00:00.000Z',
      datasetHash: 'd1',
      git: { commit: '0123456789abcdef', branch: 'main' },
    },
    candidateRun: {
      id: '20260102-000000-bbbbbb',
      suitePath: '/suite/groundtruth.yaml',
      status: 'completed',
      createdAt: '2026-01-02T00:00:00.000Z',
      datasetHash: 'd1',
    },
    settings: { ...DEFAULT_COMPARE_SETTINGS },
    paired: 203,
    unpaired: {
      base: 0,
      candidate: 2,
      targets: [{ target: 'model', prompt: 'default', base: 0, candidate: 2 }],
    },
    excluded: 0,
    flips: {
      regressed: ['c7', HOSTILE_ID],
      fixed: ['c9'],
      stillFailing: ['c1'],
      cases: [
        flip('c7', 'regressed', { basePassed: 3, candidatePassed: 1, samples: 3 }),
        flip(HOSTILE_ID, 'regressed'),
        flip('c9', 'fixed'),
        flip('c1', 'stillFailing'),
      ],
    },
    metrics: [
      metric({
        scorer: 'latency',
        kind: 'mean',
        weight: 0,
        base: 1,
        candidate: 1,
        delta: 0,
        ciLow: 0,
        ciHigh: 0,
        pValue: 1,
        significant: false,
      }),
      metric(),
      metric({
        scorer: 'bleu',
        kind: 'corpus',
        base: 0.312,
        candidate: 0.35,
        delta: 0.038,
        ciLow: 0.01,
        ciHigh: 0.066,
        pValue: 0.004,
        test: 'paired-bootstrap',
      }),
    ],
    slices,
    ...overrides,
  };
}
