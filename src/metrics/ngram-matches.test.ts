import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/random.js';
import { ClippedNgramMatcher, CodePointVocabulary, SegmentVocabulary } from './ngram-matches.js';

/** The definition, with string n-grams: Σ over hypothesis n-grams of min(count, max count in a reference). */
function bruteForceMatches(hypothesis: number[], references: number[][], maxOrder: number): number[] {
  const counts = (tokens: number[], n: number) => {
    const map = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = tokens.slice(i, i + n).join(' ');
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    return map;
  };
  const matches: number[] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const referenceMax = new Map<string, number>();
    for (const reference of references) {
      for (const [key, count] of counts(reference, n))
        referenceMax.set(key, Math.max(referenceMax.get(key) ?? 0, count));
    }
    let sum = 0;
    for (const [key, count] of counts(hypothesis, n)) sum += Math.min(count, referenceMax.get(key) ?? 0);
    matches.push(sum);
  }
  return matches;
}

/** Runs the matcher on token sequences of arbitrary numbers, giving them ids the way BLEU does. */
function matcherMatches(
  matcher: ClippedNgramMatcher,
  hypothesis: number[],
  references: number[][],
  maxOrder: number,
): number[] {
  const ids = new Map<number, number>();
  const flat: number[] = [];
  const ends: number[] = [];
  for (const reference of references) {
    for (const token of reference) {
      if (!ids.has(token)) ids.set(token, ids.size);
      flat.push(ids.get(token)!);
    }
    ends.push(flat.length);
  }
  const hypothesisIds = Int32Array.from(hypothesis, (token) => ids.get(token) ?? -1);
  const matches = new Array<number>(maxOrder).fill(0);
  matcher.addMatches(
    hypothesisIds,
    hypothesisIds.length,
    Int32Array.from(flat),
    ends,
    references.length,
    ids.size,
    maxOrder,
    matches,
  );
  return matches;
}

describe('ClippedNgramMatcher', () => {
  it('clips each n-gram by its count in the reference', () => {
    const matcher = new ClippedNgramMatcher();
    // "the the the the" against "the cat the": 2 unigrams, no bigram
    expect(matcherMatches(matcher, [1, 1, 1, 1], [[1, 2, 1]], 4)).toEqual([2, 0, 0, 0]);
    expect(matcherMatches(matcher, [1, 2, 3, 4], [[1, 2, 3, 4]], 4)).toEqual([4, 3, 2, 1]);
    expect(matcherMatches(matcher, [1, 2, 3], [[3, 2, 1]], 3)).toEqual([3, 0, 0]);
  });

  it('takes the largest count over the references, n-gram by n-gram', () => {
    const matcher = new ClippedNgramMatcher();
    // a a b b: reference 1 allows "a" twice, reference 2 allows "b" twice and "b b" once
    expect(
      matcherMatches(
        matcher,
        [1, 1, 2, 2],
        [
          [1, 1, 3],
          [2, 2, 3],
        ],
        2,
      ),
    ).toEqual([4, 2]);
  });

  it('adds to the counts it is given and handles empty sequences', () => {
    const matcher = new ClippedNgramMatcher();
    const matches = [10, 20];
    matcher.addMatches(Int32Array.of(0, 1), 2, Int32Array.of(0, 1), [2], 1, 2, 2, matches);
    expect(matches).toEqual([12, 21]);
    expect(matcherMatches(matcher, [], [[1, 2]], 2)).toEqual([0, 0]);
    expect(matcherMatches(matcher, [1, 2], [[]], 2)).toEqual([0, 0]);
    expect(matcherMatches(matcher, [1, 2], [[], [2]], 2)).toEqual([1, 0]);
  });

  it('agrees with string n-gram counting on 3,000 random segments (orders up to 7, up to 4 references)', () => {
    const matcher = new ClippedNgramMatcher();
    const generator = seededRandom(7);
    const random = () => generator.next();
    const sequence = (alphabet: number) =>
      Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() ** 2 * alphabet));
    for (let i = 0; i < 3000; i++) {
      const alphabet = 1 + Math.floor(random() * 12);
      const maxOrder = 1 + Math.floor(random() * 7);
      const hypothesis = sequence(alphabet);
      const references = Array.from({ length: 1 + Math.floor(random() * 4) }, () => sequence(alphabet));
      expect(matcherMatches(matcher, hypothesis, references, maxOrder)).toEqual(
        bruteForceMatches(hypothesis, references, maxOrder),
      );
    }
  });

  it('stays exact when one long segment follows many short ones (buffers grow, stale slots ignored)', () => {
    const matcher = new ClippedNgramMatcher();
    const generator = seededRandom(99);
    const random = () => generator.next();
    for (let i = 0; i < 200; i++) matcherMatches(matcher, [1, 2, 3], [[1, 2, 3, 1, 2]], 4);
    const long = Array.from({ length: 5000 }, () => Math.floor(random() * 50));
    const reference = long.map((token) => (random() < 0.1 ? token + 1 : token));
    expect(matcherMatches(matcher, long, [reference], 6)).toEqual(bruteForceMatches(long, [reference], 6));
  });
});

describe('SegmentVocabulary', () => {
  it('gives dense ids per segment and -1 to strings the segment has not added', () => {
    const vocabulary = new SegmentVocabulary();
    vocabulary.reset();
    expect([vocabulary.add('cat'), vocabulary.add('dog'), vocabulary.add('cat')]).toEqual([0, 1, 0]);
    expect(vocabulary.size).toBe(2);
    expect(vocabulary.find('dog')).toBe(1);
    expect(vocabulary.find('bird')).toBe(-1);
    vocabulary.reset();
    expect(vocabulary.size).toBe(0);
    expect(vocabulary.find('cat')).toBe(-1);
    expect([vocabulary.add('dog'), vocabulary.add('bird')]).toEqual([0, 1]);
    expect(vocabulary.find('cat')).toBe(-1);
  });

  it('keeps ids right after remembering more strings than it keeps between segments', () => {
    const vocabulary = new SegmentVocabulary();
    for (let segment = 0; segment < 70; segment++) {
      vocabulary.reset();
      for (let i = 0; i < 2000; i++) vocabulary.add(`w${segment}-${i}`);
      expect(vocabulary.size).toBe(2000);
      expect(vocabulary.find(`w${segment}-1999`)).toBe(1999);
      expect(vocabulary.find(`w${segment - 1}-0`)).toBe(-1);
    }
  });
});

describe('CodePointVocabulary', () => {
  it('gives dense ids to BMP and astral code points, per reference', () => {
    const vocabulary = new CodePointVocabulary();
    const emoji = '😀'.codePointAt(0)!;
    vocabulary.reset();
    expect([
      vocabulary.add(0x61),
      vocabulary.add(emoji),
      vocabulary.add(0x61),
      vocabulary.add(0x4e2d),
    ]).toEqual([0, 1, 0, 2]);
    expect(vocabulary.size).toBe(3);
    expect([vocabulary.find(emoji), vocabulary.find(0x4e2d), vocabulary.find(0x62)]).toEqual([1, 2, -1]);
    vocabulary.reset();
    expect([vocabulary.find(0x61), vocabulary.find(emoji)]).toEqual([-1, -1]);
    expect(vocabulary.add(emoji)).toBe(0);
  });
});
