import { describe, expect, it } from 'vitest';
import { escapeDeep, escapeRegex } from './regex.js';
import { buildScorer, score, scoreError } from './test-helpers/index.js';

describe('regex', () => {
  it('matches a static pattern with flags', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '^answer: (yes|no)$', flags: 'im' });
    expect(await score(scorer, { output: 'Thinking...\nANSWER: Yes' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output matches /^answer: (yes|no)$/im at 12: "ANSWER: Yes"',
    });
    expect(await score(scorer, { output: 'answer: maybe' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output does not match /^answer: (yes|no)$/im',
    });
  });

  it('starts every output from the beginning with the g and y flags', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: 'ok', flags: 'g' });
    for (let i = 0; i < 3; i++) expect((await score(scorer, { output: 'ok' })).pass).toBe(true);
  });

  it('rejects an invalid static pattern when the scorer is created', async () => {
    await expect(buildScorer({ type: 'regex', pattern: '(unclosed' })).rejects.toThrow(
      'scorer regex: pattern: invalid regular expression /(unclosed/: Invalid regular expression: /(unclosed/: Unterminated group',
    );
  });

  it('inserts var values literally, so dataset content is never a pattern', async () => {
    const scorer = await buildScorer({
      type: 'regex',
      pattern: '^Total: {{ amount }} \\(incl\\. {{ vars.tax }}\\)$',
    });
    expect(
      (await score(scorer, { output: 'Total: $1.50 (incl. 10%)', vars: { amount: '$1.50', tax: '10%' } }))
        .pass,
    ).toBe(true);
    expect(
      (await score(scorer, { output: 'Total: $1x50 (incl. 10%)', vars: { amount: '$1.50', tax: '10%' } }))
        .pass,
    ).toBe(false);
  });

  it('matches a ReDoS pattern from a var literally and quickly', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '{{ needle }}' });
    const vars = { needle: '(a+)+$' };
    const started = performance.now();
    expect((await score(scorer, { output: `${'a'.repeat(40)}!`, vars })).pass).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000); // backtracking would take minutes
    expect(await score(scorer, { output: 'the text (a+)+$ itself', vars })).toEqual({
      value: 1,
      pass: true,
      reason: 'output matches /\\(a\\+\\)\\+\\$/ at 9: "(a+)+$"',
    });
  });

  it('escapes expected and case values, and numbers whose text has a point', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '^{{ expected }}|{{ case.id }}$' });
    expect((await score(scorer, { output: 'a+b', expected: 'a+b' })).pass).toBe(true);
    expect((await score(scorer, { output: 'aab', expected: 'a+b' })).pass).toBe(false);
    const number = await buildScorer({ type: 'regex', pattern: '^{{ price }}$' });
    expect((await score(number, { output: '1.5', vars: { price: 1.5 } })).pass).toBe(true);
    expect((await score(number, { output: '1x5', vars: { price: 1.5 } })).pass).toBe(false);
  });

  it('keeps escaped values valid under the u flag', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '{{ word }}', flags: 'u' });
    expect(
      (await score(scorer, { output: 'state-of-the-art/2 {x}', vars: { word: 'state-of-the-art/2 {x}' } }))
        .pass,
    ).toBe(true);
  });

  it('names the undefined variable when the pattern does not render', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '{{ missing }}' });
    expect(await scoreError(scorer, { output: 'x', vars: {} })).toMatch(
      /^pattern: template error at line 1, column \d+: \{\{ missing \}\} is undefined or null for this case/,
    );
  });

  it('reports a pattern that only breaks once rendered', async () => {
    const scorer = await buildScorer({ type: 'regex', pattern: '{% if open %}({% endif %}x' });
    expect(await scoreError(scorer, { output: 'x', vars: { open: true } })).toBe(
      'pattern (rendered): invalid regular expression /(x/: Invalid regular expression: /(x/: Unterminated group',
    );
    expect((await score(scorer, { output: 'x', vars: { open: false } })).pass).toBe(true);
  });
});

describe('escapeRegex', () => {
  it('escapes every syntax character and leaves the rest', () => {
    const text = String.raw`\^$.*+?()[]{}|/-x`;
    expect(escapeRegex(text)).toBe(String.raw`\\\^\$\.\*\+\?\(\)\[\]\{\}\|\/-x`);
    expect(new RegExp(`^${escapeRegex(text)}$`, 'u').test(text)).toBe(true);
    expect(escapeRegex('plain words')).toBe('plain words');
  });

  it('escapes nested values once per object', () => {
    const vars = { list: ['a.b', { deep: 'c*' }], n: 3, ok: true };
    const escaped = escapeDeep(vars);
    expect(escaped).toEqual({ list: ['a\\.b', { deep: 'c\\*' }], n: 3, ok: true });
    expect(escapeDeep(vars)).toBe(escaped);
  });
});
