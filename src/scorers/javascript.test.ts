import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildScorer, score, scoreError, scorerContext } from './test-helpers/index.js';

const fixtures = scorerContext({ baseDir: join(import.meta.dirname, 'test-helpers', 'fixtures') });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('javascript expression', () => {
  it('evaluates an expression over output, expected, vars and context', async () => {
    const scorer = await buildScorer({
      type: 'javascript',
      expression: 'output.startsWith(vars.prefix) && expected === 7 && context.case.id === "case-1"',
    });
    expect(await score(scorer, { output: 'ok: 7', vars: { prefix: 'ok' }, expected: 7 })).toEqual({
      value: 1,
      pass: true,
      reason: 'returned true',
    });
    expect(await score(scorer, { output: 'no', vars: { prefix: 'ok' }, expected: 7 })).toEqual({
      value: 0,
      pass: false,
      reason: 'returned false',
    });
  });

  it('compiles a body with return statements, even after a // comment', async () => {
    const body = await buildScorer({
      type: 'javascript',
      expression:
        'const words = output.split(" ").length;\nif (words > 3) return { pass: false, reason: "too long: " + words };\nreturn words / 3;',
    });
    expect(await score(body, { output: 'one two' })).toEqual({
      value: 2 / 3,
      pass: true,
      reason: 'returned 0.667',
    });
    expect(await score(body, { output: 'a b c d' })).toEqual({
      value: 0,
      pass: false,
      reason: 'too long: 4',
    });
    const commented = await buildScorer({
      type: 'javascript',
      expression: 'output === "return" // the word',
    });
    expect((await score(commented, { output: 'return' })).pass).toBe(true);
  });

  it('passes a number above 0 unless a threshold decides', async () => {
    const scorer = await buildScorer({ type: 'javascript', expression: 'Number(output)' });
    expect(await score(scorer, { output: '0.25' })).toEqual({
      value: 0.25,
      pass: true,
      reason: 'returned 0.25',
    });
    expect(await score(scorer, { output: '0' })).toMatchObject({ pass: false });
    const gated = await buildScorer({ type: 'javascript', expression: 'Number(output)', threshold: 0.5 });
    expect(await score(gated, { output: '0.25' })).toEqual({
      value: 0.25,
      pass: false,
      reason: 'returned 0.25; 0.25 < threshold 0.5',
    });
  });

  it('rejects a number outside [0, 1], NaN and other shapes, naming what came back', async () => {
    const scorer = await buildScorer({ type: 'javascript', expression: 'JSON.parse(output)' });
    expect(await scoreError(scorer, { output: '1.5' })).toBe('returned 1.5, outside [0, 1]');
    expect(await scoreError(scorer, { output: '"yes"' })).toBe(
      'returned "yes"; expected a boolean, a number in [0, 1] or {pass: boolean, score?: number in [0, 1], reason?: string}',
    );
    expect(await scoreError(scorer, { output: '{"score": 1}' })).toBe(
      'returned {"score":1}: pass is not a boolean; expected a boolean, a number in [0, 1] or {pass: boolean, score?: number in [0, 1], reason?: string}',
    );
    expect(await scoreError(scorer, { output: '{"pass": true, "score": 2}' })).toBe(
      'returned score 2, outside [0, 1]',
    );
    const nan = await buildScorer({ type: 'javascript', expression: 'Number("x")' });
    expect(await scoreError(nan, { output: '' })).toBe('returned NaN, outside [0, 1]');
    const nothing = await buildScorer({
      type: 'javascript',
      expression: 'if (output) { output.trim() } return',
    });
    expect(await scoreError(nothing, { output: 'x' })).toMatch(/^returned undefined; expected a boolean/);
  });

  it('reports a check that throws and an expression that does not compile', async () => {
    const scorer = await buildScorer({ type: 'javascript', expression: 'output.missing.property' });
    expect(await scoreError(scorer, { output: 'x' })).toBe(
      "threw: Cannot read properties of undefined (reading 'property')",
    );
    await expect(buildScorer({ type: 'javascript', expression: 'output ===' })).rejects.toThrow(
      /^scorer javascript: expression does not compile: Unexpected token/,
    );
  });

  it('treats a malicious output as inert data', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('process.exit was called');
    });
    const malicious = '"); process.exit(1); ("';
    const scorer = await buildScorer({
      type: 'javascript',
      expression: 'output.length > 0 && vars.q.length > 0',
    });
    expect(await score(scorer, { output: malicious, vars: { q: "'); process.exit(1); ('" } })).toEqual({
      value: 1,
      pass: true,
      reason: 'returned true',
    });
    const fromModule = await buildScorer({ type: 'javascript', path: 'checks.mjs' }, fixtures);
    expect((await score(fromModule, { output: malicious, vars: { word: 'process' } })).pass).toBe(true);
    expect(exit).not.toHaveBeenCalled();
  });
});

