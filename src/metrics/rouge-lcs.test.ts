import { describe, expect, it } from 'vitest';
import { lcsLength, markLcs, summaryLcsHits } from './rouge-lcs.js';

const ids = (...values: number[]) => Int32Array.from(values);

function lcsPositions(reference: Int32Array, candidate: Int32Array): number[] {
  const hit = new Uint8Array(reference.length);
  markLcs(reference, candidate, hit);
  return [...hit.keys()].filter((i) => hit[i] === 1);
}

// Expected values: google-research rouge/rouge_scorer_test.py (testLcsTable, testUnionLcs,
// testSummaryLevelLcs) unless marked otherwise.
describe('lcsLength', () => {
  it('measures the longest common subsequence', () => {
    expect(lcsLength(ids(1, 2, 3, 4, 5), ids(2, 5, 3, 4))).toBe(3);
    expect(lcsLength(ids(1, 2, 3, 4, 5), ids(8, 9))).toBe(0);
    expect(lcsLength(ids(), ids(1))).toBe(0);
    expect(lcsLength(ids(1, 2, 1, 2), ids(2, 1, 2, 1))).toBe(3);
  });
});

describe('markLcs', () => {
  it('marks the positions rouge-score backtracks to', () => {
    expect(lcsPositions(ids(1, 2, 3, 4, 5), ids(2, 5, 3, 4))).toEqual([1, 2, 3]);
    expect(lcsPositions(ids(1, 2, 3, 4, 5), ids(8, 9))).toEqual([]);
    expect(lcsPositions(ids(1, 2, 3, 4, 5), ids(1, 2, 6, 7, 8))).toEqual([0, 1]);
    expect(lcsPositions(ids(1, 2, 3, 4, 5), ids(1, 3, 8, 9, 5))).toEqual([0, 2, 4]);
  });

  it('breaks ties by moving up unless left is strictly longer', () => {
    // rouge-score 0.1.2 lcs_ind(ref, can), run locally; moving left on ties would give [1] and [2].
    expect(lcsPositions(ids(1, 2), ids(2, 1))).toEqual([0]);
    expect(lcsPositions(ids(1, 2, 3), ids(3, 2, 1))).toEqual([0]);
    expect(lcsPositions(ids(1, 2, 1), ids(2, 1))).toEqual([1, 2]);
  });

  it('adds to the marks already set (the union over candidate sentences)', () => {
    const hit = new Uint8Array(5);
    markLcs(ids(1, 2, 3, 4, 5), ids(1, 2, 6, 7, 8), hit);
    markLcs(ids(1, 2, 3, 4, 5), ids(1, 3, 8, 9, 5), hit);
    expect([...hit]).toEqual([1, 1, 1, 0, 1]);
  });
});

describe('summaryLcsHits', () => {
  it('counts union-LCS hits across candidate sentences', () => {
    // 4 hits: recall 4/5 and precision 4/10 in testSummaryLevelLcs.
    expect(summaryLcsHits([ids(1, 2, 3, 4, 5)], [ids(1, 2, 6, 7, 8), ids(1, 3, 8, 9, 5)], 10)).toBe(4);
    expect(summaryLcsHits([ids(0)], [ids()], 1)).toBe(0);
  });

  it('counts a token only while both summaries have an unused occurrence of it', () => {
    // Reference "x x" / "x", candidate "x": each union LCS finds one x, but the candidate has one.
    expect(summaryLcsHits([ids(0, 0), ids(0)], [ids(0)], 1)).toBe(1);
    expect(summaryLcsHits([ids(0, 1, 0, 1), ids(0, 1)], [ids(0, 0), ids(1, 1), ids(0, 1)], 2)).toBe(6);
  });
});
