import { describe, expect, it } from 'vitest';
import { fromJsonColumn, toJsonColumn, toNullableJsonColumn } from './json-column.js';

describe('JSON columns', () => {
  it('writes plain JSON when nothing needs tagging', () => {
    expect(toJsonColumn({ a: [1, 'x', true], b: null })).toBe('{"a":[1,"x",true],"b":null}');
    expect(toJsonColumn(null)).toBe('null');
    expect(fromJsonColumn('{"a":[1,"x",true],"b":null}')).toStrictEqual({ a: [1, 'x', true], b: null });
  });

  it('keeps NaN and ±Infinity, which plain JSON turns into null', () => {
    const value = { mean: Number.NaN, limits: [Infinity, -Infinity, 0.5], none: null };
    const text = toJsonColumn(value);
    expect(text).toBe(
      '{"mean":{"$groundtruth.number":"NaN"},"limits":[{"$groundtruth.number":"Infinity"},{"$groundtruth.number":"-Infinity"},0.5],"none":null}',
    );
    expect(fromJsonColumn(text)).toStrictEqual(value);
  });

  it('leaves an object that merely carries the tag among other keys alone', () => {
    const value = { '$groundtruth.number': 'NaN', other: 1 };
    expect(fromJsonColumn(toJsonColumn(value))).toStrictEqual(value);
  });

  it('maps undefined to NULL only where the column is nullable', () => {
    expect(toNullableJsonColumn(undefined)).toBeNull();
    expect(toNullableJsonColumn(null)).toBe('null');
    expect(() => toJsonColumn(undefined)).toThrow(new TypeError('cannot store undefined as JSON'));
  });
});
