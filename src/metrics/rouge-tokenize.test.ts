import { describe, expect, it } from 'vitest';
import { rougeTokenize } from './rouge-tokenize.js';

describe('rougeTokenize', () => {
  // google-research rouge/tokenize_test.py and rouge/tokenizers_test.py
  it('lowercases and splits on anything but ASCII letters and digits', () => {
    expect(rougeTokenize('one Two three')).toEqual(['one', 'two', 'three']);
    expect(rougeTokenize('one\n Two \nthree')).toEqual(['one', 'two', 'three']);
    expect(rougeTokenize('this is a test')).toEqual(['this', 'is', 'a', 'test']);
  });

  it('stems only tokens longer than three characters', () => {
    expect(rougeTokenize('the friends had a meeting', true)).toEqual(['the', 'friend', 'had', 'a', 'meet']);
    // rouge-score 0.1.2 tokenize.tokenize(text, PorterStemmer()), run locally: 'ties' (4) is stemmed, 'flies' → 'fli'.
    expect(rougeTokenize('Ties, FLIES and dies; was running', true)).toEqual([
      'tie',
      'fli',
      'and',
      'die',
      'was',
      'run',
    ]);
    expect(rougeTokenize('the friends had a meeting', false)).toEqual([
      'the',
      'friends',
      'had',
      'a',
      'meeting',
    ]);
  });

  it('keeps digits, splits on punctuation and drops everything outside ASCII', () => {
    expect(rougeTokenize("U.S.A. GDP grew 3.5% in the 1990s (e-mail: x@y.z), don't")).toEqual([
      'u',
      's',
      'a',
      'gdp',
      'grew',
      '3',
      '5',
      'in',
      'the',
      '1990s',
      'e',
      'mail',
      'x',
      'y',
      'z',
      'don',
      't',
    ]);
    expect(rougeTokenize('Café naïve 中文 😀 ß')).toEqual(['caf', 'na', 've']);
    expect(rougeTokenize('')).toEqual([]);
    expect(rougeTokenize(' \t\n—…')).toEqual([]);
  });

  it("follows Python's lowercasing of the two characters that become ASCII", () => {
    // 'İ'.lower() == 'i\u0307' and '\u212a'.lower() == 'k' in Python 3.11 (and in JavaScript).
    expect(rougeTokenize('İstanbul')).toEqual(['i', 'stanbul']);
    expect(rougeTokenize('\u212Aelvin')).toEqual(['kelvin']);
  });
});
