import { describe, expect, it } from 'vitest';
import { normalizeSquadAnswer, squad } from './squad.js';
import { expectClose } from './test-helpers/rouge-expect.js';

// Expected values: hand-checked, and confirmed with the functions of the official SQuAD v1.1
// evaluate-v1.1.py (normalize_answer, exact_match_score, f1_score, metric_max_over_ground_truths)
// run locally under Python 3.11.
describe('normalizeSquadAnswer', () => {
  it('lowercases, drops ASCII punctuation and articles, and collapses whitespace', () => {
    expect(normalizeSquadAnswer('The  Eiffel-Tower!')).toBe('eiffeltower');
    expect(normalizeSquadAnswer('Anne and an ant, then THE theory')).toBe('anne and ant then theory');
    expect(normalizeSquadAnswer('1,000 km²')).toBe('1000 km²');
    expect(normalizeSquadAnswer('  a  ')).toBe('');
  });

  it('keeps punctuation outside ASCII', () => {
    expect(normalizeSquadAnswer('don’t stop — “now”')).toBe('don’t stop — “now”');
    expect(normalizeSquadAnswer("don't stop")).toBe('dont stop');
  });

  it("removes an article only as a whole word in Python's Unicode sense", () => {
    // 'é' and '½' are word characters; '€' and a combining accent (U+0301) are not.
    expect(normalizeSquadAnswer('théa a€b a½ an_apple a\u0301')).toBe('théa €b a½ anapple \u0301');
  });

  it("splits on Python's whitespace, not JavaScript's", () => {
    expect(normalizeSquadAnswer('Denver\u00a0Broncos')).toBe('denver broncos');
    expect(normalizeSquadAnswer('Denver\u001cBroncos')).toBe('denver broncos');
    expect(normalizeSquadAnswer('Denver\u0085Broncos')).toBe('denver broncos');
    expect(normalizeSquadAnswer('Denver\ufeffBroncos')).toBe('denver\ufeffbroncos');
    expect(normalizeSquadAnswer('Denver\u200bBroncos')).toBe('denver\u200bbroncos');
  });
});

describe('squad', () => {
  it('scores an exact answer 1 and 1', () => {
    expect(squad('Denver Broncos', ['Denver Broncos'])).toEqual({ exactMatch: 1, f1: 1 });
    expect(squad('the Denver Broncos', ['Denver Broncos', 'Broncos'])).toEqual({ exactMatch: 1, f1: 1 });
    expect(squad('ΟΔΟΣ', ['οδος'])).toEqual({ exactMatch: 1, f1: 1 });
  });

  it('computes token F1 with multiplicities (Counter intersection)', () => {
    // 1 common token of 2 and 2: P = R = 1/2.
    expect(squad('Broncos won', ['Denver Broncos'])).toEqual({ exactMatch: 0, f1: 0.5 });
    // common = min(3, 1) cat + min(1, 2) dog = 2; P = 2/4, R = 2/3, F1 = 4/7.
    const repeated = squad('cat cat cat dog', ['cat dog dog']);
    expect(repeated.exactMatch).toBe(0);
    expectClose(repeated.f1, 0.5714285714285715);
    expectClose(repeated.f1, 4 / 7);
  });

  it('takes the best exact match and the best F1 over the gold answers', () => {
    // F1 against 'denver broncos': P = 2/3, R = 1 → 0.8; the other answers score less.
    const best = squad('Denver Broncos (NFL)', ['Carolina Panthers', 'Denver Broncos', 'Broncos']);
    expect(best.exactMatch).toBe(0);
    expectClose(best.f1, 0.8);
    expect(squad('Broncos', ['the Broncos', 'Denver Broncos team'])).toEqual({ exactMatch: 1, f1: 1 });
  });

  it('matches the script on answers that normalise to nothing: exact match 1, F1 0', () => {
    expect(squad('', ['the', 'x'])).toEqual({ exactMatch: 1, f1: 0 });
    expect(squad('The', ['a'])).toEqual({ exactMatch: 1, f1: 0 });
    expect(squad('', ['x'])).toEqual({ exactMatch: 0, f1: 0 });
  });

  it('treats a curly apostrophe as part of the token', () => {
    expect(squad('don’t stop', ['dont stop'])).toEqual({ exactMatch: 0, f1: 0.5 });
    expect(squad("don't stop", ['dont stop'])).toEqual({ exactMatch: 1, f1: 1 });
    expect(squad('Denver\u200bBroncos', ['Denver Broncos'])).toEqual({ exactMatch: 0, f1: 0 });
  });

  it('rejects an empty gold list and values that are not strings', () => {
    expect(() => squad('x', [])).toThrow(
      new RangeError('squad: goldAnswers is empty; give at least one gold answer'),
    );
    expect(() => squad(7 as unknown as string, ['x'])).toThrow(
      new TypeError('squad: prediction must be a string, got number'),
    );
    expect(() => squad('x', 'x' as unknown as string[])).toThrow(
      new TypeError('squad: goldAnswers must be an array of strings, got string'),
    );
    expect(() => squad('x', ['x', undefined] as unknown as string[])).toThrow(
      new TypeError('squad: goldAnswers[1] must be a string, got undefined'),
    );
  });
});
