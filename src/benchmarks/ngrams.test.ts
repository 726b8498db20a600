import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/random.js';
import { caseExpectedText, caseInputText, collectStrings } from './case-text.js';
import { hashWords, normalizeText, tokenize, WordHashStream } from './ngrams.js';

class Recorder extends WordHashStream {
  readonly seen: Array<[number, number]> = [];
  readonly batches: number[] = [];
  protected words(first: Int32Array, second: Int32Array, count: number): void {
    for (let i = 0; i < count; i++) this.seen.push([first[i]!, second[i]!]);
    this.batches.push(count);
  }
}

function pairs(text: string): Array<[number, number]> {
  const { first, second } = hashWords(text);
  return Array.from(first, (h, i) => [h, second[i]!]);
}

describe('normalizeText and tokenize', () => {
  it('lowercases and splits on whitespace and punctuation', () => {
    expect(normalizeText("  Don't STOP:\tthe  e-mail\n\nis (really) 'GREAT'!! ")).toBe(
      'don t stop the e mail is really great',
    );
    expect(tokenize('Hello,World -- ok')).toEqual(['hello', 'world', 'ok']);
    expect(tokenize('<p>Paris</p>,"Lyon",{"a":"Nice"}')).toEqual(['p', 'paris', 'p', 'lyon', 'a', 'nice']);
  });

  it('treats exactly the ASCII punctuation of Python string.punctuation as separators', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    expect(punctuation).toHaveLength(32);
    expect(tokenize(`a${punctuation}b`)).toEqual(['a', 'b']);
    expect(tokenize(punctuation)).toEqual([]);
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    expect(tokenize(ascii).join('')).toBe('0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz');
    expect(tokenize('$11.99 costs 5+5=10 ~ok^')).toEqual(['11', '99', 'costs', '5', '5', '10', 'ok']);
  });

  it('handles Unicode: punctuation separates, letters are lowercased, other spaces and controls split', () => {
    expect(tokenize('«Ça VA?»—Élan… ÜBER¿x')).toEqual(['ça', 'va', 'élan', 'über', 'x']);
    expect(tokenize('one\u00a0two\u3000three\u0000four\u2028five')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
    ]);
    // Astral characters (two code units) stay whole; İ lowercases to two units, so it is kept.
    expect(tokenize('Rocket 🚀 İstanbul ΣΟΦΙΑ')).toEqual(['rocket', '🚀', 'İstanbul', 'σοφια']);
  });

  it('returns no words for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(normalizeText(' ... -- !? ')).toBe('');
  });
});

describe('word hashes', () => {
  it('hash a text exactly like its normalised form', () => {
    const text = "Isn't it  ODD, that Ça-va and ÇA VA… differ?";
    expect(pairs(text)).toEqual(pairs(normalizeText(text)));
    expect(pairs(text)).toHaveLength(tokenize(text).length);
  });

  it('agree with tokenize word by word on random Unicode text, split anywhere', () => {
    const random = seededRandom(5);
    const pool = [...'aZé Ç\tß-,.!?…«»—$+=|~\n\u00a0\u2028İΣσ🚀𝔘\u0000_\'"', '\ud800', '\udfff', '😀'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random.int(60) }, () => pool[random.int(pool.length)]!).join('');
      const expected = tokenize(text).flatMap((word) => pairs(word));
      expect(pairs(text)).toEqual(expected);
      const stream = new Recorder();
      for (let i = 0; i < text.length; ) {
        const next = i + 1 + random.int(5);
        stream.write(text.slice(i, next));
        i = next;
      }
      stream.flushWord();
      expect(stream.seen).toEqual(expected);
    }
  });

  it('give equal words equal hashes and different words different ones', () => {
    const [a, b, c, d] = pairs('model Model, models modle');
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(d).not.toEqual(a);
    expect(a![0]).not.toBe(a![1]);
  });

  it('join a word split across writes, and end it at flushWord', () => {
    const whole = new Recorder();
    whole.write('the quick brown fox');
    whole.flushWord();
    const pieces = new Recorder();
    for (const piece of ['the qu', 'ick br', 'o', 'wn', ' fox']) pieces.write(piece);
    expect(pieces.seen).toHaveLength(3);
    pieces.flushWord();
    expect(pieces.seen).toEqual(whole.seen);
    pieces.flushWord();
    expect(pieces.seen).toHaveLength(4);
    // One batch per write that completes words, never an empty one.
    expect(whole.batches).toEqual([3, 1]);
    expect(pieces.batches).toEqual([1, 1, 1, 1]);
  });
});

describe('case text', () => {
  it('reads string vars in sorted key order, nested strings included, numbers left out', () => {
    expect(
      caseInputText({
        vars: { question: 'Why?', context: 'Because.', n: 3, chat: [{ role: 'user', content: 'hi' }] },
      }),
    ).toBe('hi\nuser\nBecause.\nWhy?');
    expect(caseInputText({ vars: {} })).toBe('');
  });

  it('reads expected the same way, undefined when absent', () => {
    expect(caseExpectedText({ expected: 'Paris' })).toBe('Paris');
    expect(caseExpectedText({ expected: { answer: 'Paris', aliases: ['City of Light'] } })).toBe(
      'City of Light\nParis',
    );
    expect(caseExpectedText({ expected: 42 })).toBe('');
    expect(caseExpectedText({})).toBeUndefined();
    expect(collectStrings(null)).toEqual([]);
  });
});
