import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from './suggest.js';

describe('did-you-mean', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('tpye', 'type')).toBe(1);
    expect(editDistance('opena', 'openai')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('ignores case differences', () => {
    expect(closestMatch('ignorecase', ['ignoreCase', 'trim'])).toBe('ignoreCase');
    expect(closestMatch('TIMEOUTMS', ['timeoutMs', 'maxRetries'])).toBe('timeoutMs');
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('zzzzzz', ['prompt', 'targets'])).toBeUndefined();
    expect(closestMatch('promt', ['prompt', 'prompts'])).toBe('prompt');
    expect(closestMatch('x', [])).toBeUndefined();
  });

  it('phrases the suggestion', () => {
    expect(didYouMean('tpye', ['type', 'name'])).toBe('; did you mean "type"?');
    expect(didYouMean('qqqq', ['type'])).toBe('');
  });
});
