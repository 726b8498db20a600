import { describe, expect, it } from 'vitest';
import { collectScores } from './use-score-sample';

describe('collectScores', () => {
  it('groups score values by scorer, then by target, skipping values that are not numbers', () => {
    const items = [
      { targetId: 'a', promptId: 'p', scores: [{ name: 'key-fact', value: 1, pass: true }] },
      {
        targetId: 'b',
        promptId: 'p',
        scores: [
          { name: 'key-fact', value: 0.5, pass: false },
          { name: 'bleu', value: Number.NaN, pass: false },
        ],
      },
      { targetId: 'a', promptId: 'p', scores: [{ name: 'key-fact', value: 0, pass: false }] },
    ];
    const byScorer = collectScores(items, (t) => t.targetId);
    expect([...byScorer.keys()]).toEqual(['key-fact']);
    expect([...byScorer.get('key-fact')!]).toEqual([
      ['a', [1, 0]],
      ['b', [0.5]],
    ]);
  });
});
