import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  formatCost,
  formatGateFigure,
  formatMs,
  repeatsOf,
  resultLabel,
  truncate,
} from './format.js';
import { makeResult, makeRun, makeScore } from './test-helpers/fixtures.js';

describe('report figures', () => {
  it('formats durations and costs', () => {
    expect([formatMs(0.4), formatMs(999.4), formatMs(1000), formatMs(61_234)]).toEqual([
      '0 ms',
      '999 ms',
      '1.00 s',
      '61.23 s',
    ]);
    expect([formatCost(0), formatCost(0.000123), formatCost(0.5), formatCost(12.345)]).toEqual([
      '$0',
      '$0.0001',
      '$0.5000',
      '$12.35',
    ]);
  });

  it('formats gate figures in the unit of the gate', () => {
    expect(formatGateFigure('passRate', 0.905)).toBe('90.5%');
    expect(formatGateFigure('maxErrorRate', 0.05)).toBe('5.0%');
    expect(formatGateFigure('maxCost', 1.5)).toBe('$1.50');
    expect(formatGateFigure('maxLatencyP95Ms', 2400)).toBe('2.40 s');
    expect(formatGateFigure('minMean.accuracy', 0.8)).toBe('0.800');
    expect(formatGateFigure('somethingNew', 123.456789)).toBe('123.5');
    expect(formatGateFigure('passRate', Number.NaN)).toBe('NaN');
  });

  it('numbers samples only when the run takes several', () => {
    expect(resultLabel({ caseId: 'q1', repeat: 0 }, repeatsOf(makeRun()))).toBe('q1');
    expect(resultLabel({ caseId: 'q1', repeat: 0 }, repeatsOf(makeRun({ config: { repeat: 3 } })))).toBe(
      'q1#1',
    );
    expect(resultLabel({ caseId: 'q1', repeat: 2 }, repeatsOf(makeRun({ config: {} })))).toBe('q1#3');
    expect(repeatsOf(makeRun({ config: { repeat: 'many' } }))).toBe(1);
  });

  it('explains a failure by its deciding scores', () => {
    const result = makeResult({
      caseId: 'a',
      targetId: 't',
      status: 'fail',
      score: 0.25,
      scores: [
        makeScore('exact', 0, false, 1, 'expected 42'),
        makeScore('style', 0, false, 0, 'too long'),
        makeScore('json', 1, true),
      ],
    });
    expect(describeFailure(result)).toBe('exact: expected 42');
    expect(describeFailure({ ...result, scores: [makeScore('style', 0, false, 0)] })).toBe('style');
    expect(describeFailure({ ...result, scores: [] })).toBe('failed with score 0.250');
    expect(describeFailure({ ...result, scores: [], score: null })).toBe('failed');
    expect(describeFailure({ ...result, status: 'error', error: 'HTTP 500' })).toBe('HTTP 500');
    expect(describeFailure({ ...result, status: 'pass' })).toBe('');
  });

  it('truncates without splitting a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('ab😀cd', 5)).toBe('ab😀…');
  });
});
