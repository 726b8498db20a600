import { describe, expect, it } from 'vitest';
import { diffWords, sideOf, tokenizeWords } from './word-diff';

describe('tokenizeWords', () => {
  it('splits words, whitespace runs and single punctuation characters', () => {
    expect(tokenizeWords('Reset it,  then retry!')).toEqual([
      'Reset',
      ' ',
      'it',
      ',',
      '  ',
      'then',
      ' ',
      'retry',
      '!',
    ]);
  });

  it('keeps words of any script together', () => {
    expect(tokenizeWords('über naïve 東京 déjà-vu')).toEqual([
      'über',
      ' ',
      'naïve',
      ' ',
      '東京',
      ' ',
      'déjà',
      '-',
      'vu',
    ]);
  });

  it('loses no character: the tokens join back into the text', () => {
    const text = 'a\tb\n\nc — <img src=x onerror=alert(1)> 42.5%';
    expect(tokenizeWords(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('returns one unchanged segment for equal texts', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });

  it('marks a replaced word as a removal followed by an addition', () => {
    expect(diffWords('The cat sat down.', 'The dog sat down.')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'cat' },
      { kind: 'added', text: 'dog' },
      { kind: 'same', text: ' sat down.' },
    ]);
  });

  it('finds insertions and deletions in the middle by the longest common subsequence', () => {
    expect(diffWords('open settings then billing', 'open the settings, then billing page')).toEqual([
      { kind: 'same', text: 'open ' },
      { kind: 'added', text: 'the ' },
      { kind: 'same', text: 'settings' },
      { kind: 'added', text: ',' },
      { kind: 'same', text: ' then billing' },
      { kind: 'added', text: ' page' },
    ]);
  });

  it('shows unrelated texts as one replacement instead of fragments around shared small words', () => {
    expect(
      diffWords(
        'Go to Settings and open Billing, then cancel the plan.',
        "I'm sorry, I can only help with plans and billing.",
      ),
    ).toEqual([
      { kind: 'removed', text: 'Go to Settings and open Billing, then cancel the plan' },
      { kind: 'added', text: "I'm sorry, I can only help with plans and billing" },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps an unchanged stretch longer than the changes around it', () => {
    expect(
      diffWords('a refund within 30 days of payment', 'a credit within 30 days of payment today'),
    ).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'refund' },
      { kind: 'added', text: 'credit' },
      { kind: 'same', text: ' within 30 days of payment' },
      { kind: 'added', text: ' today' },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('falls back to one removal and one addition when the table would be too large', () => {
    expect(diffWords('keep a b c end', 'keep x y z end', 4)).toEqual([
      { kind: 'same', text: 'keep ' },
      { kind: 'removed', text: 'a b c' },
      { kind: 'added', text: 'x y z' },
      { kind: 'same', text: ' end' },
    ]);
  });

  it('rebuilds each text from its side', () => {
    const before = 'Go to Settings > Billing and click "Update card".';
    const after = 'Open Billing in Settings, then click "Update payment method".';
    const segments = diffWords(before, after);
    expect(
      sideOf(segments, 'before')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      sideOf(segments, 'after')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
    expect(sideOf(segments, 'before').some((s) => s.kind === 'added')).toBe(false);
    expect(sideOf(segments, 'after').some((s) => s.kind === 'removed')).toBe(false);
  });

  it('diffs two long texts within the cell budget quickly', () => {
    const words = Array.from({ length: 900 }, (_, i) => `w${i % 97}`);
    const before = words.join(' ');
    const after = words.map((w, i) => (i % 50 === 0 ? 'CHANGED' : w)).join(' ');
    const started = performance.now();
    const segments = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text)).toEqual(
      Array.from({ length: 18 }, () => 'CHANGED'),
    );
  });
});
