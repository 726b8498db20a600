import { describe, expect, it } from 'vitest';
import { buildScorer, score } from './test-helpers/index.js';

describe('is-json', () => {
  it('passes strict JSON and names its kind', async () => {
    const scorer = await buildScorer({ type: 'is-json' });
    expect(await score(scorer, { output: ' {"a": [1, 2]} ' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output is valid JSON (object)',
    });
    expect(await score(scorer, { output: '[1]' })).toMatchObject({ reason: 'output is valid JSON (array)' });
    expect(await score(scorer, { output: 'null' })).toMatchObject({ reason: 'output is valid JSON (null)' });
  });

  it('fails code fences, comments and trailing commas with the position', async () => {
    const scorer = await buildScorer({ type: 'is-json' });
    expect(await score(scorer, { output: '```json\n{}\n```' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output is not valid JSON: unexpected character "`" at line 1, column 1 (offset 0)',
    });
    expect((await score(scorer, { output: '{"a": 1, // note\n"b": 2}' })).reason).toBe(
      'output is not valid JSON: expected a property name in double quotes at line 1, column 10 (offset 9)',
    );
    expect((await score(scorer, { output: '[1, 2,]' })).reason).toBe(
      'output is not valid JSON: unexpected character "]" at line 1, column 7 (offset 6)',
    );
  });
});
