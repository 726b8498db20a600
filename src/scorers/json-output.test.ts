import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError, parseJsonOutput } from './json-output.js';

describe('locateJsonError', () => {
  it('accepts valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-1.5e+3',
      '"a\\u00e9\\n"',
      'true',
      'null',
      '{"a":[1,{"b":null}]}',
      ' [ 1 , 2 ] ',
    ]) {
      expect(locateJsonError(text), text).toBeUndefined();
    }
  });

  it('points at the first character that breaks the syntax', () => {
    expect(locateJsonError('{"a":}')).toEqual({ offset: 5, message: 'unexpected character "}"' });
    expect(locateJsonError('{"a":1,}')).toEqual({
      offset: 7,
      message: 'expected a property name in double quotes',
    });
    expect(locateJsonError('[1,2,]')).toEqual({ offset: 5, message: 'unexpected character "]"' });
    expect(locateJsonError('{"a" 1}')).toEqual({
      offset: 5,
      message: "expected ':' after the property name",
    });
    expect(locateJsonError('{"a":1 "b":2}')).toEqual({
      offset: 7,
      message: "expected ',' or '}' after a property value",
    });
    expect(locateJsonError('[1 2]')).toEqual({ offset: 3, message: "expected ',' or ']'" });
    expect(locateJsonError('{"a":1')).toEqual({ offset: 6, message: 'unexpected end of input' });
    expect(locateJsonError('"abc')).toEqual({ offset: 4, message: 'unterminated string' });
    expect(locateJsonError('"a\\x"')).toEqual({ offset: 3, message: 'invalid escape in a string' });
    expect(locateJsonError('"a\nb"')).toEqual({
      offset: 2,
      message: 'unescaped control character in a string',
    });
    expect(locateJsonError('01')).toEqual({ offset: 1, message: 'invalid number' });
    expect(locateJsonError('-')).toEqual({ offset: 0, message: 'invalid number' });
    expect(locateJsonError('tru')).toEqual({ offset: 0, message: 'invalid literal, expected true' });
    expect(locateJsonError('{} x')).toEqual({ offset: 3, message: 'unexpected text after the JSON value' });
    expect(locateJsonError("{'a':1}")).toEqual({
      offset: 1,
      message: 'expected a property name in double quotes',
    });
  });

  it('handles deep nesting without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(locateJsonError(deep)).toBeUndefined();
    expect(locateJsonError('['.repeat(100_000))).toEqual({
      offset: 100_000,
      message: 'unexpected end of input',
    });
  });
});

describe('parseJsonOutput', () => {
  it('parses the trimmed output', () => {
    expect(parseJsonOutput('\n {"a": 1}\n')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('gives line, column and offset in the untrimmed output', () => {
    expect(parseJsonOutput('\n{\n  "a": 1,\n}')).toEqual({
      ok: false,
      reason:
        'output is not valid JSON: expected a property name in double quotes at line 4, column 1 (offset 13)',
    });
    expect(parseJsonOutput('   ')).toEqual({ ok: false, reason: 'output is empty, not JSON' });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
