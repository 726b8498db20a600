// The tokenizers sacreBLEU's BLEU offers without external models, by their sacreBLEU names.
import { splitPythonWhitespace } from './python-whitespace.js';
import { tokens13a } from './tokenizer-13a.js';
import { tokensChar } from './tokenizer-char.js';
import { tokensIntl } from './tokenizer-intl.js';

export {
  isPythonWhitespace,
  rstripPythonWhitespace,
  splitPythonWhitespace,
} from './python-whitespace.js';
export { tokenize13a, tokens13a } from './tokenizer-13a.js';
export { tokenizeChar, tokensChar } from './tokenizer-char.js';
export { tokenizeIntl, tokensIntl } from './tokenizer-intl.js';

export type BleuTokenizerName = '13a' | 'intl' | 'char' | 'none';

/**
 * For each tokenizer, the tokens BLEU counts: sacreBLEU's tokenizer output split on Python whitespace.
 * `none` only splits on whitespace (sacreBLEU's `NoneTokenizer` returns the line unchanged).
 */
export const bleuTokenizers: Readonly<Record<BleuTokenizerName, (line: string) => string[]>> = {
  '13a': tokens13a,
  intl: tokensIntl,
  char: tokensChar,
  none: splitPythonWhitespace,
};
