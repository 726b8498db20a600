import { describe, expect, it } from 'vitest';
import type { Case } from '../core/index.js';
import { seededRandom } from '../stats/random.js';
import { findNearDuplicates, NearDuplicateFinder } from './dedupe.js';
import { tokenize } from './ngrams.js';

const c = (id: string, question: string, more: Record<string, unknown> = {}): Case => ({
  id,
  vars: { question, ...more },
  tags: [],
});

const LONG =
  'Our support team answers every ticket within one business day and the status page lists incidents ' +
  'as they happen so customers always know whether a problem is on their side or ours before they call us ' +
  'by phone or email';

describe('findNearDuplicates', () => {
  it('groups near-identical inputs and leaves distinct questions alone', async () => {
    const report = await findNearDuplicates([
      c('capital-fr', 'What is the capital of France?'),
      c('refund', 'Can I get my money back after a month?'),
      c('capital-fr-shouty', 'WHAT is the capital of france'),
      c('capital-es', 'What is the capital of Spain?'),
      c('policy', LONG),
      c('policy-edited', LONG.replace('every ticket', 'each ticket')),
      c('dog-man', 'the dog bites the man'),
      c('man-dog', 'the man bites the dog'),
    ]);
    expect(report.cases).toBe(8);
    expect(report.threshold).toBe(0.9);
    expect(report.shingleSize).toBe(2);
    // 40 words: the edit changes 2 of 39 bigrams, so 37 are shared out of 41.
    expect(report.groups).toEqual([
      {
        cases: ['capital-fr', 'capital-fr-shouty'],
        similarity: 1,
        pairs: [{ cases: ['capital-fr', 'capital-fr-shouty'], similarity: 1 }],
      },
      {
        cases: ['policy', 'policy-edited'],
        similarity: 37 / 41,
        pairs: [{ cases: ['policy', 'policy-edited'], similarity: 37 / 41 }],
      },
    ]);
    expect(tokenize(LONG)).toHaveLength(40);
  });

  it('applies the threshold inclusively with exact Jaccard values', async () => {
    const cases = [c('a', 'a b c d'), c('b', 'a b c e'), c('x', 'w x y z')];
    const unigrams = await findNearDuplicates(cases, { threshold: 0.6, shingleSize: 1 });
    expect(unigrams.groups).toEqual([
      { cases: ['a', 'b'], similarity: 0.6, pairs: [{ cases: ['a', 'b'], similarity: 0.6 }] },
    ]);
    expect((await findNearDuplicates(cases, { threshold: 0.61, shingleSize: 1 })).groups).toEqual([]);
    // Bigrams: {ab, bc, cd} and {ab, bc, ce} share 2 of 4.
    const bigrams = await findNearDuplicates(cases, { threshold: 0.5 });
    expect(bigrams.groups[0]!.similarity).toBe(0.5);
  });

  it('joins chains into one group, listing the pairs that join it and the lowest as its similarity', async () => {
    const report = await findNearDuplicates(
      [c('x', 'a b c d e'), c('y', 'a b c d f'), c('z', 'a b c g f'), c('far', 'p q r s t')],
      { threshold: 0.6, shingleSize: 1 },
    );
    // x~y: 4/6; y~z: 4/6; x~z: 3/7, below the threshold.
    expect(report.groups).toEqual([
      {
        cases: ['x', 'y', 'z'],
        similarity: 4 / 6,
        pairs: [
          { cases: ['x', 'y'], similarity: 4 / 6 },
          { cases: ['y', 'z'], similarity: 4 / 6 },
        ],
      },
    ]);
  });

  it('pairs identical copies with their first occurrence, whatever their vars are called', async () => {
    const report = await findNearDuplicates([
      c('one', 'Is the Pro plan worth it?'),
      c('two', 'is the pro plan worth it'),
      { id: 'three', vars: { prompt: 'Is the PRO plan worth it!' }, tags: [] },
      c('four', 'Is the Pro plan worth it, really?'),
    ]);
    expect(report.groups).toEqual([
      {
        cases: ['one', 'two', 'three'],
        similarity: 1,
        pairs: [
          { cases: ['one', 'two'], similarity: 1 },
          { cases: ['one', 'three'], similarity: 1 },
        ],
      },
    ]);
  });

  it('reads every string var in key order as the input, and lists cases without words', async () => {
    const report = await findNearDuplicates([
      c('split', 'the capital', { context: 'Tell me' }),
      { id: 'joined', vars: { a: 'Tell me', b: 'the capital' }, tags: [] },
      c('empty', '  ?! '),
      { id: 'numbers-only', vars: { n: 42 }, tags: [] },
    ]);
    expect(report.groups.map((g) => g.cases)).toEqual([['split', 'joined']]);
    expect(report.casesWithoutWords).toEqual(['empty', 'numbers-only']);
  });

  it('treats a text shorter than a shingle as one shingle', async () => {
    const report = await findNearDuplicates([c('a', 'Hello'), c('b', 'hello!'), c('c', 'hello world')], {
      shingleSize: 3,
    });
    expect(report.groups.map((g) => g.cases)).toEqual([['a', 'b']]);
  });

  it('finds exactly the groups an all-pairs comparison finds', async () => {
    const random = seededRandom(7);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const texts: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (i > 0 && random.next() < 0.4) {
        // A near copy of an earlier text: one word replaced, dropped or added.
        const words = texts[random.int(texts.length)]!.split(' ');
        const at = random.int(words.length);
        const edit = random.int(3);
        if (edit === 0) words[at] = vocabulary[random.int(vocabulary.length)]!;
        else if (edit === 1 && words.length > 1) words.splice(at, 1);
        else words.splice(at, 0, vocabulary[random.int(vocabulary.length)]!);
        texts.push(words.join(' '));
      } else {
        const length = 3 + random.int(25);
        texts.push(Array.from({ length }, () => vocabulary[random.int(vocabulary.length)]!).join(' '));
      }
    }
    const cases = texts.map((text, i) => c(`c${i}`, text));
    for (const [threshold, shingleSize] of [
      [0.9, 2],
      [0.7, 2],
      [0.5, 3],
      [0.8, 1],
      [1, 2],
    ] as const) {
      const report = await findNearDuplicates(cases, { threshold, shingleSize });
      const truth = bruteForce(texts, threshold, shingleSize);
      expect(report.groups.map((g) => g.cases)).toEqual(truth.groups);
      expect(report.groups.length).toBeGreaterThan(threshold === 1 ? 0 : 10);
      for (const group of report.groups) {
        // The pairs are true similarities at or above the threshold that connect the whole group.
        expect(group.pairs).toHaveLength(group.cases.length - 1);
        const connected = new Set([group.cases[0]]);
        for (const { cases: pair, similarity } of group.pairs) {
          expect(similarity).toBe(truth.jaccard(pair[0], pair[1]));
          expect(similarity).toBeGreaterThanOrEqual(threshold);
          expect(group.cases.indexOf(pair[0])).toBeLessThan(group.cases.indexOf(pair[1]));
          connected.add(pair[0]).add(pair[1]);
        }
        expect([...connected].sort()).toEqual([...group.cases].sort());
        expect(group.similarity).toBe(Math.min(...group.pairs.map((p) => p.similarity)));
      }
    }
  });

  it('keeps templated datasets cheap: one slot apart is not all pairs, and a big group lists n - 1 pairs', () => {
    const template = (i: number) =>
      `Question number ${i}: what is the capital of France, and why is it so famous for its food, wine, art and history?`;
    // 22 words, 21 bigrams, 19 shared by all: Jaccard 19/23 = 0.826 between any two.
    const strict = new NearDuplicateFinder();
    const loose = new NearDuplicateFinder({ threshold: 0.8 });
    for (let i = 0; i < 5_000; i++) {
      strict.add(`q${i}`, template(i));
      loose.add(`q${i}`, template(i));
    }
    let started = performance.now();
    expect(strict.finish().groups).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
    started = performance.now();
    const [group, ...others] = loose.finish().groups;
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(others).toEqual([]);
    expect(group!.cases).toHaveLength(5_000);
    expect(group!.pairs).toHaveLength(4_999);
    expect(group!.similarity).toBe(19 / 23);
  });

  it('rejects a threshold outside (0, 1] and a bad shingle size', () => {
    expect(() => new NearDuplicateFinder({ threshold: 0 })).toThrow('threshold must be in (0, 1], got 0');
    expect(() => new NearDuplicateFinder({ threshold: 1.5 })).toThrow('threshold must be in (0, 1], got 1.5');
    expect(() => new NearDuplicateFinder({ shingleSize: 0 })).toThrow(
      'shingleSize must be an integer from 1 to 32, got 0',
    );
  });

  it('handles 10,000 cases of about 20 words quickly, finding the planted pairs', () => {
    const random = seededRandom(11);
    const vocabulary = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
    const finder = new NearDuplicateFinder();
    const texts: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const text =
        i % 100 === 99
          ? `${texts[i - 1]!}.`.toUpperCase()
          : Array.from({ length: 15 + random.int(11) }, () => vocabulary[random.int(5_000)]!).join(' ');
      texts.push(text);
      finder.add(`c${i}`, text);
    }
    const started = performance.now();
    const report = finder.finish();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report.groups).toHaveLength(100);
    expect(report.groups[0]!.cases).toEqual(['c98', 'c99']);
  });
});

/** Every pair compared: groups are the connected components of the pairs at or above the threshold. */
function bruteForce(texts: string[], threshold: number, size: number) {
  const sets = texts.map((text) => {
    const words = tokenize(text);
    if (words.length < size) return new Set([words.join(' ')]);
    const shingles = new Set<string>();
    for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
    return shingles;
  });
  const similarity = (i: number, j: number) => {
    let shared = 0;
    for (const s of sets[i]!) if (sets[j]!.has(s)) shared++;
    return shared / (sets[i]!.size + sets[j]!.size - shared);
  };
  const parent = texts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i]!));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      if (similarity(i, j) < threshold) continue;
      const [a, b] = [root(i), root(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const members = new Map<number, string[]>();
  texts.forEach((_, i) => {
    const r = root(i);
    members.set(r, [...(members.get(r) ?? []), `c${i}`]);
  });
  return {
    groups: [...members.values()].filter((ids) => ids.length > 1),
    jaccard: (a: string, b: string) => similarity(Number(a.slice(1)), Number(b.slice(1))),
  };
}
