// The international tokenizer (mteval-v14 `--international-tokenization`) exactly as sacreBLEU 2.x's
// tokenizer_intl.py: split Unicode punctuation unless between digits, and every symbol.
import { splitPythonWhitespace } from './python-whitespace.js';

// JavaScript's `\p{…}` under the `u` flag and Python's `regex` module agree on P, S and N for every
// code point (both on Unicode 17 here: Node 20.20 and regex 2026.5).
const PUNCTUATION_AFTER_NON_NUMBER = /(\P{N})(\p{P})/gu;
const PUNCTUATION_BEFORE_NON_NUMBER = /(\p{P})(\P{N})/gu;
const SYMBOL = /(\p{S})/gu;

/**
 * sacreBLEU's `TokenizerV14International()(line)`: the tokenized line, tokens joined by single spaces.
 * As in mteval-v14, a number followed by a final period keeps it (`in 1999.` → `in 1999.`).
 *
 * @example tokenizeIntl('Preis: 1.000,50 €!') // 'Preis : 1.000,50 € !'
 */
export function tokenizeIntl(line: string): string {
  return tokensIntl(line).join(' ');
}

/** The tokens of {@link tokenizeIntl}. */
export function tokensIntl(line: string): string[] {
  const spaced = line
    .replace(PUNCTUATION_AFTER_NON_NUMBER, '$1 $2 ')
    .replace(PUNCTUATION_BEFORE_NON_NUMBER, ' $1 $2')
    .replace(SYMBOL, ' $1 ');
  return splitPythonWhitespace(spaced);
}
