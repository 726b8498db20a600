import { describe, expect, it } from 'vitest';
import { lineLocator, scanJsonLayout } from './json-layout.js';

/** The text at each offset, up to 6 characters, to make expectations readable. */
function itemStarts(text: string, casesKey?: string): string[] {
  return scanJsonLayout(text, casesKey).itemOffsets.map((offset) => text.slice(offset, offset + 6));
}

describe('JSON layout scan', () => {
  it('finds the elements of the top-level array, whatever they hold', () => {
    const text = '[ {"a": "x,]}\\"["}, 12 , "s", [1,[2]], {"b": {"c": [3]}}, null ]';
    expect(itemStarts(text)).toEqual(['{"a": ', '12 , "', '"s", [', '[1,[2]', '{"b": ', 'null ]']);
  });

  it('finds the elements under the cases key of the top-level object only', () => {
    const text = '{"meta": {"cases": [9, 9]}, "cases": [\n  {"id": 1},\n  {"id": "cases"}\n], "z": [0]}';
    expect(itemStarts(text, 'cases')).toEqual(['{"id":', '{"id":']);
    expect(scanJsonLayout('{"cases": []}', 'cases').itemOffsets).toEqual([]);
    expect(scanJsonLayout('[]').itemOffsets).toEqual([]);
  });

  it('reports the first key repeated within one object, at any depth', () => {
    expect(scanJsonLayout('[{"vars": {"q": 1, "r": 2, "q": 3}}]').duplicateKey).toEqual({
      key: 'q',
      offset: 27,
    });
    expect(scanJsonLayout('[{"a": 1}, {"a": 1}]').duplicateKey).toBeUndefined();
    expect(scanJsonLayout('[{"\\u0061": 1, "a": 2}]').duplicateKey).toEqual({ key: 'a', offset: 15 });
  });

  it('turns offsets into lines and columns', () => {
    const position = lineLocator('ab\ncd\n\nef');
    expect(position(0)).toEqual({ line: 1, column: 1 });
    expect(position(4)).toEqual({ line: 2, column: 2 });
    expect(position(6)).toEqual({ line: 3, column: 1 });
    expect(position(8)).toEqual({ line: 4, column: 2 });
  });
});
