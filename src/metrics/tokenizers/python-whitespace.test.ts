import { describe, expect, it } from 'vitest';
import { isPythonWhitespace, rstripPythonWhitespace, splitPythonWhitespace } from './python-whitespace.js';

// Python 3.11.7: [cp for cp in range(0x110000) if chr(cp).isspace()]
const PYTHON_WHITESPACE = [
  9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200,
  8201, 8202, 8232, 8233, 8239, 8287, 12288,
];

describe('isPythonWhitespace', () => {
  it("accepts exactly Python's str.isspace() code points, over every code point", () => {
    const accepted: number[] = [];
    for (let code = 0; code < 0x110000; code++) if (isPythonWhitespace(code)) accepted.push(code);
    expect(accepted).toEqual(PYTHON_WHITESPACE);
  });

  it("differs from JavaScript's \\s where Python does", () => {
    expect(isPythonWhitespace(0xfeff)).toBe(false); // \s has the BOM
    expect(/\s/.test('\ufeff')).toBe(true);
    expect(isPythonWhitespace(0x85)).toBe(true); // \s lacks NEL and the information separators
    expect(isPythonWhitespace(0x1c)).toBe(true);
  });
});

describe('splitPythonWhitespace', () => {
  // Python 3.11.7: s.split()
  it.each([
    [' a\u0085b  c ', ['a', 'b', 'c']],
    ['x\ufeffy\u3000z', ['x\ufeffy', 'z']],
    ['', []],
    [' \t\n ', []],
    ['one', ['one']],
    ['😀 é\u001fz', ['😀', 'é', 'z']],
  ])('splits %j as str.split()', (text, words) => {
    expect(splitPythonWhitespace(text)).toEqual(words);
  });
});

describe('rstripPythonWhitespace', () => {
  // Python 3.11.7: s.rstrip()
  it.each([
    ['a b \u001f\n', 'a b'],
    ['  a', '  a'],
    ['a\ufeff', 'a\ufeff'],
    ['a\u2028\u3000', 'a'],
    [' \t', ''],
    ['', ''],
  ])('strips %j as str.rstrip()', (text, stripped) => {
    expect(rstripPythonWhitespace(text)).toBe(stripped);
  });
});
