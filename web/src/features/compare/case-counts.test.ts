import { describe, expect, it } from 'vitest';
import type { CaseFlip, MetricComparison } from '../../../../src/compare/types';
import { caseCounts } from './case-counts';

const flip = (caseId: string, target: string, change: CaseFlip['change'], samples = 1): CaseFlip => ({
  caseId,
  target,
  prompt: 'default',
  change,
  basePassed: 0,
  candidatePassed: 0,
  samples,
});

const passRate = (target: string, samples: number) =>
  ({ target, scorer: 'passRate', samples }) as MetricComparison;

describe('caseCounts', () => {
  const comparison = {
    flips: {
      regressed: [],
      fixed: [],
      stillFailing: [],
      cases: [
        flip('a', 't1', 'regressed', 3),
        flip('b', 't2', 'regressed'),
        flip('c', 't1', 'fixed'),
        flip('d', 't1', 'stillFailing', 2),
      ],
    },
    metrics: [
      passRate('t1', 82),
      { ...passRate('t1', 82), scorer: 'key-fact' } as MetricComparison,
      passRate('t2', 80),
    ],
  };

  it('counts each flip once per paired sample, changed being regressed plus fixed', () => {
    expect(caseCounts(comparison)).toEqual({ changed: 5, regressed: 4, fixed: 1, stillFailing: 2, all: 162 });
  });

  it('counts one target only when filtered', () => {
    expect(caseCounts(comparison, 't1')).toEqual({
      changed: 4,
      regressed: 3,
      fixed: 1,
      stillFailing: 2,
      all: 82,
    });
  });
});
