// The character tokenizer exactly as sacreBLEU 2.x's tokenizer_char.py: every code point is a token.
import { isPythonWhitespace } from './python-whitespace.js';

/**
 * sacreBLEU's `TokenizerChar()(line)`: the code points joined by single spaces. Whitespace stays in
 * the string (BLEU's split drops it); a character outside the BMP (emoji, rare CJK) is one token.
 *
 * @example tokenizeChar('猫が好き') // '猫 が 好 き'
 */
export function tokenizeChar(line: string): string {
  return Array.from(line).join(' ');
}

/** The tokens BLEU sees after {@link tokenizeChar}: every code point that is not Python whitespace. */
export function tokensChar(line: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        tokens.push(line.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (!isPythonWhitespace(code)) tokens.push(line[i]!);
  }
  return tokens;
}
