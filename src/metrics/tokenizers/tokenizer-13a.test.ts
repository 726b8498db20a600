import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../stats/random.js';
import { splitPythonWhitespace } from './python-whitespace.js';
import { tokenize13a, tokens13a } from './tokenizer-13a.js';

// sacreBLEU 2.6.0 (mjpost/sacrebleu f615c72): sacrebleu.tokenizers.tokenizer_13a.Tokenizer13a()(line)
const SACREBLEU_13A: Array<[string, string]> = [
  ['Hello, "world" (2,000.5)!', 'Hello , " world " ( 2,000.5 ) !'],
  ["It wasn't surprising.", "It wasn't surprising ."],
  ['a..b', 'a . . b'],
  ['a.,5', 'a . ,5'],
  ['x.,.y', 'x . , . y'],
  ['a,.,.,b', 'a , . , . , b'],
  ['...', '. . .'],
  ['1.,', '1 . ,'],
  ['1999-2000 and 5-year-old x-5 --', '1999 - 2000 and 5 - year-old x-5 --'],
  ['&amp;lt; &quot;hi&quot; &gt; AT&T', '< " hi " > AT & T'],
  ['foo<skipped>bar', 'foobar'],
  ['line one-\nline two\nthree', 'line oneline two three'],
  ['$100.00, 3.5% of 1,000,000.', '$ 100.00 , 3.5 % of 1,000,000 .'],
  ['e-mail: me@example.com/path?q=1&x=2', 'e-mail : me @ example . com / path ? q = 1 & x = 2'],
  ['tab\tseparated\u0085nel\u3000ideographic\ufeffbom\u001cfs', 'tab separated nel ideographic\ufeffbom fs'],
  ['Producția de zahăr… «citat» — 😀.', 'Producția de zahăr… «citat» — 😀 .'],
  ['😀,😀.5', '😀 , 😀 . 5'],
  ['', ''],
  ['   ', ''],
  ['end with number 1999.', 'end with number 1999 .'],
  [
    '[brackets] {braces} <angle> |pipe| ~tilde^ `tick` _under_ \\back\\',
    '[ brackets ] { braces } < angle > | pipe | ~ tilde ^ ` tick ` _ under _ \\ back \\',
  ],
  [' The dog bit the man . ', 'The dog bit the man .'],
];

/** tokenizer_re.py's four substitutions transcribed as regexes: the scan must agree with them. */
function regexTokenize13a(line: string): string {
  let text = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  text = text
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  text = ` ${text} `
    .replace(/([\x7b-\x7e\x5b-\x60\x20-\x26\x28-\x2b\x3a-\x40/])/g, ' $1 ')
    .replace(/([^0-9])([.,])/g, '$1 $2 ')
    .replace(/([.,])([^0-9])/g, ' $1 $2')
    .replace(/([0-9])(-)/g, '$1 $2 ');
  return splitPythonWhitespace(text).join(' ');
}

describe('tokenize13a', () => {
  it.each(SACREBLEU_13A)('tokenizes %j as sacreBLEU', (line, expected) => {
    expect(tokenize13a(line)).toBe(expected);
    expect(tokens13a(line)).toEqual(splitPythonWhitespace(expected));
  });

  it('agrees with the four regex substitutions on 20,000 random strings', () => {
    const pieces = [
      ...'ab1.,-\'"&;<>()$%/:@[]{}~`^_|+=*#!? \t\n0',
      '&amp;',
      '&lt;',
      '-\n',
      '😀',
      '€',
      '\u0085',
      '\u3000',
    ];
    const generator = seededRandom(13);
    const random = () => generator.next();
    for (let i = 0; i < 20_000; i++) {
      let line = '';
      const length = Math.floor(random() * 16);
      for (let j = 0; j < length; j++) line += pieces[Math.floor(random() * pieces.length)];
      expect(tokenize13a(line), JSON.stringify(line)).toBe(regexTokenize13a(line));
    }
  });

  it('handles a line longer than its scratch buffers', () => {
    const long = 'a.b, (c) '.repeat(500);
    expect(tokenize13a(long)).toBe(regexTokenize13a(long));
    expect(tokenize13a('x.')).toBe('x .');
  });
});
