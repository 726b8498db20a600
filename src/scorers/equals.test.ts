import { describe, expect, it } from 'vitest';
import { firstDifference } from './equals.js';
import { buildScorer, score, scoreError } from './test-helpers/index.js';

describe('equals', () => {
  it('compares the trimmed output with the case expected by default', async () => {
    const scorer = await buildScorer({ type: 'equals' });
    expect(await score(scorer, { output: '  Paris\n', expected: 'Paris' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output equals "Paris"',
    });
    expect(await score(scorer, { output: 'paris', expected: 'Paris' })).toEqual({
      value: 0,
      pass: false,
      reason: 'expected "Paris", got "paris"',
    });
  });

  it('keeps whitespace when trim is off and folds case with ignoreCase', async () => {
    const strict = await buildScorer({ type: 'equals', trim: false });
    expect((await score(strict, { output: 'Paris ', expected: 'Paris' })).pass).toBe(false);
    const folded = await buildScorer({ type: 'equals', ignoreCase: true });
    expect((await score(folded, { output: 'STRASSE', expected: 'straße' })).pass).toBe(true);
    expect((await score(folded, { output: 'ΟΔΟΣ', expected: 'οδος' })).pass).toBe(true);
  });

  it('renders a value template over vars, expected and case', async () => {
    const scorer = await buildScorer({
      type: 'equals',
      value: '{{ city }} ({{ vars.country }}, {{ case.id }})',
    });
    const outcome = await score(scorer, {
      output: 'Paris (France, case-1)',
      vars: { city: 'Paris', country: 'France' },
    });
    expect(outcome.pass).toBe(true);
  });

  it('names the template and the undefined variable when a value does not render', async () => {
    const scorer = await buildScorer({ type: 'equals', value: '{{ city }}' });
    expect(await scoreError(scorer, { output: 'x', vars: { town: 'Paris' } })).toBe(
      'value: template error at line 1, column 1: {{ city }} is undefined or null for this case (variables: case, expected, town, vars)',
    );
  });

  it('deep-compares a non-string expected with the parsed output, whatever the key order', async () => {
    const scorer = await buildScorer({ type: 'equals' });
    const expected = { answer: 42, tags: ['a', 'b'] };
    expect(await score(scorer, { output: '{"tags": ["a", "b"], "answer": 42}', expected })).toEqual({
      value: 1,
      pass: true,
      reason: 'output equals the expected JSON',
    });
    expect(await score(scorer, { output: '{"tags": ["a", "c"], "answer": 42}', expected })).toEqual({
      value: 0,
      pass: false,
      reason: 'output differs from the expected JSON at $.tags[1]: expected "b", got "c"',
    });
    expect((await score(scorer, { output: ' 42 ', expected: 42 })).pass).toBe(true);
  });

  it('compares a JSON value given in the config', async () => {
    const scorer = await buildScorer({ type: 'equals', value: { ok: true } });
    expect((await score(scorer, { output: '{"ok":true}' })).pass).toBe(true);
    expect(await score(scorer, { output: '{"ok":true,"extra":1}' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output differs from the expected JSON at $.extra: expected nothing, got 1',
    });
    expect(await score(scorer, { output: 'ok: true' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output is not valid JSON: unexpected character "o" at line 1, column 1 (offset 0)',
    });
  });

  it('fails with a clear error when the case has no expected value', async () => {
    const scorer = await buildScorer({ type: 'equals' });
    expect(await scoreError(scorer, { output: 'x' })).toBe(
      'case has no expected value; give the case an `expected` or the scorer a `value`',
    );
  });
});

describe('firstDifference', () => {
  it('finds the first differing path, missing keys and type changes', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, false)).toEqual({
      path: '$.a[1].b',
      expected: 2,
      actual: 3,
    });
    expect(firstDifference({ 'odd key': 1 }, {}, false)).toEqual({
      path: '$["odd key"]',
      expected: 1,
      actual: undefined,
    });
    expect(firstDifference([1, 2], [1], false)).toEqual({ path: '$[1]', expected: 2, actual: undefined });
    expect(firstDifference({ a: 1 }, [1], false)).toEqual({ path: '$', expected: { a: 1 }, actual: [1] });
    expect(firstDifference(null, null, false)).toBeUndefined();
    expect(firstDifference({ s: 'ABC' }, { s: 'abc' }, true)).toBeUndefined();
  });
});
