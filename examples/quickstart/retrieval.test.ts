// Tests of the retrieval building blocks on small corpora whose BM25 values can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { Bm25Index, editDistance, isStopword, stem, terms, tokenize } from './retrieval.js';

describe('tokenize', () => {
  it('lower-cases, strips accents and possessives, and joins contractions', () => {
    expect(tokenize("Don't share Zoë's files, OK?")).toEqual(['dont', 'share', 'zoe', 'files', 'ok']);
  });

  it('keeps numbers and alphanumeric words, and drops punctuation-only input', () => {
    expect(tokenize('2FA on iOS 16+ (AES-256)')).toEqual(['2fa', 'on', 'ios', '16', 'aes', '256']);
    expect(tokenize('?! --')).toEqual([]);
  });
});

describe('stem', () => {
  it('puts the inflections of a word on one term', () => {
    expect(['share', 'shared', 'sharing', 'shares'].map(stem)).toEqual(['shar', 'shar', 'shar', 'shar']);
    expect(['file', 'files'].map(stem)).toEqual(['fil', 'fil']);
    expect(['encrypted', 'encryption'].map(stem)).toEqual(['encrypt', 'encrypt']);
  });

  it('handles -ies plurals and doubled consonants', () => {
    expect(stem('policies')).toBe('policy');
    expect(stem('stopped')).toBe('stop');
    expect(stem('planned')).toBe('plan');
    expect(stem('billing')).toBe('bill');
    expect(stem('passes')).toBe('pass');
  });

  it('leaves short words, words with digits and -ss/-us/-is endings alone', () => {
    expect(stem('use')).toBe('use');
    expect(stem('2fa')).toBe('2fa');
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('terms', () => {
  it('drops stopwords (contractions included) and stems the rest', () => {
    expect(isStopword('doesnt')).toBe(true);
    expect(isStopword('free')).toBe(false);
    expect(terms("Why doesn't my shared folder sync?")).toEqual(['shar', 'folder', 'sync']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('refnud', 'refund')).toBe(1);
    expect(editDistance('recieve', 'receive')).toBe(1);
  });

  it('handles words longer than its preallocated rows', () => {
    expect(editDistance('a'.repeat(40), `${'a'.repeat(39)}b`)).toBe(1);
    expect(editDistance('x'.repeat(70), 'y'.repeat(70), 3)).toBe(4);
    expect(editDistance('refnud', 'refund')).toBe(1);
  });

  it('stops past the limit and says limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('Bm25Index', () => {
  const twoDocuments = new Bm25Index([
    { id: 'first', fields: [{ text: 'alpha beta', weight: 1 }] },
    { id: 'second', fields: [{ text: 'gamma', weight: 1 }] },
  ]);

  it('scores with Lucene IDF and BM25 length normalisation (k1 = 1.2, b = 0.75)', () => {
    // idf(alpha) = ln(1 + (2 - 1 + 0.5) / 1.5) = ln 2; |first| = 2, average length 1.5,
    // so the denominator is 1 + 1.2 * (0.25 + 0.75 * 2 / 1.5) = 2.5 and the score ln 2 * 2.2 / 2.5.
    expect(twoDocuments.idf('alpha')).toBeCloseTo(Math.log(2), 12);
    const [hit, ...rest] = twoDocuments.search('alpha');
    expect(hit?.id).toBe('first');
    expect(hit?.score).toBeCloseTo((Math.log(2) * 2.2) / 2.5, 12);
    expect(hit?.coverage).toBe(1);
    expect(rest).toEqual([]);
  });

  it('counts unknown query words at the IDF of an unseen term when computing coverage', () => {
    // Unseen IDF = ln(1 + 2.5 / 0.5) = ln 6.
    const [hit] = twoDocuments.search('alpha zebra', { typoTolerance: false });
    expect(hit?.coverage).toBeCloseTo(Math.log(2) / (Math.log(2) + Math.log(6)), 12);
  });

  it('returns nothing for a query without known content words', () => {
    expect(twoDocuments.search('what is the')).toEqual([]);
    expect(twoDocuments.search('zebra')).toEqual([]);
    expect(twoDocuments.search('')).toEqual([]);
  });

  const faq = new Bm25Index([
    { id: 'password', fields: [{ text: 'How do I reset my password?', weight: 2 }] },
    { id: 'refund', fields: [{ text: 'Can I get a refund within 30 days?', weight: 2 }] },
    { id: 'refund-copy', fields: [{ text: 'Can I get a refund within 30 days?', weight: 2 }] },
    { id: 'sharing', fields: [{ text: 'Share a folder with a link', weight: 2 }] },
  ]);

  it('ranks the document that matches the rarer terms first, and breaks ties by corpus order', () => {
    expect(faq.search('reset password').map((hit) => hit.id)).toEqual(['password']);
    expect(faq.search('refund').map((hit) => hit.id)).toEqual(['refund', 'refund-copy']);
    expect(faq.search('refund', { limit: 1 }).map((hit) => hit.id)).toEqual(['refund']);
  });

  it('corrects a misspelled word to the closest known spelling', () => {
    expect(faq.analyze('pasword refnud')).toEqual([
      { word: 'pasword', term: 'password', corrected: true },
      { word: 'refnud', term: 'refund', corrected: true },
    ]);
    expect(faq.search('resett my pasword')[0]?.id).toBe('password');
  });

  it('does not guess corrections for short words, words with digits, or when tolerance is off', () => {
    expect(faq.analyze('shre passw0rd')).toEqual([
      { word: 'shre', term: undefined, corrected: false },
      { word: 'passw0rd', term: undefined, corrected: false },
    ]);
    expect(faq.analyze('pasword', false)).toEqual([{ word: 'pasword', term: undefined, corrected: false }]);
    expect(faq.search('pasword', { typoTolerance: false })).toEqual([]);
  });

  it('allows two edits only for words of eight letters or more', () => {
    expect(faq.analyze('pssword')[0]?.term).toBe('password');
    expect(faq.analyze('psword')[0]?.term).toBeUndefined();
    expect(faq.analyze('paswordd')[0]?.term).toBe('password');
  });
});
