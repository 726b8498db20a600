// Python's whitespace (`str.isspace`, `str.split()`, `str.rstrip()`), which sacreBLEU splits and strips on.
// It is not JavaScript's `\s`: Python adds U+001C–U+001F and U+0085 (NEL) and leaves out U+FEFF (BOM).

/** True for the code points Python's `str.isspace()` accepts (checked against Python 3.11 over every code point). */
export function isPythonWhitespace(code: number): boolean {
  if (code < 0x85) return code <= 0x20 && (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x1c);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Python's `text.split()`: the runs of non-whitespace, without empty strings.
 *
 * @example splitPythonWhitespace(' a\u0085b  c ') // ['a', 'b', 'c']
 */
export function splitPythonWhitespace(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isPythonWhitespace(text.charCodeAt(i))) {
      if (start >= 0) {
        words.push(text.slice(start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) words.push(start === 0 ? text : text.slice(start));
  return words;
}

/**
 * Python's `text.rstrip()`: trailing whitespace removed.
 *
 * @example rstripPythonWhitespace('a b \u001f\n') // 'a b'
 */
export function rstripPythonWhitespace(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonWhitespace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
