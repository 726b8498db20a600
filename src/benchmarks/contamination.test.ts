import { describe, expect, it } from 'vitest';
import type { Case } from '../core/index.js';
import { seededRandom } from '../stats/random.js';
import { ContaminationIndex } from './contamination.js';

const random = seededRandom(2024);
const VOCABULARY = Array.from({ length: 3_000 }, (_, i) => `tok${i.toString(36)}`);
const words = (n: number) => Array.from({ length: n }, () => VOCABULARY[random.int(VOCABULARY.length)]!);

const c = (id: string, question: string, expected?: string): Case => ({
  id,
  vars: { question },
  tags: [],
  ...(expected === undefined ? {} : { expected }),
});

/** Scans documents, each written in pieces of `piece` characters. */
function scan(index: ContaminationIndex, documents: string[], piece = 7) {
  const scanner = index.scanner();
  for (const document of documents) {
    scanner.startDocument();
    for (let i = 0; i < document.length; i += piece) scanner.write(document.slice(i, i + piece));
    scanner.endDocument();
  }
  return scanner;
}

/** Replaces every 12th word, so every 13-gram of the result differs from the original in one word. */
function nearMiss(text: string[]): string[] {
  return text.map((word, i) => (i % 12 === 5 ? `${word}x` : word));
}

describe('ContaminationIndex', () => {
  it('flags exactly the planted cases, with their overlap, and not the near-misses', () => {
    const planted = words(30);
    const partial = words(20);
    const missed = words(40);
    const shortPlanted = words(10);
    const tooShort = words(5);
    const clean = words(25);
    const index = new ContaminationIndex();
    index.addCase(c('planted', planted.join(' '), 'Paris'));
    index.addCase(c('partial-gold', clean.join(' '), partial.join(' ')));
    index.addCase(c('near-miss', missed.join(' ')));
    index.addCase(c('short-planted', shortPlanted.join(' ')));
    index.addCase(c('too-short', tooShort.join(' ')));
    index.addCase(c('clean', words(30).join(' ')));
    expect(index.counts).toEqual({ cases: 6, fieldsChecked: 6, fieldsTooShort: 2 });

    const filler = () => words(200).join(' ');
    const corpus = [
      // Split over lines, with other casing and punctuation: still the same words.
      `${filler()}\n${planted.slice(0, 11).join(' ').toUpperCase()},\n  ${planted.slice(11).join('. ')}\n${filler()}`,
      `${filler()} ${partial.slice(0, 14).join(' ')} ${filler()}`,
      `${filler()} ${nearMiss(missed).join(' ')} ${filler()}`,
      `${filler()} ${shortPlanted.join(' ')} ${tooShort.join(' ')} ${filler()}`,
    ];
    const scanner = scan(index, corpus);
    expect(scanner.documents).toBe(4);
    expect(scanner.wordsScanned).toBe(8 * 200 + 30 + 14 + 40 + 10 + 5);
    // 30 words: 18 13-grams; the gold answer's first 14 words: 2 of its 8.
    expect(index.findings()).toEqual([
      { caseId: 'planted', field: 'input', overlap: 1, matched: 18, total: 18 },
      { caseId: 'partial-gold', field: 'expected', overlap: 0.25, matched: 2, total: 8 },
      { caseId: 'short-planted', field: 'input', overlap: 1, matched: 1, total: 1 },
    ]);
  });

  it('never matches across two documents, and matches across any split inside one', () => {
    const text = words(26);
    const index = new ContaminationIndex();
    index.addCase(c('a', text.join(' ')));
    scan(index, [text.slice(0, 13).join(' '), text.slice(13).join(' ')]);
    expect(index.findings()).toEqual([
      { caseId: 'a', field: 'input', overlap: 2 / 14, matched: 2, total: 14 },
    ]);

    const split = new ContaminationIndex();
    split.addCase(c('a', text.join(' ')));
    scan(split, [text.slice(6, 20).join(' ')], 1);
    expect(split.findings()).toEqual([
      { caseId: 'a', field: 'input', overlap: 2 / 14, matched: 2, total: 14 },
    ]);
  });

  it('counts a repeated n-gram of a field once and flags every case that shares a matched n-gram', () => {
    const phrase = words(13).join(' ');
    const index = new ContaminationIndex();
    index.addCase(c('twice', `${phrase} ${phrase}`));
    index.addCase(c('copy', phrase, phrase));
    index.addCase(c('other', words(13).join(' ')));
    scan(index, [`intro ${phrase} outro`]);
    // 26 words give 14 positions but 13 distinct 13-grams (the first and last are the same).
    expect(index.findings()).toEqual([
      { caseId: 'twice', field: 'input', overlap: 1 / 13, matched: 1, total: 13 },
      { caseId: 'copy', field: 'input', overlap: 1, matched: 1, total: 1 },
      { caseId: 'copy', field: 'expected', overlap: 1, matched: 1, total: 1 },
    ]);
  });

  it('uses the n-gram size given, and checks fields from min(8, N) words', () => {
    const text = words(9);
    const index = new ContaminationIndex({ ngram: 5 });
    index.addCase(c('a', text.join(' ')));
    index.addCase(c('b', words(5).join(' ')));
    index.addCase(c('c', words(4).join(' ')));
    expect(index.counts).toEqual({ cases: 3, fieldsChecked: 2, fieldsTooShort: 1 });
    scan(index, [`${text.slice(2, 7).join(' ')}`]);
    expect(index.findings()).toEqual([{ caseId: 'a', field: 'input', overlap: 1 / 5, matched: 1, total: 5 }]);
  });

  it('reports nothing for a clean corpus, and reads nested vars and structured gold answers', () => {
    const question = words(15);
    const gold = words(9);
    const index = new ContaminationIndex();
    index.addCase({
      id: 'chat',
      vars: { messages: [{ content: question.join(' ') }] },
      expected: { answer: gold.join(' ') },
    });
    scan(index, [words(500).join(' ')]);
    expect(index.findings()).toEqual([]);
    scan(index, [gold.join(' '), question.join(' ')]);
    expect(index.findings()).toEqual([
      { caseId: 'chat', field: 'input', overlap: 1, matched: 3, total: 3 },
      { caseId: 'chat', field: 'expected', overlap: 1, matched: 1, total: 1 },
    ]);
  });

  it('keeps its n-gram table exact under heavy load', () => {
    const index = new ContaminationIndex();
    const texts = Array.from({ length: 2_000 }, () => words(20));
    texts.forEach((text, i) => {
      index.addCase(c(`c${i}`, text.join(' ')));
    });
    const planted = [3, 500, 1999];
    scan(
      index,
      [...planted.map((i) => texts[i]!.join(' ')), ...texts.map((t) => nearMiss(t).join(' '))],
      4096,
    );
    expect(index.findings().map((f) => [f.caseId, f.overlap])).toEqual(planted.map((i) => [`c${i}`, 1]));
  });

  it('rejects an n-gram size out of range, and cases added after scanning started', () => {
    expect(() => new ContaminationIndex({ ngram: 0 })).toThrow(
      'ngram must be an integer from 1 to 64, got 0',
    );
    expect(() => new ContaminationIndex({ ngram: 65 })).toThrow(
      'ngram must be an integer from 1 to 64, got 65',
    );
    const index = new ContaminationIndex();
    index.scanner();
    expect(() => index.addCase(c('late', 'x'))).toThrow(
      'the index is sealed: add every case before scanning',
    );
  });
});
