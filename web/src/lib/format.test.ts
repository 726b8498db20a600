import { describe, expect, it } from 'vitest';
import {
  describeInterval,
  fileName,
  formatCost,
  formatCount,
  formatDateTime,
  formatDelta,
  formatDeltaInterval,
  formatDuration,
  formatPercent,
  formatPercentInterval,
  formatPValue,
  formatRelativeTime,
  formatScore,
  formatScoreInterval,
  shortCommit,
  suiteName,
} from './format';

describe('percentages and intervals', () => {
  it('formats shares as percentages with one decimal', () => {
    expect(formatPercent(0.6586)).toBe('65.9%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(0.12345, 2)).toBe('12.35%');
  });

  it('shows a dash for a missing figure instead of NaN%', () => {
    expect(formatPercent(undefined)).toBe('\u2014');
    expect(formatPercent(null)).toBe('\u2014');
    expect(formatPercent(Number.NaN)).toBe('\u2014');
    expect(formatScore(undefined)).toBe('\u2014');
  });

  it('formats pass-rate intervals as a percentage range', () => {
    expect(formatPercentInterval({ low: 0.5821, high: 0.7294 })).toBe('58.2\u201372.9%');
    expect(formatPercentInterval({ low: 0, high: 1 })).toBe('0.0\u2013100.0%');
    expect(formatPercentInterval(undefined)).toBe('\u2014');
  });

  it('formats scorer means and their intervals with three decimals', () => {
    expect(formatScore(0.65853)).toBe('0.659');
    expect(formatScoreInterval({ low: 0.58213, high: 0.7294 })).toBe('0.582\u20130.729');
  });

  it('names the method of an interval', () => {
    expect(describeInterval({ low: 0, high: 1, method: 'wilson' })).toBe('95% Wilson score interval');
    expect(describeInterval({ low: 0, high: 1, method: 'bootstrap' })).toBe(
      '95% percentile bootstrap interval',
    );
    expect(describeInterval(undefined)).toBe('no interval');
  });
});

describe('comparison figures', () => {
  it('formats pass-rate deltas in percentage points with a real minus sign', () => {
    expect(formatDelta(0.032, 'points')).toBe('+3.2 pts');
    expect(formatDelta(-0.041, 'points')).toBe('\u22124.1 pts');
    expect(formatDelta(0.0001, 'points')).toBe('0.0 pts');
    expect(formatDelta(-0.0001, 'points')).toBe('0.0 pts');
    expect(formatDelta(null, 'points')).toBe('\u2014');
  });

  it('formats scorer deltas as decimals', () => {
    expect(formatDelta(-0.0412, 'score')).toBe('\u22120.041');
    expect(formatDelta(0.25, 'score')).toBe('+0.250');
  });

  it('formats delta intervals with signs on both ends', () => {
    expect(formatDeltaInterval(-0.01, 0.074, 'points')).toBe('[\u22121.0, +7.4] pts');
    expect(formatDeltaInterval(-0.052, 0.0131, 'score')).toBe('[\u22120.052, +0.013]');
    expect(formatDeltaInterval(null, 0.1, 'score')).toBe('\u2014');
  });

  it('formats p-values without claiming an impossible zero', () => {
    expect(formatPValue(0.0321)).toBe('0.032');
    expect(formatPValue(0.0004)).toBe('<0.001');
    expect(formatPValue(0.001)).toBe('0.001');
    expect(formatPValue(1)).toBe('1.000');
    expect(formatPValue(null)).toBe('\u2014');
  });
});

describe('time, money and counts', () => {
  it('formats latencies and durations at a readable unit', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(839.6)).toBe('840 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(undefined)).toBe('\u2014');
  });

  it('formats costs so that small amounts do not read as free', () => {
    expect(formatCost(0)).toBe('$0');
    expect(formatCost(1.234)).toBe('$1.23');
    expect(formatCost(0.004231)).toBe('$0.0042');
    expect(formatCost(0.00004)).toBe('<$0.0001');
    expect(formatCost(undefined)).toBe('\u2014');
  });

  it('formats counts with thousands separators', () => {
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(7)).toBe('7');
  });

  it('formats timestamps in local time', () => {
    const local = new Date(2026, 10, 28, 4, 9).toISOString();
    expect(formatDateTime(local)).toBe('2026-11-28 04:09');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime(undefined)).toBe('\u2014');
  });

  it('formats recent times relative to now', () => {
    const now = Date.UTC(2026, 10, 28, 12, 0, 0);
    const ago = (ms: number) => new Date(now - ms).toISOString();
    expect(formatRelativeTime(ago(10_000), now)).toBe('just now');
    expect(formatRelativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(formatRelativeTime(ago(3 * 3_600_000), now)).toBe('3 h ago');
    expect(formatRelativeTime(ago(2 * 86_400_000), now)).toBe('2 d ago');
    expect(formatRelativeTime(ago(60 * 86_400_000), now)).toBe(
      formatDateTime(ago(60 * 86_400_000)).slice(0, 10),
    );
  });
});

describe('names', () => {
  it('shortens commits like git does', () => {
    expect(shortCommit('4ccda23e5f0a9b1c2d3e4f5a6b7c8d9e0f1a2b3c')).toBe('4ccda23');
    expect(shortCommit(undefined)).toBe('');
  });

  it('takes the file name of a path', () => {
    expect(fileName('/tmp/suite/cases.csv')).toBe('cases.csv');
    expect(fileName('C:\\data\\cases.jsonl')).toBe('cases.jsonl');
    expect(fileName('inline')).toBe('inline');
  });

  it('names a suite by its folder when the file is groundtruth.yaml', () => {
    expect(suiteName('/repo/examples/quickstart/groundtruth.yaml')).toBe('quickstart');
    expect(suiteName('C:\\work\\evals\\groundtruth.yml')).toBe('evals');
    expect(suiteName('/repo/suites/nightly.yaml')).toBe('nightly.yaml');
    expect(suiteName('groundtruth.yaml')).toBe('groundtruth.yaml');
  });
});
