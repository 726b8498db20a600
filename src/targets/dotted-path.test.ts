import { describe, expect, it } from 'vitest';
import { compilePath } from './dotted-path.js';

describe('compilePath', () => {
  const body = { choices: [{ message: { content: 'hi' } }], data: { text: '' }, n: null };

  it('reads objects and arrays by dotted or bracketed index', () => {
    expect(compilePath('choices.0.message.content')(body)).toBe('hi');
    expect(compilePath('choices[0].message.content')(body)).toBe('hi');
    expect(compilePath('data.text')(body)).toBe('');
  });

  it('returns undefined for a missing path and never walks the prototype', () => {
    expect(compilePath('choices.1.message')(body)).toBeUndefined();
    expect(compilePath('n.x')(body)).toBeUndefined();
    expect(compilePath('data.text.length')(body)).toBeUndefined();
    expect(compilePath('constructor')(body)).toBeUndefined();
    expect(compilePath('__proto__')(body)).toBeUndefined();
  });

  it('rejects an empty segment', () => {
    expect(() => compilePath('a..b')).toThrow('"a..b" is not a dotted path (an empty segment)');
  });
});
