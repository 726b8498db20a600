import { describe, expect, it } from 'vitest';
import { splitPythonWhitespace } from './python-whitespace.js';
import { tokenizeChar, tokensChar } from './tokenizer-char.js';

// sacreBLEU 2.6.0 (mjpost/sacrebleu f615c72): sacrebleu.tokenizers.tokenizer_char.TokenizerChar()(line)
const SACREBLEU_CHAR: Array<[string, string]> = [
  ['猫が好き', '猫 が 好 き'],
  ['a b\tc', 'a   b \t c'],
  ['😀 ok', '😀   o k'],
  ['', ''],
  ['e\u0301', 'e \u0301'],
  ['👍🏽', '👍 🏽'],
  ['ab ', 'a b  '],
];

describe('tokenizeChar', () => {
  it.each(SACREBLEU_CHAR)('tokenizes %j as sacreBLEU', (line, expected) => {
    expect(tokenizeChar(line)).toBe(expected);
    expect(tokensChar(line)).toEqual(splitPythonWhitespace(expected));
  });

  it('keeps a lone surrogate as one token, as Python does', () => {
    expect(tokensChar('a\ud83db')).toEqual(['a', '\ud83d', 'b']);
    expect(tokensChar('\ude00')).toEqual(['\ude00']);
  });
});
