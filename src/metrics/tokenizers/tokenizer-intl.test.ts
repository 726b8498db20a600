import { describe, expect, it } from 'vitest';
import { splitPythonWhitespace } from './python-whitespace.js';
import { tokenizeIntl, tokensIntl } from './tokenizer-intl.js';

// sacreBLEU 2.6.0 (mjpost/sacrebleu f615c72) with regex 2026.5.9:
// sacrebleu.tokenizers.tokenizer_intl.TokenizerV14International()(line)
const SACREBLEU_INTL: Array<[string, string]> = [
  ['Preis: 1.000,50 €!', 'Preis : 1.000,50 € !'],
  ['in 1999.', 'in 1999.'],
  ['in 1999. ', 'in 1999 .'],
  ['Hello, world!', 'Hello , world !'],
  ['3.14, 2,5', '3.14 , 2,5'],
  ['a.b', 'a . b'],
  ['«Guillemets» „Quotes“', '« Guillemets » „ Quotes “'],
  ['中文，标点。', '中文 ， 标点 。'],
  ['emoji 😀👍🏽 ok', 'emoji 😀 👍 🏽 ok'],
  ['100% sure: +5 = 5+', '100 % sure : + 5 = 5 +'],
  ['e=mc²', 'e = mc²'],
  ['½ cup', '½ cup'],
  ['٣.١٤ and ٣. x', '٣.١٤ and ٣ . x'],
  ["It's", "It ' s"],
  ['x--y', 'x - - y'],
  ['(a)(b)', '( a ) ( b )'],
  ['¿Qué? ¡Sí!', '¿ Qué ? ¡ Sí !'],
  ['', ''],
  ['The dog bit the man.', 'The dog bit the man .'],
];

describe('tokenizeIntl', () => {
  it.each(SACREBLEU_INTL)('tokenizes %j as sacreBLEU', (line, expected) => {
    expect(tokenizeIntl(line)).toBe(expected);
    expect(tokensIntl(line)).toEqual(splitPythonWhitespace(expected));
  });
});
