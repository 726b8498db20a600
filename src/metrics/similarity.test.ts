import { describe, expect, it } from 'vitest';
import { levenshteinDistance, levenshteinSimilarity } from './similarity.js';

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshteinDistance('kitten', 'sitting')).toBe(3);
    expect(levenshteinDistance('', 'abc')).toBe(3);
    expect(levenshteinDistance('flaw', 'lawn')).toBe(2);
  });

  it('counts a character outside the BMP as one', () => {
    expect(levenshteinDistance('a😀b', 'a😁b')).toBe(1);
    expect(levenshteinSimilarity('😀😀', '😀')).toBeCloseTo(0.5, 12);
  });

  it('normalises by the longer string', () => {
    expect(levenshteinSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
    expect(levenshteinSimilarity('', '')).toBe(1);
    expect(levenshteinSimilarity('abc', '')).toBe(0);
  });
});