describe('javascript module', () => {
  it('calls the default export of a .mjs module with (output, context)', async () => {
    const scorer = await buildScorer({ type: 'javascript', path: 'checks.mjs' }, fixtures);
    expect(await score(scorer, { output: 'hello world', vars: { word: 'world' } })).toEqual({
      value: 1,
      pass: true,
      reason: 'returned true',
    });
  });

  it('awaits an async named export returning {pass, score, reason}', async () => {
    const scorer = await buildScorer({ type: 'javascript', path: 'checks.mjs', export: 'graded' }, fixtures);
    expect(await score(scorer, { output: 'short' })).toEqual({ value: 1, pass: true, reason: 'length 5' });
    expect(await score(scorer, { output: 'a'.repeat(20) })).toEqual({
      value: 0.5,
      pass: false,
      reason: 'length 20',
    });
  });

  it('loads a TypeScript module through tsx', async () => {
    const scorer = await buildScorer(
      { type: 'javascript', path: 'checks.ts', export: 'mentionsExpected' },
      fixtures,
    );
    expect(await score(scorer, { output: 'it is 42', expected: 42 })).toEqual({
      value: 1,
      pass: true,
      reason: 'looked for 42',
    });
  });

  it('reports bad shapes and throwing functions', async () => {
    const wrong = await buildScorer(
      { type: 'javascript', path: 'checks.mjs', export: 'wrongShape' },
      fixtures,
    );
    expect(await scoreError(wrong, { output: 'x' })).toMatch(/^returned "yes"; expected a boolean/);
    const throws = await buildScorer({ type: 'javascript', path: 'checks.mjs', export: 'throws' }, fixtures);
    expect(await scoreError(throws, { output: 'x' })).toBe('threw: the check broke');
  });

  it('rejects a missing module, a missing export and an unknown extension at creation', async () => {
    const dir = fixtures.baseDir;
    await expect(buildScorer({ type: 'javascript', path: 'nope.mjs' }, fixtures)).rejects.toThrow(
      `scorer javascript: path nope.mjs: no such file (${join(dir, 'nope.mjs')})`,
    );
    await expect(
      buildScorer({ type: 'javascript', path: 'checks.mjs', export: 'notAFunction' }, fixtures),
    ).rejects.toThrow(
      `scorer javascript: path checks.mjs: export "notAFunction" must be a function, but it is a number (42) (exports: default, graded, notAFunction, throws, wrongShape)`,
    );
    await expect(buildScorer({ type: 'javascript', path: 'person.schema.yaml' }, fixtures)).rejects.toThrow(
      'scorer javascript: path person.schema.yaml: must be a .js, .mjs, .cjs, .ts, .mts or .cts file',
    );
  });

  it('needs exactly one of expression and path', async () => {
    await expect(buildScorer({ type: 'javascript' })).rejects.toThrow(
      'javascript needs exactly one of expression or path',
    );
  });
});
